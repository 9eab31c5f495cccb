"""What the replayed examples share: the routes each spec file exercises, and a record per fixture."""

from sim_client import A1

UNAUTHORIZED = 401


def unauthenticated(api, method, path, **kwargs):
    """The examples "when it is an unauthenticated user": no token, 401, nothing written."""
    return api.request(method, A1 + path, token=None, **kwargs).status_code


def created(response):
    assert response.status_code == 200, response.text
    return response.json()


def member(api, name, role='agent'):
    """A new user of account 1 with its own API token (the platform API makes it, an administrator adds it):
    (user id, token), for examples with more users than the fixtures' tokens."""
    email = '%s@example.com' % name.lower()
    user = created(platform(api, 'POST', '/users', json={'name': name, 'email': email, 'password': 'Password1!'}))
    created(api.post(A1 + '/agents', json={'name': name, 'email': email, 'role': role}))
    return user['id'], user['access_token']


def seed(api, table, records, account_id=1):
    """Records made directly (the spec's FactoryBot ``create``), without the API's checks: their ids."""
    response = api.control('POST', 'seed', json={'table': table, 'account_id': account_id, 'records': records})
    assert response.status_code == 200, response.text
    return response.json()['ids']


PLATFORM_TOKEN = 'sim-platform-token'  # the fixture platform app's


def platform(api, method, path, token=PLATFORM_TOKEN, **kwargs):
    """A Platform API request (``/platform/api/v1``), with the platform app's token unless told otherwise."""
    return api.request(method, '/platform/api/v1' + path, token=token, **kwargs)


def permit(api, permissible_type, permissible_id):
    """``create(:platform_app_permissible, platform_app:, permissible:)``: what a super admin does."""
    return seed(api, 'platform_app_permissibles', [{'permissible_type': permissible_type, 'permissible_id': permissible_id}])
