"""The Platform API (/platform/api/v1): its token, permissible objects, accounts, users and account users (§8.11)."""

from sim_client import A1

P = '/platform/api/v1'
PLATFORM = 'sim-platform-token'


def platform(api, method, path, **kwargs):
    return api.request(method, P + path, token=PLATFORM, **kwargs)


def new_account(api, **body):
    response = platform(api, 'POST', '/accounts', json=dict({'name': 'Tenant'}, **body))
    assert response.status_code == 200, response.text
    return response.json()


def new_user(api, email='owner@tenant.example', **body):
    response = platform(api, 'POST', '/users', json=dict({'name': 'Owner', 'email': email, 'password': 'Passw0rd!'}, **body))
    assert response.status_code == 200, response.text
    return response.json()


def test_only_a_platform_token_opens_it_and_it_opens_nothing_else(api):
    """PlatformController#set_platform_app: every other token, and none, is 401 Invalid access_token; on the application
    API a platform token is refused like a bot's (validate_bot_access_token!)."""
    for token in (None, 'admin', 'bot', 'bogus'):
        response = api.get(P + '/accounts', token=token)
        assert (response.status_code, response.json()) == (401, {'error': 'Invalid access_token'}), token
    response = api.get(A1 + '/inboxes', token=PLATFORM)
    assert (response.status_code, response.json()) == (401, {'error': 'Access to this endpoint is not authorized for bots'})
    assert api.get(P + '/accounts', token=PLATFORM, headers={'Api-Access-Token': PLATFORM}).status_code == 200
    assert platform(api, 'GET', '/nothing').status_code == 404


def test_an_app_sees_only_what_it_created(api):
    """Fixture account 1 and user 1 predate the app: 401 Non permissible resource; unknown ids are Rails' JSON 404."""
    assert platform(api, 'GET', '/accounts').json() == []
    for path in ('/accounts/1', '/users/1', '/accounts/1/account_users'):
        response = platform(api, 'GET', path)
        assert (response.status_code, response.json()) == (401, {'error': 'Non permissible resource'}), path
    for method, path in (('GET', '/accounts/999'), ('PATCH', '/accounts/999'), ('DELETE', '/users/999')):
        response = platform(api, method, path)
        assert (response.status_code, response.json()) == (404, {'status': 404, 'error': 'Not Found'}), path
    # the console's PlatformAppPermissible.create! makes an existing account visible
    seeded = api.control('POST', 'seed', json={'table': 'platform_app_permissibles',
                                               'records': [{'permissible_type': 'Account', 'permissible_id': 1}]})
    assert seeded.status_code == 200, seeded.text
    assert [a['name'] for a in platform(api, 'GET', '/accounts').json()] == ['Simulated Account']


def test_account_create_show_and_the_index(api):
    account = new_account(api, locale='es', support_email='help@tenant.example', limits={'agents': 5},
                          custom_attributes={'ansible_tenant': 'acme'}, features={'ip_lookup': True, 'help_center': False})
    assert list(account) == ['id', 'name', 'locale', 'domain', 'support_email', 'features', 'custom_attributes', 'limits', 'status']
    assert account['id'] == 4 and account['locale'] == 'es' and account['status'] == 'active'
    assert account['features']['ip_lookup'] is True and 'help_center' not in account['features']
    assert account['features']['labels'] is True  # an installation default
    assert (account['limits'], account['custom_attributes']) == ({'agents': 5}, {'ansible_tenant': 'acme'})
    assert platform(api, 'GET', '/accounts/4').json() == account
    assert platform(api, 'GET', '/accounts').json() == [account]
    bare = new_account(api, name='Bare')
    assert bare['support_email'] == 'Chatwoot <accounts@chatwoot.com>' and bare['custom_attributes'] == {} and bare['limits'] == {}
    assert [a['id'] for a in platform(api, 'GET', '/accounts').json()] == [4, 5]


def test_account_validations(api):
    response = platform(api, 'POST', '/accounts', json={'locale': 'en'})
    assert (response.status_code, response.json()) == (422, {'message': "Name can't be blank", 'attributes': ['name']})
    for body in ({'name': 'x', 'locale': 'xx'}, {'name': 'x', 'status': 'closed'}):
        assert platform(api, 'POST', '/accounts', json=body).status_code == 500
    assert platform(api, 'GET', '/accounts').json() == []
    api.configure(enterprise=True)
    response = platform(api, 'POST', '/accounts', json={'name': 'x', 'limits': {'seats': 3}})
    assert (response.status_code, response.json()['message']) == (422, 'Limits : Invalid data')


def test_an_unknown_feature_on_create_leaves_an_account_the_app_cannot_see(api):
    """Account.create! saves before update_resource_features raises NoMethodError: no permissible row follows."""
    response = platform(api, 'POST', '/accounts', json={'name': 'Orphan', 'features': {'no_such_flag': True}})
    assert response.status_code == 500
    rows = api.control('GET', 'tables/accounts').json()['rows']
    assert [r['name'] for r in rows][-1] == 'Orphan'
    assert platform(api, 'GET', '/accounts').json() == []
    assert platform(api, 'GET', '/accounts/%d' % rows[-1]['id']).status_code == 401


def test_update_replaces_hashes_whole_and_features_toggle_only_keys_sent(api):
    account = new_account(api, limits={'agents': 5, 'inboxes': 2}, custom_attributes={'ansible_tenant': 'acme', 'plan': 'gold'})
    path = '/accounts/%d' % account['id']
    updated = platform(api, 'PATCH', path, json={'name': 'Renamed', 'limits': {'agents': 9}, 'custom_attributes': {'plan': 'silver'},
                                                 'features': {'ip_lookup': 'false', 'labels': False}, 'status': 'suspended'}).json()
    assert (updated['name'], updated['status']) == ('Renamed', 'suspended')
    assert (updated['limits'], updated['custom_attributes']) == ({'agents': 9}, {'plan': 'silver'})
    assert updated['features']['ip_lookup'] is True  # the string "false" is present?, so it enables
    assert 'labels' not in updated['features'] and updated['features']['help_center'] is True
    response = platform(api, 'PATCH', path, json={'name': '', 'custom_attributes': {'x': 1}})
    assert response.status_code == 422
    assert platform(api, 'GET', path).json() == updated  # nothing saved
    assert platform(api, 'PATCH', path, json={'features': {'nope': True}}).status_code == 500
    assert platform(api, 'GET', path).json() == updated


def test_delete_is_asynchronous_and_breaks_the_index(api):
    """DeleteObjectJob deletes the account later; its permissible row stays, so the index renders nil: 500."""
    api.configure(delete_delay=-1)
    account = new_account(api)
    assert platform(api, 'DELETE', '/accounts/%d' % account['id']).status_code == 200
    assert platform(api, 'GET', '/accounts/%d' % account['id']).status_code == 200
    assert api.control('POST', 'run_deletions').json()['deleted'] == [account['id']]
    assert platform(api, 'GET', '/accounts/%d' % account['id']).status_code == 404
    assert platform(api, 'GET', '/accounts').status_code == 500


def test_users_find_or_create_by_email(api):
    user = new_user(api, email='Owner@Tenant.example', display_name='Boss', custom_attributes={'team': 'a'})
    assert (user['email'], user['uid'], user['available_name'], user['confirmed']) == ('owner@tenant.example',) * 2 + ('Boss', True)
    assert len(user['access_token']) == 24 and user['accounts'] == [] and user['custom_attributes'] == {'team': 'a'}
    again = new_user(api, email='owner@tenant.example', name='Other name', password='x')
    assert again == user  # found: nothing sent is applied
    # only an e-mail: the existing user, or 422 and nothing created
    assert platform(api, 'POST', '/users', json={'email': 'owner@tenant.example'}).json()['id'] == user['id']
    response = platform(api, 'POST', '/users', json={'email': 'nobody@tenant.example'})
    assert response.status_code == 422 and response.json()['attributes'] == ['password', 'name']
    assert 'nobody@tenant.example' not in [r['email'] for r in api.control('GET', 'tables/users').json()['rows']]
    # an existing user of the installation becomes permissible by its e-mail
    olga = platform(api, 'POST', '/users', json={'email': 'olga@example.com'}).json()
    assert olga['id'] == 5 and platform(api, 'GET', '/users/5').status_code == 200


def test_user_password_rules(api):
    for password, message in (('Ab1!', 'Password is too short (minimum is 6 characters)'),
                              ('abcdef1!', 'Password must contain at least one upper-case letter'),
                              ('Abcdefgh!', 'Password must contain at least one digit'),
                              ('Abcdefg1', 'Password must contain at least one special character')):
        response = platform(api, 'POST', '/users', json={'name': 'P', 'email': 'p@example.com', 'password': password})
        assert (response.status_code, response.json()['message']) == (422, message), password


def test_user_update_merges_custom_attributes_and_token_and_login(api):
    api.configure(frontend_url='https://chat.example.com')
    user = new_user(api, custom_attributes={'a': 1})
    path = '/users/%d' % user['id']
    updated = platform(api, 'PATCH', path, json={'name': 'New', 'email': 'NEW@tenant.example', 'custom_attributes': {'b': 2}}).json()
    assert (updated['name'], updated['email'], updated['custom_attributes']) == ('New', 'new@tenant.example', {'a': 1, 'b': 2})
    response = platform(api, 'PATCH', path, json={'email': 'admin@example.com'})
    assert (response.status_code, response.json()['message']) == (422, 'Email has already been taken')
    token = platform(api, 'POST', path + '/token').json()
    assert token['access_token'] == user['access_token'] and token['expiry'] is None and token['user']['id'] == user['id']
    url = platform(api, 'GET', path + '/login').json()['url']
    assert url.startswith('https://chat.example.com/app/login?email=new%40tenant.example&sso_auth_token=')
    api.configure(chatwoot_version='4.2.0')
    assert platform(api, 'POST', path + '/token').status_code == 404


def test_account_users_upsert_list_and_remove(api):
    account, user = new_account(api), new_user(api)
    members = '/accounts/%d/account_users' % account['id']
    created = platform(api, 'POST', members, json={'user_id': user['id'], 'role': 'administrator'}).json()
    assert (created['user_id'], created['account_id'], created['role']) == (user['id'], account['id'], 'administrator')
    upserted = platform(api, 'POST', members, json={'user_id': user['id'], 'role': 'agent'}).json()
    assert (upserted['id'], upserted['role']) == (created['id'], 'agent')
    # the user need not be permissible, only exist
    assert platform(api, 'POST', members, json={'user_id': 3}).json()['role'] == 'agent'
    assert [(m['user_id'], m['role']) for m in platform(api, 'GET', members).json()] == [(user['id'], 'agent'), (3, 'agent')]
    response = platform(api, 'POST', members, json={'user_id': 999})
    assert (response.status_code, response.json()) == (422, {'message': 'User must exist', 'attributes': ['user']})
    assert platform(api, 'POST', members, json={'user_id': user['id'], 'role': 'owner'}).status_code == 500
    assert platform(api, 'DELETE', members, json={'user_id': 3}).status_code == 200
    assert platform(api, 'DELETE', members, json={'user_id': 4}).status_code == 200  # not a member: accepted
    assert [m['user_id'] for m in platform(api, 'GET', members).json()] == [user['id']]
    assert platform(api, 'GET', '/users/%d' % user['id']).json()['accounts'] == [
        {'id': account['id'], 'name': 'Tenant', 'active_at': None, 'role': 'agent'}]


def test_a_new_tenant_is_run_with_its_administrator_token(api):
    """The user's access token opens the application API of the account it administers, and nothing else."""
    account, user = new_account(api, name='Acme'), new_user(api)
    platform(api, 'POST', '/accounts/%d/account_users' % account['id'], json={'user_id': user['id'], 'role': 'administrator'})
    tenant = '/api/v1/accounts/%d' % account['id']
    assert api.get(tenant, token=user['access_token']).json()['name'] == 'Acme'
    response = api.post(tenant + '/labels', token=user['access_token'], json={'title': 'vip'})
    assert response.status_code == 200
    assert api.get(A1 + '/labels', token=user['access_token']).status_code == 401
    assert [a['email'] for a in api.get(tenant + '/agents', token=user['access_token']).json()] == ['owner@tenant.example']
    entries = api.control('GET', 'requests').json()['requests']
    assert entries[-1]['token'] == 'user-%d' % user['id']
    assert user['access_token'] not in str(entries)
    # suspended through the Platform API: refused on the application API
    platform(api, 'PATCH', '/accounts/%d' % account['id'], json={'status': 'suspended'})
    assert api.get(tenant + '/labels', token=user['access_token']).json() == {'error': 'Account is suspended'}
    # deleted: its labels and the membership go with it
    api.configure(delete_delay=-1)
    platform(api, 'DELETE', '/accounts/%d' % account['id'])
    api.control('POST', 'run_deletions')
    assert api.control('GET', 'tables/labels').json()['rows'] == []
    assert platform(api, 'GET', '/users/%d' % user['id']).json()['accounts'] == []


def test_user_delete_is_asynchronous(api):
    api.configure(delete_delay=-1)
    user = new_user(api)
    assert platform(api, 'DELETE', '/users/%d' % user['id']).status_code == 200
    api.control('POST', 'run_deletions')
    assert platform(api, 'GET', '/users/%d' % user['id']).status_code == 404
    assert api.get(A1 + '/labels', token=user['access_token']).json() == {'error': 'Invalid Access Token'}


def test_platform_token_from_the_command_line_and_config(api):
    api.configure(platform_token='other-platform-token')
    assert api.get(P + '/accounts', token=PLATFORM).status_code == 401
    assert api.get(P + '/accounts', token='other-platform-token').status_code == 200
    assert api.control('GET', 'config').json()['platform_token'] == 'other-platform-token'
