"""spec/controllers/api/v1/accounts_controller_spec.rb (v4.15.1), replayed over HTTP: the account itself.

Setup: the spec's account is the fixture account 1; ``user_without_access`` is the administrator asking for
account 2, where it is not a member.  Not applicable: sign-up (POST /api/v1/accounts, lines 17-149: account
builder, captcha, ENABLE_ACCOUNT_SIGNUP), cache_keys (lines 208, 219) and update_active_at (lines 334, 341),
which the collection does not call.
"""

from conformance_helpers import UNAUTHORIZED, created as ok, permit, platform, unauthenticated
from sim_client import A1

SPEC = 'api/v1/accounts_controller_spec.rb'

PARAMS = {'name': 'New Name', 'locale': 'en', 'domain': 'example.com', 'support_email': 'care@example.com',
          'auto_resolve_after': 40, 'auto_resolve_message': 'Auto resolved', 'auto_resolve_ignore_waiting': False,
          'timezone': 'Asia/Kolkata', 'industry': 'Technology', 'company_size': '1-10'}


def test_show_unauthenticated(api):
    """api/v1/accounts_controller_spec.rb:170 — GET /api/v1/accounts/:id without credentials is 401."""
    assert unauthenticated(api, 'GET', '') == UNAUTHORIZED


def test_show_without_access(api):
    """api/v1/accounts_controller_spec.rb:177 — a user who is not a member of the account gets 404."""
    assert api.get('/api/v1/accounts/2').status_code == 404


def test_show(api):
    """api/v1/accounts_controller_spec.rb:186 — after a rename, GET includes name, locale, domain and support e-mail."""
    ok(api.patch(A1, json={'name': 'new name', 'domain': 'example.org', 'support_email': 'help@example.org'}))
    response = api.get(A1)
    assert response.status_code == 200
    shown = response.json()
    assert (shown['name'], shown['domain'], shown['support_email']) == ('new name', 'example.org', 'help@example.org')
    assert shown['locale'] and shown['locale'] in response.text


def test_update_unauthenticated(api):
    """api/v1/accounts_controller_spec.rb:236 — PATCH without credentials is 401."""
    assert unauthenticated(api, 'PATCH', '') == UNAUTHORIZED


def test_update_as_agent(api):
    """api/v1/accounts_controller_spec.rb:243 — an agent's PATCH is 401."""
    assert api.patch(A1, json={'name': 'x'}, token='agent').status_code == UNAUTHORIZED
    assert ok(api.get(A1))['name'] == 'Simulated Account'


def test_update(api):
    """api/v1/accounts_controller_spec.rb:274 — name, locale, domain, support e-mail; auto-resolve settings; custom attributes."""
    ok(api.patch(A1, json=PARAMS))
    account = ok(api.get(A1))
    assert {key: account[key] for key in ('name', 'locale', 'domain', 'support_email')} == {
        key: PARAMS[key] for key in ('name', 'locale', 'domain', 'support_email')}
    for key in ('auto_resolve_after', 'auto_resolve_message', 'auto_resolve_ignore_waiting'):
        assert account['settings'][key] == PARAMS[key], key
    for key in ('timezone', 'industry', 'company_size'):
        assert account['custom_attributes'][key] == PARAMS[key], key


def test_update_moves_onboarding_step(api):
    """api/v1/accounts_controller_spec.rb:295 — onboarding_step 'account_update' becomes 'invite_team'.

    ``account.update(custom_attributes: ...)`` goes through the Platform API (the account made permissible).
    """
    permit(api, 'Account', 1)
    ok(platform(api, 'PATCH', '/accounts/1', json={'custom_attributes': {'onboarding_step': 'account_update'}}))
    ok(api.patch(A1, json=PARAMS))
    assert ok(api.get(A1))['custom_attributes']['onboarding_step'] == 'invite_team'


def test_update_without_onboarding_step(api):
    """api/v1/accounts_controller_spec.rb:305 — without an onboarding step, none appears."""
    ok(api.patch(A1, json=PARAMS))
    assert 'onboarding_step' not in ok(api.get(A1))['custom_attributes']


def test_update_name_too_long(api):
    """api/v1/accounts_controller_spec.rb:314 — a 3996-character name: 422 'Name is too long (maximum is 255 characters)'."""
    response = api.patch(A1, json=dict(PARAMS, name='test' * 999))
    assert (response.status_code, response.json()['message']) == (422, 'Name is too long (maximum is 255 characters)')
