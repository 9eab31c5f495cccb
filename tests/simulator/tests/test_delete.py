"""Asynchronous delete (checklist 50-52, 76)."""

import time

from sim_client import A1

MESSAGE = {'message': 'Your inbox deletion request will be processed in some time.'}
GONE = {'error': 'Resource could not be found'}


def test_async_delete_lifecycle(api):
    """Checklist 50, 51, 52: 200 + message; still listed/shown/counted during the delay; repeat 200; then 404."""
    api.configure(delete_delay=0.6, inbox_limit=2)
    inbox = api.create('Doomed')
    api.create('Stays')
    path = A1 + '/inboxes/%d' % inbox['id']
    assert api.delete(path, token='agent').status_code == 401
    response = api.delete(path)
    assert (response.status_code, response.json()) == (200, MESSAGE)
    assert response.headers['Content-Type'] == 'application/json; charset=utf-8'
    names = [i['name'] for i in api.get(A1 + '/inboxes').json()['payload']]
    assert names == ['Doomed', 'Stays']
    assert api.get(path).status_code == 200
    assert api.patch(path, json={'greeting_message': 'still here'}).status_code == 200
    limit = api.post(A1 + '/inboxes', json={'name': 'x', 'channel': {'type': 'api'}})
    assert limit.status_code == 402  # the pending inbox still counts
    again = api.delete(path)
    assert (again.status_code, again.json()) == (200, MESSAGE)
    time.sleep(0.7)
    for method in ('GET', 'PATCH', 'DELETE'):
        response = api.request(method, path, json={})
        assert (response.status_code, response.json()) == (404, GONE), method
    assert [i['name'] for i in api.get(A1 + '/inboxes').json()['payload']] == ['Stays']


def test_run_deletions_control_and_never(api):
    """Checklist 50: a negative delay never completes until /_simulator/run_deletions."""
    api.configure(delete_delay=-1)
    inbox = api.create()
    api.delete(A1 + '/inboxes/%d' % inbox['id'])
    assert api.get(A1 + '/inboxes/%d' % inbox['id']).status_code == 200
    pending = api.control('GET', 'inboxes').json()['inboxes']
    assert pending[0]['pending_deletion'] is True
    assert api.control('POST', 'run_deletions').json() == {'deleted': [inbox['id']]}
    assert api.get(A1 + '/inboxes/%d' % inbox['id']).status_code == 404


def test_synchronous_delete_before_2_16(api):
    """Checklist 76, 71: < 2.16 deletes at once with an empty 200 (application/json, no charset)."""
    api.configure(chatwoot_version='2.15.0')
    inbox = api.create()
    response = api.delete(A1 + '/inboxes/%d' % inbox['id'])
    assert (response.status_code, response.content) == (200, b'')
    assert response.headers['Content-Type'] == 'application/json'
    assert api.get(A1 + '/inboxes/%d' % inbox['id']).status_code == 404


def test_other_account_inbox_404(api):
    """§4: another account's inbox -> 404."""
    inbox = api.create()
    response = api.delete('/api/v1/accounts/3/inboxes/%d' % inbox['id'])
    assert response.status_code == 401  # account 3 is suspended: account check first
    seeded = api.control('POST', 'seed', json={'account_id': 2, 'count': 1}).json()['ids'][0]
    assert api.delete(A1 + '/inboxes/%d' % seeded).json() == GONE
