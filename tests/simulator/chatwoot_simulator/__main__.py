"""Command line: ``python -m chatwoot_simulator --port 3000``.

Prints one line ``Chatwoot simulator listening on URL`` once it accepts
connections, and exits 0 on SIGTERM or SIGINT.
"""

import argparse
import signal
import sys
import threading

from .config import DEFAULTS
from .server import Simulator


def parse_args(argv):
    parser = argparse.ArgumentParser(prog='python -m chatwoot_simulator', description=__doc__.splitlines()[0])
    parser.add_argument('--host', default='127.0.0.1', help='address to bind (default 127.0.0.1)')
    parser.add_argument('--port', type=int, default=3000, help='port; 0 picks a free one (default 3000)')
    parser.add_argument('--admin-token', default=DEFAULTS['admin_token'], help='token of the administrator (admin@example.com)')
    parser.add_argument('--agent-token', default=DEFAULTS['agent_token'], help='token of the agent (agent@example.com)')
    parser.add_argument('--bot-token', default=DEFAULTS['bot_token'], help='an agent-bot token (refused on inbox routes)')
    parser.add_argument('--platform-token', default=DEFAULTS['platform_token'],
                        help="the platform app's token (Platform API, /platform/api/v1)")
    parser.add_argument('--frontend-url', default=DEFAULTS['frontend_url'], help="FRONTEND_URL used in web_widget_script (default '')")
    parser.add_argument('--delete-delay', type=float, default=DEFAULTS['delete_delay'],
                        help='seconds before an async DELETE completes (default 2.0; negative: never)')
    parser.add_argument('--chatwoot-version', default=DEFAULTS['chatwoot_version'], help='Chatwoot release to imitate (default 4.15.1)')
    parser.add_argument('--inbox-limit', type=int, default=DEFAULTS['inbox_limit'], help='inboxes per account (default 100000)')
    parser.add_argument('--enterprise', action='store_true', help='enterprise edition (permits auto_assignment_config)')
    parser.add_argument('--rate-limit', type=int, default=0, help='requests/minute/IP before 429 (default 0: off)')
    parser.add_argument('--rate-limit-loopback', action='store_true', help='throttle loopback clients too')
    parser.add_argument('--state-file', help='JSON file to load at start and save after every write')
    parser.add_argument('--tls-cert', help='PEM certificate: serve HTTPS')
    parser.add_argument('--tls-key', help='PEM private key for --tls-cert')
    parser.add_argument('--verbose', action='store_true', help='log every HTTP request to stderr')
    args = parser.parse_args(argv)
    if bool(args.tls_cert) != bool(args.tls_key):
        parser.error('--tls-cert and --tls-key go together')
    return args


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    stop = threading.Event()

    def on_signal(_signum, _frame):
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        simulator = Simulator(
            host=args.host, port=args.port, state_file=args.state_file, tls_cert=args.tls_cert, tls_key=args.tls_key,
            verbose=args.verbose, admin_token=args.admin_token, agent_token=args.agent_token, bot_token=args.bot_token,
            platform_token=args.platform_token,
            frontend_url=args.frontend_url, delete_delay=args.delete_delay, chatwoot_version=args.chatwoot_version,
            inbox_limit=args.inbox_limit, enterprise=args.enterprise, rate_limit=args.rate_limit,
            rate_limit_loopback=args.rate_limit_loopback,
        ).start()
    except (OSError, ValueError, RuntimeError) as exc:
        sys.stderr.write('chatwoot simulator: %s\n' % exc)
        return 2
    sys.stdout.write('Chatwoot simulator listening on %s\n' % simulator.url)
    sys.stdout.flush()
    while not stop.wait(0.5):
        pass
    simulator.stop()
    return 0


if __name__ == '__main__':
    sys.exit(main())
