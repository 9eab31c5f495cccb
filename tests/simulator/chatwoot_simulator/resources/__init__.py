"""The resource registry: every Chatwoot resource the simulator serves, in routing order.

Adding a resource: write ``resources/<name>.py`` ending with
``RESOURCE = Resource(...)`` (see ``resource.py``) and list it here.
"""

from . import (account, agent_bots, agents, automation_rules, canned_responses, categories, custom_attribute_definitions,
               custom_roles, inbox_members, inboxes, integration_hooks, labels, macros, platform_account_users, platform_accounts,
               platform_users, portals, profile, team_members, teams, twilio_channels, webhooks)

REGISTRY = [module.RESOURCE for module in (inboxes, inbox_members, agents, agent_bots, profile, labels, canned_responses,
                                           teams, team_members, twilio_channels, webhooks, custom_attribute_definitions,
                                           automation_rules, macros, custom_roles, portals, categories, integration_hooks, account,
                                           platform_accounts, platform_users, platform_account_users)]

ROUTES = [route for resource in REGISTRY for route in resource.routes]

BY_TABLE = {resource.table: resource for resource in REGISTRY if resource.table}
