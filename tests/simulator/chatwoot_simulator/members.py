"""Inbox membership: ``/inbox_members`` and ``assignable_agents`` (§1 rows 8 and 18-21)."""

from . import users
from .agent_json import render_agent
from .casting import cast_integer, is_scalar
from .errors import ApiError, ServerCrash


def account_members(store, inbox, account_id):
    """``account.users.where(id: inbox.members)``: members outside the account are hidden."""
    return [uid for uid in sorted(inbox['members']) if users.role_of(store, uid, account_id) is not None]


def payload(store, inbox, account_id, config):
    return {'payload': [render_agent(store, uid, account_id, config) for uid in account_members(store, inbox, account_id)]}


def assignable(store, inbox, account_id, config):
    """Members first, then the account's administrators, de-duplicated (checklist 56)."""
    return assignable_to_all(store, [inbox], account_id, config)


def assignable_to_all(store, inboxes, account_id, config):
    """Users who are members of every inbox, then the administrators, de-duplicated."""
    ids = [uid for uid in account_members(store, inboxes[0], account_id)
           if all(uid in i['members'] for i in inboxes)] if inboxes else []
    ids += [uid for uid in users.account_user_ids(store, account_id)
            if users.role_of(store, uid, account_id) == 'administrator' and uid not in ids]
    return {'payload': [render_agent(store, uid, account_id, config) for uid in ids]}


def _user_ids(value):
    """``params[:user_ids] - current_ids`` needs an array; anything else raises (500)."""
    if not isinstance(value, list):
        raise ServerCrash('undefined method - for user_ids')
    return value


def _cast_user_id(value):
    return cast_integer(value) if is_scalar(value) else None


def add(store, inbox, user_ids):
    """Create the missing memberships in one transaction; an unknown user fails them all (422).

    Chatwoot compares the raw ids with the current ones; the simulator compares
    cast integers, so ``"3"`` for an existing member 3 is skipped too.
    """
    wanted = []
    for value in _user_ids(user_ids):
        user_id = _cast_user_id(value)
        if user_id is None:
            raise ApiError(422, {'message': "User can't be blank, User must exist", 'attributes': ['user_id', 'user']})
        if not users.exists(store, user_id):
            raise ApiError(422, {'message': 'User must exist', 'attributes': ['user']})
        if user_id not in inbox['members'] and user_id not in wanted:
            wanted.append(user_id)
    inbox['members'] = inbox['members'] + wanted


def replace(store, inbox, user_ids):
    """PATCH: add the missing ids, then remove current members not listed (checklist 61)."""
    add(store, inbox, user_ids)
    keep = {_cast_user_id(value) for value in user_ids}
    inbox['members'] = [uid for uid in inbox['members'] if uid in keep]


def remove(_store, inbox, user_ids):
    """DELETE: ``where(user_id: ids).destroy_all``; junk and non-members are ignored (checklist 62)."""
    if not isinstance(user_ids, list):
        user_ids = [user_ids]
    drop = {_cast_user_id(value) for value in user_ids}
    inbox['members'] = [uid for uid in inbox['members'] if uid not in drop]
