"""The CLI process, HTTPS, and the state file."""

import datetime
import os
import shutil
import signal
import subprocess
import sys

import pytest
import requests

from chatwoot_simulator import Simulator
from sim_client import A1, WIDGET

SIMULATOR_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADMIN = {'api_access_token': 'sim-admin-token'}


def start_cli(*args):
    env = dict(os.environ, PYTHONPATH=SIMULATOR_DIR)
    process = subprocess.Popen([sys.executable, '-m', 'chatwoot_simulator', '--port', '0'] + list(args),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)  # pylint: disable=consider-using-with
    line = process.stdout.readline()
    assert line.startswith('Chatwoot simulator listening on http'), (line, process.stderr.read() if process.poll() else '')
    return process, line.strip().rsplit(' ', 1)[1]


def stop_cli(process, signum=signal.SIGTERM):
    process.send_signal(signum)
    try:
        return process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()


@pytest.mark.parametrize('signum', [signal.SIGTERM, signal.SIGINT])
def test_cli_prints_url_and_exits_cleanly(signum):
    """The CLI prints exactly one URL line and exits 0 on SIGTERM/SIGINT, even with an idle keep-alive client."""
    process, url = start_cli('--frontend-url', 'https://chat.example.com', '--delete-delay', '0.5')
    try:
        assert url.startswith('http://127.0.0.1:')
        assert requests.get(url + '/api', timeout=5).json()['version'] == '4.15.1'
        config = requests.get(url + '/_simulator/config', timeout=5).json()
        assert (config['frontend_url'], config['delete_delay']) == ('https://chat.example.com', 0.5)
        # A keep-alive connection left open must not block the shutdown.
        session = requests.Session()
        session.get(url + '/health', timeout=5)
    finally:
        assert stop_cli(process, signum) == 0
    assert process.stdout.read() == ''  # exactly one line was printed


def test_cli_options_reach_config():
    """CLI flags become the start-up config."""
    process, url = start_cli('--admin-token', 'a1', '--agent-token', 'g1', '--chatwoot-version', '4.5.0',
                             '--inbox-limit', '7', '--enterprise', '--rate-limit', '50')
    try:
        config = requests.get(url + '/_simulator/config', timeout=5).json()
        assert (config['admin_token'], config['agent_token'], config['chatwoot_version']) == ('a1', 'g1', '4.5.0')
        assert (config['inbox_limit'], config['enterprise'], config['rate_limit']) == (7, True, 50)
        assert requests.get(url + A1 + '/inboxes', headers={'api_access_token': 'a1'}, timeout=5).status_code == 200
    finally:
        assert stop_cli(process) == 0


def test_ipv6_loopback():
    """--host ::1 serves on IPv6 and reports a bracketed URL."""
    try:
        simulator = Simulator(host='::1', port=0).start()
    except OSError as exc:
        pytest.skip('no IPv6 loopback here: %s' % exc)
    try:
        assert simulator.url.startswith('http://[::1]:')
        assert requests.get(simulator.url + '/health', timeout=5).json() == {'status': 'woot'}
    finally:
        simulator.stop()


def make_certificate(directory):
    """Self-signed certificate for 127.0.0.1, via cryptography or the openssl CLI."""
    cert, key = os.path.join(directory, 'cert.pem'), os.path.join(directory, 'key.pem')
    try:
        from cryptography import x509  # pylint: disable=import-outside-toplevel
        from cryptography.hazmat.primitives import hashes, serialization  # pylint: disable=import-outside-toplevel
        from cryptography.hazmat.primitives.asymmetric import ec  # pylint: disable=import-outside-toplevel
        from cryptography.x509.oid import NameOID  # pylint: disable=import-outside-toplevel
    except ImportError:
        if not shutil.which('openssl'):
            pytest.skip('neither the cryptography package nor the openssl CLI is available')
        subprocess.run(['openssl', 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
                        '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
                       check=True, capture_output=True)
        return cert, key
    import ipaddress  # pylint: disable=import-outside-toplevel
    private_key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, '127.0.0.1')])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(private_key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
                   .not_valid_after(now + datetime.timedelta(days=1))
                   .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address('127.0.0.1'))]), False)
                   .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
                   .sign(private_key, hashes.SHA256()))
    with open(cert, 'wb') as stream:
        stream.write(certificate.public_bytes(serialization.Encoding.PEM))
    with open(key, 'wb') as stream:
        stream.write(private_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    return cert, key


def test_https(tmp_path):
    """HTTPS with a certificate made here; a plain-HTTP client cannot stall the server."""
    cert, key = make_certificate(str(tmp_path))
    with Simulator(port=0, tls_cert=cert, tls_key=key) as simulator:
        assert simulator.url.startswith('https://127.0.0.1:')
        response = requests.post(simulator.url + A1 + '/inboxes', json={'name': 'Secure', 'channel': WIDGET},
                                 headers=ADMIN, verify=cert, timeout=5)
        assert response.status_code == 200
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(simulator.url + '/api', timeout=5)  # untrusted by default, like a self-signed Chatwoot
        # A plain-HTTP client does not get an answer, and the server keeps serving.
        with pytest.raises(requests.exceptions.ConnectionError):
            requests.get(simulator.url.replace('https', 'http') + '/api', timeout=5)
        assert requests.get(simulator.url + '/api', verify=cert, timeout=5).status_code == 200


def test_https_cli(tmp_path):
    """--tls-cert/--tls-key on the command line."""
    cert, key = make_certificate(str(tmp_path))
    process, url = start_cli('--tls-cert', cert, '--tls-key', key)
    try:
        assert url.startswith('https://')
        assert requests.get(url + '/health', verify=cert, timeout=5).json() == {'status': 'woot'}
    finally:
        assert stop_cli(process) == 0


def test_state_file_survives_restart(tmp_path):
    """--state-file keeps inboxes, tokens, members and pending deletions across a restart."""
    state = str(tmp_path / 'state.json')
    with Simulator(port=0, state_file=state, delete_delay=-1) as first:
        created = requests.post(first.url + A1 + '/inboxes', json={'name': 'Kept', 'channel': {'type': 'api'}},
                                headers=ADMIN, timeout=5).json()
        requests.post(first.url + A1 + '/inbox_members', json={'inbox_id': created['id'], 'user_ids': [2]},
                      headers=ADMIN, timeout=5)
        doomed = requests.post(first.url + A1 + '/inboxes', json={'name': 'Pending', 'channel': WIDGET},
                               headers=ADMIN, timeout=5).json()
        requests.delete(first.url + A1 + '/inboxes/%d' % doomed['id'], headers=ADMIN, timeout=5)
    assert os.path.exists(state)
    process, url = start_cli('--state-file', state)
    try:
        shown = requests.get(url + A1 + '/inboxes/%d' % created['id'], headers=ADMIN, timeout=5).json()
        assert {key: shown[key] for key in ('name', 'hmac_token', 'secret', 'inbox_identifier')} == {
            key: created[key] for key in ('name', 'hmac_token', 'secret', 'inbox_identifier')}
        members = requests.get(url + A1 + '/inbox_members/%d' % created['id'], headers=ADMIN, timeout=5).json()
        assert [m['id'] for m in members['payload']] == [2]
        assert requests.get(url + A1 + '/inboxes/%d' % doomed['id'], headers=ADMIN, timeout=5).status_code == 200
        again = requests.post(url + A1 + '/inboxes', json={'name': 'New', 'channel': WIDGET}, headers=ADMIN, timeout=5)
        assert again.json()['id'] == doomed['id'] + 1  # ids continue, never reused
    finally:
        assert stop_cli(process) == 0
