"""spec/controllers/api/v1/accounts/canned_responses_controller_spec.rb (v4.15.1), replayed."""

import pytest

from conformance_helpers import created, unauthenticated
from sim_client import A1

SPEC = 'canned_responses_controller_spec.rb'
FIRST = {'content': 'Hey {{ contact.name }}, Thanks for reaching out', 'short_code': 'name-short-code'}


@pytest.fixture
def canned(api):
    return created(api.post(A1 + '/canned_responses', json=FIRST))


@pytest.mark.parametrize('method, path', [('GET', '/canned_responses'), ('POST', '/canned_responses'),
                                          ('PUT', '/canned_responses/{id}'), ('DELETE', '/canned_responses/{id}')],
                         ids=[SPEC + ':%d' % line for line in (12, 54, 82, 110)])
def test_unauthenticated_requests_are_refused(api, canned, method, path):
    assert unauthenticated(api, method, path.format(id=canned['id']), json={'short_code': 'x', 'content': 'y'}) == 401
    assert api.get(A1 + '/canned_responses').json() == [canned]


def test_returns_all_the_canned_responses(api, canned):
    """canned_responses_controller_spec.rb:22"""
    response = api.get(A1 + '/canned_responses', token='agent')
    assert response.status_code == 200 and response.json() == [canned]


def test_returns_the_canned_responses_searched_for_short_codes_first(api, canned):
    """canned_responses_controller_spec.rb:31: matches by short code first, then by content, each by id"""
    api.post(A1 + '/canned_responses', json={'content': 'Great! Looking forward', 'short_code': 'short-code'})
    cr2 = created(api.post(A1 + '/canned_responses', json={'content': 'Thanks for reaching out', 'short_code': 'content-with-thanks'}))
    cr3 = created(api.post(A1 + '/canned_responses', json={'content': 'Thanks for reaching out', 'short_code': 'Thanks'}))
    response = api.get(A1 + '/canned_responses', token='agent', params={'search': 'thanks'})
    assert response.status_code == 200
    assert [c['id'] for c in response.json()] == [cr3['id'], cr2['id'], canned['id']]


def test_an_agent_creates_a_new_canned_response(api, canned):
    """canned_responses_controller_spec.rb:64"""
    response = api.post(A1 + '/canned_responses', token='agent', json={'short_code': 'short', 'content': 'content'})
    assert response.status_code == 200 and len(api.get(A1 + '/canned_responses').json()) == 2


def test_updates_an_existing_canned_response(api, canned):
    """canned_responses_controller_spec.rb:92"""
    response = api.put(A1 + '/canned_responses/%d' % canned['id'], token='agent', json={'short_code': 'B'})
    assert response.status_code == 200 and api.get(A1 + '/canned_responses').json()[0]['short_code'] == 'B'


def test_destroys_the_canned_response(api, canned):
    """canned_responses_controller_spec.rb:120"""
    assert api.delete(A1 + '/canned_responses/%d' % canned['id'], token='agent').status_code == 200
    assert api.get(A1 + '/canned_responses').json() == []
