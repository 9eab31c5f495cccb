"""spec/controllers/platform/api/v1/accounts_controller_spec.rb (v4.15.1), replayed over HTTP.

Setup: ``let!(:account)`` is the fixture account 1, which the fixture platform app may not touch until a
permissible row is seeded.  ``InstallationConfig`` ACCOUNT_LEVEL_FEATURE_DEFAULTS (lines 34 and 48) is not
modelled: those examples are replayed for what the request sets, not for the installation's defaults.
"""

import pytest

from conformance_helpers import UNAUTHORIZED, created as ok, permit, platform

SPEC = 'platform/api/v1/accounts_controller_spec.rb'

ACCOUNT = 1


ROUTES = (('POST', '/accounts'), ('GET', '/accounts'), ('GET', '/accounts/1'), ('PATCH', '/accounts/1'), ('DELETE', '/accounts/1'))
UNAUTHENTICATED = [(method, path, token) for method, path in ROUTES for token in (None, 'invalid')]


@pytest.mark.parametrize('method, path, token', UNAUTHENTICATED,
                         ids=[SPEC + ':%d' % line for line in (8, 15, 83, 90, 119, 126, 155, 162, 205, 212)])
def test_unauthenticated_and_invalid_token(api, method, path, token):
    assert platform(api, method, path, token=token, json={'name': 'Test Account'}).status_code == UNAUTHORIZED


def test_create_with_permissible(api):
    """platform/api/v1/accounts_controller_spec.rb:25 — POST creates the account and the app may then read it."""
    response = platform(api, 'POST', '/accounts', json={'name': 'Test Account'})
    assert response.status_code == 200 and 'Test Account' in response.text
    assert ok(platform(api, 'GET', '/accounts/%d' % response.json()['id']))['name'] == 'Test Account'


def test_create_with_locale(api):
    """platform/api/v1/accounts_controller_spec.rb:34 — locale 'es' is stored (the installation's feature defaults are not modelled)."""
    created = ok(platform(api, 'POST', '/accounts', json={'name': 'Test Account', 'locale': 'es'}))
    assert (created['name'], created['locale']) == ('Test Account', 'es')


def test_create_with_feature_flags(api):
    """platform/api/v1/accounts_controller_spec.rb:48 — features true are enabled, false is not (defaults not modelled)."""
    body = {'name': 'Test Account', 'features': {'ip_lookup': True, 'help_center': True, 'disable_branding': False}}
    created = ok(platform(api, 'POST', '/accounts', json=body))
    assert created['features'].get('ip_lookup') is True and created['features'].get('help_center') is True
    assert 'disable_branding' not in created['features'] and 'Test Account' in created['name']


def test_create_with_limits(api):
    """platform/api/v1/accounts_controller_spec.rb:69 — limits agents 5 and inboxes 10 come back."""
    response = platform(api, 'POST', '/accounts', json={'name': 'Test Account', 'limits': {'agents': 5, 'inboxes': 10}})
    assert response.status_code == 200 and 'Test Account' in response.text
    assert {key: int(value) for key, value in response.json()['limits'].items()} == {'agents': 5, 'inboxes': 10}


def test_index_permissible_accounts(api):
    """platform/api/v1/accounts_controller_spec.rb:106 — GET /accounts lists exactly the two permissible accounts."""
    for name in ('Account A', 'Account B'):
        ok(platform(api, 'POST', '/accounts', json={'name': name}))
    assert sorted(account['name'] for account in ok(platform(api, 'GET', '/accounts'))) == ['Account A', 'Account B']


@pytest.mark.parametrize('method', ['GET', 'PATCH', 'DELETE'], ids=[SPEC + ':%d' % line for line in (135, 172, 221)])
def test_not_permissible(api, method):
    """An account the app may not touch: 401."""
    response = platform(api, method, '/accounts/%d' % ACCOUNT, json={'name': 'Test Account'})
    assert (response.status_code, response.json()) == (UNAUTHORIZED, {'error': 'Non permissible resource'})


def test_show_permissible(api):
    """platform/api/v1/accounts_controller_spec.rb:140 — once permissible, GET shows the account's name."""
    permit(api, 'Account', ACCOUNT)
    response = platform(api, 'GET', '/accounts/%d' % ACCOUNT)
    assert response.status_code == 200 and 'Simulated Account' in response.text


def test_update_permissible(api):
    """platform/api/v1/accounts_controller_spec.rb:178 — name, features (false disables) and limits are updated."""
    permit(api, 'Account', ACCOUNT)
    ok(platform(api, 'PATCH', '/accounts/%d' % ACCOUNT, json={'features': {'inbox_management': True, 'channel_facebook': True}}))
    body = {'name': 'Test Account', 'features': {'ip_lookup': True, 'help_center': True, 'channel_facebook': False},
            'limits': {'agents': 5, 'inboxes': 10}}
    ok(platform(api, 'PATCH', '/accounts/%d' % ACCOUNT, json=body))
    account = ok(platform(api, 'GET', '/accounts/%d' % ACCOUNT))
    assert account['name'] == 'Test Account'
    assert {'inbox_management', 'ip_lookup', 'help_center'} <= set(account['features'])
    assert 'channel_facebook' not in account['features']
    assert (int(account['limits']['agents']), int(account['limits']['inboxes'])) == (5, 10)


def test_destroy_permissible(api):
    """platform/api/v1/accounts_controller_spec.rb:226 — once permissible, DELETE is 200 (the deletion job follows)."""
    permit(api, 'Account', ACCOUNT)
    assert platform(api, 'DELETE', '/accounts/%d' % ACCOUNT).status_code == 200
