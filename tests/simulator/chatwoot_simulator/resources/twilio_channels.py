"""``POST /channels/twilio_channel``: Twilio SMS and WhatsApp inboxes (Chatwoot
``app/controllers/api/v1/accounts/channels/twilio_channels_controller.rb``).

``authorize ::Inbox`` (admins), then in one transaction: the credential
check (``client.messages.list(limit: 1)``), ``twilio_sms.create!``,
``inboxes.create!`` and, for SMS, ``Twilio::WebhookSetupService``.  Every
error, validation included, is rescued into 422 ``{"error": message}``.
The body needs no ``twilio_channel`` key: the controller has no model, so
ParamsWrapper wraps every JSON key under it.
"""

from .. import channels, inbox as inboxes
from ..casting import is_blank, permit_scalars
from ..errors import ApiError, record_invalid
from ..remote import OK, UNREACHABLE, services
from ..resource import Resource, account_route
from ..responses import json_response
from ..working_hours import default_week

_KEYS = ('account_id', 'messaging_service_sid', 'phone_number', 'account_sid', 'auth_token', 'name', 'medium', 'api_key_sid')
# twilio-ruby's RestError#message and Faraday's connection error, as Chatwoot renders them.
AUTH_ERROR = '[HTTP 401] 20003 : Unable to fetch page\nAuthenticate\nhttps://www.twilio.com/docs/errors/20003\n\n'
CONNECTION_ERROR = 'Failed to open TCP connection to api.twilio.com:443 (getaddrinfo: Name or service not known)'


def _wrapped(ctx):
    """``params.require(:twilio_channel)`` after ParamsWrapper (which wraps all keys here)."""
    value = ctx.params.get('twilio_channel')
    if value is None and ctx.json_body:
        value = {key: item for key, item in ctx.body.items() if key not in ('format', '_method')}
    if is_blank(value) or not isinstance(value, dict):
        raise ApiError(422, {'error': 'param is missing or the value is empty: twilio_channel'})
    return permit_scalars(value, _KEYS)


def _failed(outcome):
    return ApiError(422, {'error': CONNECTION_ERROR if outcome == UNREACHABLE else AUTH_ERROR})


def _validation_failed(exc):
    return ApiError(422, {'error': 'Validation failed: ' + exc.body['message']})


def create(ctx):
    ctx.require_admin()
    params = _wrapped(ctx)
    remote = services(ctx.store)
    outcome = remote.call('twilio', 'messages_list', account_sid=params.get('account_sid'),
                          api_key_sid=params.get('api_key_sid'))
    if outcome != OK or is_blank(params.get('account_sid')) or is_blank(params.get('auth_token')):
        raise _failed(outcome)
    twilio = channels.MODELLED['twilio']
    channel = twilio.new_row(ctx.config)
    medium = params.get('medium')
    if medium is not None and medium not in ('sms', 'whatsapp'):
        raise ApiError(422, {'error': "'%s' is not a valid medium" % medium})
    number = params.get('phone_number')
    if not is_blank(number) and medium != 'sms':  # a missing medium is not 'sms' either: whatsapp: prefix
        number = 'whatsapp:%s' % number
    channel.update(account_sid=params.get('account_sid'), auth_token=params.get('auth_token'),
                   api_key_sid=params.get('api_key_sid'), medium=medium, phone_number=None if is_blank(number) else number,
                   messaging_service_sid=None if is_blank(params.get('messaging_service_sid')) else params['messaging_service_sid'])
    channel = twilio.assign(channel, {}, ctx.config)
    errors = twilio.validate(channel, inboxes.others_of(ctx.store, twilio, None), remote)
    if errors:
        raise _validation_failed(record_invalid(errors))
    record = inboxes._new_inbox(ctx.account_id)  # pylint: disable=protected-access
    record['name'] = params.get('name')
    if is_blank(record['name']):
        raise ApiError(422, {'error': "Validation failed: Name can't be blank"})
    if medium == 'sms':
        outcome = remote.call('twilio', 'webhook_setup')
        if outcome != OK:
            raise _failed(outcome)  # inside the transaction: nothing is kept
    record.update(id=ctx.store.next_id(inboxes.TABLE), channel_id=ctx.store.next_id(twilio.table), channel_type=twilio.slug,
                  channel=channel, working_hours=default_week())
    ctx.store.put(inboxes.TABLE, record)
    return json_response(200, inboxes.render(record, ctx.config, ctx.is_admin, ctx.store))


RESOURCE = Resource(table=None, routes=[account_route(('POST',), r'/channels/twilio_channel', create)])
