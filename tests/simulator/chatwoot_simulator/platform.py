"""What the Platform API's controllers share: the permissible objects of a platform app and the lookups (§8.11).

Chatwoot sources: ``app/controllers/platform_controller.rb`` (``ensure_access_token`` reads ``api_access_token``
like the application API; ``set_platform_app`` answers 401 ``{"error":"Invalid access_token"}`` unless the token's
owner is a ``PlatformApp``; ``set_resource`` then ``validate_platform_app_permissible`` for show/update/destroy,
401 ``{"error":"Non permissible resource"}`` when the app has no ``platform_app_permissibles`` row for the object),
``app/models/platform_app.rb``, ``app/models/platform_app_permissible.rb`` (unique per app and object).

A platform app sees only the objects it created (``accounts#create`` and ``users#create`` add the row) or that a
super admin made permissible from the Rails console (``POST /_simulator/seed`` with ``"table":
"platform_app_permissibles"`` here).  Nothing removes a row when its object is deleted: ``Account`` and ``User``
declare no ``has_many :platform_app_permissibles`` (only ``AgentBot`` does), so the row outlives the object.

``PlatformController`` does not wrap its actions in ``handle_with_exception``: ``Account.find``/``User.find`` of an
unknown id raises ``RecordNotFound``, which Rails renders as its JSON 404 (the routes' default format is JSON).
"""

from .casting import ruby_to_i
from .errors import ApiError, unauthorized

TABLE = 'platform_app_permissibles'
NOT_FOUND = {'status': 404, 'error': 'Not Found'}


def permissible_rows(store, platform_app_id, permissible_type):
    """The app's rows of one type, oldest first (the index's order)."""
    return [row for row in store.rows(TABLE)
            if row['platform_app_id'] == platform_app_id and row['permissible_type'] == permissible_type]


def is_permissible(store, platform_app_id, permissible_type, permissible_id):
    return any(row['permissible_id'] == permissible_id for row in permissible_rows(store, platform_app_id, permissible_type))


def make_permissible(store, platform_app_id, permissible_type, permissible_id):
    """``platform_app_permissibles.find_or_create_by(permissible:)``."""
    if not is_permissible(store, platform_app_id, permissible_type, permissible_id):
        store.put(TABLE, new_row(store, platform_app_id, permissible_type, permissible_id))


def new_row(store, platform_app_id, permissible_type, permissible_id):
    return {'id': store.next_id(TABLE), 'account_id': None, 'platform_app_id': platform_app_id,
            'permissible_type': permissible_type, 'permissible_id': permissible_id}


def find(store, table, raw_id):
    """``Model.find(params[:id])``: the record, or Rails' JSON 404."""
    record = store.tables.get(table, {}).get(ruby_to_i(raw_id) if isinstance(raw_id, str) else raw_id)
    if record is None:
        raise ApiError(404, dict(NOT_FOUND))
    return record


def fetch_permissible(ctx, table, permissible_type, raw_id):
    """``set_resource`` (404) then ``validate_platform_app_permissible`` (401)."""
    record = find(ctx.store, table, raw_id)
    if not is_permissible(ctx.store, ctx.platform_app_id, permissible_type, record['id']):
        raise unauthorized('Non permissible resource')
    return record
