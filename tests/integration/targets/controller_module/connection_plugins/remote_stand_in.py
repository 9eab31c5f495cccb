# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
name: remote_stand_in
short_description: The local connection under another name, standing in for a remote host in tests
description:
  - Runs commands on the controller like ansible.builtin.local, but is not local to the collection's action plugin,
    which then runs modules as usual, on the host.
author: Community Chatwoot maintainers (@ansible-collections)
'''

from ansible.plugins.connection.local import Connection as LocalConnection


class Connection(LocalConnection):
    transport = 'remote_stand_in'
