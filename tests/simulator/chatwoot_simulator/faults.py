"""Fault injection: make the next N matching API requests misbehave.

A fault models trouble between client and Chatwoot (proxy errors, throttling,
slowness, a connection lost after the server acted), so it is applied before
Chatwoot's own processing and is independent of authentication.
"""

import re
import threading

from .responses import Response, json_response, text_response

_GATEWAY_HTML = ('<html>\r\n<head><title>{code} {reason}</title></head>\r\n<body>\r\n'
                 '<center><h1>{code} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n')
_REASONS = {200: 'OK', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable',
            504: 'Gateway Time-out'}
ERROR_STATUSES = (429, 500, 502, 503, 504)


class Fault:
    """One registered fault with its remaining count."""

    def __init__(self, fault_id, spec):
        if not isinstance(spec, dict):
            raise ValueError('a fault must be a JSON object')
        match = spec.get('match') or {}
        if not isinstance(match, dict):
            raise ValueError('match must be an object')
        self.id = fault_id
        self.method = match.get('method')
        if self.method is not None and not isinstance(self.method, str):
            raise ValueError('match.method must be a string')
        self.path_regex = match.get('path_regex')
        try:
            self.pattern = re.compile(self.path_regex or '')
        except (re.error, TypeError) as exc:
            raise ValueError('match.path_regex is not a valid regular expression: %s' % exc) from exc
        self.count = spec.get('count', 1)
        if isinstance(self.count, bool) or not isinstance(self.count, int) or self.count < 1:
            raise ValueError('count must be a positive integer')
        self.action = spec.get('action')
        self.kind = _check_action(self.action)

    def matches(self, method, path):
        return (self.method is None or self.method.upper() == method) and self.pattern.search(path) is not None

    def describe(self):
        return {'id': self.id, 'match': {'method': self.method, 'path_regex': self.path_regex},
                'count': self.count, 'action': self.action}


def _check_action(action):
    """Return the action kind or raise ValueError."""
    if not isinstance(action, dict):
        raise ValueError('action must be an object')
    if action.get('drop_after_apply') is True:
        return 'drop_after_apply'
    if 'delay' in action:
        if isinstance(action['delay'], bool) or not isinstance(action['delay'], (int, float)) or action['delay'] < 0:
            raise ValueError('delay must be a non-negative number of seconds')
        return 'delay'
    if action.get('html') is True:
        if action.get('status', 200) not in _REASONS:
            raise ValueError('html status must be one of %s' % sorted(_REASONS))
        return 'html'
    if action.get('invalid_json') is True:
        return 'invalid_json'
    if action.get('status') in ERROR_STATUSES:
        retry_after = action.get('retry_after')
        if retry_after is not None and (isinstance(retry_after, bool) or not isinstance(retry_after, (int, float))):
            raise ValueError('retry_after must be a number of seconds')
        return 'status'
    raise ValueError('action must be one of {"status": 429|500|502|503|504}, {"delay": s}, {"html": true}, '
                     '{"invalid_json": true}, {"drop_after_apply": true}')


def error_response(action):
    """The canned answer of a ``status``/``html``/``invalid_json`` fault (request not applied)."""
    if 'delay' in action or action.get('drop_after_apply'):
        return None
    if action.get('html'):
        code = action.get('status', 200)
        return text_response(code, _GATEWAY_HTML.format(code=code, reason=_REASONS[code]), 'text/html')
    if action.get('invalid_json'):
        return Response(action.get('status', 200), b'{"payload":[{"id":1,"name":"trunc', 'application/json; charset=utf-8')
    status = action['status']
    if status == 429:
        # Rack::Attack's answer; real Chatwoot sends no Retry-After, the option adds one.
        headers = [('Retry-After', _seconds(action['retry_after']))] if action.get('retry_after') is not None else []
        return text_response(429, 'Retry later\n', 'text/plain', headers)
    if status == 500:
        return json_response(500, {'status': 500, 'error': 'Internal Server Error'})
    return text_response(status, _GATEWAY_HTML.format(code=status, reason=_REASONS[status]), 'text/html')


def describe_action(action):
    """Short name of a fault action for the request log."""
    return _check_action(action)


def _seconds(value):
    return str(int(value)) if float(value).is_integer() else str(value)


class FaultRegistry:
    """Thread-safe list of pending faults; the first match consumes one count."""

    def __init__(self):
        self._lock = threading.Lock()
        self._faults = []
        self._next_id = 1

    def add(self, spec):
        with self._lock:
            fault = Fault(self._next_id, spec)
            self._next_id += 1
            self._faults.append(fault)
            return fault.describe()

    def take(self, method, path):
        """Consume one use of the first matching fault; returns its action or None."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                    return fault.action
        return None

    def list(self):
        with self._lock:
            return [fault.describe() for fault in self._faults]

    def clear(self):
        with self._lock:
            self._faults = []
