"""Every channel type Chatwoot creates besides web widget and API: line, sms, telegram, email, whatsapp,
Twilio (its own endpoint) and the OAuth-only types (seeded), with their remote calls (remote.py)."""

import pytest

from sim_client import A1

INBOXES = A1 + '/inboxes'


def remote(api, **outcomes):
    response = api.control('PATCH', 'remote', json={key.replace('__', '.'): value for key, value in outcomes.items()})
    assert response.status_code == 200, response.text


def calls(api):
    """(service, method, outcome) of every remote call in the request log, in order."""
    return [(c['service'], c['method'], c['outcome'])
            for e in api.control('GET', 'requests').json()['requests'] for c in e.get('remote', [])]


def test_line_create_unique_and_write_only_secrets(api):
    api.configure(frontend_url='https://chat.example.com')
    body = {'name': 'Line', 'channel': {'type': 'line', 'line_channel_id': '165', 'line_channel_secret': 's',
                                        'line_channel_token': 't'}}
    inbox = api.post(INBOXES, json=body).json()
    assert inbox['channel_type'] == 'Channel::Line'
    assert inbox['callback_webhook_url'] == 'https://chat.example.com/webhooks/line/165'
    assert 's' not in inbox.values() and 't' not in inbox.values() and 'line_channel_secret' not in inbox
    assert calls(api) == []  # nothing remote
    again = api.post(INBOXES, json=body)  # unique in the installation
    assert (again.status_code, again.json()) == (422, {'message': 'Line channel has already been taken',
                                                       'attributes': ['line_channel_id']})
    blank = api.post(INBOXES, json={'name': 'L', 'channel': {'type': 'line'}})
    assert blank.json() == {'message': "Line channel can't be blank, Line channel secret can't be blank, "
                                       "Line channel token can't be blank",
                            'attributes': ['line_channel_id', 'line_channel_secret', 'line_channel_token']}
    updated = api.patch('%s/%d' % (INBOXES, inbox['id']), json={'channel': {'line_channel_id': '166'}}).json()
    assert updated['callback_webhook_url'].endswith('/166')


def test_sms_create_unique_and_provider_config_hidden(api):
    body = {'name': 'SMS', 'channel': {'type': 'sms', 'phone_number': '+123456789', 'provider_config': {'api_key': 'k'}}}
    inbox = api.post(INBOXES, json=body).json()
    assert (inbox['phone_number'], inbox['provider'], inbox['callback_webhook_url']) == ('+123456789', 'default', '/webhooks/sms/123456789')
    assert 'provider_config' not in inbox
    assert api.post(INBOXES, json=body).json() == {'message': 'Phone number has already been taken', 'attributes': ['phone_number']}
    assert api.post(INBOXES, json={'name': 'S', 'channel': {'type': 'sms'}}).json()['message'] == "Phone number can't be blank"
    assert api.control('GET', 'tables/inboxes').json()['rows'][0]['channel']['provider_config'] == {'api_key': 'k'}


def test_telegram_get_me_names_bot_and_webhooks_every_save(api):
    inbox = api.post(INBOXES, json={'channel': {'type': 'telegram', 'bot_token': '1:abc'}}).json()
    assert inbox['name'] == inbox['bot_name'] and inbox['bot_name'].startswith('sim_')  # name defaults to the bot
    assert '1:abc' not in str(inbox)  # write-only
    assert calls(api) == [('telegram', 'getMe', 'ok'), ('telegram', 'deleteWebhook', 'ok'), ('telegram', 'setWebhook', 'ok')]
    named = api.post(INBOXES, json={'name': 'Mine', 'channel': {'type': 'telegram', 'bot_token': '2:x'}}).json()
    assert named['name'] == 'Mine'
    dup = api.post(INBOXES, json={'channel': {'type': 'telegram', 'bot_token': '1:abc'}})
    assert dup.json() == {'message': 'Bot token has already been taken', 'attributes': ['bot_token']}
    api.control('DELETE', 'requests')
    remote(api, telegram__setWebhook='invalid_credentials')
    response = api.patch('%s/%d' % (INBOXES, inbox['id']), json={'channel': {'bot_token': '9:new'}})
    assert response.status_code == 200  # the failed setWebhook is ignored; no getMe on update
    assert calls(api) == [('telegram', 'deleteWebhook', 'ok'), ('telegram', 'setWebhook', 'invalid_credentials')]
    assert api.control('GET', 'tables/inboxes').json()['rows'][0]['channel']['bot_token'] == '9:new'


def test_telegram_invalid_and_unreachable(api):
    remote(api, telegram__getMe='invalid_credentials')
    response = api.post(INBOXES, json={'channel': {'type': 'telegram', 'bot_token': '1:bad'}})
    assert response.json() == {'message': 'Bot token invalid token', 'attributes': ['bot_token']}
    remote(api, telegram='unreachable', telegram__getMe=None)
    response = api.post(INBOXES, json={'channel': {'type': 'telegram', 'bot_token': '1:bad'}})
    assert response.status_code == 500 and api.get(INBOXES).json() == {'payload': []}


EMAIL = {'type': 'email', 'email': 'support@example.com', 'imap_password': 'pw', 'smtp_password': 'spw'}


def test_email_create_secrets_and_uniqueness(api):
    inbox = api.post(INBOXES, json={'name': 'Mail', 'channel': EMAIL}).json()
    assert (inbox['email'], inbox['imap_password'], inbox['smtp_password'], inbox['imap_port']) == ('support@example.com', 'pw', 'spw', 0)
    assert inbox['forwarding_enabled'] is False and 'forward_to_email' not in inbox and calls(api) == []
    api.add_members(inbox['id'], [2])
    as_agent = api.get('%s/%d' % (INBOXES, inbox['id']), token='agent').json()
    assert 'imap_password' not in as_agent and 'smtp_login' not in as_agent and as_agent['email'] == 'support@example.com'
    assert api.post(INBOXES, json={'name': 'M', 'channel': EMAIL}).json() == {
        'message': 'Email has already been taken', 'attributes': ['email']}
    assert api.post(INBOXES, json={'name': 'M', 'channel': {'type': 'email'}}).status_code == 500  # NOT NULL


def test_email_update_login_failure_is_422_but_saved(api):
    inbox = api.post(INBOXES, json={'name': 'Mail', 'channel': EMAIL}).json()
    url = '%s/%d' % (INBOXES, inbox['id'])
    ok = api.patch(url, json={'channel': {'imap_enabled': True, 'imap_address': 'imap.example.com', 'imap_port': '993'}})
    assert ok.status_code == 200 and ok.json()['imap_port'] == 993
    remote(api, imap='invalid_credentials')
    response = api.patch(url, json={'channel': {'imap_enabled': True, 'imap_address': 'imap.example.com', 'imap_login': 'new'}})
    assert response.json() == {'message': 'Please check the IMAP credentials and try again.'}
    assert api.get(url).json()['imap_login'] == 'new'  # saved all the same
    remote(api, imap=None, smtp='unreachable')
    response = api.patch(url, json={'channel': {'smtp_enabled': 'false', 'smtp_address': 'smtp.example.com'}})
    assert (response.status_code, response.json()) == (422, {
        'message': 'Could not connect to SMTP server. Please check the server address and port.'})  # "false" is truthy
    assert api.get(url).json()['smtp_enabled'] is False
    assert calls(api)[-1] == ('smtp', 'login', 'unreachable')


def test_email_check_reads_the_request_only(api):
    """inboxes_helper.rb:9 reads the request's keys: a lone imap_enabled logs in to no host (localhost, refused),
    although the inbox has an address stored, and the update is saved all the same."""
    inbox = api.post(INBOXES, json={'name': 'Mail', 'channel': dict(EMAIL, imap_address='imap.example.com', imap_port=993)}).json()
    url = '%s/%d' % (INBOXES, inbox['id'])
    response = api.patch(url, json={'channel': {'imap_enabled': True}})
    assert (response.status_code, response.json()) == (422, {'message': 'Connection refused - connect(2) for 127.0.0.1:143'})
    assert api.get(url).json()['imap_enabled'] is True
    last = api.control('GET', 'remote').json()['calls'][-1]
    assert (last['outcome'], last['address'], last['port']) == ('refused', None, 143)
    response = api.patch(url, json={'channel': {'smtp_enabled': True, 'smtp_port': 587}})
    assert response.json() == {'message': 'Could not connect to SMTP server. Please check the server address and port.'}


@pytest.mark.parametrize('outcome, imap, smtp', [
    ('invalid_credentials', 'Please check the IMAP credentials and try again.',
     'SMTP authentication failed. Please verify your login credentials.'),
    ('unreachable', 'Host unreachable, Please check the IMAP address, IMAP port and try again.',
     'Could not connect to SMTP server. Please check the server address and port.'),
    ('timeout', 'Connection timed out for imap.example.com:993',
     'Could not connect to SMTP server. Please check the server address and port.'),
    ('server_error', 'Connection closed.', 'SMTP server error. Please check your configuration and try again.'),
    ('tls_error', 'SSL_connect returned=1 errno=0 peeraddr=imap.example.com:993 state=error: certificate verify failed',
     'SSL/TLS error. Please verify your encryption settings.'),
    ('refused', 'Connection refused - connect(2) for imap.example.com:993',
     'Could not connect to SMTP server. Please check the server address and port.'),
])
def test_email_check_messages(api, outcome, imap, smtp):
    """config/locales/en.yml:136-146 and the raw errors check_imap_connection passes on."""
    inbox = api.post(INBOXES, json={'name': 'Mail', 'channel': EMAIL}).json()
    url = '%s/%d' % (INBOXES, inbox['id'])
    remote(api, imap=outcome, smtp=outcome)
    both = {'imap_enabled': True, 'imap_address': 'imap.example.com', 'imap_port': 993,
            'smtp_enabled': True, 'smtp_address': 'smtp.example.com', 'smtp_port': 587}
    assert api.patch(url, json={'channel': both}).json() == {'message': imap}  # IMAP first; SMTP is then not tried
    assert [c[0] for c in calls(api)[-1:]] == ['imap']
    assert api.patch(url, json={'channel': dict(both, imap_enabled=False)}).json() == {'message': smtp}


def test_email_imap_mechanism_is_checked_before_connecting(api):
    inbox = api.post(INBOXES, json={'name': 'Mail', 'channel': EMAIL}).json()
    response = api.patch('%s/%d' % (INBOXES, inbox['id']), json={'channel': {
        'imap_enabled': True, 'imap_address': 'imap.example.com', 'imap_authentication': 'xoauth2'}})
    assert response.json() == {'message': 'Invalid IMAP authentication mechanism. Allowed values: plain, login, cram-md5'}
    assert calls(api) == []


CLOUD = {'type': 'whatsapp', 'phone_number': '+15550001', 'provider': 'whatsapp_cloud',
         'provider_config': {'api_key': 'k', 'phone_number_id': '1', 'business_account_id': '2'}}


def test_whatsapp_cloud_validates_every_save(api):
    inbox = api.post(INBOXES, json={'name': 'WA', 'channel': CLOUD}).json()
    config = inbox['provider_config']
    assert config['api_key'] == 'k' and len(config['webhook_verify_token']) == 32  # returned, with a server key
    assert inbox['callback_webhook_url'] == '/webhooks/whatsapp/+15550001' and inbox['reauthorization_required'] is False
    assert calls(api) == [('whatsapp_cloud', 'message_templates', 'ok'), ('whatsapp_cloud', 'sync_templates', 'ok'),
                          ('whatsapp_cloud', 'setup_webhooks', 'ok')]
    url = '%s/%d' % (INBOXES, inbox['id'])
    remote(api, whatsapp_cloud='invalid_credentials')
    response = api.patch(url, json={'channel': {'provider_config': {'api_key': 'x'}}})
    assert response.json() == {'message': 'Provider config Invalid Credentials', 'attributes': ['provider_config']}
    remote(api, whatsapp_cloud=None)
    replaced = api.patch(url, json={'channel': {'provider_config': {'api_key': 'new'}}}).json()['provider_config']
    assert set(replaced) == {'api_key', 'webhook_verify_token'} and replaced['webhook_verify_token'] != config['webhook_verify_token']
    api.add_members(inbox['id'], [2])
    assert 'provider_config' not in api.get(url, token='agent').json()
    dup = api.post(INBOXES, json={'name': 'WA', 'channel': CLOUD}).json()
    assert dup['message'] == 'Phone number has already been taken'


def test_whatsapp_360dialog_default_and_webhook_failure(api):
    remote(api, **{'360dialog': 'unreachable'})
    response = api.post(INBOXES, json={'name': 'D', 'channel': {'type': 'whatsapp', 'phone_number': '+1', 'provider_config': {'api_key': 'k'}}})
    assert response.json()['message'] == 'Provider config Invalid Credentials'
    remote(api, whatsapp_cloud__setup_webhooks='unreachable')
    inbox = api.post(INBOXES, json={'name': 'WA', 'channel': CLOUD}).json()
    stored = api.control('GET', 'tables/inboxes').json()['rows'][-1]
    assert stored['channel']['reauthorization_required'] is True  # the after-commit failure is rescued
    assert inbox['reauthorization_required'] is False  # rendered for embedded-signup channels only
    updated = api.patch('%s/%d' % (INBOXES, inbox['id']), json={'channel': {'phone_number': '+15550002'}}).json()
    assert updated['reauthorization_required'] is False
    stored = api.control('GET', 'tables/inboxes').json()['rows'][-1]
    assert stored['channel']['reauthorization_required'] is False  # reauthorized! before the update


TWILIO = A1 + '/channels/twilio_channel'


def test_twilio_channel_endpoint(api):
    body = {'twilio_channel': {'name': 'Tw', 'account_sid': 'AC1', 'auth_token': 'tok', 'phone_number': '+1999', 'medium': 'whatsapp'}}
    inbox = api.post(TWILIO, json=body).json()
    assert (inbox['channel_type'], inbox['phone_number'], inbox['medium']) == ('Channel::TwilioSms', 'whatsapp:+1999', 'whatsapp')
    assert (inbox['auth_token'], inbox['account_sid'], inbox['callback_webhook_url']) == ('tok', 'AC1', '/twilio/callback')
    assert calls(api) == [('twilio', 'messages_list', 'ok')]  # no webhook setup for WhatsApp
    assert api.post(TWILIO, json=body).json() == {'error': 'Validation failed: Phone number has already been taken'}
    sms = api.post(TWILIO, json={'name': 'S', 'account_sid': 'AC1', 'auth_token': 't', 'messaging_service_sid': 'MG1', 'medium': 'sms'})
    assert sms.status_code == 200 and calls(api)[-1] == ('twilio', 'webhook_setup', 'ok')  # a flat body is wrapped
    remote(api, twilio='invalid_credentials')
    failed = api.post(TWILIO, json={'name': 'X', 'account_sid': 'AC2', 'auth_token': 'bad', 'phone_number': '+2', 'medium': 'sms'})
    assert failed.status_code == 422 and failed.json()['error'].startswith('[HTTP 401] 20003')
    assert api.post(TWILIO, json={'name': 'T'}, token='agent').status_code == 401
    remote(api, twilio=None)
    url = '%s/%d' % (INBOXES, inbox['id'])
    assert api.patch(url, json={'channel': {'auth_token': 'new', 'phone_number': '+5'}}).json()['auth_token'] == 'new'
    assert api.get(url).json()['phone_number'] == 'whatsapp:+1999'  # not editable
    assert api.post(INBOXES, json={'name': 'x', 'channel': {'type': 'twilio'}}).json()['message'] == 'Channel must exist'


def test_oauth_types_seeded_not_created(api):
    for kind in ('facebook', 'instagram', 'tiktok', 'twitter'):
        response = api.post(INBOXES, json={'name': 'x', 'channel': {'type': kind}})
        assert response.json() == {'message': 'Channel must exist', 'attributes': ['channel']}
    seeded = api.control('POST', 'seed', json={'records': [
        {'name': 'FB', 'channel': {'type': 'facebook', 'page_id': '42', 'reauthorization_required': True}},
        {'name': 'TW', 'channel': {'type': 'twitter'}}]}).json()['ids']
    facebook = api.get('%s/%d' % (INBOXES, seeded[0])).json()
    assert (facebook['channel_type'], facebook['page_id'], facebook['reauthorization_required']) == ('Channel::FacebookPage', '42', True)
    twitter = api.patch('%s/%d' % (INBOXES, seeded[1]), json={'channel': {'tweets_enabled': False}}).json()
    assert twitter['channel_type'] == 'Channel::TwitterProfile' and twitter['tweets_enabled'] is False
    untouched = api.patch('%s/%d' % (INBOXES, seeded[0]), json={'channel': {'page_id': '1'}}).json()
    assert untouched['page_id'] == '42'


def test_remote_control(api):
    assert api.control('PATCH', 'remote', json={'nope': 'ok'}).status_code == 400
    assert api.control('PATCH', 'remote', json={'imap': 'maybe'}).status_code == 400
    remote(api, imap='unreachable')
    assert api.control('GET', 'remote').json()['outcomes'] == {'imap': 'unreachable'}
    api.control('POST', 'reset')
    assert api.control('GET', 'remote').json()['outcomes'] == {}
    ids = api.control('POST', 'seed', json={'count': 2, 'channel_type': 'telegram'}).json()['ids']
    assert len(ids) == 2 and api.control('GET', 'requests').json()['requests'] == []  # seeding is never logged
