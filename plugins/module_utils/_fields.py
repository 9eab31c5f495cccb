# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""One row of a resource's field table, the ways a field compares with Chatwoot's value, and its input checks.

A field is a key of Chatwoot's JSON for the object. When it is also a module option, its row says how the option
is declared, checked and normalised, and how its value compares with, and changes, the object Chatwoot returns.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import copy

from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError


class Equal:
    """The default comparison: the option's value is what Chatwoot returns under the same key."""

    def changed(self, key, value, obj):
        """The change to send, or None when the object has the value already."""
        return None if obj.get(key) == value else value

    def predict(self, key, obj, change):
        """Apply a change to a copy of the object, as Chatwoot will."""
        obj[key] = copy.deepcopy(change)

    def view(self, key, obj, value):
        """The part of the object that the option manages, for diffs."""
        return {key: obj.get(key)}

    def check(self, key, obj, value):
        """Fail on a value that Chatwoot would refuse or skip once combined with the object's current state."""

    def payload(self, key, change):
        """(name, value) under which a change is sent."""
        return key, change

    def exported(self, value):
        """The value as a description holds it (chatwoot_account_info): without what Chatwoot generated."""
        return value

    def kept(self, key, obj):
        """The change that sends the object's current value again (Resource.resend); None to send nothing."""
        return obj.get(key)

    def belongs(self, key, obj):
        """Whether the object has this option at all (an integration hook has the settings of its app only); an export
        leaves out the others, write-only placeholders included."""
        return True


EQUAL = Equal()


class PresenceOf(Equal):
    """Chatwoot never echoes the option's value, only another key that is set when it is: compare presence.

    Example: an inbox's portal_id comes back as help_center {name, slug} only.
    """

    def __init__(self, echo):
        self.echo = echo

    def changed(self, key, value, obj):
        return None if obj.get(self.echo) else value

    def predict(self, key, obj, change):
        """The echo is the server's rendering of the linked object: unknown until it answers."""

    def view(self, key, obj, value):
        return {self.echo: obj.get(self.echo)}


class WriteOnly(Equal):
    """Chatwoot accepts the value but never returns it, so it cannot be compared.

    It is sent on create, and on update only with update_secrets=always.
    """

    def changed(self, key, value, obj):
        return value

    def predict(self, key, obj, change):
        """Not returned by Chatwoot: nothing to predict."""

    def view(self, key, obj, value):
        return {}


class Unordered(Equal):
    """A list Chatwoot keeps in the order sent but whose order means nothing (webhook subscriptions)."""

    def changed(self, key, value, obj):
        return None if sorted(obj.get(key) or []) == sorted(value) else value


class Immutable(Equal):
    """Set on create; Chatwoot cannot change it afterwards, so a different value is an error, not a change."""

    def __init__(self, reason):
        self.reason = reason

    def changed(self, key, value, obj):
        if obj.get(key) != value:
            raise OptionError('%s is %r, not %r: %s' % (key, obj.get(key), value, self.reason))


class EchoedIn(Equal):
    """Chatwoot returns the value only as the end of another key (a LINE channel id in its callback URL)."""

    def __init__(self, echo, prefix):
        self.echo = echo
        self.prefix = prefix

    def changed(self, key, value, obj):
        return None if (obj.get(self.echo) or '').endswith(self.prefix + value) else value

    def predict(self, key, obj, change):
        base = (obj.get(self.echo) or '').rpartition(self.prefix)[0]
        obj[self.echo] = base + self.prefix + change

    def view(self, key, obj, value):
        current = obj.get(self.echo) or ''
        return {key: current.rpartition(self.prefix)[2] if self.prefix in current else None}


class MergedSubset(Equal):
    """A hash to which Chatwoot adds keys of its own (WhatsApp's webhook_verify_token) and which it replaces whole on
    update: only the keys the user set are compared, and they are sent merged into the current hash.

    server_added: the keys Chatwoot generates; an export leaves them out, so that an account made from it (another
    installation) generates its own.
    """

    def __init__(self, server_added=()):
        self.server_added = tuple(server_added)

    def changed(self, key, value, obj):
        current = obj.get(key) or {}
        if all(current.get(k) == v for k, v in value.items()):
            return None
        return dict(current, **value)

    def exported(self, value):
        if not isinstance(value, dict):
            return value
        return {k: v for k, v in value.items() if k not in self.server_added}


class Reference(Equal):
    """The option names another object (an inbox by name or id); Chatwoot takes its id and echoes {id, name, ...}.

    The engine resolves the option to the named object before comparing (_ensure.resolve_references).
    """

    def __init__(self, payload_key, echo_keys=('id', 'name')):
        self.payload_key = payload_key
        self.echo_keys = echo_keys

    def changed(self, key, value, obj):
        return None if (obj.get(key) or {}).get('id') == value['id'] else value

    def predict(self, key, obj, change):
        obj[key] = {k: change.get(k) for k in self.echo_keys}

    def view(self, key, obj, value):
        return {key: (obj.get(key) or {}).get('name')}

    def payload(self, key, change):
        return self.payload_key, change['id']


class ReferenceById(Equal):
    """The option names another object, by name or id; Chatwoot takes and returns only its id, under id_key (an
    agent's custom_role_id). An empty string names no object: Chatwoot's null."""

    blank_means_none = True

    def __init__(self, id_key):
        self.id_key = id_key

    def changed(self, key, value, obj):
        return None if obj.get(self.id_key) == value['id'] else value

    def predict(self, key, obj, change):
        obj[self.id_key] = change['id']

    def view(self, key, obj, value):
        return {key: obj.get(self.id_key)}

    def payload(self, key, change):
        return self.id_key, change['id']

    def kept(self, key, obj):
        # a Chatwoot that does not render the key (no enterprise overlay) does not take it either
        return {'id': obj[self.id_key]} if self.id_key in obj else None


class Nested(Equal):
    """Chatwoot takes the value as a top-level key but returns it at a path inside a hash (an account's
    settings.auto_resolve_after, custom_attributes.industry): read and predict it there.

    container: the hash Chatwoot renders at path[:-1] once it holds a value, when the object has none there yet.
    blank_is_absent: Chatwoot leaves out a blank value (Ruby's present?), so a blank value and no key are the same.
    null_value: the option value that stands for Chatwoot's null, which the option cannot express itself (0 for
      'off'); it is sent as null and compared and predicted as null.
    """

    def __init__(self, path, container=None, blank_is_absent=False, null_value=None):
        self.path = tuple(path)
        self.container = container or {}
        self.blank_is_absent = blank_is_absent
        self.null_value = null_value

    def _chatwoot(self, value):
        """The value as Chatwoot returns it: null for the null stand-in, absent (None) for a blank one."""
        if self.null_value is not None and value == self.null_value and not isinstance(value, bool):
            return None
        if self.blank_is_absent and isinstance(value, str) and not value.strip():
            return None
        return value

    def current(self, obj):
        for part in self.path:
            obj = obj.get(part) if isinstance(obj, dict) else None
        return self._chatwoot(obj)

    def changed(self, key, value, obj):
        return None if self.current(obj) == self._chatwoot(value) else value

    def predict(self, key, obj, change):
        for part in self.path[:-1]:
            if not isinstance(obj.get(part), dict):
                obj[part] = copy.deepcopy(self.container)
            obj = obj[part]
        value = self._chatwoot(change)
        if value is None and self.blank_is_absent:
            obj.pop(self.path[-1], None)
        else:
            obj[self.path[-1]] = copy.deepcopy(value)

    def view(self, key, obj, value):
        return {key: self.current(obj)}

    def payload(self, key, change):
        return key, (None if self.null_value is not None and change == self.null_value else change)


NOT_RENDERED = type('NotRendered', (), {'__repr__': lambda self: 'NOT_RENDERED'})()


class PerVariant:
    """A value that depends on the object's variant (an inbox's channel type): the one given for a variant, else
    default. NOT_RENDERED stands for a key Chatwoot leaves out of that variant's objects."""

    def __init__(self, default=NOT_RENDERED, **values):
        self.default = default
        self.values = values

    def of(self, variant):
        return self.values.get(variant, self.default)


class Field:
    """One row of a field table.

    name: the key in Chatwoot's JSON and the option's name.
    spec: the option's argument spec entry, or None for a value Chatwoot returns but no option sets.
    scope: None for a top-level key; a group name (such as 'channel') for keys sent and set under that dict.
    secret: never shown in results, diffs or messages unless the user asks for secrets; the option is no_log.
    write_only: Chatwoot never returns it (implies the WriteOnly comparison).
    on_create: False when Chatwoot ignores it on create; the engine sets it with an update right after.
    on_update: False for a value Chatwoot takes on create only, or that it never returns as it was set (an agent's
      availability): it is not compared afterwards.
    reference: another Resource whose object the option names, by id or natural key (see Reference).
    checks: callables (label, value) that raise OptionError; normalise: value -> the form Chatwoot stores.
    compare: how it compares with, changes and shows the object (Equal, PresenceOf, WriteOnly or the resource's own).
    column: 'string' or 'text', the database column of a text Chatwoot limits by its type alone (COLUMN_LIMITS).
    variants: for a scoped row that several variants of the resource share, the names of those it is an option of
      (an inbox's hmac_mandatory: web_widget and api); a variant's own rows belong to it alone (_variants.Variant).
    new: what Chatwoot renders under the key in a new object, its default (None for a value it generates, unknown
      until it answers): a value, a PerVariant, or NOT_RENDERED for a key it leaves out. The resource's new object
      (the check-mode create) is made of these.
    """

    def __init__(self, name, spec=None, scope=None, secret=False, write_only=False, on_create=True, on_update=True,
                 checks=(), normalise=None, compare=None, reference=None, column=None, variants=(), new=NOT_RENDERED):
        if column:
            checks = tuple(checks) + (max_length(COLUMN_LIMITS[column]),)
        self.name = name
        self.spec = spec
        self.scope = scope
        self.secret = secret
        self.write_only = write_only
        self.on_create = on_create
        self.on_update = on_update
        self.reference = reference
        self.checks = tuple(checks)
        self.normalise = normalise
        self.compare = compare or (WriteOnly() if write_only else EQUAL)
        self.variants = tuple(variants)
        self.new = new

    def new_value(self, variant=None):
        """The value of a new object of this variant (a copy), or NOT_RENDERED."""
        value = self.new.of(variant) if isinstance(self.new, PerVariant) else self.new
        return value if value is NOT_RENDERED else copy.deepcopy(value)

    @property
    def label(self):
        """The option's name as a user writes it in a task, for messages."""
        return '%s.%s' % (self.scope, self.name) if self.scope else self.name

    def argument_spec(self):
        spec = dict(self.spec)
        if self.secret:
            spec['no_log'] = True
        return spec


# Input checks: each takes (label, value) and raises OptionError with a message that names the option.

def not_empty(label, value):
    if not value.strip():
        raise OptionError('%s must not be empty.' % label)


def max_length(limit, message='%(label)s is %(length)d characters long; Chatwoot allows at most %(limit)d.'):
    def check(label, value):
        if len(value) > limit:
            raise OptionError(message % {'label': label, 'length': len(value), 'limit': limit})
    return check


# app/models/application_record.rb:2-3,26-45: every string column holds at most 255 characters and every text column
# 20000, unless the model validates that column's length itself (then the field has its own max_length).
COLUMN_LIMITS = {'string': 255, 'text': 20000}


def matches(pattern, what):
    """The value must match the compiled pattern; what describes it ('a colour like #1f93ff')."""
    def check(label, value):
        if not pattern.match(value):
            raise OptionError('%s must be %s, got %r.' % (label, what, value))
    return check
