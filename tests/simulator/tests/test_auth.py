"""Authentication, account access and Pundit checks (checklist 1-8, 12)."""

import pytest

from sim_client import A1


def test_no_token_devise_error(api):
    """Checklist 1, 2: routes under /api/v1/accounts/{id}/ answer JSON; no token -> devise 401."""
    for headers in ({}, {'api_access_token': ''}):
        response = api.get(A1 + '/inboxes', token=None, headers=headers)
        assert response.status_code == 401
        assert response.headers['Content-Type'] == 'application/json; charset=utf-8'
        assert response.json() == {'errors': ['You need to sign in or sign up before continuing.']}


def test_unknown_token(api):
    """Checklist 3."""
    response = api.get(A1 + '/inboxes', token='bogus')
    assert (response.status_code, response.json()) == (401, {'error': 'Invalid Access Token'})


def test_bot_token_refused(api):
    """§6.3: bot tokens are refused on inbox routes."""
    response = api.get(A1 + '/inboxes', token='bot')
    assert response.status_code == 401
    assert response.json() == {'error': 'Access to this endpoint is not authorized for bots'}


@pytest.mark.parametrize('header', ['api_access_token', 'Api-Access-Token', 'API_ACCESS_TOKEN', 'api-access_token'])
def test_header_spellings(api, header):
    """Checklist 4: header name case-insensitive, '_' and '-' equivalent."""
    response = api.get(A1 + '/inboxes', token=None, headers={header: 'sim-admin-token'})
    assert response.status_code == 200


def test_bearer_is_ignored(api):
    """Checklist 4: Authorization: Bearer is not an authentication method."""
    response = api.get(A1 + '/inboxes', token=None, headers={'Authorization': 'Bearer sim-admin-token'})
    assert response.status_code == 401
    assert response.json() == {'errors': ['You need to sign in or sign up before continuing.']}


def test_unknown_account(api):
    """Checklist 5 (also a non-numeric account id)."""
    for account in ('999', 'abc'):
        response = api.get('/api/v1/accounts/%s/inboxes' % account)
        assert (response.status_code, response.json()) == (404, {'error': 'Resource could not be found'})


def test_not_member_of_account(api):
    """Checklist 6."""
    response = api.get('/api/v1/accounts/2/inboxes')
    assert (response.status_code, response.json()) == (401, {'error': 'You are not authorized to access this account'})


def test_suspended_account(api):
    """Checklist 7."""
    response = api.get('/api/v1/accounts/3/inboxes')
    assert (response.status_code, response.json()) == (401, {'error': 'Account is suspended'})


def test_forbidden_is_401_never_403(api):
    """Checklist 8: agents are refused admin actions with 401."""
    inbox = api.create()
    denied = {'error': 'You are not authorized to do this action'}
    calls = [
        ('POST', A1 + '/inboxes', {'name': 'x', 'channel': {'type': 'api'}}),
        ('GET', A1 + '/inboxes/%d' % inbox['id'], None),  # not a member
    ]
    for method, path, body in calls:
        response = api.request(method, path, token='agent', json=body)
        assert (response.status_code, response.json()) == (401, denied)
    api.add_members(inbox['id'], [2])
    for method, path in (('PATCH', ''), ('PUT', ''), ('DELETE', ''), ('POST', '/set_agent_bot'), ('DELETE', '/avatar'),
                         ('GET', '/campaigns')):
        response = api.request(method, A1 + '/inboxes/%d%s' % (inbox['id'], path), token='agent', json={})
        assert (response.status_code, response.json()) == (401, denied), (method, path)


def test_existence_before_membership(api):
    """Checklist 11, 12: unknown inbox -> 404 even for an agent; existing non-member inbox -> 401."""
    inbox = api.create()
    missing = api.get(A1 + '/inboxes/999', token='agent')
    assert (missing.status_code, missing.json()) == (404, {'error': 'Resource could not be found'})
    hidden = api.get(A1 + '/inboxes/%d' % inbox['id'], token='agent')
    assert hidden.status_code == 401
    other_account = api.get('/api/v1/accounts/1/inboxes/abc')
    assert other_account.status_code == 404
