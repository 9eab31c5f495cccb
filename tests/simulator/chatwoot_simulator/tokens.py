"""Token generation as done by Rails 7.1 ``has_secure_token`` (24 base58 characters)."""

import secrets

BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
TOKEN_LENGTH = 24


def secure_token(length=TOKEN_LENGTH):
    return ''.join(secrets.choice(BASE58_ALPHABET) for _position in range(length))
