"""The request pipeline shared by every transport: controls, faults, throttle, Chatwoot routes, log.

``App.handle`` takes a transport-neutral :class:`Request` and returns a
:class:`~chatwoot_simulator.responses.Response`; ``server.py`` does the HTTP.
"""

import json
import sys
import time
import traceback

from . import controls, faults, remote, routing
from .auth import token_label
from .errors import ApiError, RouteNotFound, ServerCrash
from .ratelimit import RateLimiter
from .request_log import RequestLog, body_for_log
from .resources import REGISTRY
from .responses import Response, bad_request, head, json_response, route_not_found
from .sdk import CORS_HEADERS, SDK_JS, SdkReports

# MIME types Rails parses as JSON parameters.
_JSON_TYPES = ('application/json', 'text/x-json', 'application/jsonrequest')


class Request:
    """What the simulator needs of an HTTP request."""

    def __init__(self, method, path, query, headers, body, client_ip):
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.client_ip = client_ip

    @property
    def media_type(self):
        return (self.headers.get('Content-Type') or '').split(';')[0].strip().lower()


class App:
    """Simulator state plus the pipeline; one instance per running simulator."""

    def __init__(self, config, store):
        self.config = config
        self.store = store
        store.on_remove = {resource.table: resource.on_remove for resource in REGISTRY if resource.on_remove}
        self.faults = faults.FaultRegistry()
        self.log = RequestLog()
        self.sdk_reports = SdkReports()
        self.rate = RateLimiter()

    def handle(self, request):
        if request.path == '/_simulator' or request.path.startswith('/_simulator/'):
            return controls.handle(self, request)  # never logged, never faulted
        if request.path == '/packs/js/sdk.js' and request.method in ('GET', 'HEAD'):
            return Response(200, SDK_JS.encode('utf-8'), 'application/javascript', CORS_HEADERS)
        return self._api(request)

    def reset(self):
        """Back to the start-up state (POST /_simulator/reset)."""
        with self.store.lock:
            self.store.clear()
            self.store.save_if_dirty()
        self.faults.clear()
        remote.services(self.store).reset()
        self.log.clear()
        self.sdk_reports.clear()
        self.rate.reset()
        self.config.reset()

    def _api(self, request):
        started = time.time()
        remote.services(self.store).begin()
        action = self.faults.take(request.method, request.path)
        response = faults.error_response(action) if action else None
        if response is None:
            if action and 'delay' in action:
                time.sleep(action['delay'])
            response = self.rate.check(request.client_ip, request.path, self.config) or self._chatwoot(request)
            response.drop = bool(action and action.get('drop_after_apply'))
        entry = {'method': request.method, 'path': request.path, 'query': request.query,
                 'body': body_for_log(request.body), 'status': response.status, 'time': started,
                 'token': self._token_label(request.headers)}
        if action:
            entry['fault'] = faults.describe_action(action)
        calls = remote.services(self.store).take_calls()
        if calls:
            entry['remote'] = calls  # Telegram, IMAP, Twilio... calls the request made (remote.py)
        self.log.add(entry)
        return response

    def _token_label(self, headers):
        with self.store.lock:  # a generated user token is looked up in the users table
            return token_label(headers, self.config, self.store)

    def _chatwoot(self, request):
        try:
            route, path_args = routing.match(request.method, request.path, self.config)
        except RouteNotFound:
            return route_not_found(request.headers)
        try:
            body = self._body_params(request)
        except ValueError:
            return bad_request(request.headers)  # ParamsWrapper parses before any before_action
        params = dict(body)
        params.update(routing.query_params(request.query))  # query wins, as in Rails
        with self.store.lock:
            self.store.run_due_deletions()
            try:
                return routing.dispatch(route, path_args, params, request.headers, self.store, self.config,
                                        body=body, json_body=request.media_type in _JSON_TYPES)
            except ApiError as exc:
                return head(exc.status) if exc.body is None else json_response(exc.status, exc.body)
            except Exception:  # pylint: disable=broad-except
                # A simulator bug: answer like Rails would and keep the traceback visible.
                sys.stderr.write(traceback.format_exc())
                crash = ServerCrash()
                return json_response(crash.status, crash.body)
            finally:
                self.store.save_if_dirty()

    @staticmethod
    def _body_params(request):
        """The body's parameters (Rails ``request_parameters``); a JSON array becomes ``_json``."""
        if request.body and request.media_type in _JSON_TYPES:
            value = json.loads(request.body.decode('utf-8'))
            return value if isinstance(value, dict) else {'_json': value}
        if request.body and request.media_type == 'application/x-www-form-urlencoded':
            return routing.query_params(request.body.decode('utf-8'))
        if request.media_type.startswith('multipart/'):
            return {'_multipart': True}
        return {}
