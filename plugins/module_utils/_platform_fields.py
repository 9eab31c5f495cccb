# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""How the Platform API's hashes compare: keys merged client-side, and feature flags.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import copy

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Equal
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError


class MergedKeys(Equal):
    """A hash of which the option manages only the keys it names; the others, Chatwoot's own included, are kept.

    Chatwoot replaces an account's custom_attributes and limits whole on update, so a change is sent as the current
    hash with the option's keys merged in. null_removes: a key set to null is removed from the hash (an account's);
    else null is a value like any other (a user's custom_attributes, which Chatwoot merges itself).
    """

    def __init__(self, null_removes):
        self.null_removes = null_removes

    def _same(self, current, key, value):
        if value is None and self.null_removes:
            return key not in current
        return current.get(key) == value

    def changed(self, key, value, obj):
        current = obj.get(key) or {}
        if all(self._same(current, k, v) for k, v in value.items()):
            return None
        merged = dict(current, **value)
        return {k: v for k, v in merged.items() if v is not None or not self.null_removes}

    def predict(self, key, obj, change):
        obj[key] = {k: copy.deepcopy(v) for k, v in change.items() if v is not None or not self.null_removes}

    def view(self, key, obj, value):
        current = obj.get(key) or {}
        return {key: {k: current.get(k) for k in value}}

    def payload(self, key, change):
        return key, {k: v for k, v in change.items() if v is not None or not self.null_removes}


class FeatureFlags(Equal):
    """Features by name, true to enable and false to disable. Chatwoot returns the enabled ones only ({name: true}) and
    toggles only the names sent; they are sent as JSON booleans, since Chatwoot enables any present value ("false")."""

    def changed(self, key, value, obj):
        current = obj.get(key) or {}
        change = {name: wanted for name, wanted in value.items() if bool(current.get(name)) != wanted}
        return change or None

    def predict(self, key, obj, change):
        features = dict(obj.get(key) or {})
        for name, wanted in change.items():
            if wanted:
                features[name] = True
            else:
                features.pop(name, None)
        obj[key] = features

    def view(self, key, obj, value):
        current = obj.get(key) or {}
        return {key: {name: bool(current.get(name)) for name in value}}


def mapping_of(kinds, what, allow_null=False):
    """A check that a hash option's values are of the given Python types (not booleans for numbers), or null if allowed."""
    def check(label, value):
        for name, item in value.items():
            if item is None and allow_null:
                continue
            if isinstance(item, bool) and bool not in kinds or not isinstance(item, kinds):
                raise OptionError('%s.%s must be %s, got %r.' % (label, name, what, item))
    return check


def known_names(names, what):
    """A check that a hash option's keys are among names."""
    def check(label, value):
        unknown = sorted(set(value) - set(names))
        if unknown:
            raise OptionError('%s: %s %s unknown to Chatwoot; %s are: %s.'
                              % (label, ', '.join(unknown), 'is' if len(unknown) == 1 else 'are', what, ', '.join(names)))
    return check
