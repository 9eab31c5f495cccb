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


# app/models/application_record.rb:2-3: the limits of validates_column_content_length.
COLUMN_LIMITS = {'string': 255, 'text': 20000}


def column_lengths(record, columns):
    """``ApplicationRecord#validates_column_content_length`` (application_record.rb:26-45), a ``before_validation``, so
    its errors come first: ``columns`` maps the model's string and text columns without a length validator of their
    own, in schema order, to ``'string'`` or ``'text'``."""
    errors = []
    for key, kind in columns.items():
        value = record.get(key)
        if isinstance(value, str) and len(value) > COLUMN_LIMITS[kind]:
            errors.append((key, full_message(key, 'is too long (maximum is %d characters)' % COLUMN_LIMITS[kind])))
    return errors


def timestamp():
    """A ``created_at``/``updated_at`` as ActiveSupport encodes it: UTC ISO 8601 with milliseconds."""
    now = datetime.datetime.now(datetime.timezone.utc)
    return now.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (now.microsecond // 1000)
