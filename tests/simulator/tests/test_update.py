"""Update (checklist 38-47)."""

from sim_client import A1, WIDGET

CRASH = {'status': 500, 'error': 'Internal Server Error'}


def path(inbox):
    return A1 + '/inboxes/%d' % inbox['id']


def show(api, inbox):
    return api.get(path(inbox)).json()


def test_patch_and_put_change_only_sent_keys(api):
    """Checklist 38: admin only, 200 with the full inbox, other keys untouched."""
    inbox = api.create('Before', greeting_message='hello', channel=dict(WIDGET, widget_color='#123456'))
    for method, name in (('PATCH', 'After'), ('PUT', 'Again')):
        response = api.request(method, path(inbox), json={'name': name, 'enable_auto_assignment': False})
        assert response.status_code == 200
        body = response.json()
        assert (body['name'], body['enable_auto_assignment']) == (name, False)
        assert (body['greeting_message'], body['widget_color']) == ('hello', '#123456')
        assert body['website_token'] == inbox['website_token']
    assert api.patch(path(inbox), token='agent', json={'name': 'x'}).status_code == 401
    assert show(api, inbox)['name'] == 'Again'


def test_inbox_422_stops_everything(api):
    """Checklist 39: an inbox-level 422 keeps the working hours and the channel untouched."""
    inbox = api.create()
    response = api.patch(path(inbox), json={'name': '', 'greeting_message': 'changed',
                                            'working_hours': [{'day_of_week': 1, 'open_all_day': True}],
                                            'channel': {'widget_color': '#000000'}})
    assert (response.status_code, response.json()) == (422, {'message': "Name can't be blank", 'attributes': ['name']})
    now = show(api, inbox)
    assert now['greeting_message'] is None and now['widget_color'] == '#1f93ff'
    assert now['working_hours'][1]['open_all_day'] is False


def test_channel_422_keeps_earlier_steps(api):
    """Checklist 39: no transaction -- a channel 422 after inbox fields and hours were saved."""
    inbox = api.create()
    response = api.patch(path(inbox), json={'greeting_message': 'saved', 'working_hours': [{'day_of_week': 1,
                                                                                           'open_all_day': True}],
                                            'channel': {'website_url': ''}})
    assert response.json() == {'message': "Website url can't be blank", 'attributes': ['website_url']}
    now = show(api, inbox)
    assert now['greeting_message'] == 'saved' and now['working_hours'][1]['open_all_day'] is True
    assert now['website_url'] == 'https://example.com'


def test_channel_type_on_update_500_after_saving(api):
    """Checklist 40: channel.type crashes the update after the inbox fields were saved."""
    inbox = api.create()
    response = api.patch(path(inbox), json={'name': 'Renamed', 'channel': {'type': 'web_widget', 'widget_color': '#ABCDEF'}})
    assert (response.status_code, response.json()) == (500, CRASH)
    now = show(api, inbox)
    assert now['name'] == 'Renamed' and now['widget_color'] == '#1f93ff'
    api_inbox = api.create(channel={'type': 'api'})
    assert api.patch(path(api_inbox), json={'channel': {'type': 'api'}}).status_code == 500


def test_only_stored_type_keys(api):
    """Checklist 41: widget keys on an API inbox (and tokens anywhere) are ignored."""
    inbox = api.create(channel={'type': 'api'})
    response = api.patch(path(inbox), json={'enable_auto_assignment': False,
                                            'channel': {'webhook_url': 'webhook.test', 'selected_feature_flags': [],
                                                        'widget_color': '#000', 'hmac_token': 'x'}})
    body = response.json()
    assert response.status_code == 200
    assert (body['webhook_url'], body['widget_color'], body['hmac_token']) == ('webhook.test', None, inbox['hmac_token'])
    widget = api.create()
    body = api.patch(path(widget), json={'channel': {'webhook_url': 'http://x', 'website_token': 'mine'}}).json()
    assert body['website_token'] == widget['website_token'] and 'webhook_url' not in body


def test_null_hashes_ignored_scalars_stored(api):
    """Checklist 42."""
    inbox = api.create(greeting_message='hi', channel=dict(WIDGET, welcome_title='t', selected_feature_flags=['attachments']))
    body = api.patch(path(inbox), json={
        'greeting_message': None, 'csat_config': None, 'working_hours': None,
        'channel': {'pre_chat_form_options': None, 'selected_feature_flags': None, 'reply_time': None,
                    'allowed_domains': None, 'welcome_title': None}}).json()
    assert body['greeting_message'] is None and body['reply_time'] is None and body['allowed_domains'] is None
    assert body['welcome_title'] is None
    assert body['selected_feature_flags'] == ['attachments']
    assert body['pre_chat_form_options'] == inbox['pre_chat_form_options']
    for field, value, message in (('name', None, "Name can't be blank"), ('timezone', None, 'Timezone is not included in the list')):
        response = api.patch(path(inbox), json={field: value})
        assert response.json() == {'message': message, 'attributes': [field]}
    response = api.patch(path(inbox), json={'channel': {'widget_color': None}})
    assert response.json() == {'message': "Widget color can't be blank", 'attributes': ['widget_color']}
    assert api.patch(path(inbox), json={'channel': {'continuity_via_email': None}}).status_code == 500
    assert api.patch(path(inbox), json={'lock_to_single_conversation': None}).status_code == 500  # NOT NULL column


def test_avatar_json_values(api):
    """§2.4: avatar null/"" detaches (200); any other JSON value is a bad signed id (500)."""
    inbox = api.create(avatar='')
    assert inbox['avatar_url'] == ''
    assert api.patch(path(inbox), json={'avatar': None}).status_code == 200
    assert api.patch(path(inbox), json={'avatar': 'null'}).status_code == 200
    response = api.patch(path(inbox), json={'avatar': 'aGVsbG8=', 'name': 'unsaved'})
    assert (response.status_code, response.json()) == (500, CRASH)
    assert show(api, inbox)['name'] == 'Web'
    upload = api.patch(path(inbox), files={'avatar': ('a.png', b'png')})
    assert upload.status_code == 501 and 'multipart' in upload.json()['error']


def test_hashes_replaced_wholesale(api):
    """Checklist 43."""
    inbox = api.create(channel={'type': 'api', 'additional_attributes': {'a': 1, 'b': 2}})
    body = api.patch(path(inbox), json={'channel': {'additional_attributes': {'c': 3}}}).json()
    assert body['additional_attributes'] == {'c': 3}
    fields = [{'name': 'a', 'label': 'A'}, {'name': 'b', 'label': 'B'}]
    widget = api.create(channel=dict(WIDGET, pre_chat_form_options={'pre_chat_message': 'M', 'pre_chat_fields': fields}))
    body = api.patch(path(widget), json={'channel': {'pre_chat_form_options': {'pre_chat_fields': fields[1:]}}}).json()
    assert body['pre_chat_form_options'] == {'pre_chat_fields': [{'name': 'b', 'label': 'B'}]}
    body = api.patch(path(widget), json={'channel': {'pre_chat_form_options': {'pre_chat_message': 'only'}}}).json()
    assert body['pre_chat_form_options']['pre_chat_message'] == 'Share your queries or comments here.'


def test_working_hours_partial_and_lenient(api):
    """Checklist 44: only listed days change, invalid entries skipped with 200, open_all_day forces 0:00-23:59."""
    inbox = api.create()
    hours = [
        {'day_of_week': 1, 'open_all_day': True, 'open_hour': 8},                      # forced to 00:00-23:59
        {'day_of_week': 2, 'open_hour': 18, 'open_minutes': 0, 'close_hour': 9, 'close_minutes': 0},  # close before open
        {'day_of_week': 3, 'open_hour': 24, 'open_minutes': 0, 'close_hour': 25, 'close_minutes': 0},  # out of range
        {'day_of_week': 4, 'open_all_day': True, 'closed_all_day': True},              # both -> invalid
        {'day_of_week': '5', 'open_hour': '10', 'open_minutes': '30', 'close_hour': 16, 'close_minutes': 0},
        {'day_of_week': 0, 'open_hour': 9, 'open_minutes': 0, 'close_hour': 17, 'close_minutes': 0},  # stays closed
    ]
    response = api.patch(path(inbox), json={'working_hours': hours, 'working_hours_enabled': True})
    assert response.status_code == 200
    week = response.json()['working_hours']
    assert week[1] == {'day_of_week': 1, 'closed_all_day': False, 'open_hour': 0, 'open_minutes': 0, 'close_hour': 23,
                       'close_minutes': 59, 'open_all_day': True}
    for day in (2, 3, 4, 6):
        assert week[day] == inbox['working_hours'][day], day
    assert (week[5]['open_hour'], week[5]['open_minutes'], week[5]['close_hour']) == (10, 30, 16)
    assert week[0]['closed_all_day'] is True and week[0]['open_hour'] == 9
    opened = api.patch(path(inbox), json={'working_hours': [{'day_of_week': 6, 'closed_all_day': False, 'open_hour': 9,
                                                             'open_minutes': 0, 'close_hour': 12, 'close_minutes': 0}]})
    assert opened.json()['working_hours'][6]['closed_all_day'] is False


def test_working_hours_bad_day_500(api):
    """Checklist 44: missing/unknown day_of_week -> 500; inbox fields kept, no hours changed."""
    inbox = api.create()
    for entries in ([{'open_all_day': True}], [{'day_of_week': 1, 'open_all_day': True}, {'day_of_week': 7}]):
        response = api.patch(path(inbox), json={'greeting_message': 'kept', 'working_hours': entries})
        assert (response.status_code, response.json()) == (500, CRASH)
    now = show(api, inbox)
    assert now['greeting_message'] == 'kept' and now['working_hours'] == inbox['working_hours']


def test_csat_config_normalised_on_update(api):
    """Checklist 45."""
    template = {'name': 'csat', 'template_id': 't1', 'created_at': '2026-01-01T00:00:00Z'}
    inbox = api.create()
    body = api.patch(path(inbox), json={'csat_survey_enabled': True,
                                        'csat_config': {'display_type': 'star', 'template': template}}).json()
    assert body['csat_config'] == {'display_type': 'star', 'message': '', 'survey_rules': {'operator': 'contains', 'values': []},
                                   'button_text': 'Please rate us', 'language': 'en', 'template': template}
    body = api.patch(path(inbox), json={'csat_config': {'message': 'Rate', 'survey_rules': {'values': ['vip']}}}).json()
    assert body['csat_config'] == {'display_type': 'emoji', 'message': 'Rate',
                                   'survey_rules': {'operator': 'contains', 'values': ['vip']},
                                   'button_text': 'Please rate us', 'language': 'en'}
    assert api.patch(path(inbox), json={'csat_config': {}}).json()['csat_config'] == body['csat_config']


def portals(api):
    """A portal in each account: portal_id is not checked against the account (§2.4)."""
    help_center = api.post('/api/v1/accounts/1/portals', json={'name': 'Help Center', 'slug': 'help-center'}).json()
    seeded = api.control('POST', 'seed', json={'table': 'portals', 'account_id': 2, 'records': [{'name': 'Other Docs', 'slug': 'other-docs'}]})
    return help_center['id'], seeded.json()['ids'][0]


def test_portal_help_center(api):
    """Checklist 46: no account check, never echoed, help_center shown, unknown -> 500."""
    first, other = portals(api)
    inbox = api.create()
    assert 'help_center' not in inbox
    body = api.patch(path(inbox), json={'portal_id': first}).json()
    assert body['help_center'] == {'name': 'Help Center', 'slug': 'help-center'} and 'portal_id' not in body
    assert api.patch(path(inbox), json={'portal_id': other}).json()['help_center']['slug'] == 'other-docs'
    response = api.patch(path(inbox), json={'portal_id': 42, 'name': 'not saved'})
    assert (response.status_code, response.json()) == (500, CRASH)
    assert show(api, inbox)['name'] == 'Web'
    assert 'help_center' not in api.patch(path(inbox), json={'portal_id': None}).json()
    assert api.create(portal_id=first)['help_center']['name'] == 'Help Center'


def test_auto_assignment_config_enterprise_only(api):
    """Checklist 47."""
    inbox = api.create(auto_assignment_config={'max_assignment_limit': 5})
    assert inbox['auto_assignment_config'] == {}
    api.configure(enterprise=True)
    inbox = api.create(auto_assignment_config={'max_assignment_limit': 10, 'foo': 1})
    assert inbox['auto_assignment_config'] == {'max_assignment_limit': 10}
    body = api.patch(path(inbox), json={'auto_assignment_config': {'max_assignment_limit': '7'}}).json()
    assert body['auto_assignment_config'] == {'max_assignment_limit': '7'}
    for bad in (0, -1, 'abc'):
        response = api.patch(path(inbox), json={'auto_assignment_config': {'max_assignment_limit': bad}})
        assert response.json() == {'message': 'Auto assignment config max_assignment_limit must be greater than 0',
                                   'attributes': ['auto_assignment_config']}


def test_api_channel_validations(api):
    """§2.3: webhook_url length and agent_reply_time_window."""
    inbox = api.create(channel={'type': 'api'})
    response = api.patch(path(inbox), json={'channel': {'webhook_url': 'h' * 2049}})
    assert response.json() == {'message': 'Webhook url is too long (maximum is 2048 characters)', 'attributes': ['webhook_url']}
    response = api.patch(path(inbox), json={'channel': {'additional_attributes': {'agent_reply_time_window': 0}}})
    assert response.status_code == 422
    assert response.json()['message'] == 'Agent reply time window agent_reply_time_window must be greater than 0'
    good = api.patch(path(inbox), json={'channel': {'additional_attributes': {'agent_reply_time_window': 12}}})
    assert good.json()['additional_attributes'] == {'agent_reply_time_window': 12}
    # channel/api.rb:40-45: blank passes; otherwise Ruby's to_i must be positive; true has no to_i
    for window, status in (('', 200), (None, 200), ('24', 200), ('24 hours', 200), ('soon', 422), (1.5, 200), (True, 500)):
        response = api.patch(path(inbox), json={'channel': {'additional_attributes': {'agent_reply_time_window': window}}})
        assert response.status_code == status, window


def test_an_open_day_with_a_missing_hour_is_a_500_and_keeps_no_day(api):
    """working_hour.rb:73-76 close_after_open on a nil hour (NoMethodError); out_of_offisable.rb:45 one transaction;
    the inbox's own fields were saved first. An hour out of range is still skipped without a word."""
    inbox = api.create('Hours')
    before = show(api, inbox)['working_hours']
    response = api.patch(path(inbox), json={'name': 'Saved', 'working_hours': [
        {'day_of_week': 2, 'closed_all_day': False, 'open_hour': 8, 'open_minutes': 0, 'close_hour': 18, 'close_minutes': 0},
        {'day_of_week': 3, 'closed_all_day': False, 'open_hour': None, 'open_minutes': 0, 'close_hour': 18, 'close_minutes': 0}]})
    assert (response.status_code, response.json()) == (500, CRASH)
    after = show(api, inbox)
    assert (after['name'], after['working_hours']) == ('Saved', before)
    response = api.patch(path(inbox), json={'working_hours': [
        {'day_of_week': 3, 'closed_all_day': False, 'open_hour': 30, 'open_minutes': 0, 'close_hour': 18, 'close_minutes': 0}]})
    assert response.status_code == 200 and response.json()['working_hours'] == before
    # a closed day needs no hours
    response = api.patch(path(inbox), json={'working_hours': [{'day_of_week': 3, 'closed_all_day': True, 'open_hour': None}]})
    assert response.status_code == 200 and response.json()['working_hours'][3]['closed_all_day'] is True
