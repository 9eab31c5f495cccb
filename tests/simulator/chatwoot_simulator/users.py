"""Users and their account memberships (``users`` and ``account_users`` in Chatwoot), kept in the store.

One record per user in the ``users`` table: ``{id, name, email, memberships: [{account_id, role,
availability, auto_offline, inviter_id}]}``.  The table starts as the fixture users
(``fixtures.USERS``) whenever its sequence is missing, that is on a fresh simulator and after a
reset, so every lookup goes through :func:`ensure`.
"""

from . import fixtures

TABLE = 'users'
# ``AccountUser`` column defaults (``db/schema.rb``: role 0 agent, availability 0 online, auto_offline true).
DEFAULT_MEMBERSHIP = {'role': 'agent', 'availability': 'online', 'auto_offline': True, 'inviter_id': None}


def _fixture_record(user):
    memberships = [dict(DEFAULT_MEMBERSHIP, account_id=account_id, role=role) for account_id, role in user['roles'].items()]
    return {'id': user['id'], 'account_id': None, 'name': user['name'], 'email': user['email'], 'memberships': memberships}


def ensure(store):
    """Load the fixture users into a fresh or reset table (its sequence is the marker)."""
    if TABLE in store.sequences:
        return
    for user in fixtures.USERS.values():
        store.put(TABLE, _fixture_record(user))
    store.sequences[TABLE] = max(fixtures.USERS) + 1


def get(store, user_id):
    ensure(store)
    return store.tables.get(TABLE, {}).get(user_id)


def by_email(store, email):
    """``User.from_email``: e-mails are stored lower-cased and looked up lower-cased."""
    ensure(store)
    wanted = (email or '').lower()
    return next((user for user in store.rows(TABLE) if user['email'] == wanted), None)


def membership(user, account_id):
    return next((m for m in user['memberships'] if m['account_id'] == account_id), None) if user else None


def role_of(store, user_id, account_id):
    """The user's role in the account, or None when not a member."""
    found = membership(get(store, user_id), account_id)
    return found['role'] if found else None


def account_user_ids(store, account_id):
    """Ids of the account's users, in id order (``account.users``)."""
    ensure(store)
    return sorted(user['id'] for user in store.rows(TABLE) if membership(user, account_id))


def exists(store, user_id):
    return get(store, user_id) is not None
