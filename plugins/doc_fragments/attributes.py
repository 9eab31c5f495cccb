# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations


class ModuleDocFragment:
    """Attributes every community.chatwoot module shares; each module adds its check and diff mode support."""

    DOCUMENTATION = r'''
attributes:
  check_mode:
    description: Can run in check mode and return changed status prediction without modifying the inbox.
  diff_mode:
    description: Returns details on what has changed, or would change in check mode.
  action:
    description: Indicates this has a corresponding action plugin so some parts of the options can be executed on the controller.
    support: full
    details:
      - With a local connection the whole module runs in the controller's process, without starting a module.
  async:
    description: Supports being used with the C(async) keyword.
    support: full
    details:
      - An async task runs the module as usual, in its own process.
  platform:
    description: Target OS/families that can be operated against.
    support: N/A
    platforms: all
'''
