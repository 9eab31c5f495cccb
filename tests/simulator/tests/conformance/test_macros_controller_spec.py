"""spec/controllers/api/v1/accounts/macros_controller_spec.rb (v4.15.1), replayed.

The fixtures' administrator (user 1, token admin) and agent (user 2, token agent); agent_1 and the demoted author
are users made through the platform API (conformance_helpers.member). Uploading attachments (:132, :175, :258, :284)
and execute (:379-:507) are not applicable; the invalid-attachment answers (:159, :275) are replayed."""

import pytest

from conformance_helpers import created, member, platform, unauthenticated
from sim_client import A1

SPEC = 'macros_controller_spec.rb'
MACROS = A1 + '/macros'
DENIED = 'You are not authorized to do this action'
ACTIONS = [{'action_name': 'add_label', 'action_params': ['support', 'priority_customer']}, {'action_name': 'remove_assigned_agent'},
           {'action_name': 'remove_assigned_team'}, {'action_name': 'send_message', 'action_params': ['Welcome to the chatwoot platform.']},
           {'action_name': 'resolve_conversation'}, {'action_name': 'remove_label', 'action_params': ['support']}]
PARAMS = {'name': 'Add label, send message and close the chat, remove label', 'actions': ACTIONS, 'visibility': 'global',
          'created_by_id': 1}


def macro(api, token='admin', visibility='personal', name='A macro'):
    body = {'name': name, 'visibility': visibility, 'actions': [{'action_name': 'resolve_conversation'}]}
    return created(api.post(MACROS, token=token, json=body))['payload']


@pytest.fixture
def seeded(api):
    """The spec's before block, without agent_1's macro (invisible to both tokens)."""
    return [macro(api, visibility='global'), macro(api, visibility='global'), macro(api),
            macro(api, token='agent'), macro(api, token='agent')]


@pytest.mark.parametrize('token, visible', [('admin', [0, 1, 2]), ('agent', [0, 1, 3, 4])], ids=[SPEC + ':22', SPEC + ':39'])
def test_lists_the_global_macros_and_ones_own(api, seeded, token, visible):
    response = api.get(MACROS, token=token)
    assert response.status_code == 200
    assert [m['id'] for m in response.json()['payload']] == [seeded[i]['id'] for i in visible]


@pytest.mark.parametrize('method, path', [('POST', ''), ('POST', ''), ('PUT', '/{id}'), ('GET', '/{id}')],
                         ids=[SPEC + ':%d' % line for line in (55, 65, 205, 305)])
def test_unauthenticated_requests_are_refused(api, seeded, method, path):
    assert unauthenticated(api, method, '/macros' + path.format(id=seeded[0]['id']), json={'name': 'x'}) == 401


def test_creates_a_global_macro(api):
    """macros_controller_spec.rb:104"""
    response = api.post(MACROS, json=PARAMS)
    assert response.status_code == 200
    payload = response.json()['payload']
    assert (payload['name'], payload['visibility'], payload['created_by']['id']) == (PARAMS['name'], 'global', 1)


def test_an_agents_macro_is_personal(api):
    """macros_controller_spec.rb:118"""
    payload = created(api.post(MACROS, token='agent', json=PARAMS))['payload']
    assert (payload['name'], payload['visibility'], payload['created_by']['id']) == (PARAMS['name'], 'personal', 2)


def test_updates_a_macro(api):
    """macros_controller_spec.rb:219 (the example reads json_response['name'] and params['name'] of a symbol-keyed hash:
    two nils; update.json.jbuilder answers under payload, which is checked here)"""
    response = api.put(MACROS + '/%d' % macro(api)['id'], json={'name': 'Add label, send message and close the chat'})
    assert response.status_code == 200 and 'name' not in response.json()
    assert response.json()['payload']['name'] == 'Add label, send message and close the chat'


@pytest.mark.parametrize('method, body', [('PUT', {'name': 'x'}), ('GET', None), ('DELETE', None)],
                         ids=[SPEC + ':229', SPEC + ':332', SPEC + ':585'])
def test_another_agents_personal_macro_is_refused(api, method, body):
    personal = macro(api, token='agent')
    _agent_1, token = member(api, 'AgentOne')
    response = api.request(method, MACROS + '/%d' % personal['id'], token=token, json=body)
    assert response.status_code == 401 and response.json()['error'] == DENIED


@pytest.mark.parametrize('method', ['PUT', 'DELETE'], ids=[SPEC + ':245', SPEC + ':573'])
def test_an_agent_may_not_change_a_global_macro_it_authored(api, method):
    """An administrator made the macro, then became an agent: global macros stay the administrators'."""
    author, token = member(api, 'Demoted', role='administrator')
    mine = macro(api, token=token, visibility='global')
    api.patch(A1 + '/agents/%d' % author, json={'role': 'agent'})
    response = api.request(method, MACROS + '/%d' % mine['id'], token=token, json={'name': 'x'})
    assert response.status_code == 401 and response.json()['error'] == DENIED


def test_shows_a_macro(api):
    """macros_controller_spec.rb:313"""
    mine = macro(api, name='Shown')
    response = api.get(MACROS + '/%d' % mine['id'])
    assert response.status_code == 200
    assert (response.json()['payload']['name'], response.json()['payload']['created_by']['id']) == ('Shown', 1)


def test_an_unknown_macro_is_not_found(api):
    """macros_controller_spec.rb:325"""
    assert api.get(MACROS + '/15').status_code == 404


def test_another_agents_global_macro_may_be_read(api):
    """macros_controller_spec.rb:344 (a global macro by an administrator later made agent)"""
    author, token = member(api, 'Author', role='administrator')
    shared = macro(api, token=token, visibility='global')
    api.patch(A1 + '/agents/%d' % author, json={'role': 'agent'})
    assert api.get(MACROS + '/%d' % shared['id'], token='agent').status_code == 200


def test_deletes_a_macro(api):
    """macros_controller_spec.rb:530"""
    assert api.delete(MACROS + '/%d' % macro(api)['id']).status_code == 200


INVALID_ATTACHMENT = 'Invalid attachment'  # config/locales/en.yml errors.attachments.invalid


def test_an_invalid_attachment_is_refused_on_create(api):
    """macros_controller_spec.rb:159"""
    body = dict(PARAMS, actions=[{'action_name': 'send_attachment', 'action_params': ['invalid_blob_id']}])
    response = api.post(MACROS, json=body)
    assert (response.status_code, response.json()['error']) == (422, INVALID_ATTACHMENT)


def test_an_invalid_attachment_is_refused_on_update(api):
    """macros_controller_spec.rb:275"""
    response = api.put(MACROS + '/%d' % macro(api)['id'], json={'actions': [{'action_name': 'send_attachment', 'action_params': [999999]}]})
    assert (response.status_code, response.json()['error']) == (422, INVALID_ATTACHMENT)


def orphan(api):
    """A global macro whose author (an administrator later made agent) was deleted (``agent.destroy!``)."""
    author, token = member(api, 'Orphaner', role='administrator')
    shared = macro(api, token=token, visibility='global')
    api.patch(A1 + '/agents/%d' % author, json={'role': 'agent'})
    assert platform(api, 'DELETE', '/users/%d' % author).status_code == 200
    api.control('POST', 'run_deletions')
    assert 'created_by' not in api.get(MACROS + '/%d' % shared['id']).json()['payload']  # _macro.json.jbuilder: if present
    return shared


def test_an_administrator_deletes_an_orphaned_global_macro(api):
    """macros_controller_spec.rb:537"""
    assert api.delete(MACROS + '/%d' % orphan(api)['id']).status_code == 200


def test_an_agent_may_not_delete_an_orphaned_global_macro(api):
    """macros_controller_spec.rb:552"""
    _agent_1, token = member(api, 'AgentOne')
    response = api.delete(MACROS + '/%d' % orphan(api)['id'], token=token)
    assert response.status_code == 401 and response.json()['error'] == DENIED
