# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Runs this collection's modules in the controller's process when they would run on the controller anyway.

Every module has an action plugin of its name in plugins/action that is this class. A module file builds one
ChatwootModule (its options and its work); the action validates the task's arguments with Ansible's own ArgumentSpecValidator and runs that
object, so a task pays no module start (AnsiballZ, a new Python, importing requests) and a loop pays none per item.
The result is the module's: same options, messages, warnings, invocation and masking of no_log values.

The module runs as usual instead, on the host Ansible would run it on, when the task's connection is not local
(for example an API only reachable from a remote host), with async, or when the controller's Python lacks a
recent enough requests.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import warnings

from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible.module_utils.common.json import Direction, get_module_decoder, get_module_encoder
from ansible.module_utils.common.parameters import remove_values
from ansible.module_utils.errors import UnsupportedError
from ansible.plugins.action import ActionBase
from ansible.utils.vars import merge_hash

from ansible_collections.community.chatwoot.plugins.module_utils._api_client import HAS_REQUESTS, requirements_problem

COLLECTION = 'community.chatwoot'
LOCAL_TRANSPORTS = ('local', 'ansible.builtin.local')
# How arguments reach a module and its result comes back; passing through it keeps the types a module sees.
PROFILE = 'legacy'


class ControllerModule(ActionBase):
    """The action of every module of the collection."""

    _supports_check_mode = True
    _supports_async = True

    def run(self, tmp=None, task_vars=None):
        result = super().run(tmp, task_vars)
        del tmp  # no longer has any effect
        module = self._module_to_run_here()
        if module is None:
            return self._run_as_module(result, task_vars)
        environment = {}
        self._compute_environment_string(environment)  # the task's `environment`, templated
        with _environ(environment):  # what the module process would see: env fallbacks, proxies, CA bundle
            return merge_hash(result, self._run_here(module))

    def _module_to_run_here(self):
        """The module's ChatwootModule when it can run in this process, else None."""
        collection, dummy, name = (self._task.resolved_action or self._task.action).rpartition('.')
        if collection != COLLECTION or self._task.async_val or self._connection.transport not in LOCAL_TRANSPORTS:
            return None
        if not HAS_REQUESTS or requirements_problem():
            return None  # the module, run as usual, reports it (or its Python has requests)
        return importlib.import_module('ansible_collections.%s.plugins.modules.%s' % (COLLECTION, name)).MODULE

    def _run_here(self, module):
        encoder = get_module_encoder(PROFILE, Direction.CONTROLLER_TO_MODULE)
        decoder = get_module_decoder(PROFILE, Direction.CONTROLLER_TO_MODULE)
        args = json.loads(json.dumps(self._task.args, cls=encoder), cls=decoder)
        validation = ArgumentSpecValidator(module.argument_spec, **module.constraints).validate(args)
        no_log_values = set(validation._no_log_values)  # pylint: disable=protected-access
        params = validation.validated_parameters
        if validation.error_messages:
            message = validation.errors.msg
            if isinstance(validation.errors[0], UnsupportedError):
                message = 'Unsupported parameters for (%s) module: %s' % (self._task.action, message)
            result = {'failed': True, 'msg': message}
        else:
            # Python warnings (urllib3's InsecureRequestWarning) went to a module's stderr, which Ansible drops;
            # here they would reach the terminal. The module reports what matters as Ansible warnings.
            with warnings.catch_warnings(record=True):
                warnings.simplefilter('always')
                result = module.result(params, bool(self._task.check_mode), bool(self._task.diff))
            no_log_values.update(result.pop('no_log_values', ()))
            result['warnings'] = ['Both option %s and its alias %s are set.' % (w['option'], w['alias'])
                                  for w in validation._warnings] + result['warnings']  # pylint: disable=protected-access
        if not result.get('warnings'):
            result.pop('warnings', None)
        result['invocation'] = {'module_args': params}
        result = remove_values(result, no_log_values)
        # As if it had come from a module process: JSON types only.
        encoder = get_module_encoder(PROFILE, Direction.MODULE_TO_CONTROLLER)
        decoder = get_module_decoder(PROFILE, Direction.MODULE_TO_CONTROLLER)
        return json.loads(json.dumps(result, cls=encoder), cls=decoder)

    def _run_as_module(self, result, task_vars):
        wrap_async = self._task.async_val and not self._connection.has_native_async
        result = merge_hash(result, self._execute_module(task_vars=task_vars, wrap_async=wrap_async))
        if not wrap_async:
            self._remove_tmp_path(self._connection._shell.tmpdir)
        return result


@contextlib.contextmanager
def _environ(extra):
    """os.environ with extra set, as a module process started with them would have it; restored afterwards."""
    saved = {key: os.environ.get(key) for key in extra}
    os.environ.update({key: str(value) for key, value in extra.items()})
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
