"""The /_simulator/ control API: request log, reset, seed, config, faults, SDK stand-in."""

import time

import pytest
import requests

from sim_client import A1, WIDGET


def test_request_log(api):
    """Every API request is recorded (also auth failures), without token values; controls are not."""
    api.get(A1 + '/inboxes', token='bogus')
    api.post(A1 + '/inboxes', json={'name': 'Logged', 'channel': WIDGET})
    api.post(A1 + '/inboxes?x=1', data='not json', headers={'Content-Type': 'text/plain'})
    entries = api.control('GET', 'requests').json()['requests']
    assert [(e['seq'], e['method'], e['path'], e['status'], e['token']) for e in entries] == [
        (1, 'GET', A1 + '/inboxes', 401, 'invalid'), (2, 'POST', A1 + '/inboxes', 200, 'admin'),
        (3, 'POST', A1 + '/inboxes', 500, 'admin')]
    assert entries[1]['body'] == {'name': 'Logged', 'channel': WIDGET}
    assert entries[2]['body'] == 'not json' and entries[2]['query'] == 'x=1' and entries[0]['body'] is None
    assert all(set(e) >= {'seq', 'method', 'path', 'query', 'body', 'status', 'time'} for e in entries)
    assert 'sim-admin-token' not in api.control('GET', 'requests').text
    assert api.control('DELETE', 'requests').status_code == 200
    assert api.control('GET', 'requests').json() == {'requests': []}


def test_reset_restores_start_state(api):
    """POST /_simulator/reset: no inboxes, faults, log entries; start-up config."""
    api.configure(frontend_url='https://x', inbox_limit=5)
    api.create()
    api.control('POST', 'faults', json={'action': {'status': 503}, 'count': 3})
    assert api.control('POST', 'reset').status_code == 200
    assert api.control('GET', 'config').json()['inbox_limit'] == 100000
    assert api.control('GET', 'faults').json() == {'faults': []}
    assert api.control('GET', 'requests').json() == {'requests': []}
    assert api.get(A1 + '/inboxes').json() == {'payload': []}


def test_config_validation(api):
    """GET/PATCH /_simulator/config: defaults, rejected values, tokens changeable at run time."""
    config = api.control('GET', 'config').json()
    assert config['delete_delay'] == 2.0 and config['chatwoot_version'] == '4.15.1' and config['frontend_url'] == ''
    for bad in ({'inbox_limit': -1}, {'chatwoot_version': 'latest'}, {'nope': 1}, {'enterprise': 'yes'}):
        response = api.control('PATCH', 'config', json=bad)
        assert response.status_code == 400 and 'error' in response.json()
    api.configure(admin_token='rotated')
    assert api.get(A1 + '/inboxes').status_code == 401
    assert api.get(A1 + '/inboxes', token='rotated').status_code == 200


def test_seed_1000_and_list_all(api):
    """Seeding 1,000 inboxes is fast and GET /inboxes returns all of them (no pagination)."""
    started = time.monotonic()
    spec = {'account_id': 1, 'count': 1000, 'name_prefix': 'Seed', 'channel_type': 'web_widget'}
    response = api.control('POST', 'seed', json=spec)
    assert time.monotonic() - started < 1.0
    ids = response.json()['ids']
    assert len(ids) == 1000 and len(set(ids)) == 1000
    payload = api.get(A1 + '/inboxes').json()['payload']
    assert len(payload) == 1000
    assert payload[0]['name'] == 'Seed 0001' and payload[-1]['name'] == 'Seed 1000'
    logged = api.control('GET', 'requests').json()['requests']
    assert [entry['path'] for entry in logged] == [A1 + '/inboxes']  # the seed itself is not logged


def test_seed_bodies_members_and_errors(api):
    """Seeding explicit create bodies with members; a rejected body creates nothing."""
    response = api.control('POST', 'seed', json={'inboxes': [
        {'name': 'API seeded', 'channel': {'type': 'api'}, 'members': [2]},
        {'name': 'Widget seeded', 'channel': WIDGET}]})
    first, second = response.json()['ids']
    assert api.get(A1 + '/inboxes/%d' % first, token='agent').status_code == 200
    assert api.get(A1 + '/inboxes/%d' % second, token='agent').status_code == 401
    bad = api.control('POST', 'seed', json={'inboxes': [{'name': 'ok', 'channel': WIDGET}, {'name': 'x', 'channel': {'type': 'web_widget'}}]})
    assert bad.status_code == 422 and bad.json()['response'] == {'message': "Website url can't be blank",
                                                                 'attributes': ['website_url']}
    assert len(api.get(A1 + '/inboxes').json()['payload']) == 2  # all or nothing


def add_fault(api, action, count=1, method='POST', path_regex='/inboxes$'):
    response = api.control('POST', 'faults', json={'match': {'method': method, 'path_regex': path_regex},
                                                   'count': count, 'action': action})
    assert response.status_code == 200, response.text
    return response.json()


def test_fault_429_with_retry_after(api):
    """Fault {status: 429}: Rack::Attack's body, optional Retry-After, consumed after count uses."""
    add_fault(api, {'status': 429, 'retry_after': 3}, count=2)
    for _attempt in range(2):
        response = api.post(A1 + '/inboxes', json={'name': 'x', 'channel': WIDGET})
        assert (response.status_code, response.text, response.headers['Retry-After']) == (429, 'Retry later\n', '3')
        assert response.headers['Content-Type'] == 'text/plain'
    assert api.post(A1 + '/inboxes', json={'name': 'x', 'channel': WIDGET}).status_code == 200
    assert api.control('GET', 'faults').json() == {'faults': []}
    entries = api.control('GET', 'requests').json()['requests']
    assert [(e['status'], e.get('fault')) for e in entries] == [(429, 'status'), (429, 'status'), (200, None)]


@pytest.mark.parametrize('status', [500, 502, 503, 504])
def test_fault_server_errors_not_applied(api, status):
    """Fault {status: 5xx}: answered before Chatwoot runs, so nothing is created."""
    add_fault(api, {'status': status})
    response = api.post(A1 + '/inboxes', json={'name': 'x', 'channel': WIDGET})
    assert response.status_code == status
    if status == 500:
        assert response.json() == {'status': 500, 'error': 'Internal Server Error'}
    else:
        assert response.headers['Content-Type'] == 'text/html' and str(status) in response.text
    assert api.get(A1 + '/inboxes').json() == {'payload': []}


def test_fault_delay(api):
    """Fault {delay: s}: slow, then a normal answer."""
    add_fault(api, {'delay': 0.4}, method='GET')
    started = time.monotonic()
    assert api.get(A1 + '/inboxes').status_code == 200
    assert time.monotonic() - started >= 0.4


def test_fault_html_and_invalid_json(api):
    """Faults {html: true} (200 or 502) and {invalid_json: true}."""
    add_fault(api, {'html': True}, method='GET')
    add_fault(api, {'html': True, 'status': 502}, method='GET')
    add_fault(api, {'invalid_json': True}, method='GET')
    first = api.get(A1 + '/inboxes')
    assert first.status_code == 200 and first.text.startswith('<html>') and first.headers['Content-Type'] == 'text/html'
    assert api.get(A1 + '/inboxes').status_code == 502
    broken = api.get(A1 + '/inboxes')
    assert broken.status_code == 200 and broken.headers['Content-Type'] == 'application/json; charset=utf-8'
    with pytest.raises(ValueError):
        broken.json()


def test_fault_drop_after_apply(api):
    """Fault {drop_after_apply: true}: the inbox exists although the client got no answer."""
    add_fault(api, {'drop_after_apply': True})
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.post(api.base + A1 + '/inboxes', json={'name': 'Applied', 'channel': WIDGET},
                      headers={'api_access_token': 'sim-admin-token'}, timeout=5)
    assert [i['name'] for i in api.get(A1 + '/inboxes').json()['payload']] == ['Applied']


def test_fault_validation_and_clear(api):
    """Malformed fault specs are rejected with 400; DELETE clears the list."""
    for bad in ({'action': {'status': 418}}, {'action': {}}, {'count': 0, 'action': {'status': 500}},
                {'match': {'path_regex': '('}, 'action': {'status': 500}}):
        assert api.control('POST', 'faults', json=bad).status_code == 400
    add_fault(api, {'status': 503}, count=5)
    assert api.control('GET', 'faults').json()['faults'][0]['count'] == 5
    api.control('DELETE', 'faults')
    assert api.control('GET', 'faults').json() == {'faults': []}


def test_sdk_stand_in(api):
    """/packs/js/sdk.js stand-in, CORS preflight, text/plain reports, listed and reset."""
    sdk = requests.get(api.base + '/packs/js/sdk.js', timeout=5)
    assert sdk.headers['Content-Type'] == 'application/javascript'
    assert sdk.headers['Access-Control-Allow-Origin'] == '*'
    assert 'window.chatwootSDK' in sdk.text and "/_simulator/sdk-report'" in sdk.text
    preflight = api.control('OPTIONS', 'sdk-report', headers={'Origin': 'http://page.test',
                                                              'Access-Control-Request-Method': 'POST'})
    assert preflight.status_code == 204 and preflight.headers['Access-Control-Allow-Origin'] == '*'
    report = {'websiteToken': 'abc', 'baseUrl': api.base, 'location': 'http://page.test/'}
    posted = api.control('POST', 'sdk-report', data=__import__('json').dumps(report), headers={'Content-Type': 'text/plain'})
    assert posted.status_code == 200 and posted.headers['Access-Control-Allow-Origin'] == '*'
    assert api.control('GET', 'sdk-reports').json() == {'reports': [report]}
    api.control('POST', 'reset')
    assert api.control('GET', 'sdk-reports').json() == {'reports': []}
