"""The fixed world every simulator starts with (and returns to on reset).

Account 1 is where tests work: the admin token's user is an administrator
there and the agent token's user an agent.  Account 2 exists but the admin is
not a member (checklist 6); account 3 is suspended (checklist 7).
"""

ACCOUNTS = {
    1: {'id': 1, 'name': 'Simulated Account', 'status': 'active'},
    2: {'id': 2, 'name': 'Other Account', 'status': 'active'},
    3: {'id': 3, 'name': 'Suspended Account', 'status': 'suspended'},
}

# ``roles`` maps account id -> account_users.role.
USERS = {
    1: {'id': 1, 'name': 'Simulated Admin', 'email': 'admin@example.com', 'roles': {1: 'administrator', 3: 'administrator'}},
    2: {'id': 2, 'name': 'Simulated Agent', 'email': 'agent@example.com', 'roles': {1: 'agent'}},
    3: {'id': 3, 'name': 'Alice Agent', 'email': 'alice@example.com', 'roles': {1: 'agent'}},
    4: {'id': 4, 'name': 'Bob Agent', 'email': 'bob@example.com', 'roles': {1: 'agent'}},
    5: {'id': 5, 'name': 'Olga Other', 'email': 'olga@example.com', 'roles': {2: 'administrator'}},
}

# Token option name -> owner.  Bots and platform apps are refused on every inbox route; only a platform app's token
# opens the Platform API (/platform/api/v1).
TOKEN_OWNERS = {
    'admin_token': ('user', 1),
    'agent_token': ('user', 2),
    'bot_token': ('bot', 1),
    'platform_token': ('platform_app', 1),
}

# A super admin made this platform app (super admin UI or console: no API creates one); it starts with no
# permissible object, so account 1-3 and the fixture users are invisible to it, as pre-existing tenants are.
PLATFORM_APPS = {1: {'id': 1, 'name': 'Simulated Platform App'}}

# account_id None = a global bot, usable from every account (v4.14 set_agent_bot scoping).
AGENT_BOTS = {
    1: {'id': 1, 'name': 'Simulated Bot', 'description': 'Account 1 bot', 'outgoing_url': 'https://bot.example.com/hook',
        'account_id': 1},
    2: {'id': 2, 'name': 'Other Account Bot', 'description': 'Account 2 bot', 'outgoing_url': 'https://bot.example.org/hook',
        'account_id': 2},
    3: {'id': 3, 'name': 'Global Bot', 'description': 'Installation-wide bot', 'outgoing_url': 'https://global-bot.example.com/hook',
        'account_id': None},
}
