"""ApplicationRecord's generic length limits (application_record.rb:2-3,26-45): 255 characters for a string column,
20000 for a text column, unless the model validates that length itself; the errors come before the validations'."""

from sim_client import A1

LONG = 'x' * 256


def test_string_and_text_columns_of_labels_teams_and_canned_responses(api):
    label = api.post(A1 + '/labels', json={'title': LONG, 'description': 'd' * 20001})
    assert label.status_code == 422
    assert label.json()['message'].startswith('Title is too long (maximum is 255 characters), '
                                              'Description is too long (maximum is 20000 characters)')
    assert api.post(A1 + '/labels', json={'title': 'ok', 'description': 'd' * 20000}).status_code == 200
    team = api.post(A1 + '/teams', json={'name': LONG})
    assert team.json() == {'message': 'Name is too long (maximum is 255 characters)', 'attributes': ['name']}
    canned = api.post(A1 + '/canned_responses', json={'short_code': LONG, 'content': 'hi'})
    assert canned.json()['message'] == 'Short code is too long (maximum is 255 characters)'


def test_inbox_and_web_widget_columns(api):
    channel = {'type': 'web_widget', 'website_url': 'https://a.example', 'welcome_title': LONG}
    inbox = api.post(A1 + '/inboxes', json={'name': LONG, 'channel': channel})
    assert inbox.status_code == 422
    assert 'Welcome title is too long (maximum is 255 characters)' in inbox.json()['message']
    made = api.post(A1 + '/inboxes', json={'name': 'Site', 'channel': {'type': 'web_widget', 'website_url': 'https://a.example'}})
    renamed = api.patch(A1 + '/inboxes/%d' % made.json()['id'], json={'name': LONG})
    assert renamed.json() == {'message': 'Name is too long (maximum is 255 characters)', 'attributes': ['name']}


def test_webhook_agent_bot_and_custom_attribute_columns(api):
    hook = api.post(A1 + '/webhooks', json={'url': 'https://h.example/' + 'p' * 20000, 'name': LONG,
                                            'subscriptions': ['message_created']})
    assert hook.json()['message'] == ('Url is too long (maximum is 20000 characters), '
                                      'Name is too long (maximum is 255 characters)')
    bot = api.post(A1 + '/agent_bots', json={'name': LONG})
    assert bot.json() == {'message': 'Name is too long (maximum is 255 characters)', 'attributes': ['name']}
    attribute = api.post(A1 + '/custom_attribute_definitions', json={'attribute_display_name': 'x', 'attribute_key': 'k',
                                                                     'regex_cue': LONG})
    assert attribute.json()['message'] == 'Regex cue is too long (maximum is 255 characters)'
