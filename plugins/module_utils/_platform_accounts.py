# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Accounts through the Platform API: /platform/api/v1/accounts.

Chatwoot's platform/api/v1/accounts_controller.rb permits name, locale, domain, support_email, status and the hashes
features, limits and custom_attributes. Update assigns them, so limits and custom_attributes are replaced whole: the
module sends the current hash with the keys it manages merged in (MergedKeys). Features are toggled one by one, an
unknown name is a NoMethodError (500) - on create after the account was saved, leaving an account the app cannot see
- so names are checked against config/features.yml first. _account.json.jbuilder renders id, name, locale, domain,
support_email (the installation's sender address when blank), the enabled features, custom_attributes, limits and
status.

Lookup: by id (GET /accounts/{id}); else in the index (GET /accounts, v4.5.0 and later), which lists the accounts the
platform app created, by marker (keys of custom_attributes) or by name. An app sees no other account.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._account_settings import LOCALES, support_email_set
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure_object
from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, max_length, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._errors import ChatwootError, OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._platform_fields import FeatureFlags, MergedKeys, known_names, mapping_of
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource
from ansible_collections.community.chatwoot.plugins.module_utils._resource_client import ResourceClient

# config/features.yml of Chatwoot v4.15.1: the names Featurable knows.
FEATURES = (
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

INDEX_SINCE = '4.5.0'

PLATFORM_ACCOUNT = Resource(
    'account', 'accounts', async_delete=True, required=('name',),
    new_object=lambda variant: {'id': None, 'name': None, 'locale': 'en', 'domain': None, 'support_email': None,
                                'features': {}, 'custom_attributes': {}, 'limits': {}, 'status': 'active'},
    fields=(
        Field('name', {'type': 'str'}, checks=(not_empty, max_length(255))),
        Field('locale', {'type': 'str', 'choices': list(LOCALES)}),
        Field('domain', {'type': 'str'}, checks=(max_length(100),)),
        Field('support_email', {'type': 'str'}, checks=(support_email_set, max_length(100))),
        Field('status', {'type': 'str', 'choices': ['active', 'suspended']}),
        Field('features', {'type': 'dict'}, checks=(known_names(FEATURES, 'the features of Chatwoot v4.15.1'),
                                                    mapping_of((bool,), 'true or false')), compare=FeatureFlags()),
        Field('limits', {'type': 'dict'}, checks=(mapping_of((int,), 'a whole number, or null to remove the limit', allow_null=True),),
              compare=MergedKeys(null_removes=True)),
        Field('custom_attributes', {'type': 'dict'}, compare=MergedKeys(null_removes=True)),
    ),
)


def argument_spec():
    spec = PLATFORM_ACCOUNT.argument_spec()
    spec['marker'] = {'type': 'dict'}
    return spec


def _with_marker(params):
    """The marker is part of custom_attributes: set on create, and the account's identity afterwards."""
    marker = params.get('marker')
    if marker is None:
        return params
    if not marker or any(value is None for value in marker.values()):
        raise OptionError('marker must hold at least one key, each with a value, such as {ansible_tenant: acme}.')
    for key, value in marker.items():
        given = (params.get('custom_attributes') or {}).get(key, value)
        if given != value:
            raise OptionError('custom_attributes.%s is %r, but the marker sets it to %r.' % (key, given, value))
    return dict(params, custom_attributes=dict(params.get('custom_attributes') or {}, **marker))


def _show(client, account_id):
    try:
        return client.request('GET', client.account_path('accounts/%d' % account_id))
    except ChatwootError as exc:
        if exc.status == 404:
            return None
        raise


def _index(client):
    try:
        return client.request('GET', client.account_path('accounts'))
    except ChatwootError as exc:
        if exc.status == 404:
            raise ChatwootError('%s The account list of the Platform API needs Chatwoot %s or later: set id to the id of '
                                'the account, from the result of the task that created it.' % (exc.message, INDEX_SINCE),
                                exc.method, exc.path, exc.status, exc.body) from None
        if exc.status == 500:
            raise ChatwootError('%s Chatwoot fails to list the accounts of a platform app once one of them was deleted (its '
                                'permission row outlives it, up to v4.15.1 at least): set id to find the account without the '
                                'list, or have a super admin delete the PlatformAppPermissible rows of deleted accounts.'
                                % exc.message, exc.method, exc.path, exc.status, exc.body) from None
        raise


def find(client, params):
    """The account by id, else by marker, else by name, among those of the platform app; None when there is none."""
    if params.get('id') is not None:
        return _show(client, params['id'])
    accounts = _index(client)
    marker = params.get('marker')
    if marker:
        matches = [a for a in accounts if all((a.get('custom_attributes') or {}).get(k) == v for k, v in marker.items())]
        what = 'with the marker %r' % (marker,)
    else:
        matches = [a for a in accounts if a.get('name') == params.get('name')]
        what = 'named %r' % params.get('name')
    if len(matches) > 1:
        raise OptionError('%d accounts of the platform app are %s (ids %s); set id, or a marker, to say which one to manage.'
                          % (len(matches), what, ', '.join(str(a['id']) for a in matches)))
    return matches[0] if matches else None


def run(client, params, check_mode):
    params = _with_marker(params)
    PLATFORM_ACCOUNT.desired(params)  # bad input fails before any request
    obj = find(client, params)
    if obj is None and params['state'] == 'present' and params.get('id') is not None:
        raise OptionError('There is no account with id %s; to create an account, leave id unset.' % params['id'])
    return ensure_object(PLATFORM_ACCOUNT, ResourceClient(PLATFORM_ACCOUNT, client), params, check_mode, obj)
