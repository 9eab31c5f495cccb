"""spec/controllers/api/v1/accounts/inboxes_controller_spec.rb (v4.15.1), replayed: the examples of the endpoints the
collection calls (index, show, create, update, destroy, agent_bot, set_agent_bot).

Not applicable (endpoints or records the collection never uses): assignable_agents (:229, :241), campaigns (:258-:279),
avatars (:298-:322, :625), WhatsApp template sync and health (:1064-:1270). Users of the simulator's fixtures: 2 is
the agent token's user."""

import pytest

from conformance_helpers import created, platform, seed, unauthenticated
from sim_client import A1, WIDGET

SPEC = 'inboxes_controller_spec.rb'
INBOXES = A1 + '/inboxes'
AGENT = 2
CSAT = {'display_type': 'emoji', 'message': 'How would you rate your experience?',
        'survey_rules': {'operator': 'contains', 'values': ['support', 'help']}}


@pytest.fixture
def inbox(api):
    return api.create('Web')


def one(inbox):
    return INBOXES + '/%d' % inbox['id']


@pytest.mark.parametrize('method, path', [('GET', ''), ('GET', '/{id}'), ('DELETE', '/{id}'), ('POST', ''), ('PATCH', '/{id}'),
                                          ('GET', '/{id}/agent_bot'), ('POST', '/{id}/set_agent_bot')],
                         ids=[SPEC + ':%d' % line for line in (12, 73, 336, 388, 483, 953, 990)])
def test_unauthenticated_requests_are_refused(api, inbox, method, path):
    assert unauthenticated(api, method, '/inboxes' + path.format(id=inbox['id']), json={'name': 'x'}) == 401
    assert api.get(one(inbox)).json()['name'] == 'Web'


def test_an_administrator_lists_every_inbox_an_agent_its_own(api, inbox):
    """inboxes_controller_spec.rb:29, inboxes_controller_spec.rb:39"""
    api.create('Other')
    api.add_members(inbox['id'], [AGENT])
    assert len(api.get(INBOXES).json()['payload']) == 2
    assert [i['id'] for i in api.get(INBOXES, token='agent').json()['payload']] == [inbox['id']]


@pytest.mark.parametrize('token, shown', [('admin', True), ('agent', False)], ids=[SPEC + ':51', SPEC + ':58'])
def test_provider_config_is_for_administrators(api, token, shown):
    whatsapp = api.create('WhatsApp', {'type': 'whatsapp', 'phone_number': '+15550001', 'provider': 'whatsapp_cloud',
                                       'provider_config': {'api_key': 'k', 'phone_number_id': '1', 'business_account_id': '2'}})
    api.add_members(whatsapp['id'], [AGENT])
    assert ('provider_config' in api.get(INBOXES, token=token).text) is shown


def test_an_agent_not_in_the_inbox_may_not_see_it(api, inbox):
    """inboxes_controller_spec.rb:85"""
    assert api.get(one(inbox), token='agent').status_code == 401


def test_an_administrator_sees_the_inbox(api, inbox):
    """inboxes_controller_spec.rb:93"""
    response = api.get(one(inbox))
    assert response.status_code == 200 and response.json()['id'] == inbox['id']


def test_an_agent_of_the_inbox_sees_it_without_its_hmac_token(api, inbox):
    """inboxes_controller_spec.rb:132"""
    api.add_members(inbox['id'], [AGENT])
    shown = api.get(one(inbox), token='agent').json()
    assert shown['id'] == inbox['id'] and shown.get('hmac_token') is None


@pytest.mark.parametrize('token, enabled, login', [('agent', None, None), ('admin', True, 'test@test.com')],
                         ids=[SPEC + ':144', SPEC + ':163'])
def test_imap_details_are_for_administrators(api, token, enabled, login):
    mail = api.create('Mail', {'type': 'email', 'email': 'mail@example.com', 'imap_enabled': True, 'imap_login': 'test@test.com'})
    api.add_members(mail['id'], [AGENT])
    shown = api.get(one(mail), token=token).json()
    assert (shown.get('imap_enabled'), shown.get('imap_login')) == (enabled, login)


@pytest.mark.parametrize('token, sid, secret', [('admin', 'AC123', 'secrettoken'), ('agent', None, None)],
                         ids=[SPEC + ':185', SPEC + ':195'])
def test_twilio_credentials_are_for_administrators(api, token, sid, secret):
    twilio = created(api.post(A1 + '/channels/twilio_channel', json={'twilio_channel': {
        'name': 'Twilio', 'medium': 'sms', 'phone_number': '+15550002', 'account_sid': 'AC123', 'auth_token': 'secrettoken'}}))
    api.add_members(twilio['id'], [AGENT])
    shown = api.get(one(twilio), token=token).json()
    assert (shown.get('account_sid'), shown.get('auth_token')) == (sid, secret)


def test_an_agent_sees_an_api_inbox_without_its_hmac_token(api):
    """inboxes_controller_spec.rb:207"""
    api_inbox = api.create('API', {'type': 'api'})
    api.add_members(api_inbox['id'], [AGENT])
    assert api.get(one(api_inbox), token='agent').json().get('hmac_token') is None


def test_deletes_an_inbox_later(api, inbox):
    """inboxes_controller_spec.rb:346"""
    response = api.delete(one(inbox))
    assert response.status_code == 200
    assert response.json()['message'] == 'Your inbox deletion request will be processed in some time.'


def test_an_inbox_of_another_account_is_not_found(api):
    """inboxes_controller_spec.rb:361 (another account made through the platform API)"""
    account = created(platform(api, 'POST', '/accounts', json={'name': 'Other'}))
    user = created(platform(api, 'POST', '/users', json={'name': 'Owner', 'email': 'owner@example.com', 'password': 'Password1!'}))
    platform(api, 'POST', '/accounts/%d/account_users' % account['id'], json={'user_id': user['id'], 'role': 'administrator'})
    other = created(api.post('/api/v1/accounts/%d/inboxes' % account['id'], token=user['access_token'],
                             json={'name': 'Theirs', 'channel': dict(WIDGET)}))
    assert api.delete(INBOXES + '/%d' % other['id']).status_code == 404


def test_an_agent_may_not_delete_an_inbox(api, inbox):
    """inboxes_controller_spec.rb:372"""
    assert api.delete(one(inbox), token='agent').status_code == 401


def test_an_agent_may_not_create_an_inbox(api):
    """inboxes_controller_spec.rb:399"""
    response = api.post(INBOXES, token='agent', json={'name': 'test', 'channel': {'type': 'web_widget', 'website_url': 'test.com'}})
    assert response.status_code == 401 and api.get(INBOXES).json()['payload'] == []


@pytest.mark.parametrize('body, expected', [
    ({'name': 'test', 'channel': {'type': 'web_widget', 'website_url': 'test.com'}}, 'test.com'),
    ({'name': 'test', 'channel': {'type': 'email', 'email': 'test@test.com'}}, 'test@test.com'),
    ({'name': 'API Inbox', 'channel': {'type': 'api', 'webhook_url': 'http://test.com'}}, 'API Inbox'),
    ({'name': 'Line Inbox', 'channel': {'type': 'line', 'line_channel_id': 'c1', 'line_channel_secret': 's1',
                                        'line_channel_token': 't1'}}, 'callback_webhook_url'),
    ({'name': 'Sms Inbox', 'channel': {'type': 'sms', 'phone_number': '+123456789', 'provider_config': {'test': 'test'}}}, '+123456789'),
], ids=[SPEC + ':%d' % line for line in (410, 421, 431, 441, 454)])
def test_an_administrator_creates_an_inbox(api, body, expected):
    response = api.post(INBOXES, json=body)
    assert response.status_code == 200 and expected in response.text and body['name'] in response.text


def test_a_new_website_inbox_allows_messages_after_resolution(api):
    """inboxes_controller_spec.rb:466"""
    response = api.post(INBOXES, json={'name': 'test', 'channel': {'type': 'web_widget', 'website_url': 'test.com'}})
    assert response.json()['allow_messages_after_resolved'] is True


def test_an_agent_may_not_update_an_inbox(api, inbox):
    """inboxes_controller_spec.rb:495"""
    assert api.patch(one(inbox), token='agent', json={'name': 'new test inbox'}).status_code == 401


def test_an_administrator_updates_an_inbox(api, inbox):
    """inboxes_controller_spec.rb:506 (its portal made first)"""
    portal = api.post('/api/v1/accounts/1/portals', json={'name': 'Help Center', 'slug': 'help-center'}).json()
    response = api.patch(one(inbox), json={'name': 'new test inbox', 'enable_auto_assignment': False, 'portal_id': portal['id']})
    assert response.status_code == 200 and response.json()['name'] == 'new test inbox'
    assert response.json()['enable_auto_assignment'] is False and response.json()['help_center']['slug'] == 'help-center'


@pytest.mark.parametrize('channel, body, key, value', [
    ({'type': 'api'}, {'enable_auto_assignment': False, 'channel': {'webhook_url': 'webhook.test', 'selected_feature_flags': []}},
     'webhook_url', 'webhook.test'),
    ({'type': 'email', 'email': 'mail@example.com'}, {'enable_auto_assignment': False, 'channel': {'email': 'emailtest@email.test'}},
     'email', 'emailtest@email.test'),
], ids=[SPEC + ':519', SPEC + ':566'])
def test_an_administrator_updates_a_channel(api, channel, body, key, value):
    target = api.create('Target', channel)
    response = api.patch(one(target), json=body)
    assert response.status_code == 200 and response.json()[key] == value and response.json()['enable_auto_assignment'] is False


def test_an_administrator_updates_a_twitter_inbox(api):
    """inboxes_controller_spec.rb:553 (a seeded X inbox)"""
    seeded = api.control('POST', 'seed', json={'count': 1, 'channel_type': 'twitter'}).json()['ids'][0]
    response = api.patch(INBOXES + '/%d' % seeded, json={'channel': {'tweets_enabled': False}})
    assert response.status_code == 200 and response.json()['tweets_enabled'] is False


def test_an_administrator_updates_twilio_credentials(api):
    """inboxes_controller_spec.rb:580"""
    twilio = created(api.post(A1 + '/channels/twilio_channel', json={'twilio_channel': {
        'name': 'Twilio', 'medium': 'sms', 'phone_number': '+15550003', 'account_sid': 'AC1', 'auth_token': 'old'}}))
    response = api.patch(one(twilio), json={'channel': {'account_sid': 'account_sid', 'auth_token': 'new_auth_token'}})
    assert response.status_code == 200
    assert (response.json()['account_sid'], response.json()['auth_token']) == ('account_sid', 'new_auth_token')


def test_an_administrator_turns_imap_on(api):
    """inboxes_controller_spec.rb:596 (the IMAP login succeeds)"""
    mail = api.create('Mail', {'type': 'email', 'email': 'mail@example.com'})
    response = api.patch(one(mail), json={'channel': {'imap_enabled': True, 'imap_address': 'imap.gmail.com', 'imap_port': 993,
                                                      'imap_login': 'imaptest@gmail.com', 'imap_authentication': 'login'}})
    assert response.status_code == 200
    shown = response.json()
    assert (shown['imap_enabled'], shown['imap_address'], shown['imap_port'], shown['imap_authentication']) == (
        True, 'imap.gmail.com', 993, 'login')


def test_an_administrator_updates_working_hours(api, inbox):
    """inboxes_controller_spec.rb:638"""
    response = api.patch(one(inbox), json={'working_hours': [{'day_of_week': 0, 'open_hour': 9, 'open_minutes': 0, 'close_hour': 17,
                                                              'close_minutes': 0}],
                                           'working_hours_enabled': True, 'out_of_office_message': 'hello'})
    assert response.status_code == 200
    assert [d['open_hour'] for d in response.json()['working_hours'] if d['day_of_week'] == 0] == [9]


def test_an_administrator_disallows_messages_after_resolution(api, inbox):
    """inboxes_controller_spec.rb:653"""
    assert api.patch(one(inbox), json={'allow_messages_after_resolved': False}).json()['allow_messages_after_resolved'] is False


@pytest.mark.parametrize('smtp, key, value', [
    ({'smtp_enable_starttls_auto': True, 'smtp_openssl_verify_mode': 'peer'}, 'smtp_openssl_verify_mode', 'peer'),
    ({'smtp_enable_ssl_tls': True, 'smtp_openssl_verify_mode': 'none'}, 'smtp_enable_ssl_tls', True),
    ({'smtp_email': 'smtptest@gmail.com', 'smtp_authentication': 'plain'}, 'smtp_authentication', 'plain'),
], ids=[SPEC + ':%d' % line for line in (669, 700, 731)])
def test_an_administrator_updates_smtp_settings(api, smtp, key, value):
    mail = api.create('Mail', {'type': 'email', 'email': 'mail@example.com'})
    body = {'channel': dict({'smtp_enabled': True, 'smtp_address': 'smtp.gmail.com', 'smtp_port': 587, 'smtp_login': 'smtptest@gmail.com'},
                            **smtp)}
    response = api.patch(one(mail), json=body)
    assert response.status_code == 200
    shown = response.json()
    assert (shown['smtp_enabled'], shown['smtp_address'], shown['smtp_port'], shown[key]) == (True, 'smtp.gmail.com', 587, value)


def test_updates_the_csat_configuration(api, inbox):
    """inboxes_controller_spec.rb:775"""
    assert api.patch(one(inbox), json={'csat_survey_enabled': True, 'csat_config': CSAT}).status_code == 200


@pytest.mark.parametrize('listed', [False, False, False, True], ids=[SPEC + ':%d' % line for line in (798, 812, 822, 833)])
def test_the_csat_configuration_is_shown(api, inbox, listed):
    api.patch(one(inbox), json={'csat_survey_enabled': True, 'csat_config': CSAT})
    shown = api.get(INBOXES).json()['payload'][0] if listed else api.get(one(inbox)).json()
    config = shown['csat_config']
    assert shown['csat_survey_enabled'] is True and config['display_type'] == 'emoji'
    assert config['message'] == CSAT['message']
    assert config['survey_rules']['operator'] == 'contains' and sorted(config['survey_rules']['values']) == ['help', 'support']


def test_an_inbox_without_a_bot_has_none(api, inbox):
    """inboxes_controller_spec.rb:961 (an agent of the inbox)"""
    api.add_members(inbox['id'], [AGENT])
    response = api.get(one(inbox) + '/agent_bot', token='agent')
    assert response.status_code == 200 and not response.json().get('agent_bot')


def test_shows_the_bot_of_the_inbox(api, inbox):
    """inboxes_controller_spec.rb:971 (a global bot, an agent of the inbox)"""
    api.add_members(inbox['id'], [AGENT])
    api.post(one(inbox) + '/set_agent_bot', json={'agent_bot': 3})
    response = api.get(one(inbox) + '/agent_bot', token='agent')
    assert response.status_code == 200 and response.json()['agent_bot']['name'] == 'Global Bot'


def test_sets_the_bot(api, inbox):
    """inboxes_controller_spec.rb:1001"""
    assert api.post(one(inbox) + '/set_agent_bot', json={'agent_bot': 3}).status_code == 200
    assert api.get(one(inbox) + '/agent_bot').json()['agent_bot']['id'] == 3


def test_an_unknown_bot_is_not_found(api, inbox):
    """inboxes_controller_spec.rb:1011"""
    assert api.post(one(inbox) + '/set_agent_bot', json={'agent_bot': 0}).status_code == 404


def test_disconnects_the_bot(api, inbox):
    """inboxes_controller_spec.rb:1020"""
    api.post(one(inbox) + '/set_agent_bot', json={'agent_bot': 3})
    assert api.post(one(inbox) + '/set_agent_bot', json={'agent_bot': None}).status_code == 200
    assert not api.get(one(inbox) + '/agent_bot').json().get('agent_bot')


def test_an_agent_may_not_set_the_bot(api, inbox):
    """inboxes_controller_spec.rb:1030"""
    api.add_members(inbox['id'], [AGENT])
    assert api.post(one(inbox) + '/set_agent_bot', json={'agent_bot': 3}, token='agent').status_code == 401


def test_a_bot_of_another_account_may_not_be_bound(api, inbox):
    """inboxes_controller_spec.rb:1041 (bot 2 belongs to account 2)"""
    assert api.post(one(inbox) + '/set_agent_bot', json={'agent_bot': 2}).status_code == 404
    assert not api.get(one(inbox) + '/agent_bot').json().get('agent_bot')


TEMPLATE = {'name': 'custom_survey_template', 'template_id': '123456789', 'language': 'en', 'created_at': '2026-12-04T04:00:00Z'}


def configure_csat(api, inbox, config):
    return created(api.patch(one(inbox), json={'csat_survey_enabled': True, 'csat_config': config}))


def stored(api, inbox_id):
    """The inbox's row as the simulator stores it (the spec's ``inbox.reload``)."""
    return next(row for row in api.control('GET', 'tables/inboxes').json()['rows'] if row['id'] == inbox_id)


def test_stores_a_csat_template(api, inbox):
    """inboxes_controller_spec.rb:848"""
    configure_csat(api, inbox, dict(CSAT, template=TEMPLATE))
    template = stored(api, inbox['id'])['csat_config']['template']
    assert {key: template[key] for key in ('name', 'template_id', 'language')} == {
        'name': 'custom_survey_template', 'template_id': '123456789', 'language': 'en'}


def test_shows_the_csat_template(api, inbox):
    """inboxes_controller_spec.rb:876"""
    configure_csat(api, inbox, dict(CSAT, template=TEMPLATE))
    template = api.get(one(inbox)).json()['csat_config']['template']
    assert (template['name'], template['template_id'], template['language']) == ('custom_survey_template', '123456789', 'en')
    assert template['created_at']


def test_a_csat_configuration_without_template_drops_it(api, inbox):
    """inboxes_controller_spec.rb:909"""
    configure_csat(api, inbox, dict(CSAT, template={'name': 'custom_survey_template', 'template_id': '123456789'}))
    configure_csat(api, inbox, dict(CSAT, message='Updated message'))
    config = api.get(one(inbox)).json()['csat_config']
    assert config['message'] == 'Updated message' and config.get('template') is None


def whatsapp_needing_reauthorization(api, **provider_config):
    """``create(:channel_whatsapp, ...)`` then ``prompt_reauthorization!``: seeded with the flag set."""
    channel = {'type': 'whatsapp', 'phone_number': '+15550003', 'reauthorization_required': True,
               'provider': provider_config.pop('provider', 'whatsapp_cloud'),
               'provider_config': dict({'api_key': 'k', 'phone_number_id': '1', 'business_account_id': '2'}, **provider_config)}
    return seed(api, 'inboxes', [{'name': 'WhatsApp', 'channel': channel}])[0]


def test_an_embedded_signup_whatsapp_inbox_asks_for_reauthorization(api):
    """inboxes_controller_spec.rb:103"""
    inbox_id = whatsapp_needing_reauthorization(api, source='embedded_signup')
    assert api.get(INBOXES + '/%d' % inbox_id).json()['reauthorization_required'] is True


def test_a_manual_whatsapp_inbox_never_asks_for_reauthorization(api):
    """inboxes_controller_spec.rb:117"""
    inbox_id = whatsapp_needing_reauthorization(api, source='manual')
    assert stored(api, inbox_id)['channel']['reauthorization_required'] is True
    assert api.get(INBOXES + '/%d' % inbox_id).json()['reauthorization_required'] is False


def test_updating_a_whatsapp_inbox_reauthorizes_it(api):
    """inboxes_controller_spec.rb:533 (360dialog: the update stores the new api_key and clears the flag)"""
    inbox_id = whatsapp_needing_reauthorization(api, provider='default')
    body = {'enable_auto_assignment': False, 'channel': {'provider_config': {'api_key': 'new_key'}}}
    created(api.patch(INBOXES + '/%d' % inbox_id, json=body))
    channel = stored(api, inbox_id)['channel']
    assert (channel['provider_config']['api_key'], channel['reauthorization_required']) == ('new_key', False)
    assert api.get(INBOXES + '/%d' % inbox_id).json()['enable_auto_assignment'] is False
