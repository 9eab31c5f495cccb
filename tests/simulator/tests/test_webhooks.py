"""Account webhooks (docs/chatwoot-behaviour.md §8.8; Chatwoot webhooks_controller.rb, webhook.rb,
webhook_policy.rb, webhook_secretable.rb, webhooks/*.json.jbuilder)."""

from sim_client import A1

HOOKS = A1 + '/webhooks'
DENIED = {'error': 'You are not authorized to do this action'}
GONE = {'error': 'Resource could not be found'}


def create(api, **body):
    response = api.post(HOOKS, json=body)
    assert response.status_code == 200, response.text
    return response.json()['payload']['webhook']


def test_create_list_shapes_and_secret(api):
    hook = create(api, url='https://example.com/hook', name='CRM', subscriptions=['message_created'], secret='mine')
    assert set(hook) == {'id', 'name', 'url', 'account_id', 'subscriptions', 'secret'}
    assert (hook['name'], hook['account_id'], hook['subscriptions']) == ('CRM', 1, ['message_created'])
    assert len(hook['secret']) == 24 and hook['secret'] != 'mine'
    assert api.get(HOOKS).json() == {'payload': {'webhooks': [hook]}}


def test_inbox_rendered_when_set(api):
    inbox = api.create(name='Site')
    hook = create(api, url='https://example.com/a', subscriptions=['conversation_created'], inbox_id=inbox['id'])
    assert hook['inbox'] == {'id': inbox['id'], 'name': 'Site'}


def test_unknown_inbox_id_is_stored_and_not_rendered(api):
    # webhook.rb:23 belongs_to :inbox, optional: true, and no foreign key on webhooks.inbox_id (schema.rb:1317-1328)
    hook = create(api, url='https://example.com/b', subscriptions=['conversation_created'], inbox_id=999)
    assert 'inbox' not in hook
    assert api.get(HOOKS).json()['payload']['webhooks'] == [hook]


def test_missing_or_null_subscriptions_get_the_column_default(api):
    # webhook_controller_spec.rb:89 "use default if subscription events are nil"; schema.rb:1324 the default
    default = ['conversation_status_changed', 'conversation_updated', 'conversation_created', 'contact_created',
               'contact_updated', 'message_created', 'message_updated', 'webwidget_triggered']
    assert create(api, url='https://hello.com', subscriptions=None)['subscriptions'] == default
    assert create(api, url='https://hello.com/2')['subscriptions'] == default
    hook = create(api, url='https://hello.com/3', subscriptions=['message_created'])
    response = api.patch('%s/%d' % (HOOKS, hook['id']), json={'subscriptions': None})  # dropped: unchanged
    assert response.json()['payload']['webhook']['subscriptions'] == ['message_created']


def test_validations(api):
    create(api, url='https://example.com/hook', subscriptions=['message_created'])
    cases = [({'url': 'https://example.com/hook', 'subscriptions': ['message_created']}, 'Url has already been taken', ['url']),
             ({'url': 'ftp://example.com', 'subscriptions': ['message_created']}, 'Url is invalid', ['url']),
             ({'url': 'https://example.com/2', 'subscriptions': []}, 'Subscriptions Invalid events', ['subscriptions']),
             ({'url': 'https://example.com/2', 'subscriptions': ['agent_added']}, 'Subscriptions Invalid events', ['subscriptions'])]
    for body, message, attributes in cases:
        response = api.post(HOOKS, json=body)
        assert (response.status_code, response.json()) == (422, {'message': message, 'attributes': attributes}), body
    assert create(api, url='see http://example.com/x', subscriptions=['inbox_created'])  # the regex is unanchored
    response = api.post(HOOKS, json={'secret': 'x', 'subscriptions': ['x']})
    assert (response.status_code, response.json()) == (422, {'message': 'Url is invalid, Subscriptions Invalid events',
                                                             'attributes': ['url', 'subscriptions']})
    response = api.post(HOOKS, json={'unrelated': 1})
    assert (response.status_code, response.json()) == (422, {'error': 'param is missing or the value is empty: webhook'})


def test_update_keeps_secret_and_delete(api):
    hook = create(api, url='https://example.com/hook', subscriptions=['message_created'])
    path = HOOKS + '/%d' % hook['id']
    response = api.patch(path, json={'url': 'https://example.com/new', 'name': 'n', 'subscriptions': ['contact_created']})
    changed = response.json()['payload']['webhook']
    assert (changed['url'], changed['name'], changed['subscriptions'], changed['secret']) == (
        'https://example.com/new', 'n', ['contact_created'], hook['secret'])
    assert (api.delete(path).status_code, api.get(HOOKS).json()) == (200, {'payload': {'webhooks': []}})
    assert api.delete(path).json() == GONE


def test_administrators_only(api):
    hook = create(api, url='https://example.com/hook', subscriptions=['message_created'])
    assert api.get(HOOKS, token='agent').json() == DENIED
    assert api.post(HOOKS, json={}, token='agent').json() == DENIED
    assert api.patch(HOOKS + '/%d' % hook['id'], json={}, token='agent').json() == DENIED
    assert api.delete(HOOKS + '/999', token='agent').json() == DENIED  # the role before the fetch


def test_writes_logged_and_seeded(api):
    create(api, url='https://example.com/hook', subscriptions=['message_created'])
    writes = [e for e in api.control('GET', 'requests').json()['requests'] if e['method'] != 'GET']
    assert [(e['method'], e['status']) for e in writes] == [('POST', 200)]
    assert len(api.control('POST', 'seed', json={'table': 'webhooks', 'count': 3}).json()['ids']) == 3
    assert len(api.get(HOOKS).json()['payload']['webhooks']) == 4
