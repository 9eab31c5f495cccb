"""Rails/ActiveModel parameter rules the simulator reproduces.

Chatwoot never rejects a wrongly typed value outright: strong parameters drop
values of the wrong shape, then ActiveModel casts what is left.  These helpers
mirror those two steps so that e.g. ``"false"`` becomes ``False`` and
``{"name": {}}`` is silently ignored, exactly as the server does.
"""

import re

# Sentinel returned by the permit helpers when strong parameters drop a key.
DROP = object()

_SCALARS = (str, int, float, bool, type(None))
_BOOL_FALSE_STRINGS = frozenset(('0', 'f', 'F', 'false', 'FALSE', 'off', 'OFF'))
_LEADING_INT = re.compile(r'\s*([+-]?\d+)')


def is_scalar(value):
    """Values strong parameters accept for a key permitted as a scalar."""
    return isinstance(value, _SCALARS)


def is_blank(value):
    """Ruby's ``blank?``: nil, false, whitespace-only strings, empty collections."""
    if value is None or value is False:
        return True
    if isinstance(value, str):
        return value.strip() == ''
    if isinstance(value, (list, dict)):
        return not value
    return False


def permit_scalar(value):
    """``permit(:key)``: arrays and hashes are dropped, scalars (incl. null) kept."""
    return value if is_scalar(value) else DROP


def permit_scalar_array(value):
    """``permit(key: [])``: only an array made entirely of scalars survives; null is dropped."""
    if isinstance(value, list) and all(is_scalar(item) for item in value):
        return list(value)
    return DROP


def permit_any_hash(value):
    """``permit(key: {})``: any hash survives; anything else (null too) is dropped."""
    return dict(value) if isinstance(value, dict) else DROP


def permit_hash(value, spec):
    """``permit(key: [...])`` for a hash: keep only the keys in ``spec``.

    ``spec`` maps a key to ``'scalar'``, ``'array'``, ``'hash'`` (any hash), a
    nested spec dict, or ``('list', spec)`` for an array of hashes.
    """
    if not isinstance(value, dict):
        return DROP
    result = {}
    for key, item in value.items():
        rule = spec.get(key)
        if rule is None:
            continue
        permitted = permit_value(item, rule)
        if permitted is not DROP:
            result[key] = permitted
    return result


def permit_value(value, rule):
    """Apply one permit rule (see :func:`permit_hash`)."""
    if rule == 'scalar':
        return permit_scalar(value)
    if rule == 'array':
        return permit_scalar_array(value)
    if rule == 'hash':
        return permit_any_hash(value)
    if isinstance(rule, tuple) and rule[0] == 'list':
        if not isinstance(value, list):
            return DROP
        return [permit_hash(item, rule[1]) for item in value if isinstance(item, dict)]
    return permit_hash(value, rule)


def cast_bool(value):
    """ActiveModel::Type::Boolean: ``""`` is nil, a short list of values is false, the rest true."""
    if value is None or (isinstance(value, str) and value == ''):
        return None
    if value is False:
        return False
    if isinstance(value, int) and not isinstance(value, bool) and value == 0:
        return False
    if isinstance(value, str) and value in _BOOL_FALSE_STRINGS:
        return False
    return True


def cast_string(value):
    """ActiveModel::Type::String: booleans become ``"t"``/``"f"``, numbers their text."""
    if value is None or isinstance(value, str):
        return value
    if value is True:
        return 't'
    if value is False:
        return 'f'
    return str(value)


def ruby_to_i(text):
    """Ruby ``String#to_i``: leading integer, else 0 (so ``"1-slug"`` is 1, ``"abc"`` is 0)."""
    match = _LEADING_INT.match(text)
    return int(match.group(1)) if match else 0


def cast_integer(value):
    """ActiveModel::Type::Integer: blank strings are nil, other strings use ``to_i``."""
    if value is None:
        return None
    if value is True:
        return 1
    if value is False:
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    if isinstance(value, str):
        return None if value.strip() == '' else ruby_to_i(value)
    return None


class InvalidEnumValue(ValueError):
    """Rails raises ArgumentError for an enum value outside its mapping (a 500, not a 422)."""


def cast_enum(value, names):
    """Rails enum assignment: a name or its integer index; blank is nil; anything else raises."""
    if is_blank(value):
        return None
    if isinstance(value, str) and value in names:
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and 0 <= int(value) < len(names):
            return names[int(value)]
    raise InvalidEnumValue(value)


def permit_scalars(params, keys):
    """``permit(:a, :b)`` on a hash: the listed keys whose values are scalars."""
    return {key: value for key, value in params.items() if key in keys and is_scalar(value)}
