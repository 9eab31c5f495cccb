"""Canned responses (docs/chatwoot-behaviour.md "Canned responses"; Chatwoot canned_responses_controller.rb,
canned_response.rb)."""

import re

from sim_client import A1

CANNED = A1 + '/canned_responses'
GONE = {'error': 'Resource could not be found'}
ISO_MS = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$')


def create(api, token='admin', **body):
    response = api.post(CANNED, json=body, token=token)
    assert response.status_code == 200, response.text
    return response.json()


def test_create_keys_in_column_order(api):
    reply = create(api, short_code='hello', content='Hello {{contact.name}}!')
    assert list(reply) == ['id', 'account_id', 'short_code', 'content', 'created_at', 'updated_at']
    assert (reply['account_id'], reply['short_code'], reply['content']) == (1, 'hello', 'Hello {{contact.name}}!')
    assert ISO_MS.match(reply['created_at']) and reply['created_at'] == reply['updated_at']
    assert api.get(CANNED).json() == [reply]  # a bare array


def test_validations(api):
    response = api.post(CANNED, json={'short_code': ' '})
    assert (response.status_code, response.json()) == (422, {
        'message': "Content can't be blank, Short code can't be blank", 'attributes': ['content', 'short_code']})
    create(api, short_code='bye', content='Bye')
    response = api.post(CANNED, json={'short_code': 'bye', 'content': 'Again'})
    assert response.json() == {'message': 'Short code has already been taken', 'attributes': ['short_code']}
    assert create(api, short_code='Bye', content='Case matters')['short_code'] == 'Bye'
    response = api.post(CANNED, json={'foo': 1})
    assert (response.status_code, response.json()) == (422, {
        'error': 'param is missing or the value is empty: canned_response'})


def test_agents_may_write(api):
    """The controller has no Pundit check: every account member manages canned responses."""
    reply = create(api, token='agent', short_code='agent', content='By an agent')
    path = CANNED + '/%d' % reply['id']
    assert api.patch(path, json={'content': 'Edited'}, token='agent').json()['content'] == 'Edited'
    assert api.delete(path, token='agent').status_code == 200
    assert api.get(CANNED, token='agent').json() == []


def test_update_touches_updated_at_only_on_change(api):
    reply = create(api, short_code='one', content='One')
    path = CANNED + '/%d' % reply['id']
    same = api.patch(path, json={'content': 'One'}).json()
    assert same == reply
    changed = api.put(path, json={'short_code': 'uno', 'account_id': 2}).json()
    assert (changed['short_code'], changed['account_id'], changed['created_at']) == ('uno', 1, reply['created_at'])
    assert changed['updated_at'] >= reply['updated_at']
    response = api.patch(path, json={'content': ''})
    assert response.json() == {'message': "Content can't be blank", 'attributes': ['content']}


def test_search_filters_and_ranks(api):
    """``?search=``: ILIKE on short_code or content; prefix of short_code first, then substring, then content."""
    for code, text in (('thanks', 'Thank you'), ('bye', 'Thanks and bye'), ('nothanks', 'Regards'), ('hello', 'Hi')):
        create(api, short_code=code, content=text)
    found = api.get(CANNED + '?search=THANK').json()
    assert [r['short_code'] for r in found] == ['thanks', 'nothanks', 'bye']
    assert [r['short_code'] for r in api.get(CANNED + '?search=h_llo').json()] == ['hello']  # _ is a wildcard
    assert len(api.get(CANNED + '?search=').json()) == 4
    assert api.get(CANNED + '?search=zzz').json() == []


def test_routes_and_404(api):
    reply = create(api, short_code='x1', content='X')
    assert api.get(CANNED + '/%d' % reply['id'], headers={'Accept': 'application/json'}).json() == {
        'status': 404, 'error': 'Not Found'}  # there is no show route
    for method in ('PATCH', 'DELETE'):
        response = api.request(method, CANNED + '/999', json={'content': 'y'})
        assert (response.status_code, response.json()) == (404, GONE)
    seeded = api.control('POST', 'seed', json={'table': 'canned_responses', 'account_id': 2, 'count': 1}).json()['ids']
    assert api.delete(CANNED + '/%d' % seeded[0]).json() == GONE  # another account's
