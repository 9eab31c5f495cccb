"""Integration hooks and the apps index (docs/chatwoot-behaviour.md §8.16; Chatwoot hooks_controller.rb,
apps_controller.rb, hook_policy.rb, app/models/integrations/hook.rb and app.rb, config/integration/apps.yml,
views/api/v1/models/_hook and _app)."""

from sim_client import A1

HOOKS = A1 + '/integrations/hooks'
APPS = A1 + '/integrations/apps'
DENIED = {'error': 'You are not authorized to do this action'}
GONE = {'error': 'Resource could not be found'}
OPENAI = {'app_id': 'openai', 'settings': {'api_key': 'sk-1', 'label_suggestion': True}}
INVALID_KEY = 'OpenAI API key is invalid or revoked. Please check your key in your OpenAI dashboard.'


def create(api, **body):
    response = api.post(HOOKS, json=body)
    assert response.status_code == 200, response.text
    return response.json()


def invalid(response, message, attributes):
    assert (response.status_code, response.json()) == (422, {'message': message, 'attributes': attributes})


def listed(api, app_id, token='admin'):
    return next(app for app in api.get(APPS, token=token).json()['payload'] if app['id'] == app_id)['hooks']


def openai_calls(api):
    return [c for c in api.control('GET', 'remote').json()['calls'] if c['service'] == 'openai']


def test_apps_index_lists_the_active_apps_with_their_hooks(api):
    # app.rb:55-70: slack, linear, shopify, notion and leadsquared need installation settings or feature flags
    ids = [app['id'] for app in api.get(APPS).json()['payload']]
    assert ids == ['webhook', 'dashboard_apps', 'openai', 'dialogflow', 'google_translate', 'dyte']
    hook = create(api, **OPENAI)
    assert listed(api, 'openai') == [hook]
    assert next(a for a in api.get(APPS).json()['payload'] if a['id'] == 'openai')['enabled'] is True


def test_hook_json_hides_the_settings_that_are_not_visible(api):
    # _hook.json.jbuilder: status is enabled? (a boolean); settings limited to the app's visible_properties
    hook = create(api, **OPENAI)
    assert hook == {'id': hook['id'], 'app_id': 'openai', 'status': True, 'inbox': None, 'account_id': 1,
                    'hook_type': 'account', 'settings': {'label_suggestion': True}, 'reference_id': None}
    # agents list the apps (apps_controller.rb:2) but see no settings at all
    assert listed(api, 'openai', token='agent') == [{k: hook[k] for k in ('id', 'app_id', 'status', 'inbox', 'account_id', 'hook_type')}]


def test_inbox_hook_needs_an_inbox_and_renders_it(api):
    # hook.rb:29 inbox_id presence for hook_type inbox; apps.yml dialogflow hook_type inbox, several allowed
    settings = {'project_id': 'p', 'credentials': {'type': 'service_account'}, 'region': 'global'}
    invalid(api.post(HOOKS, json={'app_id': 'dialogflow', 'settings': settings}), "Inbox can't be blank", ['inbox_id'])
    inbox = api.create(name='Site')
    first = create(api, app_id='dialogflow', inbox_id=inbox['id'], settings=settings)
    second = create(api, app_id='dialogflow', inbox_id=inbox['id'], settings=settings)
    expected = ('inbox', {'id': inbox['id'], 'name': 'Site'}, {'project_id': 'p', 'region': 'global'})
    assert (first['hook_type'], first['inbox'], first['settings']) == expected
    assert [h['id'] for h in listed(api, 'dialogflow')] == [first['id'], second['id']]


def test_the_hooks_of_a_deleted_inbox_go_with_it(api):
    """inbox.rb:76 has_many :hooks, dependent: :destroy_async (here when the inbox's deletion job completes)."""
    settings = {'project_id': 'p', 'credentials': {'type': 'service_account'}}
    site, other = api.create(name='Site'), api.create(name='Other')
    create(api, app_id='dialogflow', inbox_id=site['id'], settings=settings)
    kept = create(api, app_id='dialogflow', inbox_id=other['id'], settings=settings)
    assert api.delete(A1 + '/inboxes/%s' % site['id']).status_code == 200
    api.control('POST', 'run_deletions')
    assert [h['id'] for h in listed(api, 'dialogflow')] == [kept['id']]


def test_settings_are_checked_against_the_apps_json_schema(api):
    # hook.rb:30,97-101 and apps.yml settings_json_schema: required keys, types, additionalProperties false
    for settings in ({}, {'api_key': 'k', 'organization_id': 1}, {'api_key': 'k', 'organization_id': 'o', 'extra': 'x'}):
        invalid(api.post(HOOKS, json={'app_id': 'dyte', 'settings': settings}), 'Settings : Invalid settings data', ['settings'])
    invalid(api.post(HOOKS, json={'app_id': 'openai', 'settings': {'api_key': 'k', 'label_suggestion': 'true'}}),
            'Settings : Invalid settings data', ['settings'])
    assert create(api, app_id='dyte', settings={'api_key': 'k', 'organization_id': 'o'})['settings'] == {'organization_id': 'o'}


def test_one_hook_per_account_unless_the_app_allows_several(api):
    # hook.rb:33 uniqueness of app_id per account unless allow_multiple_hooks
    create(api, app_id='google_translate', settings={'project_id': 'p', 'credentials': {}})
    invalid(api.post(HOOKS, json={'app_id': 'google_translate', 'settings': {'project_id': 'q', 'credentials': {}}}),
            'App has already been taken', ['app_id'])
    invalid(api.post(HOOKS, json={'app_id': '', 'settings': {}}), "App can't be blank", ['app_id'])


def test_feature_flag_of_the_app(api):
    # hook.rb:31,78-91: leadsquared needs crm_integration, off by default (config/features.yml)
    invalid(api.post(HOOKS, json={'app_id': 'leadsquared', 'settings': {'access_key': 'a', 'secret_key': 's'}}),
            'Feature flag Feature not enabled', ['feature_flag'])


def test_openai_key_checked_on_create_key_change_and_enable(api):
    # hook.rb:32,105-121 and key_validator.rb: only OpenAI's 401 makes a key invalid; a network error passes
    api.control('PATCH', 'remote', json={'openai': 'invalid_credentials'})
    invalid(api.post(HOOKS, json=OPENAI), INVALID_KEY, ['base'])
    api.control('PATCH', 'remote', json={'openai': 'unreachable'})
    hook = create(api, **OPENAI)
    api.control('PATCH', 'remote', json={'openai': 'invalid_credentials'})
    path = '%s/%d' % (HOOKS, hook['id'])
    calls = len(openai_calls(api))
    changed = api.patch(path, json={'settings': {'api_key': 'sk-1', 'label_suggestion': False}})  # same key: no check
    assert changed.json()['settings'] == {'label_suggestion': False} and len(openai_calls(api)) == calls
    invalid(api.patch(path, json={'settings': {'api_key': 'sk-2'}}), INVALID_KEY, ['base'])
    assert api.patch(path, json={'status': 'disabled'}).json()['status'] is False  # disabled: never checked
    invalid(api.patch(path, json={'status': 'enabled'}), INVALID_KEY, ['base'])
    assert listed(api, 'openai')[0]['status'] is False


def test_update_takes_status_and_settings_only_and_replaces_the_settings(api):
    # hooks_controller.rb:10 permitted_params.slice(:status, :settings); hook.rb:20 attr_readonly
    inbox = api.create(name='Site')
    hook = create(api, app_id='dialogflow', inbox_id=inbox['id'],
                  settings={'project_id': 'p', 'credentials': {'a': 1}, 'region': 'global', 'language_code': 'en-US'})
    path = '%s/%d' % (HOOKS, hook['id'])
    response = api.patch(path, json={'app_id': 'dyte', 'inbox_id': 999, 'status': 'disabled',
                                     'settings': {'project_id': 'q', 'credentials': {'a': 2}}})
    changed = response.json()
    assert (changed['app_id'], changed['inbox'], changed['status'], changed['settings']) == (
        'dialogflow', hook['inbox'], False, {'project_id': 'q'})  # region and language_code gone: replaced whole
    invalid(api.patch(path, json={'settings': {'project_id': 'q'}}), 'Settings : Invalid settings data', ['settings'])
    assert api.patch(path, json={'status': 1}).json()['status'] is True  # the enum's integer
    assert api.patch(path, json={'status': 'on'}).status_code == 500  # ArgumentError


def test_wrapped_or_flat_bodies(api):
    # no Hook model for ParamsWrapper: every key of a JSON body is wrapped under hook
    assert create(api, hook={'app_id': 'dyte', 'settings': {'api_key': 'k', 'organization_id': 'o'}})['app_id'] == 'dyte'
    response = api.post(HOOKS, json={})
    assert (response.status_code, response.json()) == (422, {'error': 'param is missing or the value is empty: hook'})


def test_administrators_only_and_delete(api):
    # hook_policy.rb: administrators create, update, destroy; fetch_hook (404) before authorize (401)
    hook = create(api, **OPENAI)
    path = '%s/%d' % (HOOKS, hook['id'])
    assert api.post(HOOKS, json=OPENAI, token='agent').json() == DENIED
    assert api.patch(path, json={'status': 'disabled'}, token='agent').json() == DENIED
    assert api.delete(path, token='agent').json() == DENIED
    assert api.delete(HOOKS + '/999', token='agent').json() == GONE
    response = api.delete(path)
    assert (response.status_code, response.content) == (200, b'')  # head :ok
    assert listed(api, 'openai') == [] and api.delete(path).json() == GONE
    assert api.get(path).status_code == 404  # no show action, no index
