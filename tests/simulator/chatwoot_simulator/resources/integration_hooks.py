"""Integration hooks (``/integrations/hooks``) and the apps index that lists them (``/integrations/apps``), as
Chatwoot v4.15.1 serves them (§8.16).

Chatwoot sources: ``config/routes.rb:346-352`` (apps: index and show; hooks: show, create, update, destroy; the
hooks controller has no ``show`` action, so there is no way to read one hook but the apps index),
``app/controllers/api/v1/accounts/integrations/hooks_controller.rb`` (create ``Current.account.hooks.create!``
of ``permit(:app_id, :inbox_id, :status, settings: {})`` :5-7,42-44; update ``update!`` of ``status`` and
``settings`` only :9-11; destroy ``head :ok`` :27-30; ``fetch_hook`` before ``authorize(:hook)`` :2-3,35-41),
``app/policies/hook_policy.rb`` (administrators create, update, destroy), ``apps_controller.rb`` (index for every
member, the apps ``active?`` for the account), ``app/models/integrations/app.rb:55-70`` (slack, linear, shopify,
notion and leadsquared are active only with installation settings or feature flags the simulator does not have),
``app/models/integrations/hook.rb`` (validations :27-33, the JSON schema :97-101, the OpenAI key check :105-121,
``attr_readonly :app_id, :account_id, :inbox_id, :hook_type`` :20), ``config/integration/apps.yml``,
``lib/integrations/openai/key_validator.rb`` (GET ``/v1/models``: only a 401 makes a key invalid, a network error
passes), ``app/views/api/v1/models/_hook.json.jbuilder`` and ``_app.json.jbuilder``.

The controller has no model of its own for ParamsWrapper (``Api::V1::...::Hook`` down to ``Hook`` do not exist,
the model is ``Integrations::Hook``), so every key of a JSON body is wrapped under ``hook``.
"""

import copy

from .. import remote as remote_services
from ..casting import DROP, InvalidEnumValue, cast_enum, cast_integer, cast_string, permit_any_hash, permit_scalar
from ..errors import ServerCrash, record_invalid
from ..resource import Resource, account_route
from ..responses import head, json_response

TABLE = 'integration_hooks'
STATUSES = ('disabled', 'enabled')  # hook.rb:37, enum status: { disabled: 0, enabled: 1 }


def _schema(properties, required):
    return {'type': 'object', 'properties': properties, 'required': list(required), 'additionalProperties': False}


_STRING, _BOOLEAN, _OBJECT = {'type': 'string'}, {'type': 'boolean'}, {'type': 'object'}

# config/integration/apps.yml, in its order; names and descriptions from config/locales/en.yml integration_apps.
APPS = {
    'webhook': {'name': 'Webhooks', 'hook_type': 'account', 'allow_multiple_hooks': True},
    'dashboard_apps': {'name': 'Dashboard Apps', 'hook_type': 'account', 'allow_multiple_hooks': True},
    'openai': {'name': 'OpenAI', 'hook_type': 'account', 'allow_multiple_hooks': False, 'visible_properties': ['label_suggestion'],
               'settings_json_schema': _schema({'api_key': _STRING, 'label_suggestion': _BOOLEAN}, ['api_key'])},
    'linear': {'name': 'Linear', 'hook_type': 'account', 'allow_multiple_hooks': False, 'visible_properties': [], 'inactive': True},
    'notion': {'name': 'Notion', 'hook_type': 'account', 'allow_multiple_hooks': False, 'visible_properties': [], 'inactive': True},
    'slack': {'name': 'Slack', 'hook_type': 'account', 'allow_multiple_hooks': False, 'visible_properties': ['channel_name'],
              'inactive': True},
    'dialogflow': {'name': 'Dialogflow', 'hook_type': 'inbox', 'allow_multiple_hooks': True,
                   'visible_properties': ['project_id', 'region', 'language_code'],
                   'settings_json_schema': _schema({'project_id': _STRING, 'credentials': _OBJECT, 'region': _STRING,
                                                    'language_code': _STRING}, ['project_id', 'credentials'])},
    'google_translate': {'name': 'Google Translate', 'hook_type': 'account', 'allow_multiple_hooks': False,
                         'visible_properties': ['project_id'],
                         'settings_json_schema': _schema({'project_id': _STRING, 'credentials': _OBJECT}, ['project_id', 'credentials'])},
    'dyte': {'name': 'Dyte', 'hook_type': 'account', 'allow_multiple_hooks': False, 'visible_properties': ['organization_id'],
             'settings_json_schema': _schema({'api_key': _STRING, 'organization_id': _STRING}, ['api_key', 'organization_id'])},
    'shopify': {'name': 'Shopify', 'hook_type': 'account', 'allow_multiple_hooks': False, 'visible_properties': [], 'inactive': True},
    'leadsquared': {'name': 'LeadSquared', 'hook_type': 'account', 'allow_multiple_hooks': False, 'feature_flag': 'crm_integration',
                    'inactive': True},
}
# config/locales/en.yml errors.openai.invalid_api_key
INVALID_OPENAI_KEY = 'OpenAI API key is invalid or revoked. Please check your key in your OpenAI dashboard.'
_JSON_TYPES = {'string': str, 'object': dict}


def _valid_settings(schema, settings):
    """JSONSchemer's verdict for the apps' schemas: an object, the required keys, no others, each of its type."""
    if not isinstance(settings, dict) or any(key not in settings for key in schema['required']):
        return False
    for key, value in settings.items():
        rule = schema['properties'].get(key)
        if rule is None:
            return False
        if rule['type'] == 'boolean' and not isinstance(value, bool):
            return False
        if rule['type'] in _JSON_TYPES and not isinstance(value, _JSON_TYPES[rule['type']]):
            return False
    return True


def _assign(record, params, keys):
    if 'app_id' in keys and 'app_id' in params and permit_scalar(params['app_id']) is not DROP:
        record['app_id'] = cast_string(params['app_id'])
    if 'inbox_id' in keys and 'inbox_id' in params and permit_scalar(params['inbox_id']) is not DROP:
        record['inbox_id'] = cast_integer(params['inbox_id'])
    if 'status' in params and permit_scalar(params['status']) is not DROP:
        try:
            record['status'] = cast_enum(params['status'], STATUSES)
        except InvalidEnumValue as exc:
            raise ServerCrash("'%s' is not a valid status" % (exc.args[0],)) from None  # ArgumentError
    if 'settings' in params:
        settings = permit_any_hash(params['settings'])
        if settings is not DROP:
            record['settings'] = settings  # the jsonb column is replaced whole


def _openai_key_valid(store, api_key):
    """``KeyValidator.valid?``: a blank key is invalid without a call; else only a 401 of OpenAI makes it invalid."""
    if not isinstance(api_key, str) or not api_key.strip():
        return False
    outcome = remote_services.services(store).call('openai', 'models')
    return outcome != remote_services.INVALID


def _check(store, record, before):
    """hook.rb:27-33 in declaration order; ``before`` is the stored record (None on create)."""
    app = APPS.get(record['app_id'])
    if app is not None:
        record['hook_type'] = app['hook_type']  # before_validation :ensure_hook_type (:94)
    errors = []
    if record['app_id'] is None or not record['app_id'].strip():
        errors.append(('app_id', "App can't be blank"))
    if record['hook_type'] == 'inbox' and record['inbox_id'] is None:
        errors.append(('inbox_id', "Inbox can't be blank"))
    if app is not None and app.get('settings_json_schema') and not _valid_settings(app['settings_json_schema'], record['settings']):
        errors.append(('settings', 'Settings : Invalid settings data'))
    if app is not None and app.get('feature_flag'):  # no account of the simulator has crm_integration
        errors.append(('feature_flag', 'Feature flag Feature not enabled'))
    api_key = (record['settings'] or {}).get('api_key') if isinstance(record['settings'], dict) else None
    old_key = (before['settings'] or {}).get('api_key') if before and isinstance(before['settings'], dict) else None
    status_changed = before is not None and before['status'] != record['status']
    if (record['app_id'] == 'openai' and record['status'] == 'enabled' and (before is None or api_key != old_key or status_changed)
            and not _openai_key_valid(store, api_key)):
        errors.append(('base', INVALID_OPENAI_KEY))
    single = app is None or not app['allow_multiple_hooks']
    if single and any(other['app_id'] == record['app_id'] for other in store.rows(TABLE, record['account_id'])
                      if other['id'] != record['id']):
        errors.append(('app_id', 'App has already been taken'))
    if errors:
        raise record_invalid(errors)


def build(store, _config, account_id, params):
    record = {'id': None, 'account_id': account_id, 'app_id': None, 'inbox_id': None, 'status': 'enabled',
              'hook_type': 'account', 'settings': {}, 'reference_id': None}
    _assign(record, params, ('app_id', 'inbox_id'))
    _check(store, record, None)
    record['id'] = store.next_id(TABLE)
    return record


def render(store, record, admin):
    """_hook.json.jbuilder: administrators also see the settings the app calls visible, and reference_id."""
    inbox = store.get('inboxes', record['account_id'], record['inbox_id']) if record['inbox_id'] is not None else None
    data = {'id': record['id'], 'app_id': record['app_id'], 'status': record['status'] == 'enabled',
            'inbox': {'id': inbox['id'], 'name': inbox['name']} if inbox else None, 'account_id': record['account_id'],
            'hook_type': record['hook_type']}
    if admin:
        visible = (APPS.get(record['app_id']) or {}).get('visible_properties') or []
        data['settings'] = {key: value for key, value in (record['settings'] or {}).items() if key in visible}
        data['reference_id'] = record['reference_id']
    return data


def _render_app(ctx, app_id, app):
    """_app.json.jbuilder, without the logos, descriptions and form schemas nobody manages."""
    data = {'id': app_id, 'name': app['name'], 'enabled': any(h['app_id'] == app_id for h in ctx.store.rows(TABLE, ctx.account_id))}
    if ctx.is_admin:
        data.update({key: copy.deepcopy(value) for key, value in app.items() if key not in ('name', 'inactive')})
    hooks = sorted((h for h in ctx.store.rows(TABLE, ctx.account_id) if h['app_id'] == app_id), key=lambda h: h['id'])
    data['hooks'] = [render(ctx.store, h, ctx.is_admin) for h in hooks]
    return data


def apps_index(ctx):
    """Every member; the apps ``active?`` for the account (app.rb:55-70), each with the account's hooks of it."""
    return json_response(200, {'payload': [_render_app(ctx, app_id, app) for app_id, app in APPS.items() if not app.get('inactive')]})


def _wrapped(ctx):
    """``params.require(:hook)``: with no Hook model for ParamsWrapper, every key of a JSON body is wrapped."""
    return ctx.require_wrapped('hook', tuple(ctx.body))


def create(ctx):
    ctx.require_admin()
    record = build(ctx.store, ctx.config, ctx.account_id, _wrapped(ctx))
    ctx.store.put(TABLE, record)
    return json_response(200, render(ctx.store, record, True))


def update(ctx):
    before = ctx.fetch(TABLE, ctx.args['id'])  # fetch_hook runs before check_authorization
    ctx.require_admin()
    record = copy.deepcopy(before)
    _assign(record, _wrapped(ctx), ())  # permitted_params.slice(:status, :settings)
    _check(ctx.store, record, before)
    ctx.store.put(TABLE, record)
    return json_response(200, render(ctx.store, record, True))


def destroy(ctx):
    record = ctx.fetch(TABLE, ctx.args['id'])
    ctx.require_admin()
    ctx.store.remove(TABLE, record['id'])
    return head(200)


def remove_inbox_hooks(store, inbox):
    """``inbox.rb:76`` ``has_many :hooks, dependent: :destroy_async``: the hooks of a deleted inbox go with it."""
    for hook in [h for h in store.rows(TABLE, inbox['account_id']) if h['inbox_id'] == inbox['id']]:
        store.remove(TABLE, hook['id'])


def seed_body(_prefix, number, _width, spec):
    return {'app_id': spec.get('app_id', 'dialogflow'), 'inbox_id': spec.get('inbox_id', number),
            'settings': spec.get('settings', {'project_id': 'project-%d' % number, 'credentials': {'type': 'service_account'}})}


_ONE = r'/integrations/hooks/(?P<id>[^/]+)'

RESOURCE = Resource(
    table=TABLE,
    singular='integration hook',
    build=build,
    seed_body=seed_body,
    routes=[
        account_route(('GET',), r'/integrations/apps', apps_index),
        account_route(('POST',), r'/integrations/hooks', create),
        account_route(('PATCH', 'PUT'), _ONE, update),
        account_route(('DELETE',), _ONE, destroy),
    ],
)
