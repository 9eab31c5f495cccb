"""The ``/_simulator/`` test-control API (no auth, never logged, never faulted).

Real Chatwoot has no such prefix; tests and demos use it to reset state, seed
any resource's table, read tables and the request log, change options and
inject faults.
"""

import json

from . import accounts, fixtures, remote
from .errors import ApiError
from .resources import BY_TABLE
from .responses import Response, json_response
from .sdk import CORS_HEADERS
from .store import encode_record

SEED_MAX = 100000
_TABLES = '/_simulator/tables/'


def _error(message, status=400, **extra):
    return json_response(status, dict({'error': message}, **extra))


def _body(request):
    if not request.body:
        return {}
    try:
        return json.loads(request.body.decode('utf-8'))
    except ValueError as exc:
        raise ValueError('body is not valid JSON: %s' % exc) from exc


def handle(app, request):
    route = (request.method, request.path.rstrip('/'))
    handler = _ROUTES.get(route)
    if handler is None and request.method == 'GET' and route[1].startswith(_TABLES):
        handler = _table
    if handler is None:
        return _error('unknown simulator control %s %s' % route, 404)
    try:
        return handler(app, request)
    except ValueError as exc:
        return _error(str(exc))


def _requests(app, _request):
    return json_response(200, {'requests': app.log.entries()})


def _clear_requests(app, _request):
    app.log.clear()
    return json_response(200, {'cleared': True})


def _reset(app, request):
    """Everything back to the start-up state, or with ``{"tables": [...]}`` only those tables."""
    try:
        spec = _body(request)
    except ValueError:
        spec = None  # the reset has always ignored its body; only a JSON "tables" list narrows it
    if not isinstance(spec, dict) or 'tables' not in spec:
        app.reset()
        return json_response(200, {'reset': True})
    names = spec['tables']
    if not isinstance(names, list) or not names:
        raise ValueError('tables must be a non-empty list of table names')
    resources = [_resource(name) for name in names]
    with app.store.lock:
        app.store.clear(tables=[r.table for r in resources],
                        sequences=[seq for r in resources for seq in (r.table,) + r.sequences])
        app.store.save_if_dirty()
    return json_response(200, {'reset': True, 'tables': names})


def _resource(name):
    resource = BY_TABLE.get(name)
    if resource is None:
        raise ValueError('unknown table %r: one of %s' % (name, ', '.join(sorted(BY_TABLE))))
    return resource


def _config(app, _request):
    return json_response(200, app.config.as_dict())


def _patch_config(app, request):
    app.config.update(_body(request))
    return json_response(200, app.config.as_dict())


def _faults(app, _request):
    return json_response(200, {'faults': app.faults.list()})


def _add_fault(app, request):
    return json_response(200, app.faults.add(_body(request)))


def _clear_faults(app, _request):
    app.faults.clear()
    return json_response(200, {'faults': []})


def _run_deletions(app, _request):
    with app.store.lock:
        deleted = app.store.run_due_deletions(force=True)
        app.store.save_if_dirty()
    return json_response(200, {'deleted': sorted(deleted)})


def _inboxes(app, _request):
    """A raw view for tests: ids, names, members and pending deletions."""
    with app.store.lock:
        app.store.run_due_deletions()
        rows = [{'id': r['id'], 'account_id': r['account_id'], 'name': r['name'], 'channel_type': r['channel_type'],
                 'members': r['members'], 'agent_bot_id': r['agent_bot_id'],
                 'pending_deletion': r.get('delete_due') is not None}
                for r in sorted(app.store.rows('inboxes'), key=lambda r: r['id'])]
        app.store.save_if_dirty()
    return json_response(200, {'inboxes': rows})


def _tables(app, _request):
    """Every table with its row count and next id."""
    with app.store.lock:
        app.store.run_due_deletions()
        tables = {name: {'rows': len(app.store.rows(name)), 'next_id': app.store.sequences.get(name, 1)}
                  for name in sorted(BY_TABLE)}
    return json_response(200, {'tables': tables})


def _table(app, request):
    """``GET /_simulator/tables/{name}``: the stored records as they are, in id order."""
    resource = _resource(request.path.rstrip('/')[len(_TABLES):])
    with app.store.lock:
        app.store.run_due_deletions()
        rows = [encode_record(r) for r in sorted(app.store.rows(resource.table), key=lambda r: r['id'])]
        return json_response(200, {'rows': rows})


def _seed_bodies(resource, spec):
    """Create bodies from ``records`` (``inboxes`` for the inbox table) or ``count`` + ``name_prefix``."""
    key = 'records' if 'records' in spec or resource.table != 'inboxes' else 'inboxes'
    if key in spec:
        if not isinstance(spec[key], list) or not all(isinstance(item, dict) for item in spec[key]):
            raise ValueError('%s must be a list of create bodies' % key)
        return [dict(item) for item in spec[key]]
    count = spec.get('count', 1)
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= SEED_MAX:
        raise ValueError('count must be an integer between 0 and %d' % SEED_MAX)
    prefix = spec.get('name_prefix', 'Seed')
    if not isinstance(prefix, str):
        raise ValueError('name_prefix must be a string')
    width = len(str(count))
    return [resource.seed_body(prefix, number, width, spec) for number in range(1, count + 1)]


def _seed(app, request):
    """Create records directly (no auth, limit or log), all or nothing: ``{"table": "inboxes", ...}``."""
    spec = _body(request)
    if not isinstance(spec, dict):
        raise ValueError('expected a JSON object')
    resource = _resource(spec.get('table', 'inboxes'))
    account_id = spec.get('account_id', 1)
    with app.store.lock:
        known = not isinstance(account_id, bool) and isinstance(account_id, int) and accounts.get(app.store, account_id)
    if not known:
        raise ValueError('unknown account_id %r' % (account_id,))
    default_members = spec.get('members', [])
    bodies = _seed_bodies(resource, spec)
    created = []
    with app.store.lock:
        try:
            for position, body in enumerate(bodies):
                wanted = body.pop('members', default_members) if resource.has_members else None
                if resource.has_members and (not isinstance(wanted, list) or any(uid not in fixtures.USERS for uid in wanted)):
                    raise ValueError('members must be a list of user ids (%s)' % sorted(fixtures.USERS))
                try:
                    record = resource.build(app.store, app.config, account_id, body)
                except ApiError as exc:
                    return _error('%s %d was rejected' % (resource.singular, position), 422, index=position,
                                  response_status=exc.status, response=exc.body)
                if resource.has_members:
                    record['members'] = list(dict.fromkeys(wanted))
                app.store.put(resource.table, record)  # stored at once: later bodies see it (uniqueness)
                created.append(record['id'])
        finally:
            if len(created) != len(bodies):  # all or nothing; ids stay used, like a rolled-back INSERT
                for record_id in created:
                    app.store.remove(resource.table, record_id)
            app.store.save_if_dirty()
    return json_response(200, {'ids': created})


def _remote(app, request):
    return json_response(200, remote.handle_control(app, request.method, _body(request)))


def _sdk_reports(app, _request):
    return json_response(200, {'reports': app.sdk_reports.list()})


def _sdk_report(app, request):
    """Receives the stand-in SDK's report; accepts text/plain so browsers skip the preflight."""
    text = request.body.decode('utf-8', errors='replace')
    try:
        report = json.loads(text)
    except ValueError:
        report = {'raw': text}
    app.sdk_reports.add(report)
    return json_response(200, {'received': True}, headers=CORS_HEADERS)


def _sdk_preflight(_app, _request):
    return Response(204, b'', None, CORS_HEADERS)


_ROUTES = {
    ('GET', '/_simulator/requests'): _requests,
    ('DELETE', '/_simulator/requests'): _clear_requests,
    ('POST', '/_simulator/reset'): _reset,
    ('POST', '/_simulator/seed'): _seed,
    ('GET', '/_simulator/config'): _config,
    ('PATCH', '/_simulator/config'): _patch_config,
    ('GET', '/_simulator/faults'): _faults,
    ('POST', '/_simulator/faults'): _add_fault,
    ('DELETE', '/_simulator/faults'): _clear_faults,
    ('POST', '/_simulator/run_deletions'): _run_deletions,
    ('GET', '/_simulator/inboxes'): _inboxes,
    ('GET', '/_simulator/tables'): _tables,
    ('GET', '/_simulator/remote'): _remote,
    ('PATCH', '/_simulator/remote'): _remote,
    ('GET', '/_simulator/sdk-reports'): _sdk_reports,
    ('POST', '/_simulator/sdk-report'): _sdk_report,
    ('OPTIONS', '/_simulator/sdk-report'): _sdk_preflight,
}
