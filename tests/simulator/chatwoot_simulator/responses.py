"""Response objects and the Rails-flavoured encodings the simulator emits."""

import json

JSON_TYPE = 'application/json; charset=utf-8'
# ``head :ok`` in Rails sets the format's MIME type without a charset (checklist 71).
HEAD_TYPE = 'application/json'

# Rails public/404.html, abridged to its message.
NOT_FOUND_HTML = ('<!DOCTYPE html>\n<html>\n<head>\n  <title>The page you were looking for doesn\'t exist (404)</title>\n'
                  '  <meta name="viewport" content="width=device-width,initial-scale=1">\n</head>\n\n<body>\n'
                  '  <div class="dialog">\n    <div>\n      <h1>The page you were looking for doesn\'t exist.</h1>\n'
                  '      <p>You may have mistyped the address or the page may have moved.</p>\n    </div>\n  </div>\n'
                  '</body>\n</html>\n')


class Response:
    """What the HTTP layer writes; ``drop`` closes the connection without answering."""

    def __init__(self, status, body=b'', content_type=None, headers=None):
        self.status = status
        self.body = body
        self.headers = list(headers or [])
        if content_type is not None:
            self.headers.insert(0, ('Content-Type', content_type))
        self.drop = False


def encode_json(value):
    """ActiveSupport JSON: compact, UTF-8, with <, >, & and U+2028/9 escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(',', ':'))
    for char, escape in (('<', '\\u003c'), ('>', '\\u003e'), ('&', '\\u0026'), ('\u2028', '\\u2028'), ('\u2029', '\\u2029')):
        text = text.replace(char, escape)
    return text.encode('utf-8')


def json_response(status, value, headers=None):
    return Response(status, encode_json(value), JSON_TYPE, headers)


def head(status=200):
    return Response(status, b'', HEAD_TYPE)


def text_response(status, text, content_type='text/plain', headers=None):
    return Response(status, text.encode('utf-8'), content_type, headers)


def wants_json(headers):
    return 'application/json' in (headers.get('Accept') or '')


def route_not_found(headers):
    """Unknown route: public/404.html unless the client asks for JSON (checklist 67)."""
    if wants_json(headers):
        return json_response(404, {'status': 404, 'error': 'Not Found'})
    return text_response(404, NOT_FOUND_HTML, 'text/html; charset=utf-8')


def bad_request(headers):
    """Malformed JSON body: 400, JSON only when asked for (checklist 68)."""
    if wants_json(headers):
        return json_response(400, {'status': 400, 'error': 'Bad Request'})
    return Response(400, b'', 'text/html; charset=utf-8')
