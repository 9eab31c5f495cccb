"""spec/controllers/platform/api/v1/account_users_controller_spec.rb (v4.15.1), replayed over HTTP.

Setup: ``let!(:account)`` is the fixture account 1 with a permissible row; ``create(:account_user, account:)`` is a
new agent of account 1; ``create(:user)`` is a user made through the Platform API.
"""

from conformance_helpers import UNAUTHORIZED, created as ok, member, permit, platform

SPEC = 'platform/api/v1/account_users_controller_spec.rb'

ACCOUNT = 1
MEMBERS = '/accounts/%d/account_users' % ACCOUNT


def test_index_unauthenticated(api):
    """platform/api/v1/account_users_controller_spec.rb:8 — GET without a token is 401."""
    assert platform(api, 'GET', MEMBERS, token=None).status_code == UNAUTHORIZED


def test_index(api):
    """platform/api/v1/account_users_controller_spec.rb:18 — GET lists the account's users, the new account user included."""
    user = {'id': member(api, 'AccountUser')[0]}
    permit(api, 'Account', ACCOUNT)
    listed = ok(platform(api, 'GET', MEMBERS))
    assert user['id'] in [row['user_id'] for row in listed]


def test_create_unauthenticated(api):
    """platform/api/v1/account_users_controller_spec.rb:32 — POST without a token is 401."""
    assert platform(api, 'POST', MEMBERS, token=None).status_code == UNAUTHORIZED


def test_create(api):
    """platform/api/v1/account_users_controller_spec.rb:41 — POST {user_id, role: administrator} answers that user_id."""
    user = ok(platform(api, 'POST', '/users', json={'name': 'New', 'email': 'new@example.com', 'password': 'Password1!'}))
    permit(api, 'Account', ACCOUNT)
    assert ok(platform(api, 'POST', MEMBERS, json={'user_id': user['id'], 'role': 'administrator'}))['user_id'] == user['id']


def test_create_updates_role(api):
    """platform/api/v1/account_users_controller_spec.rb:54 — POST for an existing agent member: role becomes administrator."""
    permit(api, 'Account', ACCOUNT)
    user = {'id': member(api, 'AccountUser')[0]}
    assert ok(platform(api, 'POST', MEMBERS, json={'user_id': user['id'], 'role': 'administrator'}))['role'] == 'administrator'


def test_destroy_unauthenticated(api):
    """platform/api/v1/account_users_controller_spec.rb:73 — DELETE without a token is 401."""
    user = {'id': member(api, 'AccountUser')[0]}
    assert platform(api, 'DELETE', MEMBERS, token=None, json={'user_id': user['id']}).status_code == UNAUTHORIZED


def test_destroy(api):
    """platform/api/v1/account_users_controller_spec.rb:82 — DELETE {user_id}: 200 and the user leaves the account."""
    user = {'id': member(api, 'AccountUser')[0]}
    permit(api, 'Account', ACCOUNT)
    assert platform(api, 'DELETE', MEMBERS, json={'user_id': user['id']}).status_code == 200
    assert user['id'] not in [row['user_id'] for row in ok(platform(api, 'GET', MEMBERS))]
