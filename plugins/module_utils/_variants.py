# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Variants of one resource (an inbox's channel types): each its own scoped options, chosen on create, fixed after.

("Kind" means something else in this collection: a kind of object in an account's description, _account.Kind.)

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import article


class Variant:
    """One variant: its name in the options, Chatwoot's name for it, its own rows and the options required on create.

    fields: the variant's own rows (_fields.Field): its options that no other variant has, or where its semantics
    differ from another variant's row of the same name. The resource's scoped rows that name it in their `variants` are
    its options too: `names` lists them all once the resource is built (Variants.bind).
    creatable: None when a client can create it; else why not (OAuth channels are connected in Chatwoot's UI).
    remote: the outside services Chatwoot calls when it saves one, for a check-mode warning; after_save: what the
    user must know after a save that Chatwoot cannot confirm.
    stored: (new object, base URL) -> None, changing what Chatwoot changes on create from values that depend on each
    other (a Twilio WhatsApp number's prefix, the callback URL Chatwoot builds from its own address).
    create_endpoint: (path, key) for a variant Chatwoot creates through an endpoint of its own, with the name and
    the variant's options flat under key (Twilio); the other options are then set by an update right after.
    checked_groups: groups of keys that Chatwoot checks together with an outside service, each led by the key that
    turns the check on (an e-mail inbox's `imap_enabled` and the IMAP settings). Chatwoot checks only the keys a
    request carries and saves them even when the check fails, so an update that touches a group whose leading key
    is (or becomes) true sends the whole group, and a check that fails is undone by sending the group back.
    """

    def __init__(self, name, api_name, fields, required=(), creatable=None, remote=None, after_save=None, checked_groups=(),
                 create_endpoint=None, stored=None):
        self.name = name
        self.api_name = api_name
        self.own = {f.name: f for f in fields}
        self.fields = tuple(self.own)
        self.required = tuple(required)
        self.creatable = creatable
        self.remote = remote
        self.after_save = after_save
        self.checked_groups = tuple(tuple(group) for group in checked_groups)
        self.create_endpoint = create_endpoint
        self.stored = stored or (lambda obj, base_url: None)

    def complete_update(self, changes, desired, obj):
        """The changes with every checked group they touch made whole (the desired value, else the object's), so that
        Chatwoot checks the settings the inbox will have, not a lone key against unset ones."""
        completed = dict(changes)
        for group in self.checked_groups:
            enabled = changes.get(group[0], obj.get(group[0]))
            if enabled and any(key in changes for key in group):
                for key in group:
                    if key not in completed and (key in desired or key in obj):
                        completed[key] = desired.get(key, obj.get(key))
        return completed

    def checked(self, changes):
        """The keys of the groups these changes ask Chatwoot to check: what to send back if the check fails."""
        return [key for group in self.checked_groups if changes.get(group[0]) for key in group if key in changes]

    def warnings(self, check_mode):
        """What to tell the user about the services Chatwoot calls when it saves this variant."""
        if check_mode:
            return ['Applying this will make Chatwoot call %s.' % self.remote] if self.remote else []
        return [self.after_save] if self.after_save else []


class Variants:
    """The registry of variants, chosen by the option `<scope>.<option>` and read back from the object's `read_key`."""

    def __init__(self, scope, option, read_key, variants, default):
        self.scope = scope
        self.option = option
        self.read_key = read_key
        self.by_name = {v.name: v for v in variants}
        self.by_api_name = {v.api_name: v for v in variants}
        self.default = default

    def bind(self, rows):
        """Give each variant the shared rows that name it (in the table's order), before its own."""
        for variant in self.by_name.values():
            shared = tuple(f.name for f in rows if variant.name in f.variants and f.name not in variant.own)
            variant.fields = shared + tuple(variant.own)

    def argument_spec(self):
        return {self.option: {'type': 'str', 'choices': list(self.by_name)}}

    def own_fields(self):
        return [f for v in self.by_name.values() for f in v.own.values()]

    def own_field(self, name, key):
        variant = self.by_name.get(name)
        return variant.own.get(key) if variant else None

    def owns(self, key):
        """Whether some variant has its own row for this key (so its checks wait until the variant is known)."""
        return any(key in v.own for v in self.by_name.values())

    def of_params(self, params):
        return (params.get(self.scope) or {}).get(self.option)

    def of_object(self, obj):
        variant = self.by_api_name.get(obj.get(self.read_key))
        return variant.name if variant else None

    def labels(self, names):
        return ', '.join('%s.%s' % (self.scope, n) for n in names)

    def check_fields(self, resource, name, desired):
        """Fail on scoped options that this variant does not have (Chatwoot would drop them silently)."""
        own = self.by_name[name].fields
        foreign = sorted(k for k in desired if resource.scope_of(k) == self.scope and k not in own)
        if foreign:
            raise OptionError('%s %s not apply to %s %s (their %s options: %s).'
                              % (self.labels(foreign), 'does' if len(foreign) == 1 else 'do', name, resource.plural, self.scope,
                                 ', '.join(own) or 'none'))

    def check_create(self, resource, name, desired):
        variant = self.by_name[name]
        if variant.creatable:
            raise OptionError('%s %s cannot be created through the API: %s' % (name.capitalize(), resource.plural, variant.creatable))
        self.check_fields(resource, name, desired)
        for key in variant.required:
            if key not in desired:
                raise OptionError('%s is required to create %s %s %s.' % (resource.field(key, name).label, article(name), name, resource.noun))

    def check_update(self, resource, obj, name, desired):
        """Fail when the options ask for another variant than the object has, or for scoped options of an unmanaged one."""
        current = self.of_object(obj)
        title = '%s %s (%r)' % (resource.noun.capitalize(), obj['id'], resource.key_of(obj))
        if name and name != current:
            raise OptionError('%s is %s %s %s; Chatwoot cannot change the %s type of %s. Delete it (state: absent) and '
                              'create it again to change the type.'
                              % (title, article(current), current, resource.noun, self.scope, resource.a_noun))
        if current:
            self.check_fields(resource, current, desired)
        elif any(resource.scope_of(k) == self.scope for k in desired):
            raw = str(obj.get(self.read_key))
            raise OptionError('%s is %s %s %s; this module manages the %s options of %s %s only.'
                              % (title, article(raw), raw, resource.noun, self.scope, ' and '.join(self.by_name),
                                 resource.plural))

    def create_request(self, resource, name, payload):
        """(path, body, what the body leaves out) of the request that creates an object of this variant."""
        variant = self.by_name[name]
        if not variant.create_endpoint:
            payload.setdefault(self.scope, {})[self.option] = name
            return resource.path, payload, {}
        path, key = variant.create_endpoint
        flat = dict(payload.pop(self.scope, {}), **{resource.natural_key: payload.pop(resource.natural_key)})
        return path, {key: flat}, payload
