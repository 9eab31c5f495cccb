"""Users and their account memberships (``users`` and ``account_users`` in Chatwoot), kept in the store.

One record per user in the ``users`` table: ``{id, name, email, display_name, custom_attributes, access_token,
pubsub_token, memberships: [{id, account_id, role, availability, auto_offline, inviter_id}]}``.  The table starts as
the fixture users (``fixtures.USERS``) whenever its sequence is missing, that is on a fresh simulator and after a
reset, so every lookup goes through :func:`ensure`.

Every user has an access token (``AccessTokenable``: made on create).  The two fixture users whose tokens are
options (``admin_token``, ``agent_token``) keep ``access_token`` null and take it from the config, which
``PATCH /_simulator/config`` may change; every other user has a generated one, which opens the application API as
that user (a user made through the Platform API, for example).  Membership ids come from the ``account_users``
sequence: the Platform API lists the raw ``AccountUser`` records.
"""

from . import fixtures
from .tokens import secure_token
from .validations import timestamp

TABLE = 'users'
MEMBERSHIP_SEQUENCE = 'account_users'
# ``AccountUser`` column defaults (``db/schema.rb``: role 0 agent, availability 0 online, auto_offline true).
DEFAULT_MEMBERSHIP = {'role': 'agent', 'availability': 'online', 'auto_offline': True, 'inviter_id': None, 'custom_role_id': None}


def new_record(store, user_id, name, email, display_name=None, custom_attributes=None):
    """A user as ``User.create!`` leaves it: a generated access token and pubsub token, no membership."""
    return {'id': user_id, 'account_id': None, 'name': name, 'email': email, 'display_name': display_name,
            'custom_attributes': dict(custom_attributes or {}), 'access_token': secure_token(), 'pubsub_token': secure_token(),
            'memberships': []}


def new_membership(store, account_id, **changes):
    """An ``AccountUser`` row with its own id."""
    return dict(DEFAULT_MEMBERSHIP, id=store.next_id(MEMBERSHIP_SEQUENCE), account_id=account_id, created_at=timestamp(), **changes)


def _fixture_record(store, user):
    record = new_record(store, user['id'], user['name'], user['email'])
    if any(owner == ('user', user['id']) for owner in fixtures.TOKEN_OWNERS.values()):
        record['access_token'] = None  # the config option's value (token_of)
    record['memberships'] = [new_membership(store, account_id, role=role) for account_id, role in user['roles'].items()]
    return record


def ensure(store):
    """Load the fixture users into a fresh or reset table (its sequence is the marker)."""
    if TABLE in store.sequences:
        return
    store.sequences.pop(MEMBERSHIP_SEQUENCE, None)
    for user in fixtures.USERS.values():
        store.put(TABLE, _fixture_record(store, user))
    store.sequences[TABLE] = max(fixtures.USERS) + 1


def get(store, user_id):
    ensure(store)
    return store.tables.get(TABLE, {}).get(user_id)


def by_email(store, email):
    """``User.from_email``: e-mails are stored lower-cased and looked up lower-cased."""
    ensure(store)
    wanted = (email or '').lower()
    return next((user for user in store.rows(TABLE) if user['email'] == wanted), None)


def token_of(config, user):
    """The user's access token: a config option for the fixture users that have one, else the record's."""
    for option, owner in fixtures.TOKEN_OWNERS.items():
        if owner == ('user', user['id']):
            return getattr(config, option)
    return user.get('access_token')


def by_token(store, token):
    """The user whose generated access token this is (config tokens are matched before, in auth)."""
    ensure(store)
    return next((user for user in store.rows(TABLE) if user.get('access_token') and user['access_token'] == token), None)


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


def leave_account(store, user, account_id):
    """What ``Agents::DestroyJob`` does once the membership is gone: the user leaves the account's inboxes and teams."""
    for table in ('inboxes', 'teams'):
        for record in store.rows(table, account_id):
            if user['id'] in record.get('members', ()):
                record['members'] = [uid for uid in record['members'] if uid != user['id']]
                store.put(table, record)


def remove_dependents(store, user):
    """A deleted user leaves every inbox and team (``has_many :inbox_members, :team_members, dependent:``)."""
    for table in ('inboxes', 'teams'):
        for record in store.rows(table):
            if user['id'] in record.get('members', ()):
                record['members'] = [uid for uid in record['members'] if uid != user['id']]
                store.put(table, record)
