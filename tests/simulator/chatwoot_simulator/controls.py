"""The ``/_simulator/`` test-control API (no auth, never logged, never faulted).

Real Chatwoot has no such prefix; tests and demos use it to reset state, seed
inboxes, read the request log, change options and inject faults.
"""

import json

from . import channels, fixtures, inbox as inboxes
from .errors import ApiError
from .responses import Response, json_response
from .sdk import CORS_HEADERS

SEED_MAX = 100000


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


def _reset(app, _request):
    app.reset()
    return json_response(200, {'reset': True})


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
                for r in sorted(app.store.inboxes.values(), key=lambda r: r['id'])]
        app.store.save_if_dirty()
    return json_response(200, {'inboxes': rows})


def _seed_bodies(spec):
    """Create bodies from either ``inboxes: [...]`` or ``count`` + ``name_prefix`` + ``channel_type``."""
    if 'inboxes' in spec:
        if not isinstance(spec['inboxes'], list) or not all(isinstance(item, dict) for item in spec['inboxes']):
            raise ValueError('inboxes must be a list of create bodies')
        return [dict(item) for item in spec['inboxes']]
    count = spec.get('count', 1)
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= SEED_MAX:
        raise ValueError('count must be an integer between 0 and %d' % SEED_MAX)
    prefix = spec.get('name_prefix', 'Seed')
    channel_type = spec.get('channel_type', 'web_widget')
    if channel_type not in channels.CLASS_NAMES:
        raise ValueError('channel_type must be web_widget or api')
    width = len(str(count))
    bodies = []
    for number in range(1, count + 1):
        channel = {'type': channel_type}
        if channel_type == 'web_widget':
            channel['website_url'] = 'https://seed-%d.example.com' % number
        bodies.append({'name': '%s %0*d' % (prefix, width, number), 'channel': channel})
    return bodies


def _seed(app, request):
    """Create inboxes directly (no auth, limit or log), all or nothing."""
    spec = _body(request)
    if not isinstance(spec, dict):
        raise ValueError('expected a JSON object')
    account_id = spec.get('account_id', 1)
    if account_id not in fixtures.ACCOUNTS:
        raise ValueError('unknown account_id %r' % (account_id,))
    default_members = spec.get('members', [])
    records = []
    with app.store.lock:
        for position, body in enumerate(_seed_bodies(spec)):
            wanted = body.pop('members', default_members)
            if not isinstance(wanted, list) or any(uid not in fixtures.USERS for uid in wanted):
                raise ValueError('members must be a list of user ids (%s)' % sorted(fixtures.USERS))
            try:
                record = inboxes.build(app.store, app.config, account_id, body)
            except ApiError as exc:
                return _error('inbox %d was rejected' % position, 422, index=position, response_status=exc.status,
                              response=exc.body)
            record['members'] = list(dict.fromkeys(wanted))
            records.append(record)
        for record in records:
            app.store.put(record)
        app.store.save_if_dirty()
    return json_response(200, {'ids': [record['id'] for record in records]})


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
    ('GET', '/_simulator/sdk-reports'): _sdk_reports,
    ('POST', '/_simulator/sdk-report'): _sdk_report,
    ('OPTIONS', '/_simulator/sdk-report'): _sdk_preflight,
}
