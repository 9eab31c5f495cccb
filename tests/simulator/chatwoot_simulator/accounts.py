"""Accounts (``accounts`` in Chatwoot), kept in the store.

The table starts as one record per fixture account (``fixtures.ACCOUNTS``), loaded whenever the table's sequence
is missing: on a fresh simulator and after a reset, so every lookup goes through :func:`ensure`.  The application
API changes only the columns and the ``settings``/``custom_attributes`` hashes that ``resources/account.py``
permits; the Platform API (``resources/platform_accounts.py``) creates accounts, changes their ``status``,
``features``, ``limits`` and whole ``custom_attributes``, and deletes them.  Authentication reads this table, so an
account made through the Platform API is open to its members at once, and a suspended one is refused.

Column defaults from Chatwoot's ``db/schema.rb`` and ``app/models/account.rb``: ``locale`` 0 (``en``),
``domain``/``support_email`` null, ``settings``, ``limits`` and ``custom_attributes`` ``{}`` (jsonb), ``status`` 0
(``active``).  ``features`` holds the enabled flags (``feature_flags``, a bit field in Chatwoot), in the order of
``config/features.yml``.
"""

import time

from . import fixtures, users
from .validations import timestamp

TABLE = 'accounts'

# config/features.yml (v4.15.1), in its order: Featurable#enabled_features renders the enabled ones in this order.
FEATURE_LIST = (
    'inbound_emails', 'channel_email', 'channel_facebook', 'conversation_unread_counts', 'ip_lookup', 'disable_branding',
    'email_continuity_on_api_channel', 'help_center', 'agent_bots', 'macros', 'agent_management', 'team_management',
    'inbox_management', 'labels', 'custom_attributes', 'automations', 'canned_responses', 'integrations', 'voice_recorder',
    'report_rollup', 'channel_website', 'campaigns', 'reports', 'crm', 'auto_resolve_conversations', 'custom_reply_email',
    'custom_reply_domain', 'audit_logs', 'custom_tools', 'message_reply_to', 'insert_article_in_reply', 'inbox_view', 'sla',
    'help_center_embedding_search', 'linear_integration', 'captain_integration', 'custom_roles', 'chatwoot_v4',
    'captain_v1_action_classifier', 'contact_chatwoot_support_team', 'shopify_integration', 'search_with_gin',
    'channel_instagram', 'crm_integration', 'channel_voice', 'notion_integration', 'captain_integration_v2',
    'whatsapp_embedded_signup', 'whatsapp_campaign', 'crm_v2', 'assignment_v2', 'captain_document_auto_sync',
    'advanced_search', 'saml', 'advanced_search_indexing', 'reply_mailer_migration', 'quoted_email_reply', 'companies',
    'channel_tiktok', 'csat_review_notes', 'captain_tasks', 'conversation_required_attributes', 'advanced_assignment',
)
# ACCOUNT_LEVEL_FEATURE_DEFAULTS as ConfigLoader writes it from features.yml (``enabled: true``):
# Featurable#enable_default_features turns these on for every new account (before_create).
DEFAULT_FEATURES = (
    'inbound_emails', 'channel_email', 'channel_facebook', 'help_center', 'agent_bots', 'macros', 'agent_management',
    'team_management', 'inbox_management', 'labels', 'custom_attributes', 'automations', 'canned_responses', 'integrations',
    'voice_recorder', 'channel_website', 'campaigns', 'reports', 'crm', 'auto_resolve_conversations', 'chatwoot_v4',
    'contact_chatwoot_support_team', 'channel_instagram', 'assignment_v2', 'channel_tiktok', 'captain_tasks',
)
# The fixture accounts' flags: an illustrative set (``channel_api`` is no flag of features.yml), as the application
# API's tests have always seen them.
FIXTURE_FEATURES = ('agent_bots', 'agent_management', 'auto_resolve_conversations', 'automations', 'campaigns',
                    'canned_responses', 'channel_api', 'channel_email', 'channel_website', 'custom_attributes', 'help_center',
                    'inbox_management', 'integrations', 'labels', 'macros', 'reports', 'team_management')


def new_record(account_id, name, features=DEFAULT_FEATURES):
    return {'id': account_id, 'account_id': None, 'name': name, 'locale': 'en', 'domain': None, 'support_email': None,
            'status': 'active', 'settings': {}, 'custom_attributes': {}, 'limits': {}, 'features': list(features),
            'created_at': timestamp(), 'cache_keys_at': int(time.time())}


def enabled_features(record):
    """``Featurable#enabled_features``: ``{name: true}`` for each enabled flag."""
    return {name: True for name in record.get('features', FIXTURE_FEATURES)}


def ensure(store):
    """Load the fixture accounts into a fresh or reset table (its sequence is the marker)."""
    if TABLE in store.sequences:
        return
    for account in fixtures.ACCOUNTS.values():
        record = new_record(account['id'], account['name'], FIXTURE_FEATURES)
        record['status'] = account['status']
        store.put(TABLE, record)
    store.sequences[TABLE] = max(fixtures.ACCOUNTS) + 1


def get(store, account_id):
    ensure(store)
    return store.tables.get(TABLE, {}).get(account_id)


def remove_dependents(store, record):
    """What goes with a deleted account: its own rows (``dependent: :destroy_async``) and its memberships, each user
    leaving the account's inboxes and teams.  Its platform permissible rows stay, as in Chatwoot (no association)."""
    account_id = record['id']
    for table, rows in list(store.tables.items()):
        if table in (TABLE, users.TABLE):
            continue
        for row in [row for row in rows.values() if row.get('account_id') == account_id]:
            store.remove(table, row['id'])
    for user in store.rows(users.TABLE):
        if users.membership(user, account_id):
            user['memberships'] = [m for m in user['memberships'] if m['account_id'] != account_id]
            store.put(users.TABLE, user)
