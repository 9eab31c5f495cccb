# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Objects named inside the conditions and actions of automation rules and macros: by name or e-mail, never by id.

Chatwoot stores these lists as sent (automation_rules_controller.rb and macros_controller.rb assign them raw), and
its action and filter services read ids of users, teams and inboxes and titles of labels in them
(app/services/action_service.rb, automation_rules/action_service.rb, automation_rules/conditions_filter_service.rb).
An id means nothing in another installation, so a description names those objects instead: CONDITION_VALUES and
ACTION_PARAMS say where, and Catalog turns names into what Chatwoot stores on the way in and back on export,
with one GET per kind of object named, per run. An unknown name fails before any write, naming its path.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import weakref

from ansible_collections.community.chatwoot.plugins.module_utils._agents import AGENT
from ansible_collections.community.chatwoot.plugins.module_utils._fields import Equal
from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import INBOX
from ansible_collections.community.chatwoot.plugins.module_utils._labels import LABEL
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import id_or_key
from ansible_collections.community.chatwoot.plugins.module_utils._resource_client import ResourceClient
from ansible_collections.community.chatwoot.plugins.module_utils._teams import TEAM


class Target:
    """What the values at one place name: objects of resource, stored as their `stored` key (id, or a label's title).

    keep: values that name no object and pass as they are (assign_agent's 'nil', 'last_responding_agent', 'self').
    within: the key of a hash in the list that holds the names (send_email_to_team's [{message, team_ids}]).
    """

    def __init__(self, resource, stored='id', keep=(), within=None):
        self.resource = resource
        self.stored = stored
        self.keep = tuple(keep)
        self.within = within

    def convert(self, value, one, path):
        """The value with each name (or stored value) converted by one(target, item, path)."""
        if self.within:
            return [dict(entry, **{self.within: self._each(entry.get(self.within), one, path)}) if isinstance(entry, dict) else entry
                    for entry in value or []]
        if isinstance(value, dict):  # the attribute_changed operator: {from: [...], to: [...]}
            return {k: self._each(v, one, '%s.%s' % (path, k)) for k, v in value.items()}
        return self._each(value, one, path)

    def _each(self, values, one, path):
        if not isinstance(values, list):
            raise OptionError('%s must be a list, got %r.' % (path, values))
        return [v if any(v == k and type(v) is type(k) for k in self.keep) else one(self, v, path) for v in values]


class Unsupported:
    """A place that names what a description cannot: the module refuses it, the export too."""

    def __init__(self, reason):
        self.reason = reason

    def convert(self, value, one, path):
        raise OptionError('%s: %s' % (path, self.reason))


# The condition attribute_keys whose values name objects (conditions_filter_service.rb compares inbox_id, team_id and
# assignee_id with ids, labels with tags.name).
CONDITION_VALUES = {
    'assignee_id': Target(AGENT),
    'team_id': Target(TEAM),
    'inbox_id': Target(INBOX),
    'labels': Target(LABEL, stored='title'),
    'sla_policy_id': Unsupported('SLA policies (Enterprise) are not managed by this collection, so a condition on one '
                                 'cannot be described.'),
}

# The action_names whose action_params name objects (action_service.rb: assign_agent takes a user id, 'nil' or
# 'last_responding_agent', a macro also 'self'; assign_team a team id, 'nil' or 0; labels go by title).
ACTION_PARAMS = {
    'assign_agent': Target(AGENT, keep=('nil', 'last_responding_agent', 'self')),
    'assign_team': Target(TEAM, keep=('nil', 0, '0')),
    'send_email_to_team': Target(TEAM, within='team_ids'),
    'add_label': Target(LABEL, stored='title'),
    'remove_label': Target(LABEL, stored='title'),
    'send_attachment': Unsupported('attachments are files uploaded to Chatwoot first (a signed blob id), which this '
                                   'collection does not do; add them in Chatwoot.'),
    'add_sla': Unsupported('SLA policies (Enterprise) are not managed by this collection, so add_sla cannot be described.'),
}

_CATALOGS = weakref.WeakKeyDictionary()


def catalog(client):
    """The run's Catalog of the client: each referenced kind is read once, whatever the number of objects."""
    if client not in _CATALOGS:
        _CATALOGS[client] = Catalog(client)
    return _CATALOGS[client]


class Catalog:
    """The objects that descriptions may name, read on first use.

    planned: in check mode of a whole description, an earlier task would create what is named, and has not; an
    unknown name then stays as it is (the object shows as changed) rather than failing. True for any name; the
    _account.Plan of one planned pass for the names the description has; False outside check mode.
    """

    def __init__(self, client):
        self.client = client
        self.planned = False
        self._lists = {}

    def objects(self, resource):
        if resource.noun not in self._lists:
            self._lists[resource.noun] = ResourceClient(resource, self.client).list()
        return self._lists[resource.noun]

    def _only(self, resource, found, what, path):
        if len(found) > 1:
            raise OptionError('%s: %d %s are %s (ids %s); rename them so that a description can name one.'
                              % (path, len(found), resource.plural, what, ', '.join(str(o['id']) for o in found)))
        return found[0] if found else None

    def stored(self, target, name, path):
        """What Chatwoot stores for a name (an id, or a label's title as the account has it)."""
        resource = target.resource
        if isinstance(name, bool) or not isinstance(name, str) or not name.strip():
            raise OptionError('%s: %r is not %s; name %s by %s, never by id.'
                              % (path, name, 'an e-mail address' if resource is AGENT else 'a name',
                                 resource.a_noun, resource.natural_key.replace('_', ' ')))
        found = self._only(resource, resource.select(self.objects(resource), key=name), resource.described(name), path)
        if found is None:
            if self.planned is True or (self.planned and self.planned.has(resource, name)):
                return name
            raise OptionError('%s: there is no %s %s in account %s%s; nothing was changed.'
                              % (path, resource.noun, resource.described(name), self.client.account_id,
                                 ', nor in the description' if self.planned else ''))
        return found[target.stored]

    def name(self, target, value, path):
        """The name of the object Chatwoot stores value for; an error when there is none or its name is shared."""
        resource = target.resource
        objects = self.objects(resource)
        if target.stored == 'id':
            object_id = id_or_key(value)[0]
            found = [o for o in objects if object_id is not None and o['id'] == object_id]
        else:
            found = resource.select(objects, key=value)
        if not found:
            raise OptionError('%s: %r names no %s of account %s (deleted since?); correct the object in Chatwoot.'
                              % (path, value, resource.noun, self.client.account_id))
        key = resource.key_of(found[0])
        self._only(resource, resource.select(objects, key=key), resource.described(key), path)
        return key


class NamedReferences(Equal):
    """A list of conditions or actions (dicts) some of whose values name other objects: table maps the entry's
    `kind_key` (attribute_key, action_name) to the Target of its `values_key` (values, action_params).

    canonical: the entries as the module sends them and compares them: the keys a user may set, without nulls, lists
    defaulted. Chatwoot's stored entries are compared in that form too, after names became what Chatwoot stores.
    """

    def __init__(self, table, kind_key, values_key, canonical):
        self.table = table
        self.kind_key = kind_key
        self.values_key = values_key
        self.canonical = canonical

    def _convert(self, entries, one, option):
        result = []
        for index, entry in enumerate(entries):
            target = self.table.get(entry.get(self.kind_key))
            if target is not None and self.values_key in entry:
                path = '%s[%d].%s' % (option, index, self.values_key)
                entry = dict(entry, **{self.values_key: target.convert(entry[self.values_key], one, path)})
            result.append(entry)
        return result

    def resolve(self, client, value, option):
        """The entries with their names turned into what Chatwoot stores; an unknown name fails, naming its path."""
        return self._convert(value, catalog(client).stored, option)

    def names(self, client, value, option):
        """The entries as a description holds them: what Chatwoot stores turned into names."""
        return self._convert(value, catalog(client).name, option)

    def changed(self, key, value, obj):
        return None if self.canonical(obj.get(key) or []) == value else value

    def exported(self, value):
        return self.canonical(value or [])
