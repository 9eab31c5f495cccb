"""Accounts (``accounts`` in Chatwoot), kept in the store so that ``PATCH /api/v1/accounts/{id}`` can change them.

One record per fixture account (``fixtures.ACCOUNTS``), loaded whenever the table's sequence is missing: on a
fresh simulator and after a reset, so every lookup goes through :func:`ensure`.  Which accounts exist and their
``status`` stay the fixtures' (authentication reads those); the API changes only the columns and the
``settings``/``custom_attributes`` hashes that ``resources/account.py`` permits.

Column defaults from Chatwoot's ``db/schema.rb`` and ``app/models/account.rb``: ``locale`` 0 (``en``),
``domain``/``support_email`` null, ``settings`` and ``custom_attributes`` ``{}`` (jsonb).
"""

import time

from . import fixtures
from .validations import timestamp

TABLE = 'accounts'


def _fixture_record(account):
    return {'id': account['id'], 'account_id': None, 'name': account['name'], 'locale': 'en', 'domain': None,
            'support_email': None, 'status': account['status'], 'settings': {}, 'custom_attributes': {},
            'created_at': timestamp(), 'cache_keys_at': int(time.time())}


def ensure(store):
    """Load the fixture accounts into a fresh or reset table (its sequence is the marker)."""
    if TABLE in store.sequences:
        return
    for account in fixtures.ACCOUNTS.values():
        store.put(TABLE, _fixture_record(account))
    store.sequences[TABLE] = max(fixtures.ACCOUNTS) + 1


def get(store, account_id):
    ensure(store)
    return store.tables.get(TABLE, {}).get(account_id)
