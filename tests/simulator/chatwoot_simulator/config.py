"""Run-time options of the simulator (CLI flags, also changeable via /_simulator/config)."""

import copy
import re

DEFAULTS = {
    'admin_token': 'sim-admin-token',
    'agent_token': 'sim-agent-token',
    'bot_token': 'sim-bot-token',
    'platform_token': 'sim-platform-token',  # the access token of platform app 1 (Platform API, /platform/api/v1)
    'frontend_url': '',          # Chatwoot's FRONTEND_URL defaults to '' (§2.5)
    'delete_delay': 2.0,         # seconds until the async delete "job" runs; < 0 means never
    'chatwoot_version': '4.15.1',
    'inbox_limit': 100000,       # ChatwootApp.max_limit
    'agent_limits': {},          # {"<account id>": N}: Account#usage_limits[:agents]; absent = ChatwootApp.max_limit
    'enterprise': False,
    'rate_limit': 0,             # requests/minute/IP; 0 disables (Rack::Attack is off in dev)
    'rate_limit_loopback': False,
}

_VERSION_RE = re.compile(r'^v?(\d+)\.(\d+)(?:\.(\d+))?$')


def parse_version(text):
    match = _VERSION_RE.match(str(text).strip())
    if not match:
        raise ValueError('chatwoot_version must look like 4.15.1, got %r' % (text,))
    return tuple(int(part or 0) for part in match.groups())


def _check(key, value):
    """Validate one option; returns the normalised value or raises ValueError."""
    if key not in DEFAULTS:
        raise ValueError('unknown option %r' % (key,))
    if key in ('admin_token', 'agent_token', 'bot_token', 'platform_token', 'frontend_url'):
        if not isinstance(value, str) or (key != 'frontend_url' and not value):
            raise ValueError('%s must be a%s string' % (key, '' if key == 'frontend_url' else ' non-empty'))
        return value
    if key == 'chatwoot_version':
        parse_version(value)
        return str(value).strip().lstrip('v')
    if key in ('enterprise', 'rate_limit_loopback'):
        if not isinstance(value, bool):
            raise ValueError('%s must be a boolean' % key)
        return value
    if key == 'agent_limits':
        if not isinstance(value, dict) or not all(
                str(name).isdigit() and isinstance(limit, int) and not isinstance(limit, bool) and limit >= 0
                for name, limit in value.items()):
            raise ValueError('agent_limits must map account ids to non-negative integers')
        return {str(name): limit for name, limit in value.items()}
    if key == 'delete_delay':
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError('delete_delay must be a number of seconds')
        return float(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError('%s must be a non-negative integer' % key)
    return value


class Config:
    """Current options plus the start-up values that a reset returns to."""

    def __init__(self, **options):
        self._initial = dict(DEFAULTS)
        for key, value in options.items():
            if value is not None:
                self._initial[key] = _check(key, value)
        self._values = dict(self._initial)

    def __getattr__(self, name):
        values = self.__dict__.get('_values', {})
        if name in values:
            return values[name]
        raise AttributeError(name)

    def as_dict(self):
        return copy.deepcopy(self._values)

    def update(self, changes):
        """Apply a dict of changes atomically (all valid or none applied)."""
        if not isinstance(changes, dict):
            raise ValueError('expected a JSON object')
        checked = {key: _check(key, value) for key, value in changes.items()}
        self._values.update(checked)

    def reset(self):
        self._values = dict(self._initial)

    @property
    def version(self):
        return parse_version(self._values['chatwoot_version'])

    def agent_limit(self, account_id):
        """How many users the account may have before ``POST /agents`` answers 402."""
        return self._values['agent_limits'].get(str(account_id), DEFAULTS['inbox_limit'])

    def at_least(self, text):
        """True when the simulated Chatwoot release is ``text`` or newer."""
        return self.version >= parse_version(text)
