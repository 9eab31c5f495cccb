"""HTTP client helpers for the simulator's tests (a unique module name, so no clash with other conftest.py files)."""

import requests

TOKENS = {'admin': 'sim-admin-token', 'agent': 'sim-agent-token', 'bot': 'sim-bot-token', 'bogus': 'not-a-token'}
A1 = '/api/v1/accounts/1'
WIDGET = {'type': 'web_widget', 'website_url': 'https://example.com'}


class Api:
    """Tiny client: ``api.get(path, token='agent')`` etc. against a running simulator."""

    def __init__(self, simulator):
        self.simulator = simulator
        self.base = simulator.url
        self.session = requests.Session()

    def request(self, method, path, token='admin', **kwargs):
        headers = dict(kwargs.pop('headers', {}))
        if token:
            headers['api_access_token'] = TOKENS.get(token, token)
        return self.session.request(method, self.base + path, headers=headers, timeout=10, **kwargs)

    def get(self, path, **kwargs):
        return self.request('GET', path, **kwargs)

    def post(self, path, **kwargs):
        return self.request('POST', path, **kwargs)

    def patch(self, path, **kwargs):
        return self.request('PATCH', path, **kwargs)

    def put(self, path, **kwargs):
        return self.request('PUT', path, **kwargs)

    def delete(self, path, **kwargs):
        return self.request('DELETE', path, **kwargs)

    def create(self, name='Web', channel=None, **fields):
        """Create an inbox as admin and return its JSON (asserting success)."""
        body = dict(fields, name=name, channel=channel or dict(WIDGET))
        response = self.post(A1 + '/inboxes', json=body)
        assert response.status_code == 200, response.text
        return response.json()

    def control(self, method, path, **kwargs):
        return self.session.request(method, self.base + '/_simulator/' + path, timeout=10, **kwargs)

    def configure(self, **changes):
        response = self.control('PATCH', 'config', json=changes)
        assert response.status_code == 200, response.text
        return response.json()

    def add_members(self, inbox_id, user_ids):
        response = self.post(A1 + '/inbox_members', json={'inbox_id': inbox_id, 'user_ids': user_ids})
        assert response.status_code == 200, response.text
