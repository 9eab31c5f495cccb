"""spec/controllers/api/v1/accounts/webhook_controller_spec.rb (v4.15.1), replayed."""

import pytest

from conformance_helpers import created
from sim_client import A1

SPEC = 'webhook_controller_spec.rb'
DEFAULT_EVENTS = ['conversation_status_changed', 'conversation_updated', 'conversation_created', 'contact_created',
                  'contact_updated', 'message_created', 'message_updated', 'webwidget_triggered']


@pytest.fixture
def inbox(api):
    return api.create('Web')


@pytest.fixture
def webhook(api, inbox):
    return created(api.post(A1 + '/webhooks', json={'inbox_id': inbox['id'], 'url': 'https://hello.com', 'name': 'My Webhook',
                                                    'subscriptions': ['message_created']}))['payload']['webhook']


@pytest.mark.parametrize('method, path', [('GET', '/webhooks'), ('POST', '/webhooks'), ('PUT', '/webhooks/{id}'),
                                          ('DELETE', '/webhooks/{id}')],
                         ids=[SPEC + ':%d' % line for line in (12, 33, 105, 128)])
def test_an_agent_is_refused(api, webhook, method, path):
    response = api.request(method, A1 + path.format(id=webhook['id']), token='agent', json={'url': 'https://other.com'})
    assert response.status_code == 401
    assert [w['url'] for w in api.get(A1 + '/webhooks').json()['payload']['webhooks']] == ['https://hello.com']


def test_gets_all_webhooks(api, webhook):
    """webhook_controller_spec.rb:21"""
    response = api.get(A1 + '/webhooks')
    assert response.status_code == 200 and len(response.json()['payload']['webhooks']) == 1


@pytest.mark.parametrize('body, url, name', [({'url': 'https://hello.com'}, 'https://hello.com', None),
                                             ({'url': 'https://hello.com', 'name': 'My Webhook'}, 'https://hello.com', 'My Webhook')],
                         ids=[SPEC + ':42', SPEC + ':52'])
def test_creates_a_webhook(api, inbox, body, url, name):
    response = api.post(A1 + '/webhooks', json=dict(body, account_id=1, inbox_id=inbox['id']))
    assert response.status_code == 200
    webhook = response.json()['payload']['webhook']
    assert (webhook['url'], webhook['name']) == (url, name)


@pytest.mark.parametrize('body', [{'url': 'javascript:alert(1)'}], ids=[SPEC + ':62'])
def test_an_invalid_url_is_refused(api, inbox, body):
    response = api.post(A1 + '/webhooks', json=dict(body, account_id=1, inbox_id=inbox['id']))
    assert response.status_code == 422 and response.json()['message'] == 'Url is invalid'


@pytest.mark.parametrize('events', [['conversation_random_event'], []], ids=[SPEC + ':71', SPEC + ':80'])
def test_invalid_or_empty_subscriptions_are_refused(api, events):
    response = api.post(A1 + '/webhooks', json={'url': 'https://hello.com', 'subscriptions': events})
    assert response.status_code == 422 and response.json()['message'] == 'Subscriptions Invalid events'


def test_null_subscriptions_take_the_default_events(api):
    """webhook_controller_spec.rb:89"""
    response = api.post(A1 + '/webhooks', json={'url': 'https://hello.com', 'subscriptions': None})
    assert response.status_code == 200 and response.json()['payload']['webhook']['subscriptions'] == DEFAULT_EVENTS


def test_updates_a_webhook(api, webhook):
    """webhook_controller_spec.rb:114"""
    response = api.put(A1 + '/webhooks/%d' % webhook['id'], json={'url': 'https://hello.com', 'name': 'Another Webhook'})
    assert response.status_code == 200
    assert (response.json()['payload']['webhook']['url'], response.json()['payload']['webhook']['name']) == (
        'https://hello.com', 'Another Webhook')


def test_deletes_a_webhook(api, webhook):
    """webhook_controller_spec.rb:137"""
    assert api.delete(A1 + '/webhooks/%d' % webhook['id']).status_code == 200
    assert api.get(A1 + '/webhooks').json()['payload']['webhooks'] == []
