# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Bringing one object of any resource to the state its options describe, and reading objects back.

The cycle every resource module shares: look the object up (by id, else by natural key), then create, update or
delete it, or in check mode predict what Chatwoot would return, and build the result: the object under the
resource's noun, its secrets masked, and a diff of the managed part.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._api_client import UNCERTAIN_STATUSES
from ansible_collections.community.chatwoot.plugins.module_utils._errors import ChatwootError, OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import id_or_key
from ansible_collections.community.chatwoot.plugins.module_utils._resource_client import ResourceClient


def ensure(resource, client, params, check_mode, listed=None):
    """Bring the object to params['state']; return the module result (changed, <noun>, diff, warnings).

    listed: the index as read already, for a caller that ensures many objects with one GET of the list.
    """
    endpoints = ResourceClient(resource, client)
    desired = resource.desired(params)
    variant = resource.variant_of(params)
    cycle = _Cycle(resource, endpoints, desired, params, check_mode)
    if resource.singleton:
        resolve_references(resource, client, desired)
        return cycle.update(endpoints.get_singleton(), variant)
    if listed is None:
        listed = endpoints.list(list_query(resource, desired))
    obj = resource.lookup(listed, params)
    if params['state'] == 'absent':
        return cycle.absent(obj)
    if obj is None:
        if params.get('id') is not None:
            raise OptionError('There is no %s with id %s in account %s; to create %s, leave id unset.'
                              % (resource.noun, params['id'], client.account_id, resource.a_noun))
        resolve_references(resource, client, desired)
        return cycle.create(variant or (resource.variants.default if resource.variants else None))
    resolve_references(resource, client, desired)
    return cycle.update(obj, variant)


def ensure_object(resource, endpoints, params, check_mode, obj):
    """The cycle for an object its module looked up itself (None when there is none), for resources the engine cannot
    find by listing an account's index (the Platform API's). endpoints: a ResourceClient."""
    cycle = _Cycle(resource, endpoints, resource.desired(params), params, check_mode)
    if params['state'] == 'absent':
        return cycle.absent(obj)
    if obj is None:
        return cycle.create(None)
    return cycle.update(obj, None)


def list_query(resource, desired):
    """The index's query parameters, for resources Chatwoot lists per value of an option."""
    return {key: desired[key] for key in resource.list_query if key in desired} or None


def resolve_references(resource, client, desired):
    """Replace each option that names another object (by id or natural key) with that object, and the names inside a
    value with what Chatwoot stores for them; an error if one is unknown."""
    for key in list(desired):
        field = resource.field(key)
        if hasattr(field.compare, 'resolve'):  # objects named inside the value (_nested_references)
            desired[key] = field.compare.resolve(client, desired[key], field.label)
        target = field.reference
        if target is None:
            continue
        value = desired[key]
        text = str(value).strip()
        if not text and getattr(field.compare, 'blank_means_none', False):
            desired[key] = {'id': None}
            continue
        object_id, name = id_or_key(value)
        desired[key] = ResourceClient(target, client).target(object_id, name, id_option=key)


def info(resource, client, params):
    """The module result of an _info module: the objects with params' id and/or natural key, never changed.

    An id that matches nothing is an error; a natural key that matches nothing gives an empty list.
    """
    object_id, key = params.get('id'), params.get(resource.natural_key)
    selected = resource.select(ResourceClient(resource, client).list(), object_id, key)
    if object_id is not None and not selected:
        raise OptionError('There is no %s with id %s%s in account %s%s.'
                          % (resource.noun, object_id, '' if key is None else ' ' + resource.described(key), client.account_id,
                             resource.not_found_hint))
    return {'changed': False, resource.plural: [resource.mask(o, params.get('return_secrets')) for o in selected]}


class _Cycle:
    """One module run's create, update or delete of one object."""

    def __init__(self, resource, endpoints, desired, params, check_mode):
        self.resource = resource
        self.endpoints = endpoints
        self.desired = desired
        self.params = params
        self.check_mode = check_mode
        self.variant = None
        self.warnings = []

    def create(self, variant):
        resource, desired = self.resource, self.desired
        resource.check_create(desired)
        if resource.variants:
            resource.variants.check_create(resource, variant, desired)
            resource.finish(desired, variant)
        self.variant = variant
        obj = resource.predict_new(variant, desired, self.endpoints.client.api_url)
        resource.check_against(resource.new_object(variant), desired, variant)
        self._warn_remote(variant)
        if not self.check_mode:
            path, body, left = resource.create_request(variant, desired)
            obj = self._create_once(path, body)
            # What Chatwoot ignores on create is set by the update that follows.
            changes = resource.changes(resource.deferred(desired, variant), obj, variant=variant)
            payload = dict(resource.update_payload(changes, variant), **left) if (changes or left) else None
            if payload:
                obj = self.endpoints.update(obj, payload)
        return self._result(True, obj, {}, obj)

    def _create_once(self, path, payload):
        """POST the object. If the answer is lost, it may exist all the same: adopt it rather than leave a twin behind."""
        try:
            return self.endpoints.create(payload, path, self.desired)
        except ChatwootError as exc:
            if exc.status not in UNCERTAIN_STATUSES:  # Chatwoot answered: nothing to guess
                raise
            key = self.desired[self.resource.natural_key]
            created = self.endpoints.find(key=key, query=list_query(self.resource, self.desired))
            noun = self.resource.noun
            if created is None:
                raise ChatwootError('%s No %s %s exists afterwards, so none was created; run again.'
                                    % (exc.message, noun, self.resource.described(key)), exc.method, exc.path) from None
            self.warnings.append('%s Chatwoot had created %s %s all the same: it was adopted, not created twice.'
                                 % (exc.message, noun, created['id']))
            return created

    def update(self, obj, variant):
        resource = self.resource
        if resource.variants:
            resource.variants.check_update(resource, obj, variant, self.desired)
            self.variant = resource.variants.of_object(obj)
            resource.finish(self.desired, self.variant)
        variant = self.variant
        resource.check_against(obj, self.desired, variant)
        changes = resource.changes(self.desired, obj, self.params.get('update_secrets', 'on_create'), variant)
        if not changes:
            return self._result(False, obj, obj, obj)
        for key in resource.resend:
            kept = self.desired[key] if key in self.desired else resource.field(key).compare.kept(key, obj)
            if kept is not None:
                changes.setdefault(key, kept)
        own = resource.variants.by_name[variant] if variant and resource.variants else None
        if own:
            changes = own.complete_update(changes, self.desired, obj)
        self.warnings.extend(resource.warn_update(obj, changes))
        self._warn_remote(variant)
        if self.check_mode:
            after = resource.predict(obj, changes, variant)
        elif resource.singleton:
            after = self.endpoints.update_singleton(resource.update_payload(changes, variant))
        else:
            after = self._update_once(obj, changes, own)
        return self._result(True, after, obj, after)

    def _update_once(self, obj, changes, variant):
        """PATCH the object. When Chatwoot saved settings whose connection check failed, send the previous ones back
        so that the object is as before and the next run tries the new ones again, and say what happened."""
        try:
            return self.endpoints.update(obj, self.resource.update_payload(changes, self.variant))
        except ChatwootError as exc:
            checked = variant.checked(changes) if variant else []
            failure = failed_check(exc)
            if not checked or failure is None:
                raise
            restored = 'the module put the previous connection settings back, so the next run tries the new ones again'
            try:
                self.endpoints.update(obj, self.resource.update_payload({k: obj[k] for k in checked if k in obj}, self.variant))
            except ChatwootError as again:
                refused = failed_check(again)  # the previous settings are checked too, and saved all the same
                restored = ('%s (the previous ones fail the check now as well: %s)' % (restored, refused) if refused is not None else
                            'putting the previous ones back failed (%s): the new ones stay saved, unchecked' % again.message)
            raise ChatwootError('Chatwoot saved the new settings of %s %s (%r) despite a failed connection check: %s; %s. '
                                'Correct them and run again.'
                                % (self.resource.noun, obj['id'], self.resource.key_of(obj), failure, restored),
                                exc.method, exc.path, exc.status, exc.body) from None

    def _warn_remote(self, variant):
        if variant and self.resource.variants:
            self.warnings.extend(self.resource.variants.by_name[variant].warnings(self.check_mode))

    def absent(self, obj):
        if obj is None:
            return {'changed': False, self.resource.noun: {}, 'diff': {'before': {}, 'after': {}}}
        self.resource.before_delete(self.endpoints.client, obj)
        if not self.check_mode:
            self.endpoints.delete(obj)
            if self.resource.async_delete and self.params['wait'] and not self.endpoints.wait_until_gone(obj, self.params['wait_timeout']):
                noun = self.resource.noun
                raise ChatwootError('Chatwoot accepted the deletion of %s %s (%r), but it still exists after %s seconds: Chatwoot '
                                    'deletes %s in a background job, which needs its Sidekiq worker. Check the worker, then run '
                                    'again, or raise wait_timeout.'
                                    % (noun, obj['id'], self.resource.key_of(obj), self.params['wait_timeout'], self.resource.plural))
        return self._result(True, obj, obj, {})

    def _result(self, changed, obj, before, after):
        resource = self.resource
        return {
            'changed': changed,
            resource.noun: resource.mask(obj, self.params.get('return_secrets')),
            'diff': {'before': resource.view(before, self.desired, self.variant),
                     'after': resource.view(after, self.desired, self.variant)},
            'warnings': self.warnings,
        }


def failed_check(exc):
    """Chatwoot's message when it answered a failed connection check, after which it saves the update all the same
    (inboxes_controller.rb:121-125 renders {"message"}); None for other errors (a refused record also names its
    "attributes", and saves nothing)."""
    body = exc.body
    if exc.status != 422 or not isinstance(body, dict) or 'attributes' in body or 'message' not in body:
        return None
    return str(body['message']).rstrip('.')
