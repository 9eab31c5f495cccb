"""Mutable simulator state: inboxes, their members and pending deletions.

Accounts, users, bots and portals are fixed (see fixtures).  Everything here
is plain JSON data so it can be written to the optional state file.
"""

import json
import os
import tempfile
import threading
import time

STATE_FORMAT = 1


class Store:
    """Holds the inbox table; every access happens under ``lock``."""

    def __init__(self, state_file=None):
        self.lock = threading.RLock()
        self.state_file = state_file
        self.inboxes = {}
        self.next_inbox_id = 1
        self.next_channel_id = {}
        self.dirty = False
        if state_file and os.path.exists(state_file):
            self._load()

    # -- ids -------------------------------------------------------------
    def allocate_ids(self, channel_type):
        """Inbox ids are one table-wide sequence; channel ids one per channel table."""
        inbox_id = self.next_inbox_id
        self.next_inbox_id += 1
        channel_id = self.next_channel_id.get(channel_type, 1)
        self.next_channel_id[channel_type] = channel_id + 1
        return inbox_id, channel_id

    # -- queries ---------------------------------------------------------
    def account_inboxes(self, account_id):
        return [inbox for inbox in self.inboxes.values() if inbox['account_id'] == account_id]

    def get(self, account_id, inbox_id):
        inbox = self.inboxes.get(inbox_id)
        if inbox is None or inbox['account_id'] != account_id:
            return None
        return inbox

    # -- writes ----------------------------------------------------------
    def put(self, inbox):
        self.inboxes[inbox['id']] = inbox
        self.dirty = True

    def remove(self, inbox_id):
        if self.inboxes.pop(inbox_id, None) is not None:
            self.dirty = True

    def schedule_delete(self, inbox, delay):
        """Enqueue the DeleteObjectJob; a repeated DELETE never postpones the first job."""
        if delay is None or delay < 0:
            due = inbox.get('delete_due') or float('inf')
        else:
            due = min(inbox.get('delete_due') or float('inf'), time.time() + delay)
        inbox['delete_due'] = due
        self.dirty = True

    def run_due_deletions(self, force=False):
        """Remove inboxes whose deletion job is due (all pending ones when forced)."""
        now = time.time()
        due = [iid for iid, inbox in self.inboxes.items()
               if inbox.get('delete_due') is not None and (force or inbox['delete_due'] <= now)]
        for inbox_id in due:
            self.remove(inbox_id)
        return due

    def clear(self):
        self.inboxes = {}
        self.next_inbox_id = 1
        self.next_channel_id = {}
        self.dirty = True

    # -- persistence -----------------------------------------------------
    def save_if_dirty(self):
        if not self.dirty:
            return
        self.dirty = False
        if not self.state_file:
            return
        data = {
            'format': STATE_FORMAT,
            'next_inbox_id': self.next_inbox_id,
            'next_channel_id': self.next_channel_id,
            'inboxes': [_encode_due(inbox) for inbox in self.inboxes.values()],
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
            if data.get('format') != STATE_FORMAT:
                raise ValueError('unsupported format')
            self.next_inbox_id = int(data['next_inbox_id'])
            self.next_channel_id = dict(data['next_channel_id'])
            for inbox in data['inboxes']:
                if inbox.get('delete_due') == 'never':
                    inbox['delete_due'] = float('inf')
                self.inboxes[inbox['id']] = inbox
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError('%s is not a simulator state file (%s)' % (self.state_file, exc)) from exc


def _encode_due(inbox):
    # JSON has no infinity: a deletion that never runs is stored as "never".
    if inbox.get('delete_due') == float('inf'):
        inbox = dict(inbox, delete_due='never')
    return inbox
