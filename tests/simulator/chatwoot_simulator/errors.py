"""Exceptions that the API handlers raise and the dispatcher turns into responses."""


class ApiError(Exception):
    """A response Chatwoot sends for a failed request (status + JSON body, or no body)."""

    def __init__(self, status, body=None):
        super().__init__(status, body)
        self.status = status
        self.body = body


class ServerCrash(ApiError):
    """Where Chatwoot raises an unhandled exception: Rails answers a generic JSON 500."""

    def __init__(self, reason=''):
        super().__init__(500, {'status': 500, 'error': 'Internal Server Error'})
        self.reason = reason


class RouteNotFound(Exception):
    """No Rails route matches; rendered as public/404.html or JSON depending on Accept."""


class NotModelled(ApiError):
    """Something real Chatwoot supports that the simulator deliberately does not fake."""

    def __init__(self, message):
        super().__init__(501, {'error': message})


def unauthorized(message):
    return ApiError(401, {'error': message})


def not_found():
    return ApiError(404, {'error': 'Resource could not be found'})


def forbidden_action():
    # Pundit denials are 401 in Chatwoot, never 403 (checklist 8).
    return unauthorized('You are not authorized to do this action')


def record_invalid(errors):
    """422 for ActiveRecord::RecordInvalid; ``errors`` is a list of (attribute, full message)."""
    attributes = []
    for attribute, _message in errors:
        if attribute not in attributes:
            attributes.append(attribute)
    return ApiError(422, {'message': ', '.join(message for _attr, message in errors), 'attributes': attributes})
