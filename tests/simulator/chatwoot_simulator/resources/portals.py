"""``/portals`` (help center portals) as Chatwoot v4.15.1 serves them (§8.14).

Chatwoot sources: ``app/controllers/api/v1/accounts/portals_controller.rb`` (fetch_portal is
``find_by(slug:)``, so an unknown slug is ``nil`` and the action crashes; ``authorize(Portal)``;
create/update permit ``portal_params`` at :78-86), ``app/policies/portal_policy.rb`` (members may list
and show, administrators write), ``app/models/portal.rb`` (name and slug presence, slug and
custom_domain unique across *all* accounts, colour format, config keys and normalisation),
``app/views/api/v1/accounts/portals/_portal.json.jbuilder``.

The live chat widget: ``inbox_id`` names a website inbox of the account (``find``: 404 otherwise), a blank one
unlinks it, an inbox of another channel type is ignored (``live_chat_widget_params``, controller :89-97); an update
takes it only together with portal attributes (``update!`` runs only ``if params[:portal].present?``, :25), and
ParamsWrapper does not wrap ``inbox_id`` (not a Portal column). Deleting the inbox unlinks it
(``channel/web_widget.rb:45``, ``dependent: :nullify``). Categories: ``categories.py``.

Not modelled (NotModelled 501): logos (``blob_id``), the config JSON schema beyond the allowed keys, the article
counters (always 0 here).
"""

import copy
import re

from .. import inbox as inboxes
from ..casting import cast_bool, cast_string, is_blank
from ..errors import NotModelled, ServerCrash, record_invalid
from ..resource import Resource, account_route
from ..responses import head, json_response
from ..validations import RAILS_PRESENCE, TAKEN, full_message

TABLE = 'portals'
CATEGORIES = 'categories'
# ParamsWrapper wraps the JSON body's ``Portal.attribute_names`` under ``portal`` (portal.rb:1-19).
ATTRIBUTES = ('id', 'archived', 'color', 'config', 'custom_domain', 'header_text', 'homepage_link', 'name',
              'page_title', 'slug', 'ssl_settings', 'created_at', 'updated_at', 'account_id', 'channel_web_widget_id')
SCALARS = ('color', 'custom_domain', 'header_text', 'homepage_link', 'name', 'page_title', 'slug', 'archived')
CONFIG_KEYS = ('allowed_locales', 'default_locale', 'draft_locales', 'website_token', 'social_profiles', 'layout',
               'locale_translations')  # portal.rb:56
DEFAULT_COLOR = '#1f93ff'  # portal.rb:30, rendered for a blank colour (portal.rb:88-90)
COLOR = re.compile(r'\A#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})\Z')  # portal.rb:46
_ONE = r'/portals/(?P<slug>[^/]+)'


def _locales(values):
    """``normalize_locale_codes``: blanks dropped, duplicates dropped (portal.rb:137-139)."""
    codes = []
    for value in values if isinstance(values, list) else [values]:
        if not is_blank(value) and value not in codes:
            codes.append(value)
    return codes


def _assign(record, params, creating):
    for key in SCALARS:
        if key in params:
            record[key] = cast_bool(params[key]) if key == 'archived' else cast_string(params[key])
    if isinstance(params.get('config'), dict):
        record['config'] = dict(record['config'], **params['config'])  # portal.rb:125 merges the stored config
    for key in ('custom_domain', 'homepage_link'):  # portal.rb:41
        if record[key] == '':
            record[key] = None
    if creating and record['custom_domain']:  # portals_controller.rb:19,107-112: create keeps a URL's host
        match = re.match(r'\Ahttps?://([^/:?#]+)', record['custom_domain'])
        if match:
            record['custom_domain'] = match.group(1)
    config = record['config']  # normalize_config, portal.rb:124-129
    allowed = _locales(config.get('allowed_locales')) or [config.get('default_locale') or 'en']
    config['allowed_locales'] = allowed
    config['default_locale'] = config.get('default_locale') or allowed[0]
    config['draft_locales'] = [code for code in allowed if code in _locales(config.get('draft_locales') or [])]


def _check(store, record):
    """Validations in declaration order (portal.rb:42-51)."""
    errors = []
    others = [other for other in store.rows(TABLE) if other['id'] != record['id']]
    for key in ('name', 'slug'):
        if is_blank(record[key]):
            errors.append((key, full_message(key, RAILS_PRESENCE)))
    for key in ('slug', 'custom_domain'):
        if record[key] is not None and any(other[key] == record[key] for other in others):
            errors.append((key, full_message(key, TAKEN)))
    if not is_blank(record['color']) and not COLOR.match(record['color']):
        errors.append(('color', full_message('color', 'is invalid')))
    denied = [key for key in record['config'] if key not in CONFIG_KEYS]
    if denied:
        errors.append(('config', full_message('config', 'in portal on %s is not supported.' % ','.join(denied))))
    if record['config']['default_locale'] in record['config']['draft_locales']:
        errors.append(('config', full_message('config', 'default locale cannot be drafted.')))
    if errors:
        raise record_invalid(errors)


def _live_chat_widget(ctx, record):
    """``live_chat_widget_params`` (controller :89-97): the website inbox whose widget the portal shows."""
    if 'inbox_id' not in ctx.params:
        return
    if is_blank(ctx.params['inbox_id']):
        record['inbox_id'] = None
        return
    inbox = ctx.fetch(inboxes.TABLE, ctx.params['inbox_id'])  # Current.account.inboxes.find: 404
    if inbox['channel_type'] == 'web_widget':  # another channel type is ignored, silently
        record['inbox_id'] = inbox['id']


def _params(ctx):
    if 'blob_id' in ctx.params:
        raise NotModelled('blob_id (a portal logo) is not modelled')
    return ctx.require_wrapped('portal', ATTRIBUTES)


def build(store, _config, account_id, params):
    """``Current.account.portals.build(portal_params)`` then ``save!``."""
    record = {'id': None, 'account_id': account_id, 'archived': False, 'color': None, 'config': {},
              'custom_domain': None, 'header_text': None, 'homepage_link': None, 'name': None, 'page_title': None,
              'slug': None, 'inbox_id': None}
    _assign(record, params, creating=True)
    _check(store, record)
    record['id'] = store.next_id(TABLE)
    return record


def render(ctx, record):
    """``_portal.json.jbuilder``: the columns, the normalised config, the linked inbox, the meta counters."""
    body = {key: record[key] for key in ('id', 'color', 'custom_domain', 'header_text', 'homepage_link', 'name',
                                         'page_title', 'slug', 'archived', 'account_id')}
    body['color'] = record['color'] or DEFAULT_COLOR
    config = record['config']
    body['config'] = {
        'allowed_locales': [{'code': code, 'articles_count': 0, 'categories_count': _categories(ctx, record, code),
                             'draft': code in config['draft_locales']} for code in config['allowed_locales']],
        'default_locale': config['default_locale'],
        'layout': config.get('layout') or 'classic',
        'social_profiles': config.get('social_profiles') or {},
        'locale_translations': config.get('locale_translations') or {},
    }
    inbox = ctx.store.get(inboxes.TABLE, record['account_id'], record.get('inbox_id')) if record.get('inbox_id') else None
    if inbox is not None:  # the inbox partial, as an administrator sees it
        body['inbox'] = inboxes.render(inbox, ctx.config, True, ctx.store)
    body['meta'] = {'all_articles_count': 0, 'archived_articles_count': 0, 'published_count': 0,
                    'draft_articles_count': 0, 'categories_count': _categories(ctx, record), 'default_locale': config['default_locale']}
    return body


def _categories(ctx, record, locale=None):
    """``portal.categories.search_by_locale(locale).size``."""
    return len([c for c in ctx.store.rows(CATEGORIES, record['account_id'])
                if c['portal_id'] == record['id'] and (locale is None or c['locale'] == locale)])


def remove_categories(store, record):
    """``has_many :categories, dependent: :destroy_async`` (portal.rb:35): gone with the portal (at once here)."""
    for category in [c for c in store.rows(CATEGORIES, record['account_id']) if c['portal_id'] == record['id']]:
        store.remove(CATEGORIES, category['id'])


def _fetch(ctx, admin=False):
    """``find_by(slug:)`` (portals_controller.rb:70-72), then ``authorize(Portal)``: a non-administrator's write is 401
    even for an unknown slug; an unknown slug is ``nil``, then a 500 in the action."""
    found = [r for r in ctx.store.rows(TABLE, ctx.account_id) if r['slug'] == ctx.args['slug']]
    if admin:
        ctx.require_admin()
    if not found:
        raise ServerCrash("undefined method for nil (no portal with slug '%s')" % ctx.args['slug'])
    return found[0]


def index(ctx):
    """Every member may list (portal_policy.rb:2-4); ``{"payload": [...], "meta": {...}}``."""
    records = sorted(ctx.store.rows(TABLE, ctx.account_id), key=lambda r: r['id'])
    return json_response(200, {'payload': [render(ctx, r) for r in records],
                               'meta': {'current_page': ctx.params.get('page') or 1, 'portals_count': len(records)}})


def show(ctx):
    record = _fetch(ctx)  # check_authorization runs after fetch_portal: authorize(Portal) lets members show
    return json_response(200, render(ctx, record))


def create(ctx):
    ctx.require_admin()
    record = build(ctx.store, ctx.config, ctx.account_id, _params(ctx))
    _live_chat_widget(ctx, record)
    ctx.store.put(TABLE, record)
    return json_response(200, render(ctx, record))


def update(ctx):
    """``update!`` only when ``params[:portal]`` is present; custom_domain is not parsed (controller :24-32)."""
    changed = copy.deepcopy(_fetch(ctx, admin=True))
    if 'blob_id' in ctx.params:
        _params(ctx)
    params = ctx.params.get('portal') if 'portal' in ctx.params else (
        {k: v for k, v in ctx.body.items() if k in ATTRIBUTES} if ctx.json_body else None)
    if not is_blank(params):
        if not isinstance(params, dict):
            raise ServerCrash('undefined method permit')
        _assign(changed, params, creating=False)
        _live_chat_widget(ctx, changed)
        _check(ctx.store, changed)
        ctx.store.put(TABLE, changed)
    return json_response(200, render(ctx, changed))


def destroy(ctx):
    ctx.store.remove(TABLE, _fetch(ctx, admin=True)['id'])
    return head(200)


def seed_body(prefix, number, width, _spec):
    slug = '%s-%0*d' % (prefix.replace('_', '-'), width, number)
    return {'name': slug, 'slug': slug}


RESOURCE = Resource(
    table=TABLE,
    singular='portal',
    build=build,
    seed_body=seed_body,
    on_remove=remove_categories,
    routes=[
        account_route(('GET',), r'/portals', index),
        account_route(('POST',), r'/portals', create),
        account_route(('GET',), _ONE, show),
        account_route(('PATCH', 'PUT'), _ONE, update),
        account_route(('DELETE',), _ONE, destroy),
    ],
)
