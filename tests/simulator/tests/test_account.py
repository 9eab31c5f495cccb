"""The account itself (docs/chatwoot-behaviour.md §8.10; Chatwoot accounts_controller.rb, account.rb, account_policy.rb,
_account.json.jbuilder, json_schema_validator.rb, spec/models/account_spec.rb)."""

import pytest

from sim_client import A1

GONE = {'error': 'Resource could not be found'}
DENIED = {'error': 'You are not authorized to do this action'}
CRASH = {'status': 500, 'error': 'Internal Server Error'}
FALLBACK_EMAIL = 'Chatwoot <accounts@chatwoot.com>'


def patch(api, body, status=200, **kwargs):
    response = api.patch(A1, json=body, **kwargs)
    assert response.status_code == status, response.text
    return response.json()


def invalid(api, body):
    response = api.patch(A1, json=body)
    assert response.status_code == 422, response.text
    return response.json()


def test_show_keys_for_every_member(api):
    """Admins and agents read it; the partial's keys in order, ``latest_chatwoot_version`` on show only."""
    for token in ('admin', 'agent'):
        response = api.get(A1, token=token)
        assert response.status_code == 200, response.text
        account = response.json()
        assert list(account) == ['settings', 'created_at', 'domain', 'features', 'id', 'locale', 'name', 'support_email',
                                 'status', 'cache_keys', 'latest_chatwoot_version']
        assert (account['id'], account['name'], account['locale'], account['domain'], account['settings']) == (
            1, 'Simulated Account', 'en', None, {})
        assert account['support_email'] == FALLBACK_EMAIL  # blank column: the installation's sender address
        assert set(account['cache_keys']) == {'label', 'inbox', 'team'}
    assert 'latest_chatwoot_version' not in patch(api, {})


def test_membership_decides_404_and_suspension_is_not_checked(api):
    """``current_user.accounts.find``: unknown and foreign accounts are 404 (not 401); a suspended one is served."""
    assert api.get('/api/v1/accounts/99').json() == GONE
    response = api.get('/api/v1/accounts/2')
    assert (response.status_code, response.json()) == (404, GONE)
    response = api.patch('/api/v1/accounts/2', json={'name': 'x'})
    assert (response.status_code, response.json()) == (404, GONE)
    response = api.get('/api/v1/accounts/3')  # the admin is a member of suspended account 3
    assert (response.status_code, response.json()['status']) == (200, 'suspended')
    response = api.get('/api/v1/accounts/3', token='agent')  # the agent is not
    assert (response.status_code, response.json()) == (404, GONE)
    assert api.get(A1, token=None).status_code == 401
    assert api.get(A1, token='bot').json() == {'error': 'Access to this endpoint is not authorized for bots'}


def test_agents_may_not_write_and_404_comes_first(api):
    response = api.patch(A1, token='agent', json={'name': 'Agents rule'})
    assert (response.status_code, response.json()) == (401, DENIED)
    response = api.patch('/api/v1/accounts/99', token='agent', json={'name': 'x'})
    assert (response.status_code, response.json()) == (404, GONE)
    assert api.get(A1).json()['name'] == 'Simulated Account'


def test_update_columns_settings_and_custom_attributes(api):
    """Flat params; settings and custom_attributes are merged, and rendered nested; PUT is routed too."""
    account = patch(api, {'name': 'Acme', 'locale': 'pt_BR', 'domain': 'mail.acme.test', 'support_email': 'help@acme.test',
                          'auto_resolve_after': 1440, 'auto_resolve_message': 'Closed for inactivity',
                          'auto_resolve_ignore_waiting': True, 'industry': 'Retail', 'company_size': '11-50',
                          'timezone': 'Europe/Paris', 'status': 'suspended', 'features': {'x': True}, 'plan_name': 'Pro'})
    assert (account['name'], account['locale'], account['domain'], account['support_email'], account['status']) == (
        'Acme', 'pt_BR', 'mail.acme.test', 'help@acme.test', 'active')
    assert account['settings'] == {'auto_resolve_after': 1440, 'auto_resolve_message': 'Closed for inactivity',
                                   'auto_resolve_ignore_waiting': True}
    assert account['custom_attributes'] == {'plan_name': None, 'subscribed_quantity': None, 'subscription_status': None,
                                            'subscription_ends_on': None, 'industry': 'Retail', 'company_size': '11-50',
                                            'timezone': 'Europe/Paris'}
    assert list(account)[:3] == ['settings', 'created_at', 'custom_attributes']
    assert api.get(A1).json() == dict(account, latest_chatwoot_version=None)
    # Only the keys sent change; the hashes are merged, not replaced.
    response = api.put(A1, json={'auto_resolve_after': 60, 'industry': 'Travel'})
    assert response.status_code == 200
    again = response.json()
    assert again['settings']['auto_resolve_message'] == 'Closed for inactivity'
    assert (again['settings']['auto_resolve_after'], again['custom_attributes']['industry'],
            again['custom_attributes']['timezone'], again['name']) == (60, 'Travel', 'Europe/Paris', 'Acme')


def test_blank_values_render_as_absent_or_fallback(api):
    """Blank custom attributes are stored but not rendered; a blank support_email shows the sender address;
    null settings are kept as null; a blank locale is nil."""
    patch(api, {'industry': 'Retail', 'support_email': 'help@acme.test', 'auto_resolve_after': 30})
    account = patch(api, {'industry': '', 'support_email': '', 'auto_resolve_after': None, 'locale': ''})
    assert 'industry' not in account['custom_attributes']
    assert account['custom_attributes']['plan_name'] is None  # the hash is still present: the block is rendered
    assert account['support_email'] == FALLBACK_EMAIL
    assert account['settings'] == {'auto_resolve_after': None}
    assert account['locale'] is None
    rows = api.control('GET', 'tables/accounts').json()['rows']
    assert rows[0]['custom_attributes'] == {'industry': ''} and rows[0]['support_email'] == ''


@pytest.mark.parametrize('value, message', [
    (9, 'Auto resolve after must be greater than or equal to 10'),
    (-1, 'Auto resolve after must be greater than or equal to 10'),
    (1439857, 'Auto resolve after must be less than or equal to 1439856'),
    ('60', 'Auto resolve after must be of type type'),
    (True, 'Auto resolve after must be of type type'),
])
def test_auto_resolve_after_schema(api, value, message):
    expected = {'message': message, 'attributes': ['auto_resolve_after']}
    assert invalid(api, {'auto_resolve_after': value, 'name': 'not saved'}) == expected
    assert api.get(A1).json()['name'] == 'Simulated Account'


def test_bounds_and_other_settings_types(api):
    assert patch(api, {'auto_resolve_after': 10})['settings']['auto_resolve_after'] == 10
    assert patch(api, {'auto_resolve_after': 1439856})['settings']['auto_resolve_after'] == 1439856
    assert invalid(api, {'auto_resolve_ignore_waiting': 'true', 'auto_resolve_message': 5}) == {
        'message': 'Auto resolve message must be of type type, Auto resolve ignore waiting must be of type type',
        'attributes': ['auto_resolve_message', 'auto_resolve_ignore_waiting']}


def test_lengths_and_database_limits(api):
    assert invalid(api, {'name': 'n' * 256, 'support_email': 's' * 256, 'domain': 'd' * 101}) == {
        'message': 'Name is too long (maximum is 255 characters), Support email is too long (maximum is 255 characters), '
                   'Domain is too long (maximum is 100 characters)',
        'attributes': ['name', 'support_email', 'domain']}
    assert patch(api, {'name': 'n' * 255, 'domain': 'd' * 100})['domain'] == 'd' * 100
    response = api.patch(A1, json={'support_email': 's' * 101})  # varchar(100): the database refuses
    assert (response.status_code, response.json()) == (500, CRASH)


@pytest.mark.parametrize('name', ['', '  ', None])
def test_name_must_be_present(api, name):
    """account.rb:40 validates :name, presence (v4.9.0; spec/models/account_spec.rb:28)."""
    assert invalid(api, {'name': name}) == {'message': "Name can't be blank", 'attributes': ['name']}
    assert api.get(A1).json()['name'] == 'Simulated Account'


def test_support_email_format(api):
    """account.rb:49,205-213 (v4.13.0), the examples of spec/models/account_spec.rb:297-316."""
    assert invalid(api, {'support_email': 'Smith Smith'}) == {'message': 'Support email is not a valid email address',
                                                              'attributes': ['support_email']}
    for value in ('support@example.com', 'Support Team <support@example.com>', ''):
        assert patch(api, {'support_email': value})['support_email'] is not None


@pytest.mark.parametrize('locale', ['xx', 'pt-BR', 'EN', 'hi', 5, '1'])
def test_unknown_locale_is_a_500(api, locale):
    """``enum :locale`` without ``validate:``: ArgumentError, unhandled; disabled languages are not in the enum."""
    response = api.patch(A1, json={'locale': locale, 'name': 'not saved'})
    assert (response.status_code, response.json()) == (500, CRASH)
    assert api.get(A1).json()['name'] == 'Simulated Account'


def test_locale_by_name_or_enum_value(api):
    assert patch(api, {'locale': 'zh_CN'})['locale'] == 'zh_CN'
    assert patch(api, {'locale': 3})['locale'] == 'fr'


def test_onboarding_step_moves_on(api, chatwoot_simulator):
    """``custom_attributes['onboarding_step'] = 'invite_team' if ... == 'account_update'`` on every update."""
    api.get(A1)  # loads the fixture accounts
    with chatwoot_simulator.app.store.lock:
        chatwoot_simulator.app.store.tables['accounts'][1]['custom_attributes']['onboarding_step'] = 'account_update'
    assert patch(api, {})['custom_attributes']['onboarding_step'] == 'invite_team'


def test_writes_are_logged_reset_restores_and_seeding_is_refused(api):
    api.control('DELETE', 'requests')
    patch(api, {'name': 'Logged'})
    entries = api.control('GET', 'requests').json()['requests']
    assert [(e['method'], e['path'], e['body'], e['status'], e['token']) for e in entries] == [
        ('PATCH', A1, {'name': 'Logged'}, 200, 'admin')]
    assert api.get('/api/v1/profile').json()['accounts'][0]['name'] == 'Logged'
    response = api.control('POST', 'seed', json={'table': 'accounts', 'records': [{'name': 'x'}]})
    assert response.status_code == 400 and 'PATCH' in response.json()['error']
    assert api.control('POST', 'reset', json={'tables': ['accounts']}).status_code == 200
    assert api.get(A1).json()['name'] == 'Simulated Account'
    patch(api, {'name': 'Again'})
    api.control('POST', 'reset')
    assert api.get(A1).json()['name'] == 'Simulated Account'


def test_locales_of_4_15_1(api):
    """languages.rb:45-46 (v4.15.1): bg and et are locales too; the enum is LANGUAGES_CONFIG's (account.rb:105)."""
    assert patch(api, {'locale': 'bg'})['locale'] == 'bg'
    assert patch(api, {'locale': 'et'})['locale'] == 'et'
