"""One authenticated account request, and the lookups Chatwoot's controllers share."""

from .casting import is_blank, ruby_to_i
from .errors import ApiError, ServerCrash, forbidden_action, not_found


def record_id(raw_id):
    """How ``find(params[:id])`` casts an id: Ruby ``to_i`` for strings (``"1-slug"`` is 1), else None."""
    if isinstance(raw_id, str):
        return ruby_to_i(raw_id)
    if isinstance(raw_id, (int, float)) and not isinstance(raw_id, bool):
        return int(raw_id)
    return None


class Context:
    """What a handler gets once the token and account checks passed.

    ``params`` are body, query and path parameters merged as Rails does;
    ``body`` the body parameters alone (what ParamsWrapper wraps) and
    ``json_body`` whether the body was JSON.  A Platform API request has no user, account or role, but
    ``platform_app_id``.
    """

    def __init__(self, store, config, params, path_args, account_id, user_id, role, body=None, json_body=False,
                 platform_app_id=None):
        self.store = store
        self.config = config
        self.params = params
        self.args = path_args
        self.account_id = account_id
        self.user_id = user_id
        self.role = role
        self.body = body or {}
        self.json_body = json_body
        self.platform_app_id = platform_app_id  # a Platform API request: the platform app whose token it carries

    @property
    def is_admin(self):
        return self.role == 'administrator'

    def require_admin(self):
        """The common Pundit rule ``@account_user.administrator?``; a denial is 401 (checklist 8)."""
        if not self.is_admin:
            raise forbidden_action()

    def fetch(self, table, raw_id, authorize=None):
        """``Current.account.<table>.find(id)`` (404), then the record's Pundit check (401).

        Chatwoot's ``fetch_*`` before_actions run before ``check_authorization``,
        so a missing record is 404 even for a caller who may not see it (checklist 12, 78;
        ``inboxes_controller.rb:3,85-88`` fetch_inbox = ``find`` then ``authorize @inbox, :show?``,
        ``labels_controller.rb:3-4``, ``teams_controller.rb:2-3``, ``api/base_controller.rb:14-18``).
        ``authorize(ctx, record)`` returns whether the caller may go on.
        """
        record = self.store.get(table, self.account_id, record_id(raw_id))
        if record is None:
            raise not_found()
        if authorize is not None and not authorize(self, record):
            raise forbidden_action()
        return record

    def require_wrapped(self, key, attributes):
        """``params.require(key)`` where ParamsWrapper put the JSON body's model attributes under ``key``.

        Rails wraps a JSON body's keys that are attributes of the controller's
        model unless the request already has ``key``; a missing or empty hash
        is ``ActionController::ParameterMissing``, which Chatwoot answers 422
        ``{"error": ...}`` (``app/controllers/concerns/request_exception_handler.rb``).
        """
        if key in self.params:
            value = self.params[key]
        elif self.json_body:
            value = {name: item for name, item in self.body.items() if name in attributes}
        else:
            value = None
        if is_blank(value):
            raise ApiError(422, {'error': 'param is missing or the value is empty: %s' % key})
        if not isinstance(value, dict):
            raise ServerCrash('undefined method permit')  # a present scalar has no #permit
        return value
