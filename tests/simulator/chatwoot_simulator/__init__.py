"""A local fake of Chatwoot v4.15.1's REST API (inboxes and account resources) for tests and demos.

Standard library only.  ``Simulator`` runs it in-process; ``python -m
chatwoot_simulator`` runs it as a server.  See tests/simulator/README.md.

In docstrings, "§2.3" and "checklist 12" refer to tests/simulator/docs/chatwoot-behaviour.md
(section 2.3, item 12 of its checklist in section 9); paths such as
``app/models/inbox.rb`` are files of the Chatwoot repository.
"""

from .server import Simulator

__all__ = ['Simulator']
