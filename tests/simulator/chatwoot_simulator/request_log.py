"""The record of API requests that tests read back through ``/_simulator/requests``.

Token values are never stored: an entry only names which configured token
(``admin``, ``agent``, ``bot``) or ``invalid`` was sent.
"""

import json
import threading


def body_for_log(raw):
    """Parsed JSON when possible, else the text, else None for an empty body."""
    if not raw:
        return None
    text = raw.decode('utf-8', errors='replace')
    try:
        return json.loads(text)
    except ValueError:
        return text


class RequestLog:
    def __init__(self):
        self._lock = threading.Lock()
        self._entries = []
        self._seq = 0

    def add(self, entry):
        with self._lock:
            self._seq += 1
            entry = dict({'seq': self._seq}, **entry)
            self._entries.append(entry)
            return entry

    def entries(self):
        with self._lock:
            return [dict(entry) for entry in self._entries]

    def clear(self):
        with self._lock:
            self._entries = []
