"""``/inbox_members`` and the account-level ``/assignable_agents`` (§1 rows 18-21 and 23;
Chatwoot ``app/controllers/api/v1/accounts/inbox_members_controller.rb``,
``app/controllers/api/v1/accounts/assignable_agents_controller.rb``).

Members are a list of user ids in the inbox record; the set rules are in ``members.py``.
"""

from .. import members
from ..errors import not_found
from ..resource import Resource, account_route
from ..responses import head, json_response
from .inboxes import TABLE, fetch_inbox


def show(ctx):
    record = fetch_inbox(ctx, ctx.args['inbox_id'])
    return json_response(200, members.payload(ctx.store, record, ctx.account_id, ctx.config))


def _write(action):
    def handler(ctx):
        """Checklist 60-63: fetch_inbox (404 for null/unknown), admin only, then the change."""
        record = fetch_inbox(ctx, ctx.params.get('inbox_id'))
        ctx.require_admin()
        action(ctx.store, record, ctx.params.get('user_ids'))
        ctx.store.put(TABLE, record)
        if action is members.remove:
            return head(200)
        return json_response(200, members.payload(ctx.store, record, ctx.account_id, ctx.config))
    return handler


def account_assignable_agents(ctx):
    """``GET /assignable_agents?inbox_ids[]=..``: members of every listed inbox, plus administrators (§1 row 23)."""
    raw_ids = ctx.params.get('inbox_ids')
    if raw_ids is None:
        raise not_found()  # find(nil)
    records = [fetch_inbox(ctx, raw) for raw in (raw_ids if isinstance(raw_ids, list) else [raw_ids])]
    return json_response(200, members.assignable_to_all(ctx.store, records, ctx.account_id, ctx.config))


RESOURCE = Resource(
    table=None,  # rows live in the inboxes table
    routes=[
        account_route(('GET',), r'/inbox_members/(?P<inbox_id>[^/]+)', show),
        account_route(('POST',), r'/inbox_members', _write(members.add)),
        account_route(('PATCH',), r'/inbox_members', _write(members.replace)),
        account_route(('DELETE',), r'/inbox_members', _write(members.remove)),
        account_route(('GET',), r'/assignable_agents', account_assignable_agents),
    ],
)
