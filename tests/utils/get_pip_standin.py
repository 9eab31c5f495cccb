# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Stand-in for the get-pip.py bootstrap script that ansible-test downloads from a server we cannot reach.

ansible-test looks for ~/.ansible/test/cache/get_pip_<version>.py before downloading (ansible/ansible#77304);
tests/utils/common.sh copies this file there, next to the pip wheel it needs. Like get-pip.py, it installs pip
(and setuptools/wheel unless --no-setuptools/--no-wheel) into the running interpreter.
"""

from __future__ import annotations

import glob
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    args = [a for a in sys.argv[1:] if a not in ('--no-setuptools', '--no-wheel')]
    packages = [a for a in args if not a.startswith('-')]
    for extra in ('setuptools', 'wheel'):
        if '--no-' + extra not in sys.argv and not any(p.startswith(extra) for p in packages):
            args.append(extra)
    pins = [p.split('==', 1)[1] for p in packages if p.startswith('pip==')]
    wheels = sorted(glob.glob(os.path.join(HERE, 'pip-%s-*.whl' % (pins[0] if pins else '*'))))
    if not wheels:
        sys.exit('get-pip stand-in: no pip wheel next to %s' % __file__)
    sys.path.insert(0, wheels[-1])  # pip runs from its own wheel
    sys.argv = ['pip', 'install', '--find-links', HERE] + args
    runpy.run_module('pip', run_name='__main__', alter_sys=True)


if __name__ == '__main__':
    main()
