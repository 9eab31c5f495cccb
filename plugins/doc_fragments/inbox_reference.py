# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations


class ModuleDocFragment:
    """How modules that work on an existing inbox name it (argument spec: _inbox_target.INBOX_REFERENCE_SPEC)."""

    DOCUMENTATION = r'''
options:
  inbox:
    description:
      - Name of the inbox, compared exactly. If several inboxes have this name, the module fails and lists their
        ids; use O(inbox_id) then.
      - One of O(inbox) and O(inbox_id) is required.
    type: str
  inbox_id:
    description:
      - Id of the inbox. Takes precedence over O(inbox).
    type: int
'''
