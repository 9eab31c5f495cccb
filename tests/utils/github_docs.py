# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Make the collection's docs readable on GitHub, where no docsite is hosted: galaxy.yml's documentation points there.

Usage: github_docs.py ANTSIBULL_OUTPUT GUIDES_DIR DEST_DIR

ANTSIBULL_OUTPUT is the output of `antsibull-docs collection --output-format simplified-rst --squash-hierarchy`
(the plugin and role pages); GUIDES_DIR is docs/docsite/rst. DEST_DIR gets the plugin pages with links between
files instead of docsite paths, and the guides with their Sphinx roles (:ansplugin:, :ref:), which GitHub shows
as literal text, turned into links. tests/test.sh compares DEST_DIR with docs/reference.
"""

from __future__ import annotations

import os
import re
import shutil
import sys

ANSIBLE_DOCS = 'https://docs.ansible.com/projects/ansible/latest/collections/'
LABEL = re.compile(r'^\.\. _(ansible_collections\.community\.chatwoot\.docsite\.(\w+)):\s*$', re.M)


def plugin_pages(src):
    return sorted(f for f in os.listdir(src) if f.endswith('.rst') and f != 'index.rst')


def fix_plugin_links(text, pages):
    # docsite paths in the HTML tables: ../../community/chatwoot/x_module.html -> x_module.rst
    text = re.sub(r'(?:\.\./)+community/chatwoot/(\w+)\.html', r'\1.rst', text)
    # other collections' plugins (ansible.builtin.template) are not in this folder: link to Ansible's docsite
    text = re.sub(r'(?:\.\./)+(\w+)/(\w+)/(\w+)\.html', ANSIBLE_DOCS + r'\1/\2/\3.html', text)

    def outside(match):
        title, target = match.group(1), match.group(2)
        if target in pages:
            return match.group(0)
        namespace, collection = title.replace('\\_', '_').split('.')[:2]
        return '`%s <%s%s/%s/%s.html>`__' % (title, ANSIBLE_DOCS, namespace, collection, target[:-4])
    return re.sub(r'`([^`<]+?) <([\w]+\.rst)>`__', outside, text)


def guide_titles(guides):
    titles = {}
    for name in os.listdir(guides):
        with open(os.path.join(guides, name), encoding='utf-8') as f:
            text = f.read()
        label = LABEL.search(text)
        title = text[label.end():].strip().splitlines()[0]
        titles[label.group(1)] = (title, name)
    return titles


def convert_guide(text, titles, pages):
    def plugin(match):
        name, kind = match.group(1), match.group(2)
        page = '%s_%s.rst' % (name.split('.')[-1], kind)
        if page not in pages:
            raise SystemExit('no page %s for %s' % (page, match.group(0)))
        return '`%s <%s>`__' % (name, page)

    def ref(match):
        if match.group(1) not in titles:
            raise SystemExit('unknown label %s' % match.group(1))
        title, name = titles[match.group(1)]
        return '`%s <%s>`__' % (title, name)
    text = re.sub(r':ansplugin:`(community\.chatwoot\.\w+)#(\w+)`', plugin, text)
    text = re.sub(r':ref:`([\w.]+)`', ref, text)
    if re.search(r':\w+:`', text):
        raise SystemExit('a Sphinx role GitHub cannot show: %s' % re.search(r':\w+:`[^`]*`', text).group(0))
    return text


def main():
    src, guides, dest = sys.argv[1:4]
    if os.path.exists(dest):
        shutil.rmtree(dest)
    os.makedirs(dest)
    pages = plugin_pages(src)
    for page in pages:
        with open(os.path.join(src, page), encoding='utf-8') as f:
            text = fix_plugin_links(f.read(), pages)
        with open(os.path.join(dest, page), 'w', encoding='utf-8') as f:
            f.write(text)
    titles = guide_titles(guides)
    for name in sorted(os.listdir(guides)):
        with open(os.path.join(guides, name), encoding='utf-8') as f:
            text = convert_guide(f.read(), titles, pages)
        with open(os.path.join(dest, name), 'w', encoding='utf-8') as f:
            f.write(text)


if __name__ == '__main__':
    main()
