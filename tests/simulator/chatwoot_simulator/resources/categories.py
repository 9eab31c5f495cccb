"""``/portals/{slug}/categories`` (help center categories) as Chatwoot v4.15.1 serves them (§8.15).

Chatwoot sources: ``app/controllers/api/v1/accounts/categories_controller.rb`` (the portal is
``find_by!(slug:)``, a 404, before the policy check; the category ``@portal.categories.find(id)``, a 404, after it;
``category_params`` at :52-56), ``app/policies/category_policy.rb`` (members list, administrators show and write),
``app/models/category.rb`` (name and slug presence, the locale one of the portal's allowed locales, unique with the
slug per portal, ``paginates_per 1000`` ordered by position), ``app/views/api/v1/accounts/categories/`` (the object
under ``payload``).

Not modelled (NotModelled 501): related, parent and associated categories (the collection does not set them),
``reorder``. Articles do not exist here: ``articles_count`` is 0.
"""

import copy

from ..casting import cast_integer, cast_string, is_blank
from ..errors import NotModelled, not_found, record_invalid
from ..resource import Resource, account_route
from ..responses import head, json_response
from ..validations import RAILS_PRESENCE, column_lengths, full_message
from . import portals

TABLE = portals.CATEGORIES
PER_PAGE = 1000  # lib/limits.rb:7, category.rb:28
ATTRIBUTES = ('id', 'account_id', 'portal_id', 'name', 'description', 'position', 'created_at', 'updated_at', 'locale',
              'slug', 'parent_category_id', 'associated_category_id', 'icon', 'icon_color')
STRINGS = ('name', 'slug', 'locale', 'description', 'icon', 'icon_color')
NOT_MODELLED = ('parent_category_id', 'associated_category_id', 'related_category_ids')
_MANY = r'/portals/(?P<slug>[^/]+)/categories'
_ONE = _MANY + r'/(?P<id>[^/]+)'


def _portal(ctx):
    """``Current.account.portals.find_by!(slug: params[:portal_id])``: the first before_action, a 404."""
    for record in ctx.store.rows(portals.TABLE, ctx.account_id):
        if record['slug'] == ctx.args['slug']:
            return record
    raise not_found()


def _fetch(ctx, portal):
    record = ctx.fetch(TABLE, ctx.args['id'])
    if record['portal_id'] != portal['id']:  # @portal.categories.find
        raise not_found()
    return record


def _params(ctx):
    """``params.require(:category).permit(...)``; the related/parent links are outside the model."""
    params = ctx.require_wrapped('category', ATTRIBUTES)
    named = [key for key in NOT_MODELLED if key in params or key in ctx.params]
    if named:
        raise NotModelled('%s (category links) are not modelled' % ', '.join(named))
    return params


def _assign(record, params):
    for key in STRINGS:
        if key in params:
            record[key] = cast_string(params[key])
    if 'position' in params:
        record['position'] = cast_integer(params['position'])


def _check(store, portal, record):
    """The column lengths (a before_validation), then the validations in declaration order (category.rb:52-57)."""
    errors = column_lengths(record, {'name': 'string', 'description': 'text', 'locale': 'string', 'slug': 'string',
                                     'icon': 'string', 'icon_color': 'string'})
    for key in ('slug', 'name'):
        if is_blank(record[key]):
            errors.append((key, full_message(key, RAILS_PRESENCE)))
    allowed = portal['config']['allowed_locales']
    if record['locale'] not in allowed:  # category.rb:79-87, the message interpolates Ruby's Array#to_s
        errors.append(('locale', full_message('locale', '%s of category is not part of portal\'s [%s].'
                                              % (record['locale'], ', '.join('"%s"' % code for code in allowed)))))
    if any(other['id'] != record['id'] and other['portal_id'] == record['portal_id'] and other['slug'] == record['slug']
           and other['locale'] == record['locale'] for other in store.rows(TABLE)):
        errors.append(('locale', full_message('locale', 'should be unique in the category and portal')))  # en.yml:113
    if errors:
        raise record_invalid(errors)


def build(store, _config, account_id, params, portal=None):
    """``@portal.categories.create!(category_params)``: the locale defaults to en, the icons to '' (schema.rb:426-431)."""
    record = {'id': None, 'account_id': account_id, 'portal_id': portal['id'] if portal else None, 'name': None,
              'description': None, 'position': None, 'locale': 'en', 'slug': None, 'icon': '', 'icon_color': ''}
    _assign(record, params)
    if portal is not None:
        _check(store, portal, record)
    record['id'] = store.next_id(TABLE)
    return record


def render(record):
    """``_category.json.jbuilder``: no related/parent/root keys when there are none (an empty block renders nothing)."""
    body = {key: record[key] for key in ('id', 'name', 'slug', 'locale', 'description', 'position', 'account_id', 'icon',
                                         'icon_color')}
    body['meta'] = {'articles_count': 0}
    return body


def _ordered(records):
    """``order(position: :asc)``: PostgreSQL puts nulls last; ties in id order here."""
    return sorted(records, key=lambda r: (r['position'] is None, r['position'] or 0, r['id']))


def index(ctx):
    """Members may list (category_policy.rb:2-4); ``?locale=`` filters, ``?page=`` pages by 1000."""
    portal = _portal(ctx)
    records = [r for r in ctx.store.rows(TABLE, ctx.account_id) if r['portal_id'] == portal['id']]
    if not is_blank(ctx.params.get('locale')):
        records = [r for r in records if r['locale'] == ctx.params['locale']]
    page = max(cast_integer(ctx.params.get('page') or 1) or 1, 1)
    records = _ordered(records)[(page - 1) * PER_PAGE:page * PER_PAGE]
    return json_response(200, {'payload': [render(r) for r in records],
                               'meta': {'current_page': ctx.params.get('page') or 1, 'categories_count': len(records)}})


def show(ctx):
    portal = _portal(ctx)
    ctx.require_admin()
    return json_response(200, {'payload': render(_fetch(ctx, portal))})


def create(ctx):
    portal = _portal(ctx)
    ctx.require_admin()
    record = build(ctx.store, ctx.config, ctx.account_id, _params(ctx), portal)
    ctx.store.put(TABLE, record)
    return json_response(200, {'payload': render(record)})


def update(ctx):
    portal = _portal(ctx)
    ctx.require_admin()
    record = copy.deepcopy(_fetch(ctx, portal))
    _assign(record, _params(ctx))
    _check(ctx.store, portal, record)
    ctx.store.put(TABLE, record)
    return json_response(200, {'payload': render(record)})


def destroy(ctx):
    portal = _portal(ctx)
    ctx.require_admin()
    ctx.store.remove(TABLE, _fetch(ctx, portal)['id'])
    return head(200)


RESOURCE = Resource(
    table=TABLE,
    singular='category',
    routes=[
        account_route(('GET',), _MANY, index),
        account_route(('POST',), _MANY, create),
        account_route(('GET',), _ONE, show),
        account_route(('PATCH', 'PUT'), _ONE, update),
        account_route(('DELETE',), _ONE, destroy),
    ],
)
