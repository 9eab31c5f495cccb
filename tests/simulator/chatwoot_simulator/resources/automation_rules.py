"""``/automation_rules`` as Chatwoot v4.15.1 serves them (§8.12).

Chatwoot sources: ``app/controllers/api/v1/accounts/automation_rules_controller.rb`` (``check_authorization``
before ``fetch_automation_rule``, a ``find_by`` that leaves nil for an unknown id, so show, update and destroy of
one crash with a 500; ``name, description, event_name, active`` permitted, ``conditions`` and ``actions`` taken
raw from the parameters and stored as sent; create's validation errors and update's rescued ``save!`` answer 422
``{"error": errors.messages}``), ``app/policies/automation_rule_policy.rb`` (administrators only, listing too),
``app/models/automation_rule.rb`` (condition attribute keys: ``conditions_attributes`` plus the account's custom
attribute keys; action names: ``actions_attributes``; at most one condition without ``query_operator``, which
must be AND or OR in any case; no validation of name or event_name, whose NOT NULL columns make a missing one a
500), ``enterprise/app/models/enterprise/automation_rule.rb`` (``sla_policy_id``, ``add_sla``),
``app/controllers/concerns/attachment_concern.rb`` (``send_attachment`` takes a signed blob id: not modelled,
refused as an invalid attachment), ``app/views/api/v1/accounts/automation_rules/*.json.jbuilder`` (index,
show, update and clone wrap the rule in ``payload``; **create renders it bare**) and ``partials/_automation_rule``
(``created_on`` is ``created_at.to_i``).
"""

import copy
import time

from ..casting import cast_bool, cast_string, permit_scalars
from ..context import record_id
from ..errors import ApiError, ServerCrash
from ..resource import Resource, account_route
from ..responses import head, json_response

TABLE = 'automation_rules'
PERMITTED = ('name', 'description', 'event_name', 'active')
CONDITIONS = ('content', 'email', 'country_code', 'status', 'message_type', 'browser_language', 'assignee_id', 'team_id',
              'referer', 'city', 'company_name', 'inbox_id', 'mail_subject', 'phone_number', 'priority',
              'conversation_language', 'labels', 'private_note')
ACTIONS = ('send_message', 'add_label', 'remove_label', 'send_email_to_team', 'assign_team', 'assign_agent',
           'remove_assigned_agent', 'remove_assigned_team', 'send_webhook_event', 'mute_conversation', 'send_attachment',
           'change_status', 'resolve_conversation', 'open_conversation', 'pending_conversation', 'snooze_conversation',
           'change_priority', 'send_email_transcript', 'add_private_note')
# config/locales/en.yml errors.attachments.invalid
INVALID_ATTACHMENT = 'Invalid attachment'
_ONE = r'/automation_rules/(?P<id>[^/]+)'


def _entries(value):
    """A list of hashes as the model iterates it; anything else is a NoMethodError in Rails."""
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        raise ServerCrash('conditions and actions must be arrays of hashes')
    return value


def attachments(actions):
    """``validate_and_prepare_attachments``: a send_attachment needs a signed blob id, which the simulator has none of."""
    if any(isinstance(action, dict) and action.get('action_name') == 'send_attachment' for action in actions or ()):
        raise ApiError(422, {'error': INVALID_ATTACHMENT})


def action_errors(actions, allowed, message):
    """``json_actions_format``: the action names outside the allow-list, in one message."""
    if not actions:
        return []
    unknown = [a.get('action_name') for a in _entries(actions) if a.get('action_name') not in allowed]
    return [message % ','.join(str(name) if name is not None else '' for name in unknown)] if unknown else []


def _errors(store, config, record):
    """The model's validations as ``errors.messages`` ({attribute: [messages]})."""
    errors = {}
    conditions = record['conditions']
    if conditions:
        keys = [c.get('attribute_key') for c in _entries(conditions)]
        custom = [d['attribute_key'] for d in store.rows('custom_attribute_definitions', record['account_id'])]
        allowed = CONDITIONS + (('sla_policy_id',) if config.enterprise else ())
        unknown = [k for k in keys if k not in allowed and k not in custom]
        if unknown:
            errors.setdefault('conditions', []).append('Automation conditions %s not supported.' % ','.join(str(k) for k in unknown))
        if len([c for c in conditions if c.get('query_operator') is None]) > 1:
            errors.setdefault('conditions', []).append('Automation conditions should have query operator.')
    if conditions is None:
        raise ServerCrash('undefined method each for nil')  # query_operator_value iterates the conditions
    for condition in _entries(conditions):
        operator = condition.get('query_operator')
        if operator and (not isinstance(operator, str) or operator.upper() not in ('AND', 'OR')):
            errors.setdefault('conditions', []).append('Query operator must be either "AND" or "OR"')
    allowed = ACTIONS + (('add_sla',) if config.enterprise else ())
    found = action_errors(record['actions'], allowed, 'Automation actions %s not supported.')
    if found:
        errors['actions'] = found
    return errors


def _assign(record, params):
    for key, value in permit_scalars(params, PERMITTED).items():
        record[key] = cast_bool(value) if key == 'active' else cast_string(value)


def _not_null(record):
    """The NOT NULL columns the model does not validate: ``save!`` raises, a 500 on create."""
    return [key for key in ('name', 'event_name', 'actions', 'conditions') if record[key] is None]


def build(store, config, account_id, params):
    """``automation_rules.new(permitted)``, then ``actions`` and ``conditions`` as sent, ``valid?`` and ``save!``."""
    attachments(params.get('actions'))
    record = {'id': None, 'account_id': account_id, 'name': None, 'description': None, 'event_name': None, 'active': True,
              'conditions': copy.deepcopy(params.get('conditions')), 'actions': copy.deepcopy(params.get('actions')),
              'created_at': None}
    _assign(record, params)
    errors = _errors(store, config, record)
    if errors:
        raise ApiError(422, {'error': errors})
    if _not_null(record):
        raise ServerCrash('PG::NotNullViolation')
    record['id'] = store.next_id(TABLE)
    record['created_at'] = int(time.time())
    return record


def render(record):
    """``partials/_automation_rule.json.jbuilder``; no ``files``, as no attachment is modelled."""
    return {'id': record['id'], 'account_id': record['account_id'], 'name': record['name'],
            'description': record['description'], 'event_name': record['event_name'],
            'conditions': record['conditions'], 'actions': record['actions'], 'created_on': record['created_at'],
            'active': bool(record['active'])}


def _fetch(ctx):
    """``check_authorization`` (the class, so before the fetch), then ``find_by(id:)``: nil crashes the action."""
    ctx.require_admin()
    record = ctx.store.get(TABLE, ctx.account_id, record_id(ctx.args['id']))
    if record is None:
        raise ServerCrash('undefined method for nil (find_by found no automation rule)')
    return record


def index(ctx):
    ctx.require_admin()
    records = sorted(ctx.store.rows(TABLE, ctx.account_id), key=lambda r: r['id'])
    return json_response(200, {'payload': [render(r) for r in records]})


def show(ctx):
    return json_response(200, {'payload': render(_fetch(ctx))})


def create(ctx):
    ctx.require_admin()
    record = build(ctx.store, ctx.config, ctx.account_id, ctx.params)
    ctx.store.put(TABLE, record)
    return json_response(200, render(record))  # create.json.jbuilder: no payload wrapper


def update(ctx):
    """``assign_attributes``, conditions and actions replaced whole when sent; a failed ``save!`` is 422."""
    record = copy.deepcopy(_fetch(ctx))
    attachments(ctx.params.get('actions'))
    _assign(record, ctx.params)
    for key in ('actions', 'conditions'):
        if ctx.params.get(key) not in (None, False):  # ``if params[:actions]``: in Ruby an empty list is true
            record[key] = copy.deepcopy(ctx.params[key])
    errors = _errors(ctx.store, ctx.config, record)
    if errors:
        raise ApiError(422, {'error': errors})
    if _not_null(record):
        raise ApiError(422, {'error': {}})  # the NOT NULL violation is rescued; errors.messages is empty
    ctx.store.put(TABLE, record)
    return json_response(200, {'payload': render(record)})


def destroy(ctx):
    record = _fetch(ctx)
    ctx.store.remove(TABLE, record['id'])
    return head(200)


def clone(ctx):
    """``POST /automation_rules/{automation_rule_id}/clone``: a copy under a new id."""
    ctx.require_admin()
    original = ctx.store.get(TABLE, ctx.account_id, record_id(ctx.args['automation_rule_id']))
    if original is None:
        raise ServerCrash('undefined method dup for nil')
    record = dict(copy.deepcopy(original), id=ctx.store.next_id(TABLE), created_at=int(time.time()))
    ctx.store.put(TABLE, record)
    return json_response(200, {'payload': render(record)})


def seed_body(prefix, number, _width, spec):
    return {'name': '%s %d' % (prefix, number), 'event_name': spec.get('event_name', 'conversation_created'),
            'conditions': [], 'actions': [{'action_name': 'resolve_conversation', 'action_params': []}]}


RESOURCE = Resource(
    table=TABLE,
    singular='automation rule',
    build=build,
    seed_body=seed_body,
    routes=[
        account_route(('GET',), r'/automation_rules', index),
        account_route(('POST',), r'/automation_rules', create),
        account_route(('POST',), r'/automation_rules/(?P<automation_rule_id>[^/]+)/clone', clone),
        account_route(('GET',), _ONE, show),
        account_route(('PATCH', 'PUT'), _ONE, update),
        account_route(('DELETE',), _ONE, destroy),
    ],
)
