"""Serialisation, error formats, content types, throttling, /api (checklist 48, 49, 65-71)."""

from sim_client import A1, WIDGET

ALWAYS = ['id', 'avatar_url', 'channel_id', 'name', 'channel_type', 'greeting_enabled', 'greeting_message',
          'working_hours_enabled', 'enable_email_collect', 'csat_survey_enabled', 'csat_config', 'enable_auto_assignment',
          'auto_assignment_config', 'out_of_office_message', 'working_hours', 'timezone', 'callback_webhook_url',
          'allow_messages_after_resolved', 'lock_to_single_conversation', 'sender_name_type', 'business_name']
CHANNEL_COMMON = ['allowed_domains', 'widget_color', 'website_url', 'hmac_mandatory', 'welcome_title', 'welcome_tagline',
                  'web_widget_script', 'website_token', 'selected_feature_flags', 'reply_time']
WIDGET_ADMIN = ALWAYS + CHANNEL_COMMON + ['hmac_token', 'pre_chat_form_enabled', 'pre_chat_form_options',
                                          'continuity_via_email', 'messaging_service_sid', 'phone_number', 'provider']
API_ADMIN = ALWAYS + CHANNEL_COMMON + ['messaging_service_sid', 'phone_number', 'hmac_token', 'secret', 'webhook_url',
                                       'inbox_identifier', 'additional_attributes', 'provider']


def test_inbox_keys_in_order(api):
    """Checklist 48: every always-present key, in jbuilder order; null for attributes the channel lacks."""
    widget = api.create()
    assert list(widget) == WIDGET_ADMIN
    api_inbox = api.create(channel={'type': 'api'})
    assert list(api_inbox) == API_ADMIN
    assert all(api_inbox[key] is None for key in CHANNEL_COMMON if key != 'hmac_mandatory')
    assert api_inbox['hmac_mandatory'] is False
    assert [wh['day_of_week'] for wh in widget['working_hours']] == list(range(7))
    assert list(widget['working_hours'][0]) == ['day_of_week', 'closed_all_day', 'open_hour', 'open_minutes', 'close_hour',
                                                'close_minutes', 'open_all_day']


def test_secrets_admin_only(api):
    """Checklist 49: hmac_token (widget, API) and API secret are absent for agents."""
    widget = api.create()
    api_inbox = api.create(channel={'type': 'api'})
    for inbox in (widget, api_inbox):
        api.add_members(inbox['id'], [2])
    agent_widget = api.get(A1 + '/inboxes/%d' % widget['id'], token='agent').json()
    assert 'hmac_token' not in agent_widget and agent_widget['website_token'] == widget['website_token']
    assert list(agent_widget) == [key for key in WIDGET_ADMIN if key != 'hmac_token']
    listed = api.get(A1 + '/inboxes', token='agent').json()['payload']
    agent_api = [i for i in listed if i['id'] == api_inbox['id']][0]
    assert 'hmac_token' not in agent_api and 'secret' not in agent_api
    assert agent_api['inbox_identifier'] == api_inbox['inbox_identifier']
    admin_api = api.get(A1 + '/inboxes/%d' % api_inbox['id']).json()
    assert admin_api['hmac_token'] == api_inbox['hmac_token'] and admin_api['secret'] == api_inbox['secret']


def test_validation_error_format(api):
    """Checklist 65: several messages joined with ', ' and each attribute once."""
    body = {'name': ' ', 'timezone': 'Nowhere', 'channel': {'type': 'web_widget', 'website_url': 'x'}}
    response = api.post(A1 + '/inboxes', json=body)
    assert response.status_code == 422
    assert response.json() == {'message': "Name can't be blank, Timezone is not included in the list",
                               'attributes': ['name', 'timezone']}
    both = api.post(A1 + '/inboxes', json={'name': 'x', 'channel': {'type': 'web_widget', 'widget_color': ''}})
    assert both.json() == {'message': "Website url can't be blank, Widget color can't be blank",
                           'attributes': ['website_url', 'widget_color']}


def test_server_error_format(api):
    """Checklist 66."""
    response = api.post(A1 + '/inboxes', json={'name': 'x', 'channel': dict(WIDGET, reply_time='never')})
    assert (response.status_code, response.json()) == (500, {'status': 500, 'error': 'Internal Server Error'})


def test_unknown_routes(api):
    """Checklist 67: 404 HTML, or JSON with Accept: application/json; also wrong methods."""
    for method, path in (('GET', '/api/v1/accounts/1/inboxs'), ('DELETE', A1 + '/inboxes'), ('POST', A1 + '/inboxes/1'),
                         ('PUT', A1 + '/inbox_members'), ('GET', '/nowhere')):
        html = api.request(method, path)
        assert html.status_code == 404 and html.headers['Content-Type'] == 'text/html; charset=utf-8'
        assert "The page you were looking for doesn't exist." in html.text
        as_json = api.request(method, path, headers={'Accept': 'application/json'})
        assert (as_json.status_code, as_json.json()) == (404, {'status': 404, 'error': 'Not Found'})
    # Unknown routes are 404 even without a token: routing comes first.
    assert api.get(A1 + '/inboxs', token=None).status_code == 404


def test_malformed_json(api):
    """Checklist 68: 400, JSON body only when asked for; checked before authentication."""
    headers = {'Content-Type': 'application/json'}
    response = api.post(A1 + '/inboxes', data=b'{"name": ', headers=dict(headers, Accept='application/json'))
    assert (response.status_code, response.json()) == (400, {'status': 400, 'error': 'Bad Request'})
    plain = api.post(A1 + '/inboxes', data=b'{"name": ', headers=headers, token=None)
    assert (plain.status_code, plain.content) == (400, b'')


def test_rate_limit(api):
    """Checklist 69: N requests/minute/IP, then 429 text/plain 'Retry later\\n' without Retry-After; /health exempt."""
    api.configure(rate_limit=3)
    for _attempt in range(5):
        assert api.get(A1 + '/inboxes').status_code == 200  # loopback is safelisted by default
    api.configure(rate_limit_loopback=True)
    statuses = [api.get(A1 + '/inboxes').status_code for _attempt in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = api.get(A1 + '/inboxes')
    assert (response.status_code, response.text, response.headers['Content-Type']) == (429, 'Retry later\n', 'text/plain')
    assert 'Retry-After' not in response.headers
    assert api.get('/health').json() == {'status': 'woot'}


def test_api_version_endpoint(api):
    """Checklist 70: GET /api needs no token and reports the configured version."""
    body = api.get('/api', token=None).json()
    assert list(body) == ['version', 'timestamp', 'queue_services', 'data_services']
    assert (body['version'], body['queue_services'], body['data_services']) == ('4.15.1', 'ok', 'ok')
    assert len(body['timestamp']) == 19 and body['timestamp'][10] == ' '
    api.configure(chatwoot_version='4.3.0')
    assert api.get('/api', token=None).json()['version'] == '4.3.0'


def test_content_types(api):
    """Checklist 71: JSON with charset; empty 200s application/json without charset and zero length."""
    inbox = api.create()
    shown = api.get(A1 + '/inboxes/%d' % inbox['id'])
    assert shown.headers['Content-Type'] == 'application/json; charset=utf-8'
    empty = api.post(A1 + '/inboxes/%d/set_agent_bot' % inbox['id'], json={'agent_bot': None})
    assert empty.headers['Content-Type'] == 'application/json' and empty.headers['Content-Length'] == '0'


def test_rails_json_escapes_and_query_params(api):
    """ActiveSupport escapes <, > and & in JSON; query parameters are merged like Rails params."""
    inbox = api.create('A & B <c>')
    raw = api.get(A1 + '/inboxes/%d' % inbox['id']).content
    assert b'"A \\u0026 B \\u003cc\\u003e"' in raw and b'\\u003cscript\\u003e' in raw
    response = api.post(A1 + '/inboxes?name=FromQuery&channel[type]=api', json={'name': 'FromBody'})
    assert response.json()['name'] == 'FromQuery'
    assert response.json()['channel_type'] == 'Channel::Api'
