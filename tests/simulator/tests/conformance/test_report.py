"""The simulator's README reports, per spec file, how many examples the conformance tests replay: keep it true."""

import glob
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
README = os.path.join(HERE, '..', '..', 'README.md')


def replayed(path):
    """The spec lines a test module names: in docstrings (file:line) and in parametrized ids."""
    with open(path, encoding='utf-8') as f:
        text = f.read()
    spec = re.search(r"SPEC = '([^']+)'", text).group(1)
    lines = {int(x) for x in re.findall(re.escape(spec) + r':(\d+)', text)}
    for listed in re.findall(r"SPEC \+ ':%d' % line for line in \(([^)]*)\)", text):
        lines |= {int(x) for x in listed.split(',') if x.strip()}
    lines |= {int(x) for x in re.findall(r"SPEC \+ ':(\d+)'", text)}
    return spec, len(lines)


def test_the_readme_reports_what_the_tests_replay():
    with open(README, encoding='utf-8') as f:
        reported = {name: int(count) for name, count in re.findall(r'^\| `([\w/]+_spec\.rb)` \| \d+ \| (\d+) \|', f.read(), re.M)}
    counted = dict(replayed(path) for path in glob.glob(os.path.join(HERE, 'test_*_spec.py')))
    assert reported == counted
