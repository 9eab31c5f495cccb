"""pytest fixtures: ``chatwoot_simulator`` (reset before each test) and ``chatwoot_simulator_server``.

Enable with ``pytest_plugins = ['chatwoot_simulator.pytest_plugin']`` in a conftest.py.
"""

import pytest

from .server import Simulator


@pytest.fixture(scope='module')
def chatwoot_simulator_server():
    """One simulator on a free port for the whole test module."""
    with Simulator(port=0) as simulator:
        yield simulator


@pytest.fixture
def chatwoot_simulator(chatwoot_simulator_server):  # pylint: disable=redefined-outer-name
    """The module's simulator, reset to its start-up state (no inboxes, default options) for this test."""
    chatwoot_simulator_server.reset()
    yield chatwoot_simulator_server
