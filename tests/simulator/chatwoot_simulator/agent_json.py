"""Serialisation of users (agents) and agent bots, as Chatwoot's jbuilder partials."""

from . import fixtures


def render_agent(user_id, account_id, config):
    """``_agent.json.jbuilder`` (checklist 64)."""
    user = fixtures.USERS[user_id]
    data = {
        'id': user['id'],
        'account_id': account_id,
        'availability_status': 'offline',
        'auto_offline': True,
        'confirmed': True,
        'email': user['email'],
        'provider': 'email',
        'available_name': user['name'],
        'name': user['name'],
        'role': user['roles'][account_id],
        'thumbnail': '',
    }
    if config.enterprise:
        data['custom_role_id'] = None
    return data


def render_bot(bot):
    """``_agent_bot.json.jbuilder`` minus the bot's own access token (the simulator has none to show)."""
    return {
        'id': bot['id'],
        'name': bot['name'],
        'description': bot['description'],
        'thumbnail': '',
        'outgoing_url': bot['outgoing_url'],
        'bot_type': 'webhook',
        'bot_config': {},
        'account_id': bot['account_id'],
        'system_bot': False,
    }


def account_agents(account_id):
    """Users of the account ordered like ``order_by_full_name``."""
    return sorted(fixtures.account_user_ids(account_id), key=lambda uid: (fixtures.USERS[uid]['name'].lower(), uid))
