"""Shared fixtures for the simulator's own tests (run from the repo root)."""

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
for directory in (os.path.dirname(HERE), HERE):  # the chatwoot_simulator package, then sim_client
    if directory not in sys.path:
        sys.path.insert(0, directory)

# pylint: disable=wrong-import-position,unused-import
from chatwoot_simulator.pytest_plugin import chatwoot_simulator, chatwoot_simulator_server  # noqa: E402,F401
from sim_client import Api  # noqa: E402


@pytest.fixture
def api(chatwoot_simulator):  # pylint: disable=redefined-outer-name
    client = Api(chatwoot_simulator)
    yield client
    client.session.close()
