"""spec/controllers/api/v1/accounts/labels_controller_spec.rb (v4.15.1), replayed."""

import pytest

from conformance_helpers import created, unauthenticated
from sim_client import A1

SPEC = 'labels_controller_spec.rb'


@pytest.fixture
def label(api):
    return created(api.post(A1 + '/labels', json={'title': 'label-1'}))


@pytest.mark.parametrize('method, path', [('GET', '/labels'), ('GET', '/labels/{id}'), ('POST', '/labels'),
                                          ('PUT', '/labels/{id}'), ('DELETE', '/labels/{id}')],
                         ids=[SPEC + ':%d' % line for line in (10, 33, 58, 83, 108)])
def test_unauthenticated_requests_are_refused(api, label, method, path):
    assert unauthenticated(api, method, path.format(id=label['id']), json={'title': 'test'}) == 401
    assert [x['title'] for x in api.get(A1 + '/labels').json()['payload']] == ['label-1']


def test_returns_all_the_labels_in_account(api, label):
    """labels_controller_spec.rb:20"""
    response = api.get(A1 + '/labels')
    assert response.status_code == 200 and label['title'] in response.text


def test_shows_the_label(api, label):
    """labels_controller_spec.rb:43"""
    response = api.get(A1 + '/labels/%d' % label['id'])
    assert response.status_code == 200 and label['title'] in response.text


def test_creates_the_label(api):
    """labels_controller_spec.rb:68 (form parameters, wrapped under label)"""
    response = api.post(A1 + '/labels', data={'label[title]': 'test'})
    assert response.status_code == 200
    assert [x['title'] for x in api.get(A1 + '/labels').json()['payload']] == ['test']


def test_updates_the_label_lower_casing_its_title(api, label):
    """labels_controller_spec.rb:94"""
    response = api.patch(A1 + '/labels/%d' % label['id'], json={'title': 'Test_2'})
    assert response.status_code == 200
    assert api.get(A1 + '/labels/%d' % label['id']).json()['title'] == 'test_2'


def test_deletes_the_label(api, label):
    """labels_controller_spec.rb:118 (the cleanup job is not modelled; the label is gone)"""
    assert api.delete(A1 + '/labels/%d' % label['id']).status_code == 200
    assert api.get(A1 + '/labels/%d' % label['id']).status_code == 404
