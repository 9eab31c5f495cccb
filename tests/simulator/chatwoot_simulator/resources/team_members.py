"""``/teams/{team_id}/team_members`` as Chatwoot v4.15.1 serves them (§8.5, checklist 87, 88).

Chatwoot sources: ``app/controllers/api/v1/accounts/team_members_controller.rb`` (fetch_team, then
``authorize(TeamMember)``, then ``validate_member_id_params``: ids that are not users of the account
answer 401 ``Invalid User IDs``; POST adds ``params[:user_ids] - current`` and answers only the
users it tried to add, PATCH also removes ``current - params[:user_ids]`` and answers every member,
DELETE ``where(user_id: ids).destroy_all``), ``app/policies/team_member_policy.rb`` (agents may
list), ``app/models/team.rb`` (``add_members``, ``remove_members``), ``app/models/team_member.rb``
(one membership per user), ``app/views/api/v1/accounts/team_members/*.json.jbuilder`` (bare arrays
of the ``_agent`` partial).

Ruby's ``Array#-`` compares with ``eql?``, so ``"3"`` is not the member 3: the simulator keeps that.
"""

from .. import users
from ..agent_json import render_agent
from ..casting import cast_integer, is_scalar, ruby_to_i
from ..errors import ApiError, ServerCrash
from ..resource import Resource, account_route
from ..responses import head, json_response
from .teams import TABLE

_MEMBERS = r'/teams/(?P<team_id>[^/]+)/team_members'


def _agents(ctx, user_ids):
    account_users = users.account_user_ids(ctx.store, ctx.account_id)
    return [render_agent(ctx.store, uid, ctx.account_id, ctx.config) for uid in user_ids if uid in account_users]


def _to_i(value):
    """``&:to_i`` on one element: nil is 0; true, hashes and arrays have no ``to_i`` (500)."""
    if value is None:
        return 0
    if isinstance(value, str):
        return ruby_to_i(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value)
    raise ServerCrash('undefined method to_i')


def _checked_user_ids(ctx):
    """``validate_member_id_params``: ``user_ids`` must be an array of the account's user ids."""
    user_ids = ctx.params.get('user_ids')
    if not isinstance(user_ids, list):
        raise ServerCrash('undefined method map')  # nil.map, "3".map
    account_users = users.account_user_ids(ctx.store, ctx.account_id)
    if any(_to_i(value) not in account_users for value in user_ids):
        raise ApiError(401, {'error': 'Invalid User IDs'})
    return user_ids


def _eql_member(value, members):
    """``value`` is one of the (integer) member ids by Ruby ``eql?``: only an Integer can be."""
    return type(value) is int and value in members  # pylint: disable=unidiomatic-typecheck


def _add(team, user_ids):
    """``params[:user_ids] - current``, then one ``create`` each; a duplicate fails its uniqueness
    validation silently but its user is still in the answer (``filter_map(&:user)``)."""
    current = list(team['members'])
    tried = [value for value in user_ids if not _eql_member(value, current)]
    for value in tried:
        user_id = cast_integer(value)
        if user_id not in team['members']:
            team['members'].append(user_id)
    return [cast_integer(value) for value in tried]


def _fetch_team(ctx):
    return ctx.fetch(TABLE, ctx.args['team_id'])


def index(ctx):
    return json_response(200, _agents(ctx, _fetch_team(ctx)['members']))


def create(ctx):
    team = _fetch_team(ctx)
    ctx.require_admin()
    added = _add(team, _checked_user_ids(ctx))
    ctx.store.put(TABLE, team)
    return json_response(200, _agents(ctx, added))


def update(ctx):
    team = _fetch_team(ctx)
    ctx.require_admin()
    user_ids = _checked_user_ids(ctx)
    current = list(team['members'])
    _add(team, user_ids)
    gone = [uid for uid in current if not any(_eql_member(value, [uid]) for value in user_ids)]
    team['members'] = [uid for uid in team['members'] if uid not in gone]
    ctx.store.put(TABLE, team)
    return json_response(200, _agents(ctx, team['members']))


def destroy(ctx):
    team = _fetch_team(ctx)
    ctx.require_admin()
    drop = {cast_integer(value) for value in _checked_user_ids(ctx) if is_scalar(value)}
    team['members'] = [uid for uid in team['members'] if uid not in drop]
    ctx.store.put(TABLE, team)
    return head(200)


RESOURCE = Resource(
    table=None,  # memberships live in the team record
    routes=[
        account_route(('GET',), _MEMBERS, index),
        account_route(('POST',), _MEMBERS, create),
        account_route(('PATCH',), _MEMBERS, update),
        account_route(('DELETE',), _MEMBERS, destroy),
    ],
)
