"""Version switches (checklist 72-76, plus the other --chatwoot-version differences)."""

from sim_client import A1, WIDGET


def test_allowed_domains_before_4_6(api):
    """Checklist 72."""
    assert api.create(channel=dict(WIDGET, allowed_domains='a.com,b.com'))['allowed_domains'] == 'a.com,b.com'
    api.configure(chatwoot_version='4.5.0')
    inbox = api.create(channel=dict(WIDGET, allowed_domains='a.com'))
    assert 'allowed_domains' not in inbox
    api.configure(chatwoot_version='4.6.0')
    assert api.get(A1 + '/inboxes/%d' % inbox['id']).json()['allowed_domains'] == ''


def test_allow_mobile_webview_before_4_12(api):
    """Checklist 73."""
    api.configure(chatwoot_version='4.11.3')
    response = api.post(A1 + '/inboxes', json={'name': 'x', 'channel': dict(WIDGET, selected_feature_flags=['allow_mobile_webview'])})
    assert (response.status_code, response.json()) == (500, {'status': 500, 'error': 'Internal Server Error'})
    api.configure(chatwoot_version='4.12.0')
    inbox = api.create(channel=dict(WIDGET, selected_feature_flags=['allow_mobile_webview']))
    assert inbox['selected_feature_flags'] == ['allow_mobile_webview']


def test_defer_line_before_4_4(api):
    """Checklist 74."""
    api.configure(chatwoot_version='4.3.0')
    assert '        g.defer = true;\n        g.async = true;\n' in api.create()['web_widget_script']
    api.configure(chatwoot_version='4.4.0')
    assert 'g.defer' not in api.create()['web_widget_script']


def test_csat_config_before_4_2(api):
    """Checklist 75."""
    api.configure(chatwoot_version='4.1.0')
    inbox = api.create(csat_config={'display_type': 'star'})
    assert 'csat_config' not in inbox
    api.configure(chatwoot_version='4.2.0')
    assert api.get(A1 + '/inboxes/%d' % inbox['id']).json()['csat_config'] == {}


def test_delete_before_2_16(api):
    """Checklist 76."""
    api.configure(chatwoot_version='2.15.2', delete_delay=60)
    inbox = api.create()
    response = api.delete(A1 + '/inboxes/%d' % inbox['id'])
    assert (response.status_code, response.content) == (200, b'')
    assert api.get(A1 + '/inboxes').json() == {'payload': []}


def test_secret_and_reset_secret_before_4_13(api):
    """§7: API secret and reset_secret arrived in 4.13.0."""
    api.configure(chatwoot_version='4.12.1')
    inbox = api.create(channel={'type': 'api'})
    assert 'secret' not in inbox and 'hmac_token' in inbox
    response = api.post(A1 + '/inboxes/%d/reset_secret' % inbox['id'], headers={'Accept': 'application/json'})
    assert (response.status_code, response.json()) == (404, {'status': 404, 'error': 'Not Found'})


def test_set_agent_bot_scoping_before_4_14(api):
    """§7: before 4.14 another account's bot could be linked."""
    inbox = api.create()
    path = A1 + '/inboxes/%d/set_agent_bot' % inbox['id']
    assert api.post(path, json={'agent_bot': 2}).status_code == 404
    api.configure(chatwoot_version='4.13.0')
    assert api.post(path, json={'agent_bot': 2}).status_code == 200


def test_hmac_token_visible_to_agents_before_2_12(api):
    """§7: widget hmac_token was hidden from agents in 2.12.0."""
    api.configure(chatwoot_version='2.11.0')
    inbox = api.create()
    api.add_members(inbox['id'], [2])
    assert 'hmac_token' in api.get(A1 + '/inboxes/%d' % inbox['id'], token='agent').json()
