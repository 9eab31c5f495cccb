"""What a resource module declares: its table, how records are built and shown, its routes.

A resource module (``resources/<name>.py``) ends with ``RESOURCE = Resource(...)``
and is listed in ``resources/__init__.py``; routing, the control API's seed,
reset and table views, and persistence then work for it with no other change.
"""

import re

ACCOUNT_PREFIX = r'^/api/v1/accounts/(?P<account_id>[^/]+)'
PLATFORM_PREFIX = r'^/platform/api/v1'


class Route:
    """One Rails route: methods, a path regex, the handler and the first release that has it.

    ``authenticated=False`` is for routes Chatwoot answers before any
    ``before_action`` (``/api``, ``/health``, actions that do not exist).
    ``platform=True`` is for the Platform API, which only a platform app's token opens.
    """

    def __init__(self, methods, pattern, handler, since=None, authenticated=True, platform=False):
        self.methods = tuple(methods)
        self.regex = re.compile(pattern)
        self.handler = handler
        self.since = since
        self.authenticated = authenticated
        self.platform = platform


def account_route(methods, suffix, handler, since=None, authenticated=True):
    """A route under ``/api/v1/accounts/{account_id}``; ``suffix`` is a regex without the ``$``."""
    return Route(methods, ACCOUNT_PREFIX + suffix + '$', handler, since, authenticated)


def platform_route(methods, suffix, handler, since=None):
    """A route under ``/platform/api/v1``; ``suffix`` is a regex without the ``$``."""
    return Route(methods, PLATFORM_PREFIX + suffix + '$', handler, since, platform=True)


class Resource:
    """A Chatwoot resource as the simulator models it.

    ``table``      store table of its records, or None when it owns no records (``/agents``)
    ``routes``     its Route list, tried in order
    ``build``      ``build(store, config, account_id, body) -> record``: a validated new record with
                   its id, not yet stored; raises ApiError like the create endpoint.  Used by create
                   and by ``POST /_simulator/seed``.
    ``seed_body``  ``seed_body(prefix, number, width, spec) -> create body`` for ``{"count": N}`` seeding
    ``singular``   its name in messages ("inbox 3 was rejected")
    ``sequences``  id sequences it owns besides its table's (channel tables), reset with it
    ``has_members`` records keep a ``members`` list of user ids that seeding may set
    ``on_remove``  ``on_remove(store, record)``: what goes with a record once it is deleted (the rows Chatwoot's
                   ``dependent:`` associations destroy)
    """

    def __init__(self, table, routes, build=None, seed_body=None, singular=None, sequences=(), has_members=False,
                 on_remove=None):
        self.table = table
        self.routes = list(routes)
        self.build = build
        self.seed_body = seed_body
        self.singular = singular or table
        self.sequences = tuple(sequences)
        self.has_members = has_members
        self.on_remove = on_remove
