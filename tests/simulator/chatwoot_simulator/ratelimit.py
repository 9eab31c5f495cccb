"""Optional Rack::Attack ``req/ip`` throttle (§6.4, checklist 69; Chatwoot ``config/initializers/rack_attack.rb``).

Off by default like a development Chatwoot.  Loopback clients are safelisted
unless asked otherwise, and ``/health`` is never throttled.
"""

import threading
import time

from .responses import text_response

LOOPBACK = ('127.0.0.1', '::1')


class RateLimiter:
    """Fixed one-minute windows per client IP, as Rack::Attack counts them."""

    def __init__(self):
        self._lock = threading.Lock()
        self._window = None
        self._counts = {}

    def check(self, client_ip, path, config):
        """Return a 429 response when the request is over the limit, else None."""
        limit = config.rate_limit
        if not limit or path == '/health':
            return None
        if (client_ip in LOOPBACK or client_ip.startswith('127.')) and not config.rate_limit_loopback:
            return None
        window = int(time.time() // 60)
        with self._lock:
            if window != self._window:
                self._window, self._counts = window, {}
            self._counts[client_ip] = self._counts.get(client_ip, 0) + 1
            over = self._counts[client_ip] > limit
        return text_response(429, 'Retry later\n', 'text/plain') if over else None

    def reset(self):
        with self._lock:
            self._window, self._counts = None, {}
