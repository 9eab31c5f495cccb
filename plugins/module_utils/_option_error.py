# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The one error type for bad module input.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations


class OptionError(ValueError):
    """Bad module input, found before any request that writes.

    ChatwootModule.result reports it as a plain message; any other exception keeps its traceback, because it is a bug.
    """
