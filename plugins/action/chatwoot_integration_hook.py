# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

from ansible_collections.community.chatwoot.plugins.plugin_utils._controller_module import ControllerModule


class ActionModule(ControllerModule):
    """chatwoot_integration_hook in the controller's process when its connection is local, else as a module on the host."""
