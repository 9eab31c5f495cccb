"""``GET /agents`` and ``GET /agent_bots``: the fixed users and bots, read-only (§1;
Chatwoot ``app/controllers/api/v1/accounts/agents_controller.rb``, ``agent_bots_controller.rb``)."""

from .. import fixtures
from ..agent_json import account_agents, render_agent, render_bot
from ..resource import Resource, account_route
from ..responses import json_response


def agents_index(ctx):
    return json_response(200, [render_agent(uid, ctx.account_id, ctx.config) for uid in account_agents(ctx.account_id)])


def agent_bots_index(ctx):
    return json_response(200, [render_bot(bot) for bot in fixtures.accessible_bots(ctx.account_id)])


RESOURCE = Resource(
    table=None,  # users and bots are fixtures
    routes=[
        account_route(('GET',), r'/agents', agents_index),
        account_route(('GET',), r'/agent_bots', agent_bots_index),
    ],
)
