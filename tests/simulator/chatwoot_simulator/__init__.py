"""A local fake of Chatwoot v4.15.1's inbox REST API for tests and demos.

Standard library only.  ``Simulator`` runs it in-process; ``python -m
chatwoot_simulator`` runs it as a server.  See tests/simulator/README.md.
"""

from .server import Simulator

__all__ = ['Simulator']
