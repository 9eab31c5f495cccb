# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Agent bots: the account's bots, and the bot an inbox hands its conversations to.

`GET agent_bots` answers a bare JSON array of the bots an inbox of this account may use: the account's
own and the installation-wide (global, `account_id: null`) ones. `GET inboxes/{id}/agent_bot` answers
`{"agent_bot": {...}}`, or `{}` without a bot; `POST inboxes/{id}/set_agent_bot` with `{"agent_bot": id}`
attaches a bot and with `{"agent_bot": null}` detaches it (administrators only, empty answer).

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import INBOX, without_secrets
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError
from ansible_collections.community.chatwoot.plugins.module_utils._resource import id_or_key
from ansible_collections.community.chatwoot.plugins.module_utils._resource_client import ResourceClient

# Bot credentials Chatwoot may render to administrators, on top of the inbox secrets without_secrets drops.
BOT_SECRET_FIELDS = ('access_token',)


class AgentBotOptionError(OptionError):
    """The option names no bot, or several, that inboxes of the account can use."""


class AgentBots:
    """The agent-bot endpoints of one account."""

    def __init__(self, client):
        self.client = client

    def list(self):
        return self.client.request('GET', self.client.account_path('agent_bots')) or []

    def of_inbox(self, inbox_id):
        body = self.client.request('GET', self.client.account_path('inboxes/%s/agent_bot' % inbox_id))
        return (body or {}).get('agent_bot') or None

    def set_for_inbox(self, inbox_id, bot_id):
        self.client.request('POST', self.client.account_path('inboxes/%s/set_agent_bot' % inbox_id), {'agent_bot': bot_id})


def find_bot(bots, reference, account_id):
    """The bot with this id (an int or a string of digits), else the one with exactly this name."""
    if isinstance(reference, bool) or not isinstance(reference, (int, str)) or str(reference).strip() == '':
        raise AgentBotOptionError('agent_bot must be the id or the name of an agent bot, got %r.' % (reference,))
    bot_id, _name = id_or_key(reference)
    if bot_id is not None:
        matches = [b for b in bots if b['id'] == bot_id]
        what = 'with id %s' % bot_id
    else:
        matches = [b for b in bots if b.get('name') == reference]
        what = 'named %r' % reference
    if len(matches) > 1:
        raise AgentBotOptionError('%d agent bots are %s (ids %s); set agent_bot to the id of the one to use.'
                                  % (len(matches), what, ', '.join(str(b['id']) for b in matches)))
    if not matches:
        known = ', '.join('%r (id %s)' % (b.get('name'), b['id']) for b in bots) or 'none'
        raise AgentBotOptionError('There is no agent bot %s that inboxes of account %s can use; available: %s.' % (what, account_id, known))
    return matches[0]


def public_bot(bot):
    """The bot without its credentials; {} for no bot."""
    if not bot:
        return {}
    return without_secrets({k: v for k, v in bot.items() if k not in BOT_SECRET_FIELDS})


def bot_view(bot):
    return {'agent_bot': {'id': bot['id'], 'name': bot.get('name')} if bot else None}


def attach(client, inbox_id, reference, check_mode, bots, planned=False):
    """Attach the bot that reference names to an inbox: the one path of chatwoot_inbox_agent_bot and of an inbox's
    `agent_bot` in an account's description. Returns (changed, bot before, bot after).

    inbox_id: None for an inbox that check mode would create (it has no bot yet). bots: the bots inboxes may use,
    searched before anything else is read; or a callable that reads them, called only when the inbox has another bot
    than the one named. planned: a bot that does not exist (an earlier check-mode task would create it) is a change
    to it rather than an error.
    """
    endpoints = AgentBots(client)
    if not callable(bots):
        wanted = find_bot(bots, reference, client.account_id)
    current = endpoints.of_inbox(inbox_id) if inbox_id is not None else None
    if callable(bots):
        try:
            wanted = find_bot([current] if current else [], reference, client.account_id)  # the bot it has
        except AgentBotOptionError:
            try:
                wanted = find_bot(bots(), reference, client.account_id)
            except AgentBotOptionError:
                if not planned:
                    raise
                wanted = {'id': None, 'name': reference}
    changed = current is None or current.get('id') != wanted['id']
    if changed and not check_mode:
        endpoints.set_for_inbox(inbox_id, wanted['id'])
    return changed, current, wanted


def ensure_agent_bot(client, params, check_mode):
    """Attach params['agent_bot'] to the inbox (present) or detach it (absent); return the module result."""
    inbox = ResourceClient(INBOX, client).target(params.get('inbox_id'), params.get('inbox'), id_option='inbox_id')
    bots = AgentBots(client)
    if params['state'] == 'present':
        changed, current, after = attach(client, inbox['id'], params['agent_bot'], check_mode, bots.list())
    else:
        wanted = find_bot(bots.list(), params['agent_bot'], client.account_id) if params.get('agent_bot') is not None else None
        current = bots.of_inbox(inbox['id'])
        # Without agent_bot, any bot goes; with it, only that bot (another attached bot stays).
        changed = current is not None and (wanted is None or current['id'] == wanted['id'])
        after = None if changed else current
        if changed and not check_mode:
            bots.set_for_inbox(inbox['id'], None)
    return {
        'changed': changed,
        'inbox_id': inbox['id'],
        'agent_bot': public_bot(after),
        'diff': {'before': bot_view(current), 'after': bot_view(after)},
    }
