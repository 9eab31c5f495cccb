"""What the replayed examples share: the routes each spec file exercises, and a record per fixture."""

from sim_client import A1


def unauthenticated(api, method, path, **kwargs):
    """The examples "when it is an unauthenticated user": no token, 401, nothing written."""
    return api.request(method, A1 + path, token=None, **kwargs).status_code


def created(response):
    assert response.status_code == 200, response.text
    return response.json()
