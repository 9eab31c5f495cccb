"""Working hours: the default week and the lenient PATCH semantics (§2.4, §3).

Chatwoot stores seven rows per inbox.  Create always inserts the default week
(it does not accept ``working_hours``); PATCH updates the listed days with a
non-bang ``update``, so an invalid entry is skipped without any error.
"""

from .casting import cast_bool, cast_integer, is_scalar
from .errors import ServerCrash

KEYS = ('day_of_week', 'closed_all_day', 'open_hour', 'open_minutes', 'close_hour', 'close_minutes', 'open_all_day')
_HOUR_KEYS = ('open_hour', 'open_minutes', 'close_hour', 'close_minutes')


def default_week():
    week = []
    for day in range(7):
        if day in (0, 6):
            week.append({'day_of_week': day, 'closed_all_day': True, 'open_hour': None, 'open_minutes': None,
                         'close_hour': None, 'close_minutes': None, 'open_all_day': False})
        else:
            week.append({'day_of_week': day, 'closed_all_day': False, 'open_hour': 9, 'open_minutes': 0,
                         'close_hour': 17, 'close_minutes': 0, 'open_all_day': False})
    return week


def _valid(row):
    """WorkingHour validations; ``row`` has already had open_all_day applied."""
    if row['open_all_day'] and row['closed_all_day']:
        return False
    if row['closed_all_day']:
        return True
    limits = {'open_hour': 23, 'close_hour': 23, 'open_minutes': 59, 'close_minutes': 59}
    for key in _HOUR_KEYS:
        if not 0 <= row[key] <= limits[key]:  # apply_updates has refused a missing one
            return False
    # Opening must be strictly before closing.
    return row['open_hour'] * 60 + row['open_minutes'] < row['close_hour'] * 60 + row['close_minutes']


def _day_index(value):
    if isinstance(value, bool) or not is_scalar(value):
        return None
    day = cast_integer(value)
    return day if day is not None and 0 <= day <= 6 else None


def apply_updates(week, entries):
    """Apply PATCH ``working_hours`` entries to a copy of ``week`` and return it.

    A missing or unknown ``day_of_week`` makes Chatwoot call ``update`` on nil
    (500), and so does an open day with a missing hour or minute; the whole loop runs in one transaction, so
    nothing of it is kept (the inbox's own fields were saved before).
    """
    rows = [dict(row) for row in week]
    for entry in entries:
        if not isinstance(entry, dict):
            continue  # strong parameters drop non-hash elements
        day = _day_index(entry.get('day_of_week'))
        if day is None:
            raise ServerCrash('working hour for day_of_week %r not found' % (entry.get('day_of_week'),))
        row = dict(rows[day])
        for key in KEYS[1:]:
            if key in entry and is_scalar(entry[key]):
                value = entry[key]
                row[key] = cast_bool(value) if key.endswith('_all_day') else cast_integer(value)
        if row['open_all_day']:
            # before_validation: open all day means 00:00-23:59 whatever was sent.
            row.update(open_hour=0, open_minutes=0, close_hour=23, close_minutes=59)
        if not row['closed_all_day'] and any(row[key] is None for key in _HOUR_KEYS):
            # working_hour.rb:73-76 close_after_open computes open_hour.hours + ... on an open day, presence errors or
            # not: a nil hour is a NoMethodError (500), and the transaction (out_of_offisable.rb:45) keeps no day
            raise ServerCrash("undefined method `hours' for nil:NilClass (working hour of day %d)" % day)
        if _valid(row):
            rows[day] = row
    return rows
