# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Bringing many objects of one resource to their state with one GET of the resource's index.

A module for many objects takes a list option whose items are the options of the resource's module for one
object, plus the options that concern the whole result (return_secrets, update_secrets) once. ensure_many()
reads the index once (once per query, for resources Chatwoot lists per value of an option), then runs _ensure's
cycle for every item against that index, which it keeps current after each create and delete so that later items
see what earlier ones did.

Nothing is written unless every item is valid: the items are first planned in check mode against the index (which
also finds ambiguous names, unknown ids and channel types that cannot change), and only then run for real.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure, list_query
from ansible_collections.community.chatwoot.plugins.module_utils._errors import ChatwootError, ManyError, MissingParent, OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource_client import ResourceClient

# Options of the one-object module that concern the result or the whole run: set once for the list.
SHARED_OPTIONS = ('return_secrets', 'update_secrets')


def many_argument_spec(resource, option=None):
    """The options of the module for many: `option` (default the plural), a list of the one-object module's
    options, plus the shared options once. An item needs an id or a natural key."""
    items = resource.argument_spec()
    spec = {key: items.pop(key) for key in SHARED_OPTIONS if key in items}
    # An item needs an id or a natural key: checked by ensure_many, whose message names the item (Ansible's does not).
    spec[option or resource.plural] = {'type': 'list', 'elements': 'dict', 'required': True, 'options': items}
    return spec


class _Index:
    """The objects as read once, by id and by folded natural key, kept current after creates and deletes.

    candidates() gives ensure() the objects an item can match (same id, or same natural key), which is all it looks
    at, so n items cost n lookups rather than n scans of the whole index.
    """

    def __init__(self, resource, objects):
        self.resource = resource
        self.by_id = {}
        self.by_key = {}
        for obj in objects:
            self.add(obj)

    def _key(self, obj):
        key = self.resource.key_of(obj)
        return None if key is None else self.resource.fold(key)

    def add(self, obj):
        if obj.get('id') is not None:
            self.by_id[obj['id']] = obj
        self.by_key.setdefault(self._key(obj), []).append(obj)

    def remove(self, obj):
        if obj.get('id') is not None:
            self.by_id.pop(obj['id'], None)
        same = self.by_key.get(self._key(obj), [])
        same[:] = [o for o in same if o is not obj and (obj.get('id') is None or o.get('id') != obj['id'])]

    def replace(self, old, new):
        if old is not None:
            self.remove(old)
        self.add(new)

    def candidates(self, params):
        if params.get('id') is not None:
            found = self.by_id.get(params['id'])
            return [found] if found is not None else []
        key = params.get(self.resource.natural_key)
        return list(self.by_key.get(None if key is None else self.resource.fold(key), ()))


def _item_params(item, shared):
    params = dict(item)
    params.update(shared)
    params['return_secrets'] = True  # masked here, after the index is updated with the whole object
    return params


def _described(resource, option, index, item):
    key = item.get(resource.natural_key)
    if key is not None:
        return '%s[%d] (%s %r)' % (option, index, resource.natural_key, key)
    if item.get('id') is not None:
        return '%s[%d] (id %s)' % (option, index, item['id'])
    return '%s[%d]' % (option, index)


def _run(resource, client, items, shared, check_mode, option, lists, results, report=True, planned_parents=lambda query: False):
    """Ensure every item in order; append their results to results.

    lists: the indexes as read, by list query, read at the first item that needs one and kept for a later run.
    report: whether a ManyError carries the results so far (not when the run is a plan before writing).
    planned_parents: (list query) -> whether a parent named in the path that does not exist has no objects yet (an
      earlier check-mode task would have created it) instead of being an error.
    """
    endpoints = ResourceClient(resource, client)
    indexes = {}
    for index, item in enumerate(items):
        params = _item_params(item, shared)
        try:
            query = list_query(resource, resource.desired(params))
            cache_key = tuple(sorted((query or {}).items()))
            if cache_key not in lists:
                try:
                    lists[cache_key] = endpoints.list(query)
                except MissingParent:
                    if not planned_parents(query):
                        raise
                    lists[cache_key] = []
            if cache_key not in indexes:
                indexes[cache_key] = _Index(resource, lists[cache_key])
            objects = indexes[cache_key]
            before = objects.candidates(params)
            result = ensure(resource, client, params, check_mode, listed=before)
        except OptionError as exc:
            raise OptionError('%s: %s' % (_described(resource, option, index, item), exc)) from None
        except ChatwootError as exc:
            raise ManyError('%s: %s' % (_described(resource, option, index, item), exc.message),
                            _combine(resource, results if report else [], shared),
                            exc.to_result()['api_error']) from None
        obj = result[resource.noun]
        old = resource.lookup(before, params) if before else None
        if result['changed']:
            if params['state'] == 'absent':
                objects.remove(old)
            else:
                objects.replace(old, obj)
        result['warnings'] = ['%s: %s' % (_described(resource, option, index, item), w) for w in result.get('warnings') or ()]
        results.append(result)


def _combine(resource, results, shared):
    keep = shared.get('return_secrets')
    return {
        'changed': any(r['changed'] for r in results),
        resource.plural: [resource.mask(r[resource.noun], keep) for r in results],
        'diff': {'before': [r['diff']['before'] for r in results], 'after': [r['diff']['after'] for r in results]},
        'warnings': [w for r in results for w in r['warnings']],
    }


def diff_per_item(resource, items, result, option=None):
    """The result with its diff as Ansible's list of diffs, one per item with the item as header, in place.

    Ansible's callbacks show a diff whose before and after are dicts or text, not lists: as lists, --diff shows
    nothing. A diff per item shows each object under its own header, and nothing for an unchanged one.
    """
    diff = result.get('diff')
    if isinstance(diff, dict):
        option = option or resource.plural
        result['diff'] = [
            {'before': before, 'after': after,
             'before_header': _described(resource, option, index, item), 'after_header': _described(resource, option, index, item)}
            for index, (item, before, after) in enumerate(zip(items, diff['before'], diff['after']))]
    return result


def ensure_many(resource, client, items, check_mode, shared=None, option=None, planned_parents=None):
    """Bring every item (the one-object module's options) to its state; one module result for them all.

    shared: the SHARED_OPTIONS, applied to every item. option: the list option's name, for messages.
    Result: changed if any item changed; <plural>: the objects in the order of the items, secrets masked unless
    return_secrets; diff: {before: [...], after: [...]} in the same order; warnings prefixed with their item.
    Bad options of any item (found by the object's checks, or by planning every item against the index) raise
    OptionError before the first write. An API failure at an item raises ManyError, with the items done before it.
    planned_parents: in check mode, (list query) -> whether a parent named in the path that does not exist is one an
    earlier task would create (by default, any is).
    """
    shared = dict(shared or {})
    option = option or resource.plural
    for index, item in enumerate(items):
        try:
            if not resource.singleton and item.get('id') is None and item.get(resource.natural_key) is None:
                raise OptionError('one of id, %s is required.' % resource.natural_key)
            resource.desired(_item_params(item, shared))
        except OptionError as exc:
            raise OptionError('%s: %s' % (_described(resource, option, index, item), exc)) from None
    lists = {}
    planned = []
    if planned_parents is None:
        planned_parents = (lambda query: True) if check_mode else (lambda query: False)
    _run(resource, client, items, shared, True, option, lists, planned, report=check_mode, planned_parents=planned_parents)
    if check_mode or not any(r['changed'] for r in planned):
        return _combine(resource, planned, shared)
    # The run starts again from the objects as read (the plan's index holds its predictions), without a new GET.
    done = []
    _run(resource, client, items, shared, False, option, lists, done)
    return _combine(resource, done, shared)
