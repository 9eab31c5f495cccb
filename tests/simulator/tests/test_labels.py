"""Labels (docs/chatwoot-behaviour.md "Labels"; Chatwoot labels_controller.rb, label.rb, label_policy.rb)."""

import pytest

from sim_client import A1

LABELS = A1 + '/labels'
DENIED = {'error': 'You are not authorized to do this action'}
GONE = {'error': 'Resource could not be found'}
MISSING = {'error': 'param is missing or the value is empty: label'}


def create(api, **body):
    response = api.post(LABELS, json=body)
    assert response.status_code == 200, response.text
    return response.json()


def test_create_show_list_with_defaults(api):
    """200 with five keys; title down-cased; color #1f93ff; show_on_sidebar null; list ordered by title."""
    label = create(api, title='Billing', description='Money matters')
    assert label == {'id': label['id'], 'title': 'billing', 'description': 'Money matters', 'color': '#1f93ff',
                     'show_on_sidebar': None}
    create(api, title='Alpha_1', color='red', show_on_sidebar='true')
    assert api.get(LABELS + '/%d' % label['id']).json() == label
    payload = api.get(LABELS).json()['payload']
    assert [(label['title'], label['color'], label['show_on_sidebar']) for label in payload] == [
        ('alpha_1', 'red', True), ('billing', '#1f93ff', None)]


def test_wrapped_and_explicit_label_key(api):
    """ParamsWrapper puts the JSON body's Label attributes under ``label``; an explicit ``label`` wins."""
    assert create(api, label={'title': 'explicit'}, title='ignored')['title'] == 'explicit'
    for body in ({}, {'name': 'x'}, {'label': {}}, {'label': ''}):
        response = api.post(LABELS, json=body)
        assert (response.status_code, response.json()) == (422, MISSING), body
    form = api.post(LABELS, data={'title': 'form'})  # not JSON: nothing is wrapped
    assert (form.status_code, form.json()) == (422, MISSING)


@pytest.mark.parametrize('title', ['a', '-ab', '_ab', 'two words', 'dots.no', 'slash/no'])
def test_title_format(api, title):
    """``\\A[\\p{L}\\p{N}]+[\\p{L}\\p{N}_-]+\\Z``: a letter or digit first, then letters, digits, - or _."""
    response = api.post(LABELS, json={'title': title})
    assert (response.status_code, response.json()) == (422, {'message': 'Title is invalid', 'attributes': ['title']})


def test_title_unicode_digits_and_trailing_newline(api):
    assert create(api, title='Überfällig')['title'] == 'überfällig'
    assert create(api, title='42')['title'] == '42'
    assert create(api, title='a-b_c')['title'] == 'a-b_c'
    assert create(api, title='ab\n')['title'] == 'ab\n'  # \Z allows one final newline


def test_blank_title_and_uniqueness(api):
    for title in (None, '', '  '):
        response = api.post(LABELS, json={'title': title, 'color': 'x'})
        assert response.json() == {'message': 'Title must not be blank, Title is invalid', 'attributes': ['title']}
    create(api, title='dup')
    response = api.post(LABELS, json={'title': 'DUP'})
    taken = {'message': 'Title has already been taken', 'attributes': ['title']}
    assert (response.status_code, response.json()) == (422, taken)
    other = api.control('POST', 'seed', json={'table': 'labels', 'account_id': 2, 'records': [{'title': 'dup'}]})
    assert other.status_code == 200  # unique per account only


def test_null_color_is_a_database_error(api):
    response = api.post(LABELS, json={'title': 'nocolor', 'color': None})
    assert (response.status_code, response.json()) == (500, {'status': 500, 'error': 'Internal Server Error'})
    assert api.get(LABELS).json() == {'payload': []}


def test_update_and_destroy(api):
    label = create(api, title='old', description='d')
    path = LABELS + '/%d' % label['id']
    response = api.patch(path, json={'title': 'New', 'show_on_sidebar': False, 'id': 99})
    assert response.json() == dict(label, title='new', show_on_sidebar=False)
    assert api.put(path, json={'description': None}).json()['description'] is None
    create(api, title='taken')
    response = api.patch(path, json={'title': 'TAKEN'})
    assert response.json() == {'message': 'Title has already been taken', 'attributes': ['title']}
    assert api.get(path).json()['title'] == 'new'  # update! failed: nothing saved
    response = api.delete(path)
    assert (response.status_code, response.content, response.headers['Content-Type']) == (200, b'', 'application/json')
    assert (api.get(path).status_code, api.get(path).json()) == (404, GONE)


def test_agents_may_only_list(api):
    """``LabelPolicy``: index for every member; show, create, update, destroy for administrators."""
    label = create(api, title='support')
    path = LABELS + '/%d' % label['id']
    assert [label['title'] for label in api.get(LABELS, token='agent').json()['payload']] == ['support']
    for method, url, body in (('GET', path, None), ('POST', LABELS, {'title': 'x2'}), ('PATCH', path, {'title': 'y2'}),
                              ('PUT', path, {}), ('DELETE', path, None)):
        response = api.request(method, url, token='agent', json=body)
        assert (response.status_code, response.json()) == (401, DENIED), method
    # fetch_label runs before check_authorization: an unknown id is 404 even for an agent
    for method in ('GET', 'PATCH', 'DELETE'):
        response = api.request(method, LABELS + '/999', token='agent', json={'title': 'zz'})
        assert (response.status_code, response.json()) == (404, GONE), method
    assert api.get('/api/v1/accounts/2/labels').json() == {'error': 'You are not authorized to access this account'}


def test_writes_are_logged_and_seeded_rows_are_not(api):
    api.control('POST', 'seed', json={'table': 'labels', 'count': 3})
    create(api, title='logged')
    logged = [(e['method'], e['path'], e['status']) for e in api.control('GET', 'requests').json()['requests']]
    assert logged == [('POST', LABELS, 200)]
    assert [label['title'] for label in api.get(LABELS).json()['payload']] == ['logged', 'seed_1', 'seed_2', 'seed_3']
