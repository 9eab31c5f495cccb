# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""An inbox's working hours: a week of seven rows that Chatwoot merges day by day.

Chatwoot ignores working hours on create (the field is set by an update right after), merges the listed days
into the stored week on update, and answers 200 while keeping the old row for an entry it cannot save.

Private to the community.chatwoot collection: not a public API, it may change at any time.
"""

from __future__ import annotations

import copy

from ansible_collections.community.chatwoot.plugins.module_utils._fields import Equal
from ansible_collections.community.chatwoot.plugins.module_utils._errors import OptionError

DAY_OPTIONS = {
    'day_of_week': {'type': 'int', 'required': True},
    'closed_all_day': {'type': 'bool'},
    'open_all_day': {'type': 'bool'},
    'open_hour': {'type': 'int'},
    'open_minutes': {'type': 'int'},
    'close_hour': {'type': 'int'},
    'close_minutes': {'type': 'int'},
}


def default_week():
    """The working hours Chatwoot gives every new inbox: weekdays 9:00-17:00, weekends closed."""
    week = []
    for day in range(7):
        weekend = day in (0, 6)
        week.append({'day_of_week': day, 'closed_all_day': weekend, 'open_hour': None if weekend else 9,
                     'open_minutes': None if weekend else 0, 'close_hour': None if weekend else 17,
                     'close_minutes': None if weekend else 0, 'open_all_day': False})
    return week


def apply_working_hours(current_week, entries):
    """The week Chatwoot stores after a PATCH with these entries: listed days merged, open_all_day forcing 0:00-23:59."""
    week = copy.deepcopy(current_week or default_week())
    by_day = {row['day_of_week']: row for row in week}
    for entry in entries:
        row = by_day.get(entry['day_of_week'])
        if row is None:
            continue
        row.update(entry)
        if row.get('open_all_day'):
            row.update({'open_hour': 0, 'open_minutes': 0, 'close_hour': 23, 'close_minutes': 59})
    return week


def check_week(label, entries):
    """Entry checks that need no current state."""
    seen = set()
    for entry in entries:
        day = entry['day_of_week']
        where = '%s day_of_week %s' % (label, day)
        if not 0 <= day <= 6:
            raise OptionError('%s: day_of_week must be 0 (Sunday) to 6 (Saturday), got %s.' % (label, day))
        if day in seen:
            raise OptionError('%s is listed twice.' % where)
        seen.add(day)
        if entry.get('open_all_day') and entry.get('closed_all_day'):
            raise OptionError('%s: open_all_day and closed_all_day cannot both be true.' % where)
        for key, top in (('open_hour', 23), ('close_hour', 23), ('open_minutes', 59), ('close_minutes', 59)):
            if entry.get(key) is not None and not 0 <= entry[key] <= top:
                raise OptionError('%s: %s must be between 0 and %d, got %s.' % (where, key, top, entry[key]))


def normalise_week(entries):
    return [{k: v for k, v in entry.items() if v is not None} for entry in sorted(entries, key=lambda e: e['day_of_week'])]


def check_working_hours(current_week, entries):
    """Fail on entries Chatwoot would silently skip once merged with the stored day (it answers 200 and keeps the old day)."""
    for row in apply_working_hours(current_week, entries):
        if row['day_of_week'] not in {e['day_of_week'] for e in entries} or row['closed_all_day']:
            continue
        where = 'working_hours day_of_week %s' % row['day_of_week']
        missing = [k for k in ('open_hour', 'open_minutes', 'close_hour', 'close_minutes') if row[k] is None]
        if missing:
            raise OptionError('%s: %s must be set for a day that is open.' % (where, ', '.join(missing)))
        if (row['open_hour'], row['open_minutes']) >= (row['close_hour'], row['close_minutes']):
            raise OptionError('%s: the opening time must be before the closing time.' % where)


class WorkingHours(Equal):
    """Compared day by day: only the listed days are managed, each as Chatwoot stores it after the merge."""

    def changed(self, key, value, obj):
        week = obj.get(key) or []
        current = {row['day_of_week']: row for row in week}
        expected = {row['day_of_week']: row for row in apply_working_hours(week, value)}
        return [e for e in value if current.get(e['day_of_week']) != expected[e['day_of_week']]] or None

    def predict(self, key, obj, change):
        obj[key] = apply_working_hours(obj.get(key), change)

    def view(self, key, obj, value):
        days = {e['day_of_week'] for e in value}
        return {key: [row for row in obj.get(key) or [] if row['day_of_week'] in days]}

    def check(self, key, obj, value):
        check_working_hours(obj.get(key), value)
