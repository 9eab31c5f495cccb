# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""An account's configuration as data: the kinds of objects it holds, their export, and applying a list of one kind.

A description of an account maps each kind (labels, teams, ...) to a list of objects, each exactly the options of
the kind's module for one object (settings, the account itself, to one dict), minus the connection options, id and state, with other objects named by their
natural key (an inbox by name, an agent by e-mail). Everything here derives from the resources' field tables: the
exported keys are the table's options, so a new field is exported and applied without a change here.

export() reads the kinds asked for with one GET per list (per list query; the account for settings), plus one per
team for its members and two per inbox, for its members and its agent bot.
apply() brings the objects of one kind to their description with _ensure_many (one GET of the list, plus one when
the objects the description does not name are purged).

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import functools

from ansible.module_utils.common.arg_spec import ArgumentSpecValidator

from ansible_collections.community.chatwoot.plugins.module_utils._agent_bots import AGENT_BOT
from ansible_collections.community.chatwoot.plugins.module_utils._inbox_agent_bot import AgentBots, attach
from ansible_collections.community.chatwoot.plugins.module_utils._agents import AGENT
from ansible_collections.community.chatwoot.plugins.module_utils._account_settings import ACCOUNT
from ansible_collections.community.chatwoot.plugins.module_utils._agent_references import Agents, labels, parse_references
from ansible_collections.community.chatwoot.plugins.module_utils._automation_rules import AUTOMATION_RULE
from ansible_collections.community.chatwoot.plugins.module_utils._canned_responses import CANNED_RESPONSE
from ansible_collections.community.chatwoot.plugins.module_utils._custom_attributes import CUSTOM_ATTRIBUTE
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure
from ansible_collections.community.chatwoot.plugins.module_utils._ensure_many import SHARED_OPTIONS, ensure_many
from ansible_collections.community.chatwoot.plugins.module_utils._fields import ReferenceById, WriteOnly
from ansible_collections.community.chatwoot.plugins.module_utils._inbox_members import INBOX_MEMBERS
from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import INBOX
from ansible_collections.community.chatwoot.plugins.module_utils._integration_hooks import INTEGRATION_HOOK, inbox_of_hook
from ansible_collections.community.chatwoot.plugins.module_utils._labels import LABEL
from ansible_collections.community.chatwoot.plugins.module_utils._macros import MACRO
from ansible_collections.community.chatwoot.plugins.module_utils._nested_references import catalog
from ansible_collections.community.chatwoot.plugins.module_utils._errors import ManyError, OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._portal_categories import CATEGORY
from ansible_collections.community.chatwoot.plugins.module_utils._portals import PORTAL
from ansible_collections.community.chatwoot.plugins.module_utils._resource import id_or_key
from ansible_collections.community.chatwoot.plugins.module_utils._resource_client import ResourceClient
from ansible_collections.community.chatwoot.plugins.module_utils._team_members import TEAM_MEMBERS
from ansible_collections.community.chatwoot.plugins.module_utils._teams import TEAM
from ansible_collections.community.chatwoot.plugins.module_utils._webhooks import WEBHOOK

# What an export writes for a write-only secret: Chatwoot never returns it, the user fills it in (from a vault).
PLACEHOLDER = '<secret: fill in>'

# The options of a module for one object that a description has no use for.
NOT_DESCRIBED = ('id', 'state', 'wait', 'wait_timeout') + SHARED_OPTIONS


class Kind:
    """One kind of object in a description.

    name: the key in the description. resource: its Resource (a singleton one, the account, is one dict, not a
    list). queries: the index queries that list every object, or (client) -> them when they depend on other objects
    (a portal's categories are listed per portal). associations: what ties each object to objects of other resources,
    each under a key of its item of its own (Members: an inbox's or a team's `agents`; AgentBot: an inbox's
    `agent_bot`). protect: (client) -> ids the purge never deletes (the token's own user).
    purge_warning: what else Chatwoot deletes with an object, said whenever a purge deletes (or would delete) one.
    distinct: (object or item) -> a tuple of what else tells apart objects with one natural key (the inbox of a
    Dialogflow hook), raising OptionError on an item that names it in a way a description cannot.
    parents: path key -> the Resource of the object the path names (a category's portal).
    """

    def __init__(self, name, resource, queries=(None,), associations=(), protect=None, purge_warning=None, distinct=None,
                 parents=None):
        self.name = name
        self.parents = dict(parents or {})
        self.distinct = distinct or (lambda obj: ())
        self.purge_warning = purge_warning
        self.resource = resource
        self.queries = queries if callable(queries) else (lambda client, fixed=tuple(queries): fixed)
        self.associations = tuple(associations)
        self.protect = protect or (lambda client: ())

    def item_spec(self):
        """The argument spec of one object of the description: the module's options but NOT_DESCRIBED, plus the keys of
        its associations."""
        spec = {k: v for k, v in self.resource.argument_spec().items() if k not in NOT_DESCRIBED}
        if self.singleton:
            return spec
        # without id, an object is named by its natural key
        key = self.resource.natural_key
        spec[key] = dict(spec[key], required=True)
        for association in self.associations:
            spec[association.option] = dict(association.spec)
        for scope, name in placeholder_options(self.resource):
            target = spec[scope]['options'] if scope else spec
            target[name] = dict(target[name], type='raw')
        return spec

    @property
    def singleton(self):
        return self.resource.singleton

    def identity(self, obj):
        """What tells two objects apart: the folded natural key and the list query's values."""
        return ((self.resource.fold(self.resource.key_of(obj) or ''),) + tuple(obj.get(k) for k in self.resource.list_query)
                + self.distinct(obj))

    def label(self, obj):
        parts = [str(self.resource.key_of(obj))] + [str(obj.get(k)) for k in self.resource.list_query] + [str(p) for p in self.distinct(obj) if p]
        return ' '.join(parts[:1] + ['(%s)' % p for p in parts[1:]])


def _all_fields(resource):
    """Every option row, each kind's own rows too (sms and whatsapp each have their provider_config)."""
    fields = list(resource.options())
    if resource.variants:
        fields.extend(resource.variants.own_fields())
    return fields


def placeholder_options(resource):
    """{(scope, name): type} of the write-only options that are not strings, where a description may hold the
    PLACEHOLDER string instead (a Bandwidth SMS provider_config): their item spec is raw, their type checked apart."""
    found = {}
    for field in _all_fields(resource):
        if field.write_only and field.spec and field.spec.get('type', 'str') != 'str':
            found[(field.scope, field.name)] = field.spec['type']
    return found


def _own_user(client):
    profile = client.request('GET', '/api/v1/profile') or {}
    return (profile['id'],) if profile.get('id') is not None else ()


def _each_portal(client):
    return [{'portal': portal['slug']} for portal in ResourceClient(PORTAL, client).list()]


def _personal_macros(client):
    """A purge deletes only global macros: a personal one is its author's (the token's user), not the account's."""
    return tuple(m['id'] for m in ResourceClient(MACRO, client).list() if m.get('visibility') != 'global')


class Members:
    """The agents of each object (an inbox's, a team's), exactly, by e-mail address: the Membership that
    chatwoot_inbox_members and chatwoot_team_members use, under the item's `agents`."""

    option = 'agents'
    spec = {'type': 'list', 'elements': 'raw'}

    def __init__(self, membership):
        self.membership = membership

    def export(self, client, obj):
        return sorted(str(a.get('email') or a['id']).lower() for a in self.membership.list(client, obj['id']))

    def apply(self, kind, client, items, result, check_mode, planned_agents=(), plan=None):  # pylint: disable=unused-argument
        """Set the agents of each object whose item has `agents` (Membership.bring); extend the result's diff. Changed
        or not. The account's agents are read once, and only when an item names someone who is not a member yet.

        planned_agents: e-mail addresses of agents that an earlier check-mode task would add; members may name them.
        """
        @functools.lru_cache(maxsize=1)
        def agents():
            listed = Agents(client).list()
            if check_mode:
                known = set(str(a.get('email') or '').lower() for a in listed)
                new = sorted(set(e.strip().lower() for e in planned_agents) - known)
                listed = listed + [{'id': -1 - i, 'email': email} for i, email in enumerate(new)]
            return listed

        changed = False
        for index, item in enumerate(items):
            if item.get(self.option) is None:
                continue
            option = '%s[%d].%s' % (kind.name, index, self.option)
            references = parse_references(item[self.option], option)
            changed_one, before, after = self.membership.bring(client, result['objects'][index].get('id'), references, 'exact',
                                                               check_mode, agents, option)
            changed = changed or changed_one
            if 'diff' in result:
                result['diff']['before'][index][self.option] = labels(before)
                result['diff']['after'][index][self.option] = labels(after)
        return changed


class AgentBot:
    """The agent bot of each inbox, by name: _inbox_agent_bot.attach, which chatwoot_inbox_agent_bot uses, under the
    item's `agent_bot`."""

    option = 'agent_bot'
    spec = {'type': 'str'}

    def export(self, client, obj):
        bot = AgentBots(client).of_inbox(obj['id'])
        return bot.get('name') if bot else None

    def apply(self, kind, client, items, result, check_mode, planned_agents=(), plan=None):  # pylint: disable=unused-argument
        """Attach the bot each item names to its inbox; extend the result's diff. Changed or not. The account's bots
        are read once, and only when an inbox is to get another bot. In check mode a bot that an earlier task would
        create (and so has not) counts as a change; with a Plan, only one the description describes."""
        bots = functools.lru_cache(maxsize=1)(AgentBots(client).list)

        changed = False
        for index, item in enumerate(items):
            if item.get(self.option) is None:
                continue
            try:
                planned = check_mode and (plan is None or plan.has(AGENT_BOT, item[self.option]))
                changed_one, current, wanted = attach(client, result['objects'][index].get('id'), item[self.option], check_mode, bots,
                                                      planned=planned)
            except OptionError as exc:
                raise OptionError('%s[%d].%s: %s' % (kind.name, index, self.option, exc)) from None
            changed = changed or changed_one
            if 'diff' in result:
                result['diff']['before'][index][self.option] = current.get('name') if current else None
                result['diff']['after'][index][self.option] = wanted.get('name')
        return changed


class Plan:
    """What the kinds applied so far in one pass describe: the natural keys of their objects, per resource. A later
    kind may name such an object although, in check mode, it does not exist (the pass did not create it); any other
    unknown name is an error, in check mode too."""

    def __init__(self):
        self.keys = {}

    def add(self, kind, items):
        if kind.singleton or not isinstance(items, list):
            return
        resource = kind.resource
        self.keys.setdefault(resource.noun, set()).update(
            resource.fold(str(item[resource.natural_key])) for item in items
            if isinstance(item, dict) and item.get(resource.natural_key) is not None and item.get('state', 'present') != 'absent')

    def has(self, resource, key):
        return resource.fold(str(key)) in self.keys.get(resource.noun, ())

    def of(self, resource):
        return sorted(self.keys.get(resource.noun, ()))


# In dependency order: what a later kind refers to comes first (agents before team members, bots before inboxes).
KINDS = (
    Kind('settings', ACCOUNT),
    Kind('agents', AGENT, protect=_own_user),
    # the index without attribute_model lists every model (with_attribute_model(nil) is the whole scope): one GET
    Kind('custom_attributes', CUSTOM_ATTRIBUTE),
    # labels_controller.rb#destroy runs Labels::RemoveAssociationsJob (Chatwoot 4.14+)
    Kind('labels', LABEL, purge_warning='Chatwoot also removes a deleted label from every conversation and contact that has it; '
                                        'a label created again later does not come back on them.'),
    Kind('canned_responses', CANNED_RESPONSE),
    Kind('agent_bots', AGENT_BOT),
    Kind('inboxes', INBOX, associations=(Members(INBOX_MEMBERS), AgentBot())),
    Kind('teams', TEAM, associations=(Members(TEAM_MEMBERS),)),
    Kind('webhooks', WEBHOOK),
    # a portal names the website inbox of its widget; its categories name it
    Kind('portals', PORTAL, purge_warning="Chatwoot also deletes a deleted portal's categories and articles."),
    Kind('portal_categories', CATEGORY, queries=_each_portal, parents={'portal': PORTAL}),
    # conditions and actions name labels, teams, agents, inboxes and custom attributes: after them
    Kind('automation_rules', AUTOMATION_RULE),
    Kind('macros', MACRO, protect=_personal_macros),
    # a Dialogflow hook names its inbox
    Kind('integration_hooks', INTEGRATION_HOOK, distinct=inbox_of_hook),
)
KIND_NAMES = tuple(k.name for k in KINDS)
BY_NAME = {k.name: k for k in KINDS}


# -- export ----------------------------------------------------------------------------------------------------

def _list(kind, client):
    endpoints = ResourceClient(kind.resource, client)
    objects = []
    for query in kind.queries(client):
        objects.extend(o for o in endpoints.list(query) if kind.resource.manageable(o))
    return objects


def _refuse_repeats(kind, objects):
    seen = {}
    for obj in objects:
        seen.setdefault(kind.identity(obj), []).append(obj)
    repeated = [same for same in seen.values() if len(same) > 1]
    if repeated:
        raise OptionError('%s: a description names objects by %s, which several %s share: %s. Rename all but one (or '
                          'delete them) so that each can be addressed.'
                          % (kind.name, kind.resource.natural_key, kind.resource.plural,
                             '; '.join('%r (ids %s)' % (kind.label(same[0]), ', '.join(str(o['id']) for o in same)) for same in repeated)))


def _rows(resource, variant):
    """The option rows of an object of this variant (channel type): the shared ones and the variant's own."""
    variants = resource.variants
    for field in resource.options():
        if variants and field.scope == variants.scope:
            if variant is None or field.name not in variants.by_name[variant].fields:
                continue
            field = resource.field(field.name, variant)
        yield field


def _only_options(spec, value):
    """A list of dicts (working hours) with the keys its suboptions name, without nulls; any other value as it is."""
    options = spec.get('options')
    if not options or spec.get('type') != 'list' or not isinstance(value, list):
        return value
    return [{k: v for k, v in row.items() if k in options and v is not None} for row in value if isinstance(row, dict)]


def export_object(resource, obj, return_secrets=False):
    """The object as the options of its module: every option Chatwoot returns, references by natural key, no nulls.

    Secrets only with return_secrets; a write-only secret (never returned) as PLACEHOLDER. An object of a variant
    (an inbox's channel type) has the variant's name and its options only.
    """
    exported = {}
    variant = resource.variants.of_object(obj) if resource.variants else None
    if variant:
        exported[resource.variants.scope] = {resource.variants.option: variant}
    for field in _rows(resource, variant):
        if not field.compare.belongs(field.name, obj):
            continue
        target = exported.setdefault(field.scope, {}) if field.scope else exported
        if field.write_only or isinstance(field.compare, WriteOnly):
            if field.secret:
                target[field.name] = PLACEHOLDER
            continue
        if field.secret and not return_secrets:
            continue
        # the object's own value as the one asked for: a comparison that views only what is asked (working hours,
        # day by day) views all of it
        value = field.compare.view(field.name, obj, obj.get(field.name)).get(field.name)
        value = field.compare.exported(_only_options(field.spec, value))
        if value is not None:
            target[field.name] = value
    for field in resource.options():
        if field.scope and not exported.get(field.scope):
            exported.pop(field.scope, None)
    return exported


def _refuse_ambiguous_references(kind, client, objects):
    """A reference is exported by name: fail when the named object shares its name with another one."""
    for field in kind.resource.options():
        if field.reference is None:
            continue
        used = [o for o in objects if (o.get(field.name) or {}).get('id') is not None]
        if not used:
            continue
        targets = ResourceClient(field.reference, client).list()
        for obj in used:
            name = obj[field.name].get(field.reference.natural_key)
            same = field.reference.select(targets, key=name)
            if len(same) > 1:
                raise OptionError('%s: %s %r refers to the %s %r, which %d %s share (ids %s); rename them so that the '
                                  'description can name it.' % (kind.name, kind.resource.noun, kind.label(obj), field.reference.noun,
                                                                name, len(same), field.reference.plural,
                                                                ', '.join(str(t['id']) for t in same)))


def _names_of_ids(kind, client, objects):
    """option -> {id: name} for the references Chatwoot returns as a bare id, listed only when an object uses one."""
    names = {}
    for field in kind.resource.options():
        if isinstance(field.compare, ReferenceById) and any(o.get(field.compare.id_key) for o in objects):
            names[field.name] = {t['id']: t[field.reference.natural_key] for t in ResourceClient(field.reference, client).list()}
    return names


def export_kind(kind, client, return_secrets=False):
    if kind.singleton:
        return export_object(kind.resource, ResourceClient(kind.resource, client).get_singleton(), return_secrets)
    objects = _list(kind, client)
    _refuse_repeats(kind, objects)
    _refuse_ambiguous_references(kind, client, objects)
    objects.sort(key=kind.identity)
    id_names = _names_of_ids(kind, client, objects)
    exported = []
    for obj in objects:
        item = export_object(kind.resource, obj, return_secrets)
        for key, names in id_names.items():  # objects Chatwoot names by id alone (an agent's custom role): by name
            if key in item:
                item[key] = names.get(item[key], item[key])
        for field in kind.resource.options():  # objects named inside a value (_nested_references): by name
            if field.name in item and hasattr(field.compare, 'names'):
                item[field.name] = field.compare.names(client, item[field.name], '%s %r: %s' % (kind.name, kind.label(obj), field.name))
        for association in kind.associations:
            value = association.export(client, obj)
            if value is not None:
                item[association.option] = value
        exported.append(item)
    return exported


def export(client, kinds=KIND_NAMES, return_secrets=False):
    """{kind: [objects]} ({settings: {...}}) for the kinds asked for, in dependency order."""
    return {k.name: export_kind(k, client, return_secrets) for k in KINDS if k.name in kinds}


# -- apply -----------------------------------------------------------------------------------------------------

def validate(kind, items):
    """The items checked against item_spec, with defaults; an error naming the entry."""
    validator = ArgumentSpecValidator(kind.item_spec())
    placeholders = placeholder_options(kind.resource)
    validated, no_log_values = [], set()
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise OptionError('%s[%d] must be a dict of the options of an object, got %r.' % (kind.name, index, item))
        result = validator.validate(item)
        if result.error_messages:
            raise OptionError('%s[%d]: %s' % (kind.name, index, ' '.join(result.error_messages)))
        params = result.validated_parameters
        for (scope, name), option_type in placeholders.items():
            source = (params.get(scope) or {}) if scope else params
            if source.get(name) is None or source[name] == PLACEHOLDER:
                continue
            # the option's own type, as the module for one object checks it
            typed = ArgumentSpecValidator({name: {'type': option_type}}).validate({name: source[name]})
            if typed.error_messages:
                raise OptionError('%s[%d].%s: %s' % (kind.name, index, '%s.%s' % (scope, name) if scope else name,
                                                     ' '.join(typed.error_messages)))
            source[name] = typed.validated_parameters[name]
        validated.append(params)
        no_log_values.update(result._no_log_values)  # pylint: disable=protected-access
    return validated, no_log_values


def _placeholders(kind, item, write_only=True):
    """Labels of the options still set to PLACEHOLDER: write-only ones, or (write_only=False) the others, whose value
    Chatwoot returns and so would be compared with, and sent as, the placeholder itself."""
    found = []
    variants = kind.resource.variants
    variant = (item.get(variants.scope) or {}).get(variants.option) if variants else None
    for field in _rows(kind.resource, variant) if variant else kind.resource.options():
        source = (item.get(field.scope) or {}) if field.scope else item
        if bool(field.write_only) == write_only and source.get(field.name) == PLACEHOLDER:
            found.append(field.label)
    return found


def _whole_scopes_changed(kind, item, existing):
    """The option groups of an existing object that the item changes and that Chatwoot replaces whole (an integration
    hook's settings): an update sends every key of them, write-only placeholders included."""
    resource = kind.resource
    obj = next((o for o in existing if kind.identity(o) == kind.identity(item)), None) if resource.whole_scopes else None
    if obj is None:
        return set()
    desired = resource.desired(dict(item, state='present'))
    changes = resource.changes({k: v for k, v in desired.items() if resource.scope_of(k) in resource.whole_scopes}, obj)
    return set(resource.scope_of(key) for key in changes)


def _check_placeholders(kind, items, existing, update_secrets):
    """A placeholder fails where it would be sent: on create, on every update with update_secrets=always, and with a
    change of a group Chatwoot replaces whole; in an option whose value Chatwoot returns, always."""
    for index, item in enumerate(items):
        returned = _placeholders(kind, item, write_only=False)
        if returned:
            raise OptionError('%s: the placeholder %r stands only for a secret that Chatwoot never returns; Chatwoot returns '
                              'this one, so give its value (chatwoot_account_info shows it with return_secrets).'
                              % (', '.join('%s[%d].%s' % (kind.name, index, lab) for lab in returned), PLACEHOLDER))
        labels_ = _placeholders(kind, item)
        if not labels_:
            continue
        exists = any(kind.identity(o) == kind.identity(item) for o in existing)
        whole = _whole_scopes_changed(kind, item, existing) if exists else set()
        if update_secrets == 'always' or not exists or any(lab.split('.')[0] in whole for lab in labels_):
            reason = ('update_secrets is always' if update_secrets == 'always' and exists else
                      'the %s is created' % kind.resource.noun if not exists else
                      '%s change%s, and Chatwoot replaces %s whole' % (' and '.join(sorted(whole)), 's' if len(whole) == 1 else '',
                                                                       'it' if len(whole) == 1 else 'them'))
            raise OptionError('%s: the placeholder %r would be sent to Chatwoot (%s); fill in the secret, from a vault for example.'
                              % (', '.join('%s[%d].%s' % (kind.name, index, lab) for lab in labels_), PLACEHOLDER, reason))


def _purge_items(kind, client, items, existing):
    """Items that delete every object the description does not name (by id), but the protected ones.

    An object Chatwoot deletes in a background job (an inbox) is waited for, with the module's default wait and
    wait_timeout, so that the run ends with it gone, as chatwoot_inbox state=absent does.
    """
    named = set(kind.identity(item) for item in items)
    protected = set(kind.protect(client))
    spec = kind.resource.argument_spec()
    waiting = {k: spec[k]['default'] for k in ('wait', 'wait_timeout') if k in spec}
    return [dict({k: o.get(k) for k in kind.resource.list_query}, id=o['id'], state='absent', **waiting)
            for o in sorted(existing, key=kind.identity) if kind.identity(o) not in named and o['id'] not in protected]


def _apply_singleton(kind, client, item, check_mode, purge):
    """The account's settings: one dict, one GET and at most one PATCH."""
    if not isinstance(item, dict):
        raise OptionError('%s must be a dict of the options of %s, got %r.' % (kind.name, kind.resource.a_noun, item))
    if purge:
        raise OptionError('%s cannot be purged: the account is one object, always there.' % kind.name)
    params, no_log_values = validate(kind, [item])
    result = ensure(kind.resource, client, params[0], check_mode)
    result['objects'] = [result.pop(kind.resource.noun)]
    result['purged'] = []
    result['no_log_values'] = no_log_values
    return result


def _planned_references(kind, client, items, plan=None):
    """In check mode: the references by name to objects that do not exist (yet), {index: {option: name}}.

    An earlier task of the run would create them (a webhook names an inbox the inboxes task creates), and in check mode
    has not; they are left out of the plan and counted as a change, as AgentBot.apply does with bots. For real, an
    unknown name still fails. With the Plan of a whole description, only the names it describes are planned.
    """
    planned = {}
    for field in kind.resource.options():
        if field.reference is None:
            continue
        named = [(index, item[field.name]) for index, item in enumerate(items)
                 if item.get(field.name) is not None and id_or_key(item[field.name])[0] is None]
        if not named:
            continue
        targets = ResourceClient(field.reference, client).list()
        for index, name in named:
            if field.reference.select(targets, key=name):
                continue
            if plan is not None and not plan.has(field.reference, name):
                raise OptionError('%s[%d].%s: there is no %s %s in account %s, nor in the description; nothing was changed.'
                                  % (kind.name, index, field.name, field.reference.noun, field.reference.described(name), client.account_id))
            planned.setdefault(index, {})[field.name] = name
    return planned


def apply(kind, client, items, check_mode, purge=False, update_secrets='on_create', planned_agents=(), plan=None):
    """Bring the objects of one kind to their description; with purge, delete the objects it does not name.

    plan: the Plan of the kinds a whole description applied before this one (apply_description); without it, in
    check mode, any name of an object that does not exist is taken for one an earlier task would create, and
    planned_agents lists the agents that the agents task would add.

    Result: changed; objects (in the order of the items, secrets masked); purged (labels of the objects deleted, or
    that would be in check mode); diff {before: [...], after: [...]}, the items' then the purged objects'.
    For the settings, items is one dict, objects the account, diff {before: {...}, after: {...}}.
    Raises OptionError before any write on a bad item, _ensure_many.ManyError when Chatwoot fails midway.
    """
    if kind.singleton:
        return _apply_singleton(kind, client, items, check_mode, purge)
    if not isinstance(items, list):
        raise OptionError('%s must be a list of dicts, one per object, got %r.' % (kind.name, items))
    resource = kind.resource
    items, no_log_values = validate(kind, items)
    for item in items:
        for key in resource.list_query:  # as Chatwoot stores it, to compare with what it lists
            normalise = resource.fields[key].normalise
            if item.get(key) is not None and normalise:
                item[key] = normalise(item[key])
    seen = {}
    for index, item in enumerate(items):
        if kind.identity(item) in seen:
            raise OptionError('%s[%d] and %s[%d] describe the same %s %r.'
                              % (kind.name, seen[kind.identity(item)], kind.name, index, resource.noun, kind.label(item)))
        seen[kind.identity(item)] = index
    needs_list = purge or any(_placeholders(kind, item) or _placeholders(kind, item, write_only=False) for item in items)
    existing = _list(kind, client) if needs_list else []
    _check_placeholders(kind, items, existing, update_secrets)
    purged = _purge_items(kind, client, items, existing) if purge else []
    if plan is not None:
        planned_agents = plan.of(AGENT)
    planned = _planned_references(kind, client, items, plan) if check_mode else {}
    # in check mode, names inside values may be of objects not created yet: with a Plan, those the description has
    catalog(client).planned = (True if plan is None else plan) if check_mode else False
    associated = set(a.option for a in kind.associations)
    many = [dict({k: v for k, v in item.items() if k not in associated and k not in planned.get(index, ())}, state='present')
            for index, item in enumerate(items)] + purged
    parents = None if plan is None or not check_mode else (
        lambda query: all(plan.has(parent, query[key]) for key, parent in kind.parents.items()))
    result = ensure_many(resource, client, many, check_mode, {'update_secrets': update_secrets} if resource.has_write_only else {},
                         option=kind.name, planned_parents=parents)
    result['objects'] = result.pop(resource.plural)[:len(items)]
    for index, references in planned.items():
        result['changed'] = True
        if 'diff' in result:
            result['diff']['after'][index].update(references)
    by_id = {o['id']: o for o in existing}
    result['purged'] = [kind.label(by_id[p['id']]) for p in purged]
    if purged and kind.purge_warning:
        result.setdefault('warnings', []).append('%s %s: %s' % ('Would purge' if check_mode else 'Purged', kind.name, kind.purge_warning))
    for association in kind.associations:
        if association.apply(kind, client, items, result, check_mode, planned_agents, plan):
            result['changed'] = True
    result['no_log_values'] = no_log_values
    return result


def apply_description(client, description, check_mode, purge=(), update_secrets='on_create'):
    """Apply a whole description in one planned pass: its kinds in dependency order, each knowing what the earlier
    ones describe (a Plan), so that check mode takes a name for an object the pass would create only when the
    description has it, and nothing is carried between tasks. purge: the kinds to purge. {kind: apply()'s result}.
    """
    unknown = sorted(set(description) - set(KIND_NAMES))
    if unknown:
        raise OptionError('description has unknown kinds %s; the kinds are %s.' % (', '.join(unknown), ', '.join(KIND_NAMES)))
    wrong = sorted(set(purge) - set(KIND_NAMES))
    if wrong:
        raise OptionError('purge_kinds has unknown kinds %s.' % ', '.join(wrong))
    plan = Plan()
    results = {}
    for kind in KINDS:
        if kind.name not in description:
            continue
        try:
            results[kind.name] = apply(kind, client, description[kind.name], check_mode, kind.name in purge, update_secrets, plan=plan)
        except ManyError as exc:  # Chatwoot failed midway: say what the earlier kinds did too, their secrets still masked
            exc.result['kinds'] = [dict({k: v for k, v in result.items() if k not in ('warnings', 'no_log_values')}, kind=name)
                                   for name, result in results.items()]
            exc.result['no_log_values'] = set(v for result in results.values() for v in result.get('no_log_values') or ())
            raise
        plan.add(kind, description[kind.name])
    return results
