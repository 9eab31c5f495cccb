"""Custom attribute definitions (docs/chatwoot-behaviour.md §8.9; Chatwoot custom_attribute_definitions_controller.rb,
custom_attribute_definition.rb, _custom_attribute_definition.json.jbuilder)."""

from sim_client import A1

DEFS = A1 + '/custom_attribute_definitions'


def create(api, token='admin', **body):
    response = api.post(DEFS, json=body, token=token)
    assert response.status_code == 200, response.text
    return response.json()


def test_integers_in_names_out_and_filter(api):
    made = create(api, attribute_display_name=' Plan ', attribute_key=' plan ', attribute_model=1, attribute_display_type=6,
                  attribute_values=['a', 'b'])
    assert (made['attribute_key'], made['attribute_display_name'], made['attribute_model'], made['attribute_display_type'],
            made['attribute_values']) == ('plan', 'Plan', 'contact_attribute', 'list', ['a', 'b'])
    other = create(api, attribute_display_name='Plan', attribute_key='plan')  # another model
    assert other['attribute_model'] == 'conversation_attribute'
    assert [d['id'] for d in api.get(DEFS).json()] == [made['id'], other['id']]
    assert [d['id'] for d in api.get(DEFS + '?attribute_model=contact_attribute').json()] == [made['id']]
    assert [d['id'] for d in api.get(DEFS + '?attribute_model=0').json()] == [other['id']]
    assert api.get(DEFS + '/%d' % made['id']).json() == made


def test_validations(api):
    create(api, attribute_display_name='Plan', attribute_key='plan')
    cases = [({'attribute_display_name': 'x', 'attribute_key': 'plan'}, 'Attribute key has already been taken'),
             ({'attribute_display_name': 'x', 'attribute_key': 'a b'},
              'Attribute key must only contain letters, numbers, underscores, hyphens, and dots'),
             ({'attribute_display_name': 'x', 'attribute_key': 'status'},
              'Attribute key The provided key is not allowed as it might conflict with default attributes.')]
    for body, message in cases:
        response = api.post(DEFS, json=body)
        assert (response.status_code, response.json()) == (422, {'message': message, 'attributes': ['attribute_key']}), body
    assert api.post(DEFS, json={'attribute_display_name': 'x', 'attribute_key': 'k', 'attribute_model': 'deal'}).status_code == 500


def test_update_and_delete(api):
    made = create(api, attribute_display_name='Plan', attribute_key='plan')
    path = DEFS + '/%d' % made['id']
    assert api.patch(path, json={'attribute_display_type': 'number'}).json()['attribute_display_type'] == 'number'
    response = api.delete(path)
    assert (response.status_code, response.content) == (204, b'')
    assert api.get(path).status_code == 404


def test_agents_read_but_only_administrators_write(api):
    """custom_attribute_definition_policy.rb:10-20 (v4.14.0 on): writes are the administrators'; the record is fetched
    first (controller :2-4), so an unknown id is 404 before the 401; spec "when it is an agent ... returns forbidden"."""
    denied = {'error': 'You are not authorized to do this action'}
    made = create(api, attribute_display_name='Plan', attribute_key='plan')
    path = DEFS + '/%d' % made['id']
    assert api.get(DEFS, token='agent').json() == [made]
    assert api.get(path, token='agent').json() == made
    response = api.post(DEFS, json={'attribute_display_name': 'x', 'attribute_key': 'x'}, token='agent')
    assert (response.status_code, response.json()) == (401, denied)
    for response in (api.patch(path, json={'attribute_display_name': 'y'}, token='agent'), api.delete(path, token='agent')):
        assert (response.status_code, response.json()) == (401, denied)
    assert api.delete(DEFS + '/999', token='agent').status_code == 404
    assert api.get(DEFS).json() == [made]


def test_company_attributes_since_4_14(api):
    """custom_attribute_definition.rb:29,45: company_attribute (2) with its own standard keys, since v4.14.0."""
    company = create(api, attribute_display_name='Tier', attribute_key='tier', attribute_model='company_attribute')
    assert create(api, attribute_display_name='Tier', attribute_key='tier', attribute_model=2 - 1)['attribute_model'] == 'contact_attribute'
    assert [d['id'] for d in api.get(DEFS + '?attribute_model=2').json()] == [company['id']]
    conflict = api.post(DEFS, json={'attribute_display_name': 'x', 'attribute_key': 'domain', 'attribute_model': 'company_attribute'})
    assert conflict.json()['message'] == 'Attribute key The provided key is not allowed as it might conflict with default attributes.'
    assert api.post(DEFS, json={'attribute_display_name': 'x', 'attribute_key': 'company_name',
                                'attribute_model': 'contact_attribute'}).status_code == 422
    api.configure(chatwoot_version='4.13.0')
    assert api.post(DEFS, json={'attribute_display_name': 'x', 'attribute_key': 'k', 'attribute_model': 'company_attribute'}).status_code == 500
    assert api.get(DEFS + '?attribute_model=company_attribute').json() == []
