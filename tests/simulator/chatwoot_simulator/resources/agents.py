"""``/agents`` as Chatwoot v4.15.1 serves them (§8.6).

Chatwoot sources: ``app/controllers/api/v1/accounts/agents_controller.rb`` (``fetch_agent`` =
``Current.account.users.find`` before ``check_authorization``; ``validate_limit`` after it, 402
``Account limit exceeded. Please purchase more licenses``; create through ``AgentBuilder``; update
``@agent.update!(name)`` then ``current_account_user.update!(role, availability, auto_offline)``;
destroy ``current_account_user.destroy!`` then ``DeleteObjectJob.perform_later(agent)`` when the user
has no account left), ``app/builders/agent_builder.rb`` (``User.from_email`` or ``User.create!``, then
``AccountUser.create!`` with the given role/availability/auto_offline ``.compact``),
``enterprise/app/controllers/enterprise/api/v1/accounts/agents_controller.rb`` (enterprise builds: after
create and update, ``current_account_user.update!(custom_role_id: params[:custom_role_id])``, so an update
without the parameter clears the agent's custom role),
``app/models/account_user.rb`` (``user_id`` unique per account: ``User has already been taken``;
enums ``role`` agent/administrator, ``availability`` online/offline/busy), ``app/policies/user_policy.rb``
(``index?`` every member, create/update/destroy administrators), ``app/views/api/v1/models/_agent.json.jbuilder``.
"""

import copy
import re

from .. import users
from ..agent_json import account_agents, render_agent
from ..casting import InvalidEnumValue, cast_bool, cast_enum, cast_string, is_blank, permit_scalars
from ..context import record_id
from ..errors import ApiError, ServerCrash, not_found, record_invalid
from ..resource import Resource, account_route
from ..responses import head, json_response
from ..validations import RAILS_PRESENCE, TAKEN, full_message

TABLE = users.TABLE
# ParamsWrapper: the JSON body's keys that are attributes of User (the controller's model) go under ``agent``;
# role and auto_offline are not User columns, so the simulator accepts every permitted key flat, like the swagger.
ATTRIBUTES = ('name', 'email', 'role', 'availability', 'auto_offline')
ROLES = ('agent', 'administrator')
AVAILABILITIES = ('online', 'offline', 'busy')
LIMIT_EXCEEDED = {'error': 'Account limit exceeded. Please purchase more licenses'}
# Devise's ``Devise.email_regexp``.
_EMAIL = re.compile(r'\A[^@\s]+@[^@\s]+\Z')
_ONE = r'/agents/(?P<id>[^/]+)'


def _agent_params(ctx):
    wrapped = ctx.require_wrapped('agent', ATTRIBUTES)
    return permit_scalars(wrapped, ATTRIBUTES)


def _membership_changes(params):
    """role/availability/auto_offline cast like the AccountUser enums; nil values are dropped (``.compact``)."""
    changes = {}
    try:
        if params.get('role') is not None:
            changes['role'] = cast_enum(params['role'], ROLES)
        if params.get('availability') is not None:
            changes['availability'] = cast_enum(params['availability'], AVAILABILITIES)
    except InvalidEnumValue as exc:
        raise ServerCrash('ArgumentError: %r is not a valid value' % (exc.args[0],)) from exc
    if params.get('auto_offline') is not None:
        changes['auto_offline'] = cast_bool(params['auto_offline'])
    return {key: value for key, value in changes.items() if value is not None}


def _new_user(store, params):
    """``AgentBuilder#find_or_create_user`` (agent_builder.rb:28-35): a blank name becomes the e-mail's local part
    (with no e-mail at all, ``nil.split`` is a 500), then ``User.create!``: Devise's e-mail checks and
    ``validates :name, presence``. The invited user is not confirmed."""
    email = cast_string(params.get('email'))
    name = cast_string(params.get('name', ''))
    if is_blank(name):
        if email is None:
            raise ServerCrash("NoMethodError: undefined method 'split' for nil")
        name = email.split('@')[0]
    errors = []
    if is_blank(email):
        errors.append(('email', full_message('email', RAILS_PRESENCE)))
    elif not _EMAIL.match(email):
        errors.append(('email', full_message('email', 'is invalid')))
    if is_blank(name):
        errors.append(('name', full_message('name', RAILS_PRESENCE)))
    if errors:
        raise record_invalid(errors)
    user = users.new_record(store, store.next_id(TABLE), name, email.strip().lower())
    user['confirmed'] = False
    return user


def build(store, _config, account_id, params, inviter_id=None):
    """``AgentBuilder#perform``: the existing user with that e-mail, or a new one, plus the membership."""
    params = permit_scalars(params, ATTRIBUTES)
    changes = _membership_changes(params)
    existing = users.by_email(store, cast_string(params.get('email')))
    user = copy.deepcopy(existing) if existing else _new_user(store, params)
    if users.membership(user, account_id):
        raise ApiError(422, {'message': full_message('user', TAKEN), 'attributes': ['user_id']})
    # A user whose deletion job is queued is re-used as it is: the job still deletes it (a trap, §8.6).
    user['memberships'].append(users.new_membership(store, account_id, inviter_id=inviter_id, **changes))
    return user


def index(ctx):
    """A bare array of every user of the account, administrators too, ordered by name (checklist 64)."""
    return json_response(200, [render_agent(ctx.store, uid, ctx.account_id, ctx.config)
                               for uid in account_agents(ctx.store, ctx.account_id)])


def _fetch_agent(ctx):
    """``Current.account.users.find(params[:id])``: 404 for unknown ids and users of other accounts."""
    user = users.get(ctx.store, record_id(ctx.args['id']))
    if user is None or not users.membership(user, ctx.account_id):
        raise not_found()
    return user


def _associate_custom_role(ctx, user):
    """The enterprise overlay's ``associate_agent_with_custom_role``: the top-level parameter, nil when absent. An
    id of another account's role or of none violates the foreign key or the association (500)."""
    if not ctx.config.enterprise:
        return
    role_id = ctx.params.get('custom_role_id')
    if role_id is not None:
        role_id = record_id(role_id)
        if role_id is None or ctx.store.get('custom_roles', ctx.account_id, role_id) is None:
            raise ServerCrash('ActiveRecord::InvalidForeignKey: custom_role_id %r' % (ctx.params.get('custom_role_id'),))
    users.membership(user, ctx.account_id)['custom_role_id'] = role_id


def create(ctx):
    """Role (401), then the agent limit (402), then ``params.require(:agent)`` (422), then the builder."""
    ctx.require_admin()
    if ctx.config.agent_limit(ctx.account_id) - len(users.account_user_ids(ctx.store, ctx.account_id)) <= 0:
        raise ApiError(402, LIMIT_EXCEEDED)
    user = build(ctx.store, ctx.config, ctx.account_id, _agent_params(ctx), inviter_id=ctx.user_id)
    _associate_custom_role(ctx, user)
    ctx.store.put(TABLE, user)
    return json_response(200, render_agent(ctx.store, user['id'], ctx.account_id, ctx.config))


def update(ctx):
    """``name`` changes the global user (every account sees it); the rest changes this account's membership."""
    user = copy.deepcopy(_fetch_agent(ctx))
    ctx.require_admin()
    params = _agent_params(ctx)
    changes = _membership_changes(params)
    if params.get('name') is not None:
        name = cast_string(params['name'])
        if is_blank(name):
            raise record_invalid([('name', full_message('name', RAILS_PRESENCE))])
        user['name'] = name
    users.membership(user, ctx.account_id).update(changes)
    _associate_custom_role(ctx, user)
    ctx.store.put(TABLE, user)
    return json_response(200, render_agent(ctx.store, user['id'], ctx.account_id, ctx.config))


def destroy(ctx):
    """The membership goes now (and, as ``Agents::DestroyJob`` does, the user's inbox and team memberships
    in this account); a user left without any account is deleted by a job after ``delete_delay``."""
    user = copy.deepcopy(_fetch_agent(ctx))
    ctx.require_admin()
    user['memberships'] = [m for m in user['memberships'] if m['account_id'] != ctx.account_id]
    users.leave_account(ctx.store, user, ctx.account_id)
    ctx.store.put(TABLE, user)
    if not user['memberships']:
        ctx.store.schedule_delete(TABLE, user, ctx.config.delete_delay)
    return head(200)


def seed_body(prefix, number, width, spec):
    return {'name': '%s %0*d' % (prefix, width, number), 'email': '%s-%0*d@example.com' % (prefix.lower(), width, number),
            'role': spec.get('role', 'agent')}


RESOURCE = Resource(
    table=TABLE,
    singular='agent',
    sequences=(users.MEMBERSHIP_SEQUENCE,),
    on_remove=users.remove_dependents,
    build=build,
    seed_body=seed_body,
    routes=[
        account_route(('GET',), r'/agents', index),
        account_route(('POST',), r'/agents', create),
        account_route(('PATCH', 'PUT'), _ONE, update),
        account_route(('DELETE',), _ONE, destroy),
    ],
)
