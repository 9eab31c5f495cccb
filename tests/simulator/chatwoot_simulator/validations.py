"""ActiveRecord validations the account resources share, with Rails' English messages.

``errors`` lists are ``[(attribute, full message)]`` for ``errors.record_invalid``;
a full message is the humanised attribute name plus the message, as
``errors.full_messages`` builds it.
"""

import datetime

# Chatwoot's ``I18n.t('errors.validations.presence')`` (config/locales/en.yml), used by Label and Team.
CHATWOOT_PRESENCE = 'must not be blank'
RAILS_PRESENCE = "can't be blank"
TAKEN = 'has already been taken'


def full_message(attribute, message):
    """``errors.full_messages``: ``short_code`` + ``can't be blank`` is ``Short code can't be blank``."""
    return '%s %s' % (attribute.replace('_', ' ').capitalize(), message)


def taken(store, table, record, attribute):
    """``uniqueness: { scope: :account_id }``: another record of the account has the same value."""
    value = record[attribute]
    return value is not None and any(
        other[attribute] == value for other in store.rows(table, record['account_id']) if other['id'] != record['id'])


def timestamp():
    """A ``created_at``/``updated_at`` as ActiveSupport encodes it: UTC ISO 8601 with milliseconds."""
    now = datetime.datetime.now(datetime.timezone.utc)
    return now.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (now.microsecond // 1000)
