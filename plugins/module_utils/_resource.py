# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""A Chatwoot resource described by its field table, and everything that derives from the table.

Pure, no I/O: the argument spec, the desired state from module options, the comparison with Chatwoot's object,
the check-mode prediction, the create and update payloads, secret masking and the diff view. No resource's field
name appears here: what is particular to a field is a strategy named in its row (see _fields).

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import copy
import string
from urllib.parse import quote

from ansible_collections.community.chatwoot.plugins.module_utils._fields import NOT_RENDERED
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError


def article(word):
    return 'an' if word[:1].lower() in 'aeiou' else 'a'


def id_or_key(value):
    """How an option names an object: (id, None) for an id (an int, or a string of digits; never a bool), else
    (None, the value), its natural key (a name, an e-mail address). The one place that tells the two apart."""
    text = str(value).strip()
    return (int(text), None) if text.isdigit() and not isinstance(value, bool) else (None, value)


class Resource:
    """One resource of an account, such as its inboxes or its labels.

    noun: singular name, used for the module's result key and in messages; plural likewise.
    path: the endpoint under /api/v1/accounts/{id}/ ('' for the account itself, a singleton). A '{key}' in it is a
      list_query key whose value is part of the path (the portal of a help center category); the objects listed or
      written there carry it under that key, as Chatwoot's JSON does not.
    item_key: the key whose value addresses one object in paths (id; a portal's slug).
    page_size: the number of objects per page of an index Chatwoot paginates (categories), else None.
    list_key, answer_key: the keys (a tuple for nested ones) of the list in the index answer and of the object in the
      create and update answers; None when the answer is the list or the object itself. create_answer_key: the
      create answer's, when it differs (an automation rule is created bare but updated under payload).
    list_path: the index's endpoint when the objects are listed elsewhere than at path (integration hooks, inside the
      apps of /integrations/apps); list_key may be a function of the index answer that returns the list.
    list_query: options sent as query parameters of the index, when Chatwoot lists per value (custom attributes).
    manageable: obj -> whether this module may change it; the others are not looked up (installation-wide bots).
    before_delete: (client, obj) -> None, raising OptionError when the object must not be deleted.
    fields: the field table (_fields.Field rows), options and the values Chatwoot returns alike.
    natural_key: the field that finds an object when no id is given; fold: how Chatwoot compares it (e.g. str.lower).
    variants: a _variants.Variants registry when the resource has variants (an inbox's channel types), else None.
    new_object: variant name -> the object as Chatwoot renders a new one, generated values null (check-mode create);
      by default, the rows' `new` values (_fields.Field).
    async_delete: Chatwoot deletes in a background job; the module waits for it (options wait, wait_timeout).
    not_found_hint: why an object can be missing although it exists, appended to "there is no ..." messages.
    required: fields a create needs (Chatwoot's presence validations), checked before any request.
    checks: callables (desired) for rules that tie several options together.
    warn_update: (obj, changes) -> warnings about an update (a rule Chatwoot may have turned off by itself).
    resend: fields sent with every update, changed or not, because Chatwoot resets them when left out (a macro's
      visibility, an agent's custom role): the desired value, else the object's (the field's compare.kept).
    whole_scopes: option groups Chatwoot replaces whole on update (an integration hook's settings): a change to one
      key of the group sends every key of it that the options set, write-only ones too.
    narrow: (objects, params) -> those of the objects the options can mean besides their natural key, when that key
      alone does not tell them apart (a Dialogflow hook's inbox); used when no id is given.
    create_checks: callables (desired) for rules that only a create must meet (the settings an app requires).
    """

    def __init__(self, noun, path, fields, natural_key='name', plural=None, list_key=None, answer_key=None, list_query=(),
                 fold=None, variants=None, new_object=None, async_delete=False, not_found_hint='', required=(), checks=(),
                 manageable=None, before_delete=None, create_answer_key=Ellipsis, resend=(), warn_update=None, item_key='id',
                 page_size=None, list_path=None, whole_scopes=(), narrow=None, create_checks=()):
        self.noun = noun
        self.item_key = item_key
        self.page_size = page_size
        self.path_keys = tuple(name for _text, name, _spec, _conv in string.Formatter().parse(path) if name)
        self.plural = plural or noun + 's'
        self.path = path
        self.list_key = list_key
        self.list_path = path if list_path is None else list_path
        self.whole_scopes = tuple(whole_scopes)
        self.narrow = narrow or (lambda objects, params: objects)
        self.create_checks = tuple(create_checks)
        self.answer_key = answer_key
        self.create_answer_key = answer_key if create_answer_key is Ellipsis else create_answer_key
        self.resend = tuple(resend)
        self.warn_update = warn_update or (lambda obj, changes: [])
        self.list_query = tuple(list_query)
        self.manageable = manageable or (lambda obj: True)
        self.before_delete = before_delete or (lambda client, obj: None)
        self.fields = {f.name: f for f in fields}
        self.natural_key = natural_key
        self.fold = fold or (lambda value: value)
        self.variants = variants
        if variants:
            variants.bind(fields)
        self.new_object = new_object or self._new_from_rows
        self.async_delete = async_delete
        self.not_found_hint = not_found_hint
        self.required = tuple(required)
        self.checks = tuple(checks)
        # The rows never change once the table is built; a module for many objects asks for them per key per object.
        rows = {f.name: f for f in self.fields.values() if f.spec is not None}
        for field in variants.own_fields() if variants else ():
            rows.setdefault(field.name, field)
        self._options = rows
        self.secret_keys = frozenset(f.name for f in list(self.fields.values()) + list(rows.values()) if f.secret)
        # return_secrets only where Chatwoot returns a secret: a write-only one (a hook's API key) never comes back
        self.returns_secrets = any(f.secret and not f.write_only for f in list(self.fields.values()) + list(rows.values()))
        self.has_write_only = any(f.write_only for f in rows.values())

    # -- the table -----------------------------------------------------------------------------------------
    def _new_from_rows(self, variant=None):
        """A new object of this variant: each row's `new` value, the variant's own row before the table's."""
        rows = dict(self.fields)
        if self.variants and variant:
            rows.update(self.variants.by_name[variant].own)
        obj = {}
        for name, field in rows.items():
            value = field.new_value(variant)
            if value is not NOT_RENDERED:
                obj[name] = value
        return obj

    def options(self):
        """Every option row: the table's and the variants' own (one row per name; variants that share a name share its spec)."""
        return list(self._options.values())

    def field(self, key, variant=None):
        """The row of a key: the variant's own row when it has one (sms and whatsapp differ on provider_config)."""
        own = self.variants.own_field(variant, key) if self.variants else None
        return own or self.fields.get(key) or self._options[key]

    def scope_of(self, key):
        field = self._options.get(key) or self.fields.get(key)
        return field.scope if field else None

    @property
    def a_noun(self):
        return '%s %s' % (article(self.noun), self.noun)

    @property
    def singleton(self):
        return self.path == ''

    def key_of(self, obj):
        return obj.get(self.natural_key)

    def _filled(self, template, values):
        return template.format(**{key: quote(str(values[key]), safe='') for key in self.path_keys})

    def collection_path(self, values):
        """The endpoint with the values of its path keys (a category's portal) taken from values."""
        return self._filled(self.path, values)

    def index_path(self, values):
        """The index's endpoint (list_path, else path) with the values of its path keys."""
        return self._filled(self.list_path, values)

    def item_path(self, obj):
        """The endpoint of one object: its collection's, then the value of item_key."""
        return '%s/%s' % (self.collection_path(obj), quote(str(obj[self.item_key]), safe=''))

    def stamped(self, obj, values):
        """The object with its path keys' values, which Chatwoot's JSON leaves out (the portal of a category)."""
        if obj is not None and self.path_keys:
            obj.update({key: values[key] for key in self.path_keys})
        return obj

    def argument_spec(self):
        """The module's options: the table's, grouped by scope, plus id, state and what the table calls for."""
        spec = {} if self.singleton else {'id': {'type': 'int'}, 'state': {'type': 'str', 'choices': ['present', 'absent'], 'default': 'present'}}
        groups = {}
        for field in self.options():
            (groups.setdefault(field.scope, {}) if field.scope else spec)[field.name] = field.argument_spec()
        if self.variants:
            groups.setdefault(self.variants.scope, {}).update(self.variants.argument_spec())
        for scope, options in groups.items():
            spec[scope] = {'type': 'dict', 'options': options}
        if self.async_delete:
            spec.update(wait={'type': 'bool', 'default': True}, wait_timeout={'type': 'int', 'default': 120})
        if self.returns_secrets:
            spec['return_secrets'] = {'type': 'bool', 'default': False, 'no_log': False}
        if self.has_write_only:
            spec['update_secrets'] = {'type': 'str', 'choices': ['on_create', 'always'], 'default': 'on_create', 'no_log': False}
        return spec

    def info_argument_spec(self):
        """The options of the resource's _info module: filters by id and natural key."""
        spec = {'id': {'type': 'int'}, self.natural_key: {'type': self.fields[self.natural_key].spec['type']}}
        if self.returns_secrets:
            spec['return_secrets'] = {'type': 'bool', 'default': False, 'no_log': False}
        return spec

    def reference_argument_spec(self):
        """Options another module names an existing object with: <noun> (natural key) or <noun>_id."""
        return {self.noun: {'type': self.fields[self.natural_key].spec['type']}, self.noun + '_id': {'type': 'int'}}

    # -- options -> desired state --------------------------------------------------------------------------
    def variant_of(self, params):
        return self.variants.of_params(params) if self.variants else None

    def desired(self, params):
        """The options the user set, checked, normalised as Chatwoot stores them, keyed like Chatwoot's JSON.

        Unset options are absent: they are not managed.
        """
        desired = {}
        for field in self.options():
            source = (params.get(field.scope) or {}) if field.scope else params
            if source.get(field.name) is not None:
                desired[field.name] = source[field.name]
        for check in self.checks:
            check(desired)
        if params.get('wait_timeout') is not None and params['wait_timeout'] < 0:
            raise OptionError('wait_timeout must not be negative, got %s.' % params['wait_timeout'])
        variant = self.variant_of(params)
        if variant:
            self.variants.check_fields(self, variant, desired)
        # Keys whose row depends on the variant wait for it: an update learns the variant from the object.
        return self.finish(desired, None if self.variants and not variant else variant, shared_only=not variant)

    def finish(self, desired, variant, shared_only=False):
        """Check and normalise the desired values with their rows (only the rows all variants share, when shared_only)."""
        for key, value in list(desired.items()):
            if shared_only and self.variants and self.variants.owns(key):
                continue
            field = self.field(key, variant)
            for check in field.checks:
                check(field.label, value)
            if field.normalise:
                desired[key] = field.normalise(value)
        return desired

    # -- compare, predict ----------------------------------------------------------------------------------
    def check_against(self, obj, desired, variant=None):
        """Fail on values Chatwoot would refuse or skip once combined with the object's current state."""
        for key, value in desired.items():
            self.field(key, variant).compare.check(key, obj, value)

    def changes(self, desired, obj, update_secrets='on_create', variant=None):
        """The desired keys whose value differs from the object's, as the values to send."""
        changes = {}
        for key, value in desired.items():
            field = self.field(key, variant)
            if (field.write_only and update_secrets != 'always') or not field.on_update:
                continue
            change = field.compare.changed(key, value, obj)
            if change is not None:
                changes[key] = change
        for scope in self.whole_scopes:
            if any(self.scope_of(key) == scope for key in changes):
                changes.update((key, value) for key, value in desired.items() if self.scope_of(key) == scope and key not in changes)
        return changes

    def predict(self, obj, changes, variant=None):
        """The object as Chatwoot will return it once the changes are applied."""
        result = copy.deepcopy(obj)
        for key, change in changes.items():
            self.field(key, variant).compare.predict(key, result, change)
        return result

    def check_create(self, desired):
        for key in self.required:
            if key not in desired:
                raise OptionError('%s is required to create %s.' % (self.field(key).label, self.a_noun))
        for check in self.create_checks:
            check(desired)

    def predict_new(self, variant, desired, base_url=''):
        """A new object as Chatwoot will return it; new_object leaves its generated values (id, tokens) null. base_url:
        the api_url, taken for Chatwoot's own address (FRONTEND_URL) in the URLs it builds."""
        obj = self.predict(self.new_object(variant), desired, variant)
        if self.variants:
            self.variants.by_name[variant].stored(obj, base_url)
        return obj

    # -- payloads ------------------------------------------------------------------------------------------
    def _payload(self, values, variant=None):
        payload = {}
        for key, value in values.items():
            if key in self.path_keys:  # in the path, not in the body
                continue
            field = self.field(key, variant)
            scope = field.scope
            name, sent = field.compare.payload(key, value)
            (payload.setdefault(scope, {}) if scope else payload)[name] = sent
        return payload

    def create_request(self, variant, desired):
        """(path, POST body, payload left for the update right after): what Chatwoot ignores on create, see deferred()."""
        payload = self._payload({k: v for k, v in desired.items() if self.field(k, variant).on_create}, variant)
        if self.variants:
            return self.variants.create_request(self, variant, payload)
        return self.collection_path(desired), payload, {}

    def deferred(self, desired, variant=None):
        """The desired values that Chatwoot ignores on create, to be set by an update right after it."""
        return {k: v for k, v in desired.items() if not self.field(k, variant).on_create}

    def update_payload(self, changes, variant=None):
        """PATCH body. Never carries the variant option: a variant cannot change."""
        return self._payload(changes, variant)

    # -- results -------------------------------------------------------------------------------------------
    def mask(self, obj, keep_secrets=False):
        """The object without its secrets, unless the user asked for them."""
        if not obj or keep_secrets:
            return obj
        return {k: v for k, v in obj.items() if k not in self.secret_keys}

    def view(self, obj, desired, variant=None):
        """The part of an object that the options manage, for diffs: its natural key and the keys set, never a secret."""
        if not obj:
            return {}
        view = {self.natural_key: obj.get(self.natural_key)}
        for key, value in desired.items():
            view.update(self.field(key, variant).compare.view(key, obj, value))
        return self.mask(view)

    # -- lookup --------------------------------------------------------------------------------------------
    def select(self, objects, object_id=None, key=None):
        """The objects with this id and/or this natural key (compared as Chatwoot does), in Chatwoot's order."""
        return [o for o in objects if self.manageable(o) and (object_id is None or o['id'] == object_id)
                and (key is None or self.fold(self.key_of(o)) == self.fold(key))]

    def find(self, objects, object_id=None, key=None, id_option='id'):
        """The object with this id, else the one with this natural key; None if there is none; an error if several."""
        if object_id is not None:
            return next(iter(self.select(objects, object_id)), None)
        matches = self.select(objects, key=key)
        if len(matches) > 1:
            shared = 'are named %r' % key if self.natural_key == 'name' else 'have the %s %r' % (self.natural_key.replace('_', ' '), key)
            raise OptionError('%d %s %s (ids %s); set %s to say which one to manage.'
                              % (len(matches), self.plural, shared, ', '.join(str(o['id']) for o in matches), id_option))
        return matches[0] if matches else None

    def lookup(self, objects, params, id_option='id'):
        """The object a module's options name: by id, else by natural key among the objects narrow() leaves."""
        object_id = params.get('id')
        if object_id is None:
            objects = self.narrow(objects, params)
        return self.find(objects, object_id, params.get(self.natural_key), id_option)

    def described(self, key):
        return 'named %r' % key if self.natural_key == 'name' else 'with %s %r' % (self.natural_key.replace('_', ' '), key)
