"""The generic table controls: /_simulator/tables, seed and reset of any table, persistence of every table."""

import requests

from chatwoot_simulator import Simulator
from sim_client import A1

ADMIN = {'api_access_token': 'sim-admin-token'}


def test_tables_overview_and_raw_rows(api):
    api.create('Inbox')
    api.post(A1 + '/labels', json={'title': 'raw'})
    tables = api.control('GET', 'tables').json()['tables']
    assert set(tables) >= {'inboxes', 'labels', 'canned_responses', 'teams'}
    assert tables['labels'] == {'rows': 1, 'next_id': 2} and tables['teams'] == {'rows': 0, 'next_id': 1}
    rows = api.control('GET', 'tables/labels').json()['rows']
    assert rows == [{'id': 1, 'account_id': 1, 'title': 'raw', 'description': None, 'color': '#1f93ff',
                     'show_on_sidebar': None}]
    assert api.control('GET', 'tables/nope').status_code == 400


def test_seed_any_table_all_or_nothing(api):
    response = api.control('POST', 'seed', json={'table': 'labels', 'records': [{'title': 'ok'}, {'title': 'OK'}]})
    assert response.status_code == 422
    assert response.json() == {'error': 'label 1 was rejected', 'index': 1, 'response_status': 422,
                               'response': {'message': 'Title has already been taken', 'attributes': ['title']}}
    assert api.get(A1 + '/labels').json() == {'payload': []}
    ids = api.control('POST', 'seed', json={'table': 'teams', 'count': 2, 'name_prefix': 'Crew'}).json()['ids']
    assert ids == [1, 2]
    assert [t['name'] for t in api.get(A1 + '/teams').json()] == ['crew 1', 'crew 2']
    assert api.control('POST', 'seed', json={'table': 'nope'}).status_code == 400


def test_reset_some_tables_only(api):
    api.create('Kept')
    api.post(A1 + '/labels', json={'title': 'gone'})
    api.configure(inbox_limit=7)
    response = api.control('POST', 'reset', json={'tables': ['labels']})
    assert response.json() == {'reset': True, 'tables': ['labels']}
    assert api.get(A1 + '/labels').json() == {'payload': []}
    assert api.post(A1 + '/labels', json={'title': 'again'}).json()['id'] == 1  # its sequence restarted
    assert [i['name'] for i in api.get(A1 + '/inboxes').json()['payload']] == ['Kept']
    assert api.control('GET', 'config').json()['inbox_limit'] == 7
    assert len(api.control('GET', 'requests').json()['requests']) == 5  # the log is kept too
    assert api.control('POST', 'reset', json={'tables': []}).status_code == 400


def test_state_file_keeps_every_table(tmp_path):
    state = str(tmp_path / 'state.json')
    with Simulator(port=0, state_file=state) as first:
        team = requests.post(first.url + A1 + '/teams', json={'name': 'Persisted'}, headers=ADMIN, timeout=5).json()
        requests.post(first.url + A1 + '/teams/%d/team_members' % team['id'], json={'user_ids': [3]}, headers=ADMIN,
                      timeout=5)
        requests.post(first.url + A1 + '/canned_responses', json={'short_code': 'k', 'content': 'Kept'}, headers=ADMIN,
                      timeout=5)
    with Simulator(port=0, state_file=state) as second:
        members = requests.get(second.url + A1 + '/teams/%d/team_members' % team['id'], headers=ADMIN, timeout=5).json()
        assert [m['id'] for m in members] == [3]
        replies = requests.get(second.url + A1 + '/canned_responses', headers=ADMIN, timeout=5).json()
        assert [r['short_code'] for r in replies] == ['k']
        again = requests.post(second.url + A1 + '/teams', json={'name': 'Next'}, headers=ADMIN, timeout=5).json()
        assert again['id'] == team['id'] + 1
