#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_inbox
short_description: Create, update and delete Chatwoot inboxes
version_added: 0.1.0
description:
  - Ensures that a Chatwoot inbox exists with the given settings, or that it does not exist.
  - The options mirror the body of Chatwoot's C(POST /api/v1/accounts/{account_id}/inboxes) request, so a request
    body from Chatwoot's API documentation can be written as YAML.
  - Only the options that are set are managed; Chatwoot keeps its values for the others.
  - Returns the inbox as Chatwoot returns it, including its RV(inbox.website_token), so that later tasks can put the
    chat widget on a website.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details:
      - Sends no request that writes. Returns the inbox as it would be; on create its generated values (RV(inbox.id),
        tokens) are V(null).
      - The C(callback_webhook_url) of a new V(line), V(sms), V(whatsapp) or V(twilio) inbox is predicted from
        O(api_url), taken to be the address Chatwoot knows itself by (its C(FRONTEND_URL)).
  diff_mode:
    support: full
    details: The diff holds the managed options only, and never a secret.
options:
  name:
    description:
      - Name of the inbox, as shown to agents. Compared exactly, without trimming.
      - Without O(id), the inbox is looked up by this name. If several inboxes have this name, the module fails and
        lists their ids; set O(id) then.
      - With O(id), the inbox is renamed to this name.
      - Required to create an inbox.
    type: str
  id:
    description:
      - Id of an existing inbox. Takes precedence over O(name) for the lookup.
      - With O(state=present), a missing inbox is an error; the module never creates an inbox when O(id) is set.
    type: int
  state:
    description:
      - V(present) creates the inbox or updates it; V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
  wait:
    description:
      - With O(state=absent), wait until Chatwoot has really deleted the inbox.
      - Chatwoot accepts a deletion at once and deletes in a background job; without waiting, a second run right
        after still finds the inbox and deletes it again.
    type: bool
    default: true
  wait_timeout:
    description:
      - Seconds to wait for the deletion with O(wait=true). When they pass, the module fails, saying the deletion was
        accepted but is still running.
    type: int
    default: 120
  return_secrets:
    description:
      - Include the secrets Chatwoot returns to administrators in RV(inbox), the C(hmac_token) of website and API
        inboxes and the webhook C(secret) of API inboxes.
      - "Use C(no_log: true) on the task when this is V(true)."
    type: bool
    default: false
  greeting_enabled:
    description: Whether the widget greets new visitors with O(greeting_message).
    type: bool
  greeting_message:
    description: Greeting shown to new visitors. At most 10000 characters.
    type: str
  enable_email_collect:
    description: Whether the widget asks visitors for their e-mail address.
    type: bool
  csat_survey_enabled:
    description: Whether a satisfaction survey is sent when a conversation is resolved.
    type: bool
  csat_config:
    description:
      - The satisfaction survey, as Chatwoot 4.2 and later shape it. Only the keys set are compared. Chatwoot rebuilds
        the whole value on every update, with its default for each key not sent, so the module sends the keys set
        merged into the current ones.
    type: dict
    suboptions:
      display_type:
        description: How visitors rate, V(emoji) (Chatwoot's default) or V(star).
        type: str
      survey_message:
        description: Text shown with the survey (Chatwoot's C(message); Ansible reserves that option name).
        type: str
      button_text:
        description: Text of the survey's button; Chatwoot's default is C(Please rate us).
        type: str
      language:
        description: Language of the survey, such as V(en).
        type: str
      survey_rules:
        description: Which resolved conversations get the survey, by their labels; without values, all of them.
        type: dict
        suboptions:
          operator:
            description: Whether a conversation needs one of the labels, or none of them.
            type: str
            choices: [contains, does_not_contain]
          values:
            description: Label titles.
            type: list
            elements: str
  enable_auto_assignment:
    description: Whether new conversations are assigned to agents automatically.
    type: bool
  working_hours_enabled:
    description: Whether O(working_hours) and O(out_of_office_message) apply.
    type: bool
  out_of_office_message:
    description: Message shown outside working hours. At most 10000 characters.
    type: str
  timezone:
    description: IANA time zone of the working hours, for example V(Europe/Berlin). Chatwoot's default is V(UTC).
    type: str
  allow_messages_after_resolved:
    description: Whether visitors can write after a conversation is resolved.
    type: bool
  lock_to_single_conversation:
    description: Whether a contact keeps a single conversation in this inbox.
    type: bool
  portal_id:
    description:
      - Id of the help center portal to link to the inbox.
      - Chatwoot never returns the portal id, only the linked portal's C(help_center) name and slug, so the module
        only detects whether B(a) portal is linked; to move an inbox to another portal, change it in Chatwoot.
    type: int
  sender_name_type:
    description: Which name replies are sent with.
    type: str
    choices: [friendly, professional]
  business_name:
    description: Business name used with O(sender_name_type=professional).
    type: str
  working_hours:
    description:
      - Working hours, one entry per day to set; days that are not listed keep their hours.
      - Chatwoot ignores working hours when it creates an inbox, so on create they are set by a second request.
      - Entries Chatwoot would silently skip (a day open without hours, opening after closing) fail before any write.
    type: list
    elements: dict
    suboptions:
      day_of_week:
        description: Day, V(0) for Sunday to V(6) for Saturday.
        type: int
        required: true
      closed_all_day:
        description: Whether the inbox is closed all day. Chatwoot keeps the stored value when this is not set.
        type: bool
      open_all_day:
        description: Whether the inbox is open all day; Chatwoot then stores 0:00 to 23:59.
        type: bool
      open_hour:
        description: Opening hour, 0 to 23.
        type: int
      open_minutes:
        description: Opening minute, 0 to 59.
        type: int
      close_hour:
        description: Closing hour, 0 to 23.
        type: int
      close_minutes:
        description: Closing minute, 0 to 59.
        type: int
  channel:
    description:
      - The channel of the inbox, as in Chatwoot's request body.
    type: dict
    suboptions:
      type:
        description:
          - Channel type. Used when the inbox is created (default V(web_widget)); an existing inbox of another type
            makes the module fail, as Chatwoot cannot change the type of an inbox.
          - V(facebook), V(instagram), V(tiktok) and V(twitter) inboxes are connected by signing in to those services
            in Chatwoot, so the module cannot create them; it reads them and updates their options.
          - V(twilio) inboxes (Twilio SMS or WhatsApp, see O(channel.medium)) are created through Chatwoot's Twilio
            endpoint; afterwards only O(channel.account_sid) and O(channel.auth_token) can change.
        type: str
        choices: [web_widget, api, line, sms, telegram, email, whatsapp, twilio, facebook, instagram, tiktok, twitter]
      website_url:
        description: Address of the website the widget is on (V(web_widget)). Required to create a V(web_widget) inbox.
        type: str
      welcome_title:
        description: Title of the widget's welcome screen (V(web_widget)).
        type: str
      welcome_tagline:
        description: Tagline of the widget's welcome screen (V(web_widget)).
        type: str
      widget_color:
        description: Colour of the widget as C(#RRGGBB) or C(#RGB) (V(web_widget)). Chatwoot stores it as given, case included.
        type: str
      reply_time:
        description: Expected reply time shown in the widget (V(web_widget)).
        type: str
        choices: [in_a_few_minutes, in_a_few_hours, in_a_day]
      selected_feature_flags:
        description: Widget features to enable; the others are disabled (V(web_widget)). Order does not matter.
        type: list
        elements: str
        choices: [attachments, emoji_picker, end_conversation, use_inbox_avatar_for_bot, allow_mobile_webview]
      hmac_mandatory:
        description: Whether the widget requires identity validation with the inbox's HMAC token (V(web_widget) and V(api)).
        type: bool
      pre_chat_form_enabled:
        description: Whether visitors fill a form before chatting (V(web_widget)).
        type: bool
      pre_chat_form_options:
        description:
          - The pre-chat form (V(web_widget)).
          - Chatwoot replaces the whole value with its default form when O(channel.pre_chat_form_options.pre_chat_fields)
            is empty or missing.
        type: dict
        suboptions:
          pre_chat_message:
            description: Message shown above the form.
            type: str
          require_email:
            description: Whether visitors must give an e-mail address (older widgets).
            type: bool
          pre_chat_fields:
            description: The fields of the form, in order. Only the keys set are stored and compared.
            type: list
            elements: dict
            suboptions:
              field_type:
                description: V(standard) for Chatwoot's own fields, or the kind of custom attribute the field fills.
                type: str
              label:
                description: Label shown to visitors.
                type: str
              placeholder:
                description: Placeholder text.
                type: str
              name:
                description: Name of the field, such as V(emailAddress), V(fullName), V(phoneNumber) or a custom attribute key.
                type: str
              enabled:
                description: Whether the field is shown.
                type: bool
              type:
                description: Input type, such as V(email), V(text), V(number), V(list) or V(checkbox).
                type: str
              required:
                description: Whether visitors must fill the field.
                type: bool
              locale:
                description: Language of the label.
                type: str
              values:
                description: Choices of a V(list) field.
                type: list
                elements: str
              regex_pattern:
                description: Regular expression the value must match.
                type: str
              regex_cue:
                description: Hint shown when the value does not match.
                type: str
      continuity_via_email:
        description: Whether conversations continue by e-mail (V(web_widget)).
        type: bool
      allowed_domains:
        description: Comma-separated list of the domains allowed to embed the widget; empty allows all (V(web_widget)).
        type: str
      webhook_url:
        description: URL Chatwoot sends the inbox's events to (V(api)). At most 2048 characters.
        type: str
      additional_attributes:
        description: Free-form attributes of an V(api) channel; replaced as a whole.
        type: dict
      phone_number:
        description:
          - Phone number in E.164 form, such as V(+15550001111) (V(sms), V(whatsapp), V(twilio)). Required to create
            V(sms) and V(whatsapp) inboxes, and V(twilio) ones without O(channel.messaging_service_sid).
          - Chatwoot stores a Twilio WhatsApp number as C(whatsapp:+15550001111); the module adds that prefix itself.
        type: str
      medium:
        description: Whether a V(twilio) inbox carries SMS or WhatsApp. Required to create one; cannot change.
        type: str
        choices: [sms, whatsapp]
      account_sid:
        description: Twilio account SID (V(twilio)). Required to create one. Shown only with O(return_secrets=true).
        type: str
      auth_token:
        description: Twilio auth token (V(twilio)). Required to create one. Shown only with O(return_secrets=true).
        type: str
      api_key_sid:
        description: Twilio API key SID (V(twilio)), set on create only. Shown only with O(return_secrets=true).
        type: str
      messaging_service_sid:
        description: Twilio messaging service SID, instead of O(channel.phone_number) (V(twilio)), set on create only.
        type: str
      provider:
        description: WhatsApp provider of a V(whatsapp) inbox; Chatwoot's default is V(default) (360dialog).
        type: str
        choices: [default, whatsapp_cloud]
      provider_config:
        description:
          - Credentials of an V(sms) inbox (Bandwidth C(account_id), C(application_id), C(api_key), C(api_secret)) or
            of a V(whatsapp) inbox (C(api_key), and for V(whatsapp_cloud) C(phone_number_id) and
            C(business_account_id)). Required to create those inboxes.
          - For V(sms), Chatwoot never returns them, so they are sent on create, and on update only with
            O(update_secrets=always).
          - For V(whatsapp), Chatwoot returns them to administrators with keys of its own (C(webhook_verify_token));
            only the keys set here are compared, and they are sent merged into the current ones, because Chatwoot
            replaces the whole value. Chatwoot checks them with the provider on every save.
        type: dict
      email:
        description: Address of an V(email) inbox. Unique in a Chatwoot installation. Required to create an V(email) inbox.
        type: str
      imap_enabled:
        description: Whether Chatwoot fetches mail over IMAP (V(email)).
        type: bool
      imap_login:
        description: IMAP user name (V(email)).
        type: str
      imap_password:
        description: IMAP password (V(email)). Chatwoot returns it to administrators; shown only with O(return_secrets=true).
        type: str
      imap_address:
        description: IMAP server (V(email)).
        type: str
      imap_port:
        description: IMAP port (V(email)).
        type: int
      imap_enable_ssl:
        description: Whether IMAP uses TLS (V(email)).
        type: bool
      imap_authentication:
        description: IMAP authentication mechanism, such as V(plain) or V(login) (V(email)).
        type: str
      smtp_enabled:
        description: Whether Chatwoot sends replies over this SMTP server (V(email)).
        type: bool
      smtp_login:
        description: SMTP user name (V(email)).
        type: str
      smtp_password:
        description: SMTP password (V(email)). Chatwoot returns it to administrators; shown only with O(return_secrets=true).
        type: str
      smtp_address:
        description: SMTP server (V(email)).
        type: str
      smtp_port:
        description: SMTP port (V(email)).
        type: int
      smtp_domain:
        description: HELO domain for SMTP (V(email)).
        type: str
      smtp_enable_starttls_auto:
        description: Whether SMTP uses STARTTLS when the server offers it (V(email)).
        type: bool
      smtp_enable_ssl_tls:
        description: Whether SMTP uses TLS from the start (V(email)).
        type: bool
      smtp_openssl_verify_mode:
        description: How SMTP verifies the server's certificate, V(none) or V(peer) (V(email)).
        type: str
      smtp_authentication:
        description: SMTP authentication mechanism, such as V(login) or V(plain) (V(email)).
        type: str
      line_channel_id:
        description:
          - Channel id of a V(line) inbox. Chatwoot returns it only at the end of C(callback_webhook_url) of the inbox,
            where the module compares it. Unique in a Chatwoot installation. Required to create a V(line) inbox.
        type: str
      line_channel_secret:
        description:
          - Channel secret of a V(line) inbox. Required to create one. Chatwoot never returns it (see O(update_secrets)).
        type: str
      line_channel_token:
        description:
          - Channel access token of a V(line) inbox. Required to create one. Chatwoot never returns it (see O(update_secrets)).
        type: str
      bot_token:
        description:
          - Token of the Telegram bot of a V(telegram) inbox, from BotFather. Required to create one, together with
            O(name) (Chatwoot would otherwise name the inbox after the bot, and the next run would create another).
          - Chatwoot checks it with Telegram on create and never returns it (see O(update_secrets)).
        type: str
      tweets_enabled:
        description: Whether a V(twitter) inbox also shows tweets that mention the account.
        type: bool
  update_secrets:
    description:
      - When to send the credentials Chatwoot never returns (O(channel.provider_config) of V(sms) inboxes,
        O(channel.line_channel_secret), O(channel.line_channel_token), O(channel.bot_token)), since the module cannot
        compare them.
      - V(on_create) sends them only when the inbox is created. V(always) sends them on every run, to rotate them;
        the task then reports a change on every run.
    type: str
    choices: [on_create, always]
    default: on_create
notes:
  - Chatwoot checks an V(email) inbox's IMAP (SMTP) settings by logging in with the values of the update request
    alone, whenever the request turns IMAP (SMTP) on. So when a change touches any IMAP (SMTP) option and IMAP
    (SMTP) is or becomes enabled, the module sends the whole IMAP (SMTP) group, the options given and the stored
    values for the others, and Chatwoot checks the settings the inbox will have (a new password alone is checked too).
  - If that login fails, Chatwoot answers with an error B(after) saving the update. The module then sends the
    previous IMAP (SMTP) settings back and fails, saying so, so the inbox is as before and the next run tries the new
    settings again rather than reporting V(ok) over settings Chatwoot never verified.
  - Saving a V(telegram) inbox makes Chatwoot call Telegram; in check mode the module warns that applying will, and
    after a real save it warns that Chatwoot ignores a failure to set the Telegram webhook.
  - Run the module once per play, on the controller (C(run_once) and C(delegate_to) V(localhost)); the same task run
    by many hosts at once could create the same inbox several times, as Chatwoot allows duplicate names.
seealso:
  - module: community.chatwoot.chatwoot_inbox_info
  - module: community.chatwoot.chatwoot_inbox_members
  - module: community.chatwoot.chatwoot_inbox_agent_bot
  - module: community.chatwoot.chatwoot_inboxes
    description: Many inboxes in one task, with one read of the list of inboxes, instead of this module in a loop.
  - plugin: community.chatwoot.widget_snippet
    plugin_type: filter
  - name: community.chatwoot.website_widget role
    description: Ensures a website inbox with this collection's modules and puts the chat widget on the web hosts.
    link: https://github.com/ansible-collections/community.chatwoot/blob/main/docs/reference/website_widget_role.rst
  - name: Chatwoot inbox API
    description: Chatwoot's application API reference for inboxes.
    link: https://developers.chatwoot.com/api-reference/inboxes/create-an-inbox
'''

EXAMPLES = r'''
- name: Create or update the website inbox
  community.chatwoot.chatwoot_inbox:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    name: Example website
    greeting_enabled: true
    greeting_message: Hi! How can we help?
    channel:
      type: web_widget
      website_url: https://www.example.com
      widget_color: "#1f93ff"
      welcome_title: Hello there
      selected_feature_flags: [attachments, emoji_picker]
  run_once: true
  delegate_to: localhost
  register: website_inbox

- name: Put the chat widget into the site's layout (the filter escapes every value it puts in the script)
  ansible.builtin.copy:
    dest: /var/www/example/partials/chatwoot.html
    content: "{{ website_inbox | community.chatwoot.widget_snippet('https://chat.example.com', settings={'position': 'right'}) }}"
    mode: "0644"

- name: Set working hours (weekdays 8:00-18:00, Saturday mornings)
  community.chatwoot.chatwoot_inbox:
    name: Example website
    working_hours_enabled: true
    timezone: Europe/Berlin
    out_of_office_message: We are away, we will answer tomorrow.
    working_hours:
      - {day_of_week: 1, open_hour: 8, open_minutes: 0, close_hour: 18, close_minutes: 0}
      - {day_of_week: 2, open_hour: 8, open_minutes: 0, close_hour: 18, close_minutes: 0}
      - {day_of_week: 6, closed_all_day: false, open_hour: 9, open_minutes: 0, close_hour: 12, close_minutes: 0}

- name: Connection options once for every module of the collection
  module_defaults:
    group/community.chatwoot.chatwoot:
      api_url: https://chat.example.com
      api_access_token: "{{ vault_chatwoot_token }}"
      account_id: 1
  block:
    - name: An API inbox for the shop backend
      community.chatwoot.chatwoot_inbox:
        name: Shop backend
        channel:
          type: api
          webhook_url: https://shop.example.com/chatwoot/events

    - name: Show what would change, without changing it
      community.chatwoot.chatwoot_inbox:
        name: Shop backend
        enable_auto_assignment: false
      check_mode: true
      diff: true

    - name: Read the HMAC token for identity validation
      community.chatwoot.chatwoot_inbox:
        name: Example website
        return_secrets: true
      no_log: true
      register: with_secrets

- name: Delete an inbox by id, waiting until Chatwoot has removed it
  community.chatwoot.chatwoot_inbox:
    id: 42
    state: absent
    wait_timeout: 300
  environment:
    CHATWOOT_URL: https://chat.example.com
    CHATWOOT_API_ACCESS_TOKEN: "{{ vault_chatwoot_token }}"
    CHATWOOT_ACCOUNT_ID: "1"
'''

RETURN = r'''
inbox:
  description:
    - The inbox as Chatwoot returns it after the change; with O(state=absent), as it was before the deletion.
    - In check mode, the inbox as it would be; on create, the values Chatwoot generates are V(null).
    - Secrets (C(hmac_token), C(secret)) only with O(return_secrets=true).
    - Empty when O(state=absent) and there is no such inbox.
  returned: always
  type: dict
  contains:
    id:
      description: Id of the inbox; V(null) in check mode on create.
      type: int
      sample: 7
    name:
      description: Name of the inbox.
      type: str
      sample: Example website
    channel_type:
      description: Chatwoot's channel class.
      type: str
      sample: Channel::WebWidget
    website_token:
      description: Public token of the chat widget, used in the widget snippet. V(null) for API inboxes.
      type: str
      sample: 3zDm4wnC9h6u8cBvBBDzEqtG
    web_widget_script:
      description:
        - Chatwoot's widget snippet. Its base URL is the server's C(FRONTEND_URL) setting, empty on misconfigured
          servers; build the snippet from RV(inbox.website_token) and your public URL to be safe.
      type: str
    inbox_identifier:
      description: Public identifier of an API inbox.
      type: str
    website_url:
      description: Website of a website inbox.
      type: str
      sample: https://www.example.com
    working_hours:
      description: Seven entries, Sunday (0) to Saturday (6).
      type: list
      elements: dict
    hmac_token:
      description: Secret for identity validation; only with O(return_secrets=true).
      type: str
    secret:
      description: Webhook signing secret of an API inbox; only with O(return_secrets=true).
      type: str
  sample:
    id: 7
    name: Example website
    channel_type: Channel::WebWidget
    website_url: https://www.example.com
    website_token: 3zDm4wnC9h6u8cBvBBDzEqtG
    widget_color: "#1f93ff"
    greeting_enabled: false
    timezone: UTC
'''

from functools import partial

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure import ensure
from ansible_collections.community.chatwoot.plugins.module_utils._inboxes import INBOX


def argument_spec():
    return INBOX.argument_spec()


MODULE = ChatwootModule(argument_spec(), partial(ensure, INBOX), required_one_of=[('name', 'id')])


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
