# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Desired state, comparison and prediction: each Chatwoot normalisation that could break idempotence."""

from __future__ import annotations

import pytest

from ansible_collections.community.chatwoot.plugins.module_utils._inbox_channels import EMAIL
from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import (
    DEFAULT_PRE_CHAT_FORM_OPTIONS, InboxOptionError, changed_fields, create_payload, desired_state, managed_view, new_inbox_defaults,
    predict, update_payload, without_secrets,
)
from ansible_collections.community.chatwoot.plugins.module_utils._working_hours import check_working_hours, default_week


def params(**kwargs):
    base = {'name': 'Site', 'channel': None, 'working_hours': None}
    base.update(kwargs)
    return base


def desired_of(**kwargs):
    return desired_state(params(**kwargs))[1]


def widget_inbox(**kwargs):
    inbox = predict(new_inbox_defaults('web_widget'), {'name': 'Site', 'website_url': 'https://example.com'})
    inbox.update(id=1, website_token='t' * 24, hmac_token='h' * 24)
    inbox.update(kwargs)
    return inbox


def test_unset_options_are_not_managed():
    channel_type, desired = desired_state(params(greeting_enabled=None, channel={'type': None, 'widget_color': None}))
    assert channel_type is None
    assert desired == {'name': 'Site'}


def test_feature_flags_compare_in_canonical_order_without_duplicates():
    desired = desired_of(channel={'selected_feature_flags': ['end_conversation', 'attachments', 'attachments']})
    assert desired['selected_feature_flags'] == ['attachments', 'end_conversation']
    inbox = widget_inbox(selected_feature_flags=['attachments', 'end_conversation'])
    assert changed_fields(desired, inbox) == {}


def test_pre_chat_fields_keep_only_the_keys_set():
    field = {'name': 'emailAddress', 'enabled': True, 'label': None, 'placeholder': None}
    desired = desired_of(channel={'pre_chat_form_options': {'pre_chat_message': 'Hi', 'require_email': None, 'pre_chat_fields': [field]}})
    assert desired['pre_chat_form_options'] == {'pre_chat_message': 'Hi', 'pre_chat_fields': [{'name': 'emailAddress', 'enabled': True}]}


def test_pre_chat_options_without_fields_become_chatwoot_default():
    desired = desired_of(channel={'pre_chat_form_options': {'pre_chat_message': 'Hi'}})
    assert desired['pre_chat_form_options'] == DEFAULT_PRE_CHAT_FORM_OPTIONS
    assert changed_fields(desired, widget_inbox()) == {}


@pytest.mark.parametrize('key, value', [
    ('greeting_enabled', True), ('greeting_message', 'Hello'), ('timezone', 'Europe/Berlin'), ('sender_name_type', 'professional'),
])
def test_a_changed_inbox_field_is_detected_and_predicted(key, value):
    desired = desired_of(**{key: value})
    inbox = widget_inbox()
    changes = changed_fields(desired, inbox)
    assert changes == {key: value}
    assert predict(inbox, changes)[key] == value
    assert update_payload(changes) == {key: value}


def test_channel_changes_go_under_channel_and_never_carry_the_type():
    desired = desired_of(channel={'type': 'web_widget', 'widget_color': '#FF5733'})
    changes = changed_fields(desired, widget_inbox())
    assert update_payload(changes) == {'channel': {'widget_color': '#FF5733'}}


def test_colour_case_is_kept_and_compared_exactly():
    desired = desired_of(channel={'widget_color': '#ff5733'})
    assert changed_fields(desired, widget_inbox(widget_color='#FF5733')) == {'widget_color': '#ff5733'}


def test_create_payload_shape():
    desired = desired_of(greeting_enabled=True, channel={'website_url': 'x.com'}, working_hours=[{'day_of_week': 0, 'closed_all_day': True}])
    assert create_payload('web_widget', desired) == {'name': 'Site', 'greeting_enabled': True, 'channel': {'type': 'web_widget', 'website_url': 'x.com'}}


def test_working_hours_only_listed_days_and_open_all_day_forces_full_day():
    entries = [{'day_of_week': 1, 'open_all_day': True, 'open_hour': 8, 'open_minutes': None, 'close_hour': None,
                'close_minutes': None, 'closed_all_day': None}]
    desired = desired_of(working_hours=entries)
    inbox = widget_inbox()
    changes = changed_fields(desired, inbox)
    week = predict(inbox, changes)['working_hours']
    assert week[1] == {'day_of_week': 1, 'closed_all_day': False, 'open_hour': 0, 'open_minutes': 0, 'close_hour': 23,
                       'close_minutes': 59, 'open_all_day': True}
    assert week[2] == default_week()[2]
    assert changed_fields(desired, dict(inbox, working_hours=week)) == {}


@pytest.mark.parametrize('entry, message', [
    ({'day_of_week': 1, 'open_hour': 18, 'close_hour': 9}, 'opening time must be before'),
    ({'day_of_week': 0, 'closed_all_day': False}, 'open_hour, open_minutes, close_hour, close_minutes must be set'),
])
def test_entries_chatwoot_would_skip_fail_before_writing(entry, message):
    desired = desired_of(working_hours=[entry])
    with pytest.raises(InboxOptionError, match=message):
        check_working_hours(default_week(), desired['working_hours'])


@pytest.mark.parametrize('kwargs, message', [
    ({'name': '  '}, 'name must not be empty'),
    ({'greeting_message': 'x' * 10001}, 'greeting_message is 10001 characters long'),
    ({'timezone': 'Mars/Olympus'}, 'timezone .* is not an IANA time zone'),
    ({'business_name': 'null'}, 'business_name: Chatwoot stores the string "null"'),
    ({'channel': {'widget_color': 'blue'}}, 'channel.widget_color must be a colour'),
    ({'channel': {'type': 'api', 'widget_color': '#fff'}}, 'channel.widget_color does not apply to api inboxes'),
    ({'working_hours': [{'day_of_week': 7}]}, 'day_of_week must be 0 .* got 7'),
    ({'working_hours': [{'day_of_week': 1, 'open_hour': 24}]}, 'open_hour must be between 0 and 23'),
    ({'working_hours': [{'day_of_week': 1, 'open_all_day': True, 'closed_all_day': True}]}, 'cannot both be true'),
])
def test_bad_options_name_the_option(kwargs, message):
    with pytest.raises(InboxOptionError, match=message):
        desired_state(params(**kwargs))


def test_portal_is_compared_through_help_center():
    desired = desired_of(portal_id=3)
    assert changed_fields(desired, widget_inbox()) == {'portal_id': 3}
    assert changed_fields(desired, widget_inbox(help_center={'name': 'Docs', 'slug': 'docs'})) == {}


def test_secrets_never_in_views():
    inbox = widget_inbox()
    assert 'hmac_token' not in without_secrets(inbox)
    assert without_secrets(inbox, keep_secrets=True)['hmac_token'] == 'h' * 24
    desired = desired_of(channel={'hmac_mandatory': True})
    assert managed_view(inbox, desired) == {'name': 'Site', 'hmac_mandatory': False}


MAIL = dict(new_inbox_defaults('email'), id=3, email='mail@example.com', imap_address='imap.example.com', imap_port=993,
            imap_login='mail@example.com', imap_password='old', smtp_address='smtp.example.com')


def test_a_change_to_a_checked_group_sends_the_whole_group_when_the_group_is_on():
    """inboxes_helper.rb logs in with the request's keys alone: a lone imap_enabled would log in to no host."""
    turn_on = EMAIL.complete_update({'imap_enabled': True}, {'imap_enabled': True}, MAIL)
    assert turn_on == dict({k: MAIL[k] for k in EMAIL.checked_groups[0]}, imap_enabled=True)
    assert EMAIL.checked(turn_on) == list(EMAIL.checked_groups[0])
    enabled = dict(MAIL, imap_enabled=True)
    new_password = EMAIL.complete_update({'imap_password': 'new'}, {'imap_password': 'new'}, enabled)
    assert new_password['imap_enabled'] is True and new_password['imap_password'] == 'new'
    assert new_password['imap_address'] == 'imap.example.com' and 'smtp_address' not in new_password


def test_a_group_that_stays_off_or_is_turned_off_is_sent_as_changed_and_never_checked():
    assert EMAIL.complete_update({'imap_login': 'x'}, {'imap_login': 'x'}, MAIL) == {'imap_login': 'x'}
    enabled = dict(MAIL, imap_enabled=True)
    off = EMAIL.complete_update({'imap_enabled': False}, {'imap_enabled': False}, enabled)
    assert off == {'imap_enabled': False} and EMAIL.checked(off) == []
