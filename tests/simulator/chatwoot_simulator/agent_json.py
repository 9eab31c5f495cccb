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
        'confirmed': True,
        'email': user['email'],
        'provider': 'email',
        'available_name': user['name'],
        'name': user['name'],
        'role': member['role'],
        'thumbnail': '',
    }
    if config.enterprise:
        data['custom_role_id'] = member.get('custom_role_id')
    return data


def render_bot(bot, admin=False):
    """``app/views/api/v1/models/_agent_bot.json.jbuilder`` (4.13+): a global bot (``system_bot?``,
    no account) hides its ``outgoing_url`` and ``secret``; ``access_token`` and ``secret`` are for
    administrators only."""
    system_bot = bot['account_id'] is None
    data = {'id': bot['id'], 'name': bot['name'], 'description': bot['description'], 'thumbnail': ''}
    if not system_bot:
        data['outgoing_url'] = bot['outgoing_url']
    data.update({'bot_type': bot['bot_type'], 'bot_config': bot['bot_config'], 'account_id': bot['account_id']})
    if admin:
        data['access_token'] = bot['access_token']
        if not system_bot:
            data['secret'] = bot['secret']
    data['system_bot'] = system_bot
    return data


def account_agents(store, account_id):
    """Users of the account ordered like ``order_by_full_name``."""
    return sorted(users.account_user_ids(store, account_id), key=lambda uid: (users.get(store, uid)['name'].lower(), uid))
