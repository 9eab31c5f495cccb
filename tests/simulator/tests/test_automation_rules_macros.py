"""Automation rules and macros (docs/chatwoot-behaviour.md §8.12, §8.13; Chatwoot automation_rules_controller.rb,
automation_rule.rb, macros_controller.rb, macro.rb, macro_policy.rb and their views)."""

from sim_client import A1

RULES = A1 + '/automation_rules'
MACROS = A1 + '/macros'
DENIED = {'error': 'You are not authorized to do this action'}
CRASH = {'status': 500, 'error': 'Internal Server Error'}
CONDITIONS = [{'attribute_key': 'inbox_id', 'filter_operator': 'equal_to', 'values': [3], 'query_operator': 'AND'},
              {'attribute_key': 'labels', 'filter_operator': 'equal_to', 'values': ['vip']}]
ACTIONS = [{'action_name': 'assign_team', 'action_params': [1]},
           {'action_name': 'send_email_to_team', 'action_params': [{'message': 'hi', 'team_ids': [1, '2']}]},
           {'action_name': 'remove_assigned_agent'}]


def rule_body(**changes):
    return dict({'name': 'Route', 'description': None, 'event_name': 'conversation_created', 'conditions': CONDITIONS,
                 'actions': ACTIONS}, **changes)


def test_rule_create_renders_bare_then_payload_elsewhere(api):
    response = api.post(RULES, json=rule_body(unpermitted='x'))
    assert response.status_code == 200, response.text
    rule = response.json()
    assert list(rule) == ['id', 'account_id', 'name', 'description', 'event_name', 'conditions', 'actions', 'created_on', 'active']
    # conditions and actions are stored exactly as sent: types, missing keys and nested hashes included
    assert (rule['conditions'], rule['actions'], rule['active']) == (CONDITIONS, ACTIONS, True)
    assert isinstance(rule['created_on'], int)
    assert api.get(RULES).json() == {'payload': [rule]}
    assert api.get(RULES + '/%d' % rule['id']).json() == {'payload': rule}


def test_rule_update_replaces_lists_only_when_sent(api):
    rule = api.post(RULES, json=rule_body()).json()
    path = RULES + '/%d' % rule['id']
    changed = api.patch(path, json={'active': 'false', 'description': 'd'}).json()['payload']
    assert (changed['active'], changed['description'], changed['conditions'], changed['actions']) == (False, 'd', CONDITIONS, ACTIONS)
    changed = api.patch(path, json={'conditions': [], 'actions': [{'action_name': 'mute_conversation'}]}).json()['payload']
    assert (changed['conditions'], changed['actions']) == ([], [{'action_name': 'mute_conversation'}])


def test_rule_validations_answer_error_messages(api):
    cases = [
        (rule_body(conditions=[{'attribute_key': 'nope', 'filter_operator': 'equal_to', 'values': []}]),
         {'conditions': ['Automation conditions nope not supported.']}),
        (rule_body(conditions=[{'attribute_key': 'status', 'filter_operator': 'equal_to', 'values': ['open']},
                               {'attribute_key': 'status', 'filter_operator': 'equal_to', 'values': ['open']}]),
         {'conditions': ['Automation conditions should have query operator.']}),
        (rule_body(conditions=[{'attribute_key': 'status', 'filter_operator': 'equal_to', 'values': [], 'query_operator': 'XOR'}]),
         {'conditions': ['Query operator must be either "AND" or "OR"']}),
        (rule_body(actions=[{'action_name': 'add_sla', 'action_params': [1]}, {'action_name': 'fly'}]),
         {'actions': ['Automation actions add_sla,fly not supported.']}),
    ]
    for body, errors in cases:
        response = api.post(RULES, json=body)
        assert (response.status_code, response.json()) == (422, {'error': errors}), body
    response = api.post(RULES, json=rule_body(actions=[{'action_name': 'send_attachment', 'action_params': ['x']}]))
    assert (response.status_code, response.json()) == (422, {'error': 'Invalid attachment'})
    for missing in ('name', 'event_name', 'actions', 'conditions'):  # NOT NULL columns, no validation: a 500
        body = rule_body()
        del body[missing]
        assert api.post(RULES, json=body).json() == CRASH, missing
    api.post(A1 + '/custom_attribute_definitions', json={'attribute_display_name': 'Plan', 'attribute_key': 'plan',
                                                         'attribute_display_type': 'text', 'attribute_model': 'conversation_attribute'})
    assert api.post(RULES, json=rule_body(conditions=[{'attribute_key': 'plan', 'filter_operator': 'equal_to',
                                                       'values': ['pro']}])).status_code == 200
    assert api.get(RULES).json()['payload'][0]['name'] == 'Route'


def test_rule_unknown_id_crashes_and_clone_copies(api):
    rule = api.post(RULES, json=rule_body()).json()
    for method in ('get', 'patch', 'delete'):
        assert getattr(api, method)(RULES + '/999').json() == CRASH, method
    copy = api.post(RULES + '/%d/clone' % rule['id']).json()['payload']
    assert copy['id'] != rule['id'] and dict(copy, id=rule['id'], created_on=rule['created_on']) == rule
    assert api.delete(RULES + '/%d' % rule['id']).status_code == 200
    assert [r['id'] for r in api.get(RULES).json()['payload']] == [copy['id']]


def test_rules_are_for_administrators_only(api):
    rule = api.post(RULES, json=rule_body()).json()
    assert api.get(RULES, token='agent').json() == DENIED
    assert api.post(RULES, json=rule_body(), token='agent').json() == DENIED
    assert api.patch(RULES + '/%d' % rule['id'], json={}, token='agent').json() == DENIED
    assert api.delete(RULES + '/999', token='agent').json() == DENIED  # before the fetch


def test_macro_shapes_and_authors(api):
    actions = [ACTIONS[0], {'action_name': 'assign_agent', 'action_params': ['self']}]
    response = api.post(MACROS, json={'name': 'Close', 'visibility': 'global', 'actions': actions})
    assert response.status_code == 200, response.text
    macro = response.json()['payload']
    assert list(macro) == ['id', 'name', 'visibility', 'created_by', 'updated_by', 'account_id', 'actions']
    assert (macro['created_by']['email'], macro['visibility'], macro['actions']) == ('admin@example.com', 'global', actions)
    assert api.get(MACROS + '/%d' % macro['id']).json() == {'payload': macro}


def test_macro_visibility_rules(api):
    mine = api.post(MACROS, json={'name': 'Mine', 'visibility': 'personal', 'actions': []}).json()['payload']
    shared = api.post(MACROS, json={'name': 'Shared', 'visibility': 'global', 'actions': []}).json()['payload']
    forced = api.post(MACROS, json={'name': 'Agent', 'visibility': 'global', 'actions': []}, token='agent').json()['payload']
    assert forced['visibility'] == 'personal'  # an agent's macro is always personal
    assert [m['name'] for m in api.get(MACROS).json()['payload']] == ['Mine', 'Shared']
    assert [m['name'] for m in api.get(MACROS, token='agent').json()['payload']] == ['Shared', 'Agent']
    assert api.get(MACROS + '/%d' % mine['id'], token='agent').json() == DENIED
    assert api.patch(MACROS + '/%d' % shared['id'], json={'name': 'x'}, token='agent').json() == DENIED
    assert api.delete(MACROS + '/%d' % mine['id'], token='agent').json() == DENIED
    assert api.get(MACROS + '/999').status_code == 404
    assert api.patch(MACROS + '/999', json={'name': 'x'}).json() == CRASH
    assert api.delete(MACROS + '/999').json() == CRASH
    # set_visibility takes params[:visibility]: an update without it stores null, and the index no longer lists it
    hidden = api.patch(MACROS + '/%d' % shared['id'], json={'name': 'Renamed'}).json()['payload']
    assert hidden['visibility'] is None
    assert [m['name'] for m in api.get(MACROS).json()['payload']] == ['Mine']
    assert api.delete(MACROS + '/%d' % mine['id']).status_code == 200


def test_macro_validations(api):
    response = api.post(MACROS, json={'name': 'X', 'visibility': 'global', 'actions': [{'action_name': 'send_email_to_team'}]})
    assert (response.status_code, response.json()) == (422, {'error': {'actions': ['Macro execution actions send_email_to_team '
                                                                                   'not supported.']}})
    assert api.post(MACROS, json={'visibility': 'global', 'actions': []}).json() == CRASH
    assert api.post(MACROS, json={'name': 'X', 'visibility': 'public', 'actions': []}).json() == CRASH
    assert api.post(MACROS, json={'name': 'X', 'visibility': 'global'}).json() == CRASH
    assert api.get(MACROS).json() == {'payload': []}
    assert len(api.control('POST', 'seed', json={'table': 'macros', 'count': 2}).json()['ids']) == 2
    assert len(api.control('POST', 'seed', json={'table': 'automation_rules', 'count': 2}).json()['ids']) == 2
    assert (len(api.get(MACROS).json()['payload']), len(api.get(RULES).json()['payload'])) == (2, 2)
