# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The account's agent bots as a resource (Chatwoot's app/models/agent_bot.rb, agent_bots_controller.rb).

The index also lists installation-wide bots (account_id null), which the account API cannot change: they are
never looked up here. Names are not unique, so several bots with one name make the lookup fail, listing ids.
secret (signs outgoing_url deliveries) is returned to administrators only; access_token (the bot's API token) to every
member of the account, agents too (_agent_bot.json.jbuilder:9-10): as the string of an account bot in the bot index,
absent for an installation-wide bot (AgentBotPresenter), and as the whole AccessToken record under an inbox's
agent_bot, whose view skips the presenter. Both are masked whatever their shape.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Field, not_empty
from ansible_collections.community.chatwoot.plugins.module_utils._resource import Resource

AGENT_BOT = Resource(
    'agent_bot', 'agent_bots', manageable=lambda bot: bot.get('account_id') is not None,
    new_object=lambda variant: {'id': None, 'name': None, 'description': None, 'outgoing_url': None, 'bot_type': 'webhook',
                                'bot_config': {}, 'account_id': None, 'access_token': None, 'secret': None},
    fields=(
        Field('name', {'type': 'str'}, checks=(not_empty,), column='string'),
        Field('description', {'type': 'str'}, column='string'),
        Field('outgoing_url', {'type': 'str'}),
        Field('bot_type', {'type': 'str', 'choices': ['webhook']}),
        Field('bot_config', {'type': 'dict'}),
        Field('access_token', secret=True),
        Field('secret', secret=True),
    ),
)
