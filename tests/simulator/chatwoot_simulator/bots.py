"""Agent bots (``agent_bots`` in Chatwoot), kept in the store.

The table starts as the fixture bots (``fixtures.AGENT_BOTS``: one per account and a global one)
whenever its sequence is missing, on a fresh simulator and after a reset.  A bot with
``account_id`` None is global (a "system bot"): every account lists it and may attach it to an
inbox, none may change it through the account API.
"""

from . import fixtures
from .tokens import secure_token

TABLE = 'agent_bots'


def new_record(bot_id, account_id, **fields):
    """A bot with the generated ``access_token`` (``AccessTokenable``) and ``secret`` (``WebhookSecretable``, 4.13)."""
    record = {'id': bot_id, 'account_id': account_id, 'name': None, 'description': None, 'outgoing_url': None,
              'bot_type': 'webhook', 'bot_config': {}, 'access_token': secure_token(), 'secret': secure_token()}
    record.update(fields)
    return record


def ensure(store):
    """Load the fixture bots into a fresh or reset table (its sequence is the marker)."""
    if TABLE in store.sequences:
        return
    for bot in fixtures.AGENT_BOTS.values():
        store.put(TABLE, new_record(bot['id'], bot['account_id'], name=bot['name'], description=bot['description'],
                                    outgoing_url=bot['outgoing_url']))
    store.sequences[TABLE] = max(fixtures.AGENT_BOTS) + 1


def get(store, bot_id):
    ensure(store)
    return store.tables.get(TABLE, {}).get(bot_id)


def every(store):
    ensure(store)
    return sorted(store.rows(TABLE), key=lambda bot: bot['id'])


def accessible(store, account_id):
    """``AgentBot.accessible_to(account)``: the account's own bots plus the global ones, in id order."""
    return [bot for bot in every(store) if bot['account_id'] in (None, account_id)]
