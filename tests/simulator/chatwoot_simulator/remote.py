"""Fake third-party services that Chatwoot calls while saving a channel or an integration hook.

Telegram, IMAP/SMTP servers, the WhatsApp providers and Twilio are never
contacted: each call is answered from a switchable outcome and recorded, so
tests can make a call fail and assert that it happened.  Outcomes are set per
service or per ``service.method`` through ``/_simulator/remote``; calls of the
current request go into its request-log entry under ``remote``.
"""

import threading

OK = 'ok'
INVALID = 'invalid_credentials'
UNREACHABLE = 'unreachable'
OUTCOMES = (OK, INVALID, UNREACHABLE)
# A mail server can fail in more ways, each with its own message in Chatwoot (channels/email.py).
TIMEOUT = 'timeout'
REFUSED = 'refused'
TLS_ERROR = 'tls_error'
SERVER_ERROR = 'server_error'
MAIL_OUTCOMES = OUTCOMES + (TIMEOUT, REFUSED, TLS_ERROR, SERVER_ERROR)

# Every call a modelled channel makes: service -> methods.
SERVICES = {
    'telegram': ('getMe', 'deleteWebhook', 'setWebhook'),
    'imap': ('login',),
    'smtp': ('login',),
    'whatsapp_cloud': ('message_templates', 'sync_templates', 'setup_webhooks'),
    '360dialog': ('configs_webhook', 'sync_templates'),
    'twilio': ('messages_list', 'webhook_setup'),
    'openai': ('models',),  # lib/integrations/openai/key_validator.rb: an integration hook's api_key
}


def outcomes_of(service):
    return MAIL_OUTCOMES if service in ('imap', 'smtp') else OUTCOMES


class RemoteServices:
    """Outcomes (shared) and the calls of the request being handled (per thread)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._outcomes = {}
        self._history = []
        self._pending = threading.local()

    def call(self, service, method, forced=None, **details):
        """One remote call: its outcome (``forced`` when the call cannot succeed whatever is set), recorded with
        non-secret details."""
        with self._lock:
            outcome = forced or self._outcomes.get('%s.%s' % (service, method), self._outcomes.get(service, OK))
            entry = dict({'service': service, 'method': method, 'outcome': outcome}, **details)
            self._history.append(entry)
        self._calls().append(entry)
        return outcome

    def begin(self):
        """A new API request: forget calls made outside one (seeding)."""
        self._pending.calls = []

    def take_calls(self):
        calls, self._pending.calls = self._calls(), []
        return calls

    def _calls(self):
        if not hasattr(self._pending, 'calls'):
            self._pending.calls = []
        return self._pending.calls

    def set_outcomes(self, changes):
        """``{"telegram": "invalid_credentials", "telegram.setWebhook": "unreachable", "imap": null}``."""
        if not isinstance(changes, dict):
            raise ValueError('expected a JSON object of service or service.method -> outcome')
        for key, outcome in changes.items():
            service, _dot, method = key.partition('.')
            if service not in SERVICES or (method and method not in SERVICES[service]):
                raise ValueError('unknown remote %r: one of %s, or service.method' % (key, ', '.join(sorted(SERVICES))))
            allowed = outcomes_of(service)
            if outcome is not None and outcome not in allowed:
                raise ValueError('outcome of %s must be one of %s, or null for ok' % (service, ', '.join(allowed)))
        with self._lock:
            for key, outcome in changes.items():
                if outcome is None:
                    self._outcomes.pop(key, None)
                else:
                    self._outcomes[key] = outcome

    def state(self):
        with self._lock:
            return {'outcomes': dict(self._outcomes), 'calls': [dict(c) for c in self._history],
                    'services': {name: list(methods) for name, methods in SERVICES.items()}}

    def reset(self):
        with self._lock:
            self._outcomes = {}
            self._history = []
        self._pending.calls = []


def services(store):
    """The fake services of one simulator, kept with its store (both live as long as the App)."""
    with store.lock:
        if not hasattr(store, 'remote_services'):
            store.remote_services = RemoteServices()
        return store.remote_services


def handle_control(app, method, body):
    """``GET /_simulator/remote`` (outcomes, every call since reset) and ``PATCH`` (set outcomes)."""
    remote = services(app.store)
    if method == 'PATCH':
        remote.set_outcomes(body)
    return remote.state()
