"""Serialisation of users (agents) and agent bots, as Chatwoot's jbuilder partials."""

from . import users


def availability_status(member):
    """``availability_status`` is presence, not the configured ``availability``: Chatwoot's
    ``OnlineStatusTracker`` reports users with a live connection plus, for members with
    ``auto_offline`` off, their configured availability.  API-only users have no connection,
    so an ``auto_offline`` member is ``offline`` whatever it configured."""
    return 'offline' if member['auto_offline'] else member['availability']


def render_agent(store, user_id, account_id, config):
    """``_agent.json.jbuilder`` (checklist 64)."""
    user = users.get(store, user_id)
    member = users.membership(user, account_id)
    data = {
        'id': user['id'],
        'account_id': account_id,
        'availability_status': availability_status(member),
        'auto_offline': member['auto_offline'],
        'confirmed': user.get('confirmed', True),  # invited users are not (agents.py); fixtures and platform users are
        'email': user['email'],
        'provider': 'email',
        'available_name': user['name'],
    }
    if user.get('custom_attributes'):  # _agent.json.jbuilder:10, only when present
        data['custom_attributes'] = user['custom_attributes']
    data.update({
        'name': user['name'],
        'role': member['role'],
        'thumbnail': '',
    })
    if config.enterprise:
        data['custom_role_id'] = member.get('custom_role_id')
    return data


def render_bot(bot, admin=False, account_id=None, presented=True):
    """``app/views/api/v1/models/_agent_bot.json.jbuilder`` (4.13+): a global bot (``system_bot?``, no account) hides
    its ``outgoing_url``; ``secret`` is for administrators and account bots only; ``access_token`` for every member,
    whatever the role (``:9``, ``if resource.access_token.present?``).

    presented: the bot views wrap the bot in ``AgentBotPresenter``, whose ``access_token`` is the token's string for a
    bot of the current account (``account_id``) and nil, so absent, for a global bot. The inbox's ``agent_bot`` view
    renders the partial without it (``inboxes/agent_bot.json.jbuilder:2``): there ``access_token`` is the whole
    ``AccessToken`` record, global bots included.
    """
    system_bot = bot['account_id'] is None
    data = {'id': bot['id'], 'name': bot['name'], 'description': bot['description'], 'thumbnail': ''}
    if not system_bot:
        data['outgoing_url'] = bot['outgoing_url']
    data.update({'bot_type': bot['bot_type'], 'bot_config': bot['bot_config'], 'account_id': bot['account_id']})
    if not presented:
        data['access_token'] = {'id': bot['id'], 'owner_type': 'AgentBot', 'owner_id': bot['id'], 'token': bot['access_token'],
                                'created_at': bot.get('created_at'), 'updated_at': bot.get('created_at')}
    elif not system_bot and bot['account_id'] == account_id:
        data['access_token'] = bot['access_token']
    if admin and not system_bot:
        data['secret'] = bot['secret']
    data['system_bot'] = system_bot
    return data


def account_agents(store, account_id):
    """Users of the account ordered like ``order_by_full_name``."""
    return sorted(users.account_user_ids(store, account_id), key=lambda uid: (users.get(store, uid)['name'].lower(), uid))
