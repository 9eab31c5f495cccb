"""spec/controllers/platform/api/v1/users_controller_spec.rb (v4.15.1), replayed over HTTP.

Setup: ``let!(:user)`` (dev+testing@chatwoot.com with custom attributes) is made through POST /platform/api/v1/users,
which also makes it permissible; the "not a permissible object" examples use the fixture user 1 instead.
"""

import pytest

from conformance_helpers import UNAUTHORIZED, created as ok, permit, platform, seed

SPEC = 'platform/api/v1/users_controller_spec.rb'

NOT_PERMITTED = 1


@pytest.fixture
def user(api):
    body = {'name': 'Dev Testing', 'email': 'dev+testing@chatwoot.com', 'password': 'Password1!',
            'custom_attributes': {'test': 'test'}}
    return ok(platform(api, 'POST', '/users', json=body))


ROUTES = (('GET', ''), ('GET', '/login'), ('POST', '/token'), ('PATCH', ''), ('DELETE', ''))


@pytest.mark.parametrize('method, suffix, token', [(m, p, t) for m, p in ROUTES for t in (None, 'invalid')],
                         ids=[SPEC + ':%d' % line for line in (8, 15, 45, 52, 81, 88, 198, 205, 238, 245)])
def test_unauthenticated_and_invalid_token(api, user, method, suffix, token):
    assert platform(api, method, '/users/%d%s' % (user['id'], suffix), token=token).status_code == UNAUTHORIZED


@pytest.mark.parametrize('token', [None, 'invalid'], ids=[SPEC + ':129', SPEC + ':136'])
def test_create_unauthenticated(api, token):
    """POST /users without a valid token: 401."""
    assert platform(api, 'POST', '/users', token=token).status_code == UNAUTHORIZED


@pytest.mark.parametrize('method, suffix', ROUTES, ids=[SPEC + ':%d' % line for line in (24, 61, 97, 214, 254)])
def test_not_permissible(api, method, suffix):
    """A user the app may not touch is 401."""
    response = platform(api, method, '/users/%d%s' % (NOT_PERMITTED, suffix), json={'name': 'test'})
    assert (response.status_code, response.json()) == (UNAUTHORIZED, {'error': 'Non permissible resource'})


def test_show(api, user):
    """platform/api/v1/users_controller_spec.rb:29 — GET shows the e-mail and custom_attributes."""
    shown = ok(platform(api, 'GET', '/users/%d' % user['id']))
    assert (shown['email'], shown['custom_attributes']['test']) == ('dev+testing@chatwoot.com', 'test')


def test_login_link(api, user):
    """platform/api/v1/users_controller_spec.rb:66 — GET /login: the URL carries the escaped e-mail and an SSO token."""
    assert 'email=dev%2Btesting%40chatwoot.com&sso_auth_token=' in ok(platform(api, 'GET', '/users/%d/login' % user['id']))['url']


def test_token(api, user):
    """platform/api/v1/users_controller_spec.rb:102 — POST /token: the user's access token, expiry null, and the user's details."""
    data = ok(platform(api, 'POST', '/users/%d/token' % user['id']))
    rows = api.control('GET', 'tables/users').json()['rows']
    stored = next(row for row in rows if row['id'] == user['id'])
    assert (data['access_token'], data['expiry']) == (stored['access_token'], None)
    assert {key: data['user'][key] for key in ('id', 'name', 'display_name', 'email', 'pubsub_token')} == {
        'id': user['id'], 'name': 'Dev Testing', 'display_name': stored['display_name'], 'email': 'dev+testing@chatwoot.com',
        'pubsub_token': stored['pubsub_token']}


def test_create(api):
    """platform/api/v1/users_controller_spec.rb:145 — POST /users: name, display_name, e-mail, custom_attributes; then permissible."""
    body = {'name': 'test', 'display_name': 'displaytest', 'email': 'test@test.com', 'password': 'Password1!',
            'custom_attributes': {'test': 'test_create'}}
    data = ok(platform(api, 'POST', '/users', json=body))
    assert {key: data[key] for key in ('name', 'display_name', 'email', 'custom_attributes')} == {
        'name': 'test', 'display_name': 'displaytest', 'email': 'test@test.com', 'custom_attributes': {'test': 'test_create'}}
    assert platform(api, 'GET', '/users/%d' % data['id']).status_code == 200


def test_create_existing_user(api):
    """platform/api/v1/users_controller_spec.rb:183 — an existing e-mail answers that user ('old test') and makes it permissible."""
    seed(api, 'users', [{'name': 'old test', 'email': 'test@test.com', 'role': 'agent'}])
    data = ok(platform(api, 'POST', '/users', json={'name': 'test', 'email': 'test@test.com', 'password': 'Password1!'}))
    assert data['name'] == 'old test'
    assert platform(api, 'GET', '/users/%d' % data['id']).status_code == 200


def test_update(api, user):
    """platform/api/v1/users_controller_spec.rb:220 — PATCH name, e-mail and custom_attributes."""
    body = {'name': 'test123', 'email': 'newtestemail@test.com', 'custom_attributes': {'test': 'test_update'}}
    data = ok(platform(api, 'PATCH', '/users/%d' % user['id'], json=body))
    assert (data['name'], data['email'], data['custom_attributes']['test']) == ('test123', 'newtestemail@test.com', 'test_update')


def test_destroy(api, user):
    """platform/api/v1/users_controller_spec.rb:259 — DELETE a permissible user is 200."""
    assert platform(api, 'DELETE', '/users/%d' % user['id']).status_code == 200


def test_permit_fixture_user(api):
    """platform/api/v1/users_controller_spec.rb:29 — the same show for a pre-existing user once a super admin permits it."""
    permit(api, 'User', NOT_PERMITTED)
    assert ok(platform(api, 'GET', '/users/%d' % NOT_PERMITTED))['email'] == 'admin@example.com'
