"""HTTP(S) plumbing and the programmatic :class:`Simulator` handle."""

import socket
import ssl
import sys
import threading
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from .app import App, Request
from .config import Config
from .inbox import timezones
from .responses import json_response
from .store import Store


class _Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'  # keep-alive, like Puma
    server_version = 'ChatwootSimulator'
    sys_version = ''
    timeout = 60  # idle keep-alive connections are closed after a minute

    def setup(self):
        if isinstance(self.request, ssl.SSLSocket):
            self.request.settimeout(self.timeout)
            self.request.do_handshake()  # here, in the connection's thread, not in accept()
        super().setup()
        # One segment per response and no Nagle wait: keeps small request/response round trips fast.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection, True)

    def finish(self):
        try:
            super().finish()
        finally:
            self.server.track(self.connection, False)

    def _serve(self):
        length = self.headers.get('Content-Length')
        try:
            body = self.rfile.read(int(length)) if length else b''
        except ValueError:
            self.send_error(400)
            return
        parts = urlsplit(self.path)
        request = Request(self.command, parts.path or '/', parts.query, self.headers, body, self.client_address[0])
        try:
            response = self.server.app.handle(request)
        except Exception:  # pylint: disable=broad-except
            # A simulator bug must not look like a network failure to the client.
            sys.stderr.write(traceback.format_exc())
            response = json_response(500, {'status': 500, 'error': 'Internal Server Error'})
        if response.drop:
            # The request was applied; the client never hears back (fault drop_after_apply).
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header('Content-Length', str(len(response.body)))
        # end_headers() by hand so that headers and body leave in one write.
        self._headers_buffer.append(b'\r\n')
        if self.command != 'HEAD':
            self._headers_buffer.append(response.body)
        self.flush_headers()

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = do_OPTIONS = do_HEAD = _serve

    def log_message(self, format, *args):  # pylint: disable=redefined-builtin
        if self.server.verbose:
            sys.stderr.write('%s - %s\n' % (self.address_string(), format % args))


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address, app, verbose):
        self.app = app
        self.verbose = verbose
        self._connections = set()
        self._connections_lock = threading.Lock()
        self.address_family = socket.AF_INET6 if ':' in address[0] else socket.AF_INET  # --host ::1
        super().__init__(address, _Handler)

    def track(self, connection, active):
        with self._connections_lock:
            if active:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def close_connections(self):
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request, client_address):
        # Clients that vanish mid-request (timeouts, TLS probes) are not worth a traceback.
        if self.verbose:
            super().handle_error(request, client_address)


class Simulator:
    """A running Chatwoot inbox API simulator.

    ``Simulator(port=0, **options).start()`` serves on a background thread;
    options are those of :class:`~chatwoot_simulator.config.Config` plus
    ``host``, ``port``, ``state_file``, ``tls_cert``, ``tls_key`` and ``verbose``.
    Also a context manager.
    """

    def __init__(self, host='127.0.0.1', port=0, state_file=None, tls_cert=None, tls_key=None, verbose=False,
                 **options):
        timezones()  # fail at start-up, not on the first request, when the host has no tz data
        self.host = host
        self.port = port
        self.tls = bool(tls_cert)
        self._tls_files = (tls_cert, tls_key)
        self.config = Config(**options)
        self.store = Store(state_file)
        self.app = App(self.config, self.store)
        self._verbose = verbose
        self._server = None
        self._thread = None

    def start(self):
        server = _Server((self.host, self.port), self.app, self._verbose)
        if self.tls:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*self._tls_files)
            server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05},
                                        name='chatwoot-simulator', daemon=True)
        self._thread.start()
        return self

    @property
    def url(self):
        host = '[%s]' % self.host if ':' in self.host else self.host
        return '%s://%s:%d' % ('https' if self.tls else 'http', host, self.port)

    def stop(self):
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        self._server.close_connections()
        self._thread.join(timeout=5)
        self._server = None

    def reset(self):
        self.app.reset()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()
