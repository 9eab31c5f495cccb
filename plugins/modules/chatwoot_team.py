#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_team
short_description: Create, update and delete Chatwoot teams
version_added: 0.2.0
description:
  - Ensures that a team of a Chatwoot account exists with the given settings, or that it does not exist.
  - Conversations can be assigned to a team; with O(allow_auto_assign), Chatwoot assigns them to its members.
  - Only the options that are set are managed; Chatwoot keeps its values for the others.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the team as it would be; on create its RV(team.id) is V(null).
  diff_mode:
    support: full
    details: The diff holds the name and the options that are set.
options:
  name:
    description:
      - Name of the team. Chatwoot stores team names in lower case and unique in an account, so V(Sales) and
        V(sales) name the same team; the module lower-cases the name too.
      - Without O(id), the team is looked up by this name. With O(id), the team is renamed.
      - Required to create a team.
    type: str
  id:
    description: Id of an existing team, to rename it. With O(state=present), a missing team is an error.
    type: int
  state:
    description: V(present) creates the team or updates it; V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
  description:
    description: Description of the team.
    type: str
  allow_auto_assign:
    description: Whether conversations assigned to the team are assigned to its members automatically. Chatwoot's default is V(true).
    type: bool
seealso:
  - module: community.chatwoot.chatwoot_label
  - module: community.chatwoot.chatwoot_canned_response
  - name: Chatwoot teams API
    description: Chatwoot's application API reference for teams.
    link: https://developers.chatwoot.com/api-reference/teams/create-a-team
'''

EXAMPLES = r'''
- name: A sales team
  community.chatwoot.chatwoot_team:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    name: sales
    description: Pre-sales questions from the website
    allow_auto_assign: true

- name: The interns team is no more
  community.chatwoot.chatwoot_team:
    name: interns
    state: absent
'''

RETURN = r'''
team:
  description:
    - The team as Chatwoot returns it; empty after a deletion or when there was nothing to delete.
    - In check mode, the team as it would be.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the team; V(null) in check mode before it exists.
      type: int
      sample: 3
    name:
      description: Name, in lower case.
      type: str
      sample: sales
    description:
      description: Description.
      type: str
      sample: Pre-sales questions from the website
    allow_auto_assign:
      description: Whether conversations are assigned to members automatically.
      type: bool
      sample: true
    account_id:
      description: Id of the account.
      type: int
      sample: 1
    is_member:
      description: Whether the token's user is a member of the team.
      type: bool
      sample: false
'''

from functools import partial

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure
from ansible_collections.community.chatwoot.plugins.module_utils._teams import TEAM


MODULE = ChatwootModule(TEAM.argument_spec(), partial(ensure, TEAM), required_one_of=[('name', 'id')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
