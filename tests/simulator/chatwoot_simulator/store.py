"""Mutable simulator state: one table of records per resource, id sequences and pending deletions.

``tables[name][id]`` holds plain JSON dicts, so the whole state can be written
to the optional state file.  Accounts, users, bots and portals are fixed (see
fixtures).  Ids come from sequences that, like Postgres sequences, never go
back: a record that was rejected or deleted leaves a gap.
"""

import json
import os
import tempfile
import threading
import time

STATE_FORMAT = 2

# Format 1 (inboxes only) named its channel sequences by channel type.
_V1_CHANNEL_SEQUENCES = {'web_widget': 'channel_web_widgets', 'api': 'channel_api'}


class Store:
    """Every table and sequence; every access happens under ``lock``."""

    def __init__(self, state_file=None):
        self.lock = threading.RLock()
        self.state_file = state_file
        self.tables = {}
        self.sequences = {}
        self._pending = set()  # (table, id) of records with a deletion job queued
        self.on_remove = {}  # table -> callback(store, record) run when a record is removed (set by App)
        self.dirty = False
        if state_file and os.path.exists(state_file):
            self._load()

    # -- ids -------------------------------------------------------------
    def next_id(self, sequence):
        """The next id of a sequence: a table's own, or a channel table's (``channel_api``...)."""
        value = self.sequences.get(sequence, 1)
        self.sequences[sequence] = value + 1
        self.dirty = True
        return value

    # -- queries ---------------------------------------------------------
    def rows(self, table, account_id=None):
        """Records of a table in insertion order, optionally those of one account."""
        records = self.tables.get(table, {}).values()
        return [r for r in records if account_id is None or r['account_id'] == account_id]

    def get(self, table, account_id, record_id):
        """``account.<table>.find(id)``: None when missing or in another account."""
        record = self.tables.get(table, {}).get(record_id)
        if record is None or record.get('account_id') != account_id:
            return None
        return record

    # -- writes ----------------------------------------------------------
    def put(self, table, record):
        self.tables.setdefault(table, {})[record['id']] = record
        self.dirty = True

    def remove(self, table, record_id):
        record = self.tables.get(table, {}).pop(record_id, None)
        self._pending.discard((table, record_id))
        if record is not None:
            self.dirty = True
            if table in self.on_remove:
                self.on_remove[table](self, record)

    def schedule_delete(self, table, record, delay):
        """Enqueue a deletion job (DeleteObjectJob); a repeated DELETE never postpones the first job."""
        if delay is None or delay < 0:
            due = record.get('delete_due') or float('inf')
        else:
            due = min(record.get('delete_due') or float('inf'), time.time() + delay)
        record['delete_due'] = due
        self._pending.add((table, record['id']))
        self.dirty = True

    def run_due_deletions(self, force=False):
        """Remove records whose deletion job is due (every pending one when forced); returns their ids."""
        if not self._pending:
            return []
        now = time.time()
        due = sorted(key for key in self._pending
                     if force or self.tables.get(key[0], {}).get(key[1], {}).get('delete_due', now) <= now)
        for table, record_id in due:
            self.remove(table, record_id)
        return [record_id for _table, record_id in due]

    def clear(self, tables=None, sequences=None):
        """Empty some tables and restart some sequences; everything when both are None."""
        if tables is None and sequences is None:
            self.tables, self.sequences, self._pending = {}, {}, set()
        else:
            for table in tables or ():
                self.tables.pop(table, None)
            self._pending = {key for key in self._pending if key[0] in self.tables}
            for sequence in sequences or ():
                self.sequences.pop(sequence, None)
        self.dirty = True

    # -- persistence -----------------------------------------------------
    def save_if_dirty(self):
        """Write the state file atomically after a change (no-op without a state file)."""
        if not self.dirty:
            return
        self.dirty = False
        if not self.state_file:
            return
        data = {
            'format': STATE_FORMAT,
            'sequences': self.sequences,
            'tables': {name: [encode_record(r) for r in rows.values()] for name, rows in self.tables.items()},
        }
        directory = os.path.dirname(os.path.abspath(self.state_file))
        handle, tmp_path = tempfile.mkstemp(prefix='.chatwoot-sim-', dir=directory)
        try:
            with os.fdopen(handle, 'w', encoding='utf-8') as stream:
                json.dump(data, stream)
            os.replace(tmp_path, self.state_file)
        except BaseException:
            if os.path.exists(tmp_path):
                os.unlink(tmp_path)
            raise

    def _load(self):
        try:
            with open(self.state_file, encoding='utf-8') as stream:
                data = json.load(stream)
            if data.get('format') == 1:
                data = _upgrade_format_1(data)
            if data.get('format') != STATE_FORMAT:
                raise ValueError('unsupported format')
            self.sequences = {str(name): int(value) for name, value in data['sequences'].items()}
            for table, records in data['tables'].items():
                for record in records:
                    if record.get('delete_due') == 'never':
                        record['delete_due'] = float('inf')
                    self.tables.setdefault(table, {})[record['id']] = record
                    if record.get('delete_due') is not None:
                        self._pending.add((table, record['id']))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError('%s is not a simulator state file (%s)' % (self.state_file, exc)) from exc


def encode_record(record):
    """JSON has no infinity: a deletion that never runs is written as ``"never"``."""
    if record.get('delete_due') == float('inf'):
        record = dict(record, delete_due='never')
    return record


def _upgrade_format_1(data):
    """State files written before the generic tables held inboxes only."""
    sequences = {'inboxes': data['next_inbox_id']}
    for channel_type, value in data['next_channel_id'].items():
        sequences[_V1_CHANNEL_SEQUENCES.get(channel_type, channel_type)] = value
    return {'format': STATE_FORMAT, 'sequences': sequences, 'tables': {'inboxes': data['inboxes']}}
