"""Create, list and show (checklist 9-11, 13-37)."""

import re


from sim_client import A1, WIDGET

BASE58 = re.compile(r'^[1-9A-HJ-NP-Za-km-z]{24}$')


def create(api, body, token='admin'):
    return api.post(A1 + '/inboxes', json=body, token=token)


def listed_names(api, token='admin'):
    response = api.get(A1 + '/inboxes', token=token)
    assert response.status_code == 200
    return [inbox['name'] for inbox in response.json()['payload']]


def test_index_admin_all_agent_members_only(api):
    """Checklist 9: admins see every inbox, agents only their member inboxes; plain payload, no pagination."""
    first = api.create('One')
    api.create('Two')
    assert api.get(A1 + '/inboxes', token='agent').json() == {'payload': []}
    api.add_members(first['id'], [2])
    payload = api.get(A1 + '/inboxes', token='agent').json()['payload']
    assert [inbox['id'] for inbox in payload] == [first['id']]
    assert sorted(listed_names(api)) == ['One', 'Two']


def test_index_order_by_lower_name(api):
    """Checklist 10: ordered by lower(name) since 4.14; creation order before."""
    for name in ('beta', 'Alpha', 'gamma', 'Delta'):
        api.create(name)
    assert listed_names(api) == ['Alpha', 'beta', 'Delta', 'gamma']
    api.configure(chatwoot_version='4.13.0')
    assert listed_names(api) == ['beta', 'Alpha', 'gamma', 'Delta']


def test_show_unwrapped(api):
    """Checklist 11: the inbox itself, not wrapped; 404 for another account's or unknown id."""
    inbox = api.create('Shown')
    response = api.get(A1 + '/inboxes/%d' % inbox['id'])
    assert response.status_code == 200
    assert response.json()['id'] == inbox['id'] and response.json()['name'] == 'Shown'
    assert api.get(A1 + '/inboxes/%d' % (inbox['id'] + 1)).status_code == 404


def test_create_admin_200_agent_401(api):
    """Checklist 13: create answers 200 (not 201) for admins and 401 for agents."""
    body = {'name': 'test', 'channel': {'type': 'web_widget', 'website_url': 'test.com'}}
    denied = create(api, body, token='agent')
    assert (denied.status_code, denied.json()) == (401, {'error': 'You are not authorized to do this action'})
    response = create(api, body)
    assert response.status_code == 200
    assert response.json()['channel_type'] == 'Channel::WebWidget'


def test_inbox_limit_before_role(api):
    """Checklist 14: 402 at count >= limit, even for agents; pending deletions count."""
    api.configure(inbox_limit=1, delete_delay=60)
    inbox = api.create('Only')
    assert api.delete(A1 + '/inboxes/%d' % inbox['id']).status_code == 200
    for token in ('admin', 'agent'):
        response = create(api, {'name': 'x', 'channel': WIDGET}, token=token)
        assert (response.status_code, response.json()) == (402, {'error': 'Account limit exceeded. Upgrade to a higher plan'})


def test_unknown_channel_type(api):
    """Checklist 15, 65: any other type -> 422 Channel must exist (with Name when missing too)."""
    for channel in ({'type': 'twilio'}, {'type': 'webwidget'}, {}, {'type': 5}):
        response = create(api, {'name': 'x', 'channel': channel})
        assert (response.status_code, response.json()) == (422, {'message': 'Channel must exist', 'attributes': ['channel']})
    response = create(api, {'channel': {'type': 'facebook'}})
    assert response.json() == {'message': "Name can't be blank, Channel must exist", 'attributes': ['name', 'channel']}


def test_unmodelled_channel_types_501(api):
    """Enterprise ``voice`` is the one real type the simulator does not fake: a simulator-specific 501."""
    api.configure(enterprise=True)
    response = create(api, {'name': 'x', 'channel': {'type': 'voice'}})
    assert response.status_code == 501
    assert response.json() == {'error': "channel type 'voice' is not modelled by the simulator"}
    assert listed_names(api) == []


def test_missing_channel_500(api):
    """Checklist 16, 66: no channel object -> Rails 500."""
    for body in ({'name': 'x'}, {'name': 'x', 'channel': 'web_widget'}, {'name': 'x', 'channel': 'null'}):
        response = create(api, body)
        assert (response.status_code, response.json()) == (500, {'status': 500, 'error': 'Internal Server Error'})
        assert response.headers['Content-Type'] == 'application/json; charset=utf-8'


def test_website_url_required_nothing_created(api):
    """Checklist 17, 21: channel error alone (even without name); nothing is created."""
    for body in ({'name': 'x', 'channel': {'type': 'web_widget'}}, {'channel': {'type': 'web_widget', 'website_url': ' '}}):
        response = create(api, body)
        assert response.status_code == 422
        assert response.json() == {'message': "Website url can't be blank", 'attributes': ['website_url']}
    assert listed_names(api) == []


def test_website_url_verbatim(api):
    """Checklist 18."""
    for url in ('test.com', 'example.com/', 'not a url at all'):
        assert api.create(channel={'type': 'web_widget', 'website_url': url})['website_url'] == url


def test_widget_color(api):
    """Checklist 19: default #1f93ff, verbatim, blank -> 422."""
    assert api.create()['widget_color'] == '#1f93ff'
    assert api.create(channel=dict(WIDGET, widget_color='#FF5733'))['widget_color'] == '#FF5733'
    assert api.create(channel=dict(WIDGET, widget_color='1'))['widget_color'] == '1'
    for color in ('', None):
        response = create(api, {'name': 'x', 'channel': dict(WIDGET, widget_color=color)})
        assert response.json() == {'message': "Widget color can't be blank", 'attributes': ['widget_color']}


def test_name_rules(api):
    """Checklist 20: blank name 422; any characters; duplicates allowed; not trimmed."""
    for name in (None, '', '   ', 'null'):
        response = create(api, {'name': name, 'channel': WIDGET})
        assert (response.status_code, response.json()) == (422, {'message': "Name can't be blank", 'attributes': ['name']})
    for name in ('  Support ', 'a/b <c> @d', 'Support', 'Support', '日本語'):
        assert api.create(name)['name'] == name
    assert listed_names(api).count('Support') == 2


def test_legacy_name_rule(api):
    """Checklist 20 (legacy mode 2.7-4.2): symbols rule with its message."""
    api.configure(chatwoot_version='4.2.0')
    response = create(api, {'name': 'a/b', 'channel': WIDGET})
    assert response.json() == {
        'message': 'Name should not start or end with symbols, and it should not have < > / \\ @ characters.',
        'attributes': ['name']}
    assert create(api, {'name': 'inbox_name.and_1', 'channel': WIDGET}).status_code == 200


def test_timezone(api):
    """Checklist 22: default UTC, IANA names only."""
    assert api.create()['timezone'] == 'UTC'
    assert api.create(timezone='America/New_York')['timezone'] == 'America/New_York'
    for zone in ('Eastern Time (US & Canada)', 'america/new_york', None, 'Mars/Olympus'):
        response = create(api, {'name': 'x', 'timezone': zone, 'channel': WIDGET})
        assert response.json() == {'message': 'Timezone is not included in the list', 'attributes': ['timezone']}


def test_message_lengths(api):
    """Checklist 23."""
    assert api.create(greeting_message='g' * 10000)['greeting_message'] == 'g' * 10000
    response = create(api, {'name': 'x', 'greeting_message': 'g' * 10001, 'out_of_office_message': 'o' * 10001,
                            'channel': WIDGET})
    assert response.status_code == 422
    assert response.json() == {
        'message': 'Out of office message is too long (maximum is 10000 characters), '
                   'Greeting message is too long (maximum is 10000 characters)',
        'attributes': ['out_of_office_message', 'greeting_message']}


def test_reply_time(api):
    """Checklist 24."""
    assert api.create(channel=dict(WIDGET, reply_time='in_a_day'))['reply_time'] == 'in_a_day'
    assert api.create(channel=dict(WIDGET, reply_time=1))['reply_time'] == 'in_a_few_hours'
    for value in ('soon', 3, '2'):
        response = create(api, {'name': 'x', 'channel': dict(WIDGET, reply_time=value)})
        assert (response.status_code, response.json()) == (500, {'status': 500, 'error': 'Internal Server Error'})
    assert listed_names(api) == ['Web', 'Web']


def test_sender_name_type(api):
    """Checklist 25."""
    assert api.create()['sender_name_type'] == 'friendly'
    assert api.create(sender_name_type=1)['sender_name_type'] == 'professional'
    assert api.create(sender_name_type='professional')['sender_name_type'] == 'professional'
    assert create(api, {'name': 'x', 'sender_name_type': 'formal', 'channel': WIDGET}).status_code == 500


def test_feature_flags(api):
    """Checklist 26: canonical order, de-duplicated, blanks skipped, unknown -> 500, default first three."""
    assert api.create()['selected_feature_flags'] == ['attachments', 'emoji_picker', 'end_conversation']
    flags = ['end_conversation', 'attachments', 'attachments', '', 'allow_mobile_webview']
    inbox = api.create(channel=dict(WIDGET, selected_feature_flags=flags))
    assert inbox['selected_feature_flags'] == ['attachments', 'end_conversation', 'allow_mobile_webview']
    assert api.create(channel=dict(WIDGET, selected_feature_flags=[]))['selected_feature_flags'] == []
    response = create(api, {'name': 'x', 'channel': dict(WIDGET, selected_feature_flags=['attachments', 'confetti'])})
    assert (response.status_code, response.json()) == (500, {'status': 500, 'error': 'Internal Server Error'})


def test_pre_chat_form_options_reset(api):
    """Checklist 27: without non-empty pre_chat_fields the whole default replaces what was sent."""
    inbox = api.create(channel=dict(WIDGET, pre_chat_form_options={'pre_chat_message': 'Hi'}))
    options = inbox['pre_chat_form_options']
    assert options['pre_chat_message'] == 'Share your queries or comments here.'
    assert [(f['name'], f['type'], f['required'], f['enabled'], f['field_type']) for f in options['pre_chat_fields']] == [
        ('emailAddress', 'email', True, False, 'standard'), ('fullName', 'text', False, False, 'standard'),
        ('phoneNumber', 'text', False, False, 'standard')]
    custom = {'pre_chat_message': 'Hello', 'pre_chat_fields': [{'name': 'x', 'label': 'X', 'bogus': 1, 'values': ['a']}]}
    inbox = api.create(channel=dict(WIDGET, pre_chat_form_options=custom))
    assert inbox['pre_chat_form_options'] == {'pre_chat_message': 'Hello',
                                              'pre_chat_fields': [{'name': 'x', 'label': 'X', 'values': ['a']}]}


def test_widget_tokens(api):
    """Checklist 28: 24-char base58 website_token/hmac_token; client values ignored."""
    inbox = api.create(channel=dict(WIDGET, website_token='mine', hmac_token='mine'))
    assert BASE58.match(inbox['website_token']) and BASE58.match(inbox['hmac_token'])
    assert inbox['website_token'] != inbox['hmac_token']


def test_api_tokens(api):
    """Checklist 29."""
    inbox = api.create(channel={'type': 'api', 'webhook_url': 'http://test.com'})
    assert inbox['channel_type'] == 'Channel::Api'
    for key in ('inbox_identifier', 'hmac_token', 'secret'):
        assert BASE58.match(inbox[key]), key


def expected_script(base_url, token, defer=False):
    lines = ['', '    <script>', '      (function(d,t) {', '        var BASE_URL="%s";' % base_url,
             '        var g=d.createElement(t),s=d.getElementsByTagName(t)[0];', '        g.src=BASE_URL+"/packs/js/sdk.js";']
    lines += ['        g.defer = true;'] if defer else []
    lines += ['        g.async = true;', '        s.parentNode.insertBefore(g,s);', '        g.onload=function(){',
              '          window.chatwootSDK.run({', "            websiteToken: '%s'," % token, '            baseUrl: BASE_URL',
              '          })', '        }', '      })(document,"script");', '    </script>', '    ']
    return '\n'.join(lines)


def test_web_widget_script(api):
    """Checklist 30, 74: byte-exact template; FRONTEND_URL default ''; g.defer before 4.4."""
    inbox = api.create()
    assert inbox['web_widget_script'] == expected_script('', inbox['website_token'])
    assert inbox['web_widget_script'].startswith('\n    <script>') and inbox['web_widget_script'].endswith('</script>\n    ')
    api.configure(frontend_url='https://chat.example.com')
    shown = api.get(A1 + '/inboxes/%d' % inbox['id']).json()
    assert shown['web_widget_script'] == expected_script('https://chat.example.com', inbox['website_token'])
    api.configure(chatwoot_version='4.3.2')
    shown = api.get(A1 + '/inboxes/%d' % inbox['id']).json()
    assert shown['web_widget_script'] == expected_script('https://chat.example.com', inbox['website_token'], defer=True)
    assert api.create(channel={'type': 'api'})['web_widget_script'] is None


DEFAULT_WEEK = [
    {'day_of_week': 0, 'closed_all_day': True, 'open_hour': None, 'open_minutes': None, 'close_hour': None,
     'close_minutes': None, 'open_all_day': False}] + [
    {'day_of_week': day, 'closed_all_day': False, 'open_hour': 9, 'open_minutes': 0, 'close_hour': 17,
     'close_minutes': 0, 'open_all_day': False} for day in range(1, 6)] + [
    {'day_of_week': 6, 'closed_all_day': True, 'open_hour': None, 'open_minutes': None, 'close_hour': None,
     'close_minutes': None, 'open_all_day': False}]


def test_default_week_and_create_ignores_working_hours(api):
    """Checklist 31, 32."""
    hours = [{'day_of_week': 0, 'closed_all_day': False, 'open_hour': 10, 'open_minutes': 0, 'close_hour': 12,
              'close_minutes': 0}]
    inbox = api.create(working_hours=hours, working_hours_enabled=True)
    assert inbox['working_hours'] == DEFAULT_WEEK
    assert inbox['working_hours_enabled'] is True
    assert api.create(channel={'type': 'api'})['working_hours'] == DEFAULT_WEEK


def test_csat_config_raw_on_create(api):
    """Checklist 33: stored raw (permitted keys only); defaults {}."""
    inbox = api.create()
    assert inbox['csat_config'] == {} and inbox['auto_assignment_config'] == {}
    inbox = api.create(csat_config={'display_type': 'star', 'bogus': 1, 'survey_rules': {'values': ['x'], 'junk': 2}})
    assert inbox['csat_config'] == {'display_type': 'star', 'survey_rules': {'values': ['x']}}


def test_inbox_and_widget_defaults(api):
    """Checklist 34, 35."""
    inbox = api.create()
    expected = {
        'greeting_enabled': False, 'greeting_message': None, 'enable_email_collect': True, 'csat_survey_enabled': False,
        'enable_auto_assignment': True, 'working_hours_enabled': False, 'out_of_office_message': None,
        'allow_messages_after_resolved': True, 'lock_to_single_conversation': False, 'business_name': None,
        'avatar_url': '', 'reply_time': 'in_a_few_minutes', 'hmac_mandatory': False, 'pre_chat_form_enabled': False,
        'continuity_via_email': True, 'allowed_domains': '', 'welcome_title': None, 'welcome_tagline': None,
    }
    assert {key: inbox[key] for key in expected} == expected


def test_unpermitted_keys_dropped(api):
    """Checklist 36: unknown keys, and values of the wrong shape, are dropped silently."""
    inbox = api.create(color='red', id=999, account_id=2, greeting_message={'a': 1},
                       channel=dict(WIDGET, webhook_url='http://x', foo=1))
    assert inbox['id'] != 999 and 'color' not in inbox and inbox['greeting_message'] is None
    assert 'webhook_url' not in inbox and 'foo' not in inbox


def test_null_string_and_casts(api):
    """Checklist 37 plus booleans from strings (§5.3)."""
    inbox = api.create(greeting_message='null', greeting_enabled='true', enable_email_collect='off',
                       csat_survey_enabled='1', allow_messages_after_resolved='', business_name=5)
    assert inbox['greeting_message'] is None
    assert (inbox['greeting_enabled'], inbox['enable_email_collect'], inbox['csat_survey_enabled']) == (True, False, True)
    assert inbox['allow_messages_after_resolved'] is None
    assert inbox['business_name'] == '5'
