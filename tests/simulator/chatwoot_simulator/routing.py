"""Rails routing and the steps every account route shares: authentication, account, parameters.

Routes come from the resource registry (``resources/__init__.py``) plus the
two unauthenticated endpoints below.
"""

import datetime
import re
from urllib.parse import parse_qsl

from .auth import account_role, authenticate, authenticate_platform_app
from .context import Context
from .errors import NotModelled, RouteNotFound
from .resource import Route
from .resources import ROUTES
from .responses import json_response

_QUERY_KEY = re.compile(r'^([^\[\]]+)((?:\[[^\]]*\])+)$')
_BRACKETS = re.compile(r'\[([^\]]*)\]')


def api_info(_ctx, config):
    """Checklist 70: ``GET /api`` needs no token and tells the version (``app/controllers/api_controller.rb``)."""
    now = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M:%S')
    return json_response(200, {'version': config.chatwoot_version, 'timestamp': now,
                               'queue_services': 'ok', 'data_services': 'ok'})


def health_check(_ctx, _config):
    return json_response(200, {'status': 'woot'})


_ALL_ROUTES = [Route(('GET',), r'^/api$', api_info, authenticated=False),
               Route(('GET',), r'^/health$', health_check, authenticated=False)] + ROUTES


def normalise_path(path):
    """Rails ignores a trailing slash and accepts an explicit ``.json`` format."""
    if path.endswith('.json'):
        path = path[:-len('.json')]
    if len(path) > 1:
        path = path.rstrip('/')
    return path


def match(method, path, config):
    """Find the route; returns ``(route, path_args)`` or raises RouteNotFound."""
    if method == 'HEAD':
        method = 'GET'  # Rails routes HEAD like GET
    path = normalise_path(path)
    for route in _ALL_ROUTES:
        found = route.regex.match(path)
        if found and method in route.methods and (route.since is None or config.at_least(route.since)):
            return route, found.groupdict()
    raise RouteNotFound(path)


def query_params(query):
    """Rack-style nested query parameters (``a[b]=1``, ``ids[]=1``); values stay strings."""
    params = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        found = _QUERY_KEY.match(key)
        parts = [found.group(1)] + _BRACKETS.findall(found.group(2)) if found else [key]
        target = params
        for position, part in enumerate(parts):
            if position == len(parts) - 1:
                target[part] = value
            elif parts[position + 1] == '':
                current = target.get(part)
                target[part] = (current if isinstance(current, list) else []) + [value]
            else:
                if not isinstance(target.get(part), dict):
                    target[part] = {}
                target = target[part]
                continue
            break
    return params


def dispatch(route, path_args, params, headers, store, config, body=None, json_body=False):
    """Run authentication and the account check (§6.3 order), then the handler."""
    if not route.authenticated:
        return route.handler(None, config)
    if route.platform:
        platform_app_id = authenticate_platform_app(headers, config, store)
        params = dict(params)
        params.update(path_args)
        return route.handler(Context(store, config, params, path_args, None, None, None, body, json_body,
                                     platform_app_id=platform_app_id))
    _label, user_id = authenticate(headers, config, store)
    account_id, role = None, None  # routes outside an account (``/profile``) only need the token
    if 'account_id' in path_args:
        account_id, role = account_role(store, path_args.pop('account_id'), user_id)
    if params.get('_multipart'):
        raise NotModelled('multipart/form-data requests (avatar uploads) are not modelled by the simulator')
    params = dict(params)
    params.update(path_args)  # path parameters win, as in Rails
    return route.handler(Context(store, config, params, path_args, account_id, user_id, role, body, json_body))
