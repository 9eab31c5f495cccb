#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) community.chatwoot contributors
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r'''
module: chatwoot_inboxes
short_description: Create, update and delete many Chatwoot inboxes in one task
version_added: 0.2.0
description:
  - Ensures many inboxes at once, each with the options of M(community.chatwoot.chatwoot_inbox) for one inbox.
  - Use it instead of M(community.chatwoot.chatwoot_inbox) in a C(loop) when a play manages many inboxes, one per
    website for example. The task starts one module and reads Chatwoot's list of inboxes once, whatever the number
    of inboxes, where a loop starts a module and reads the whole list for every item.
  - The inboxes are ensured in the order of O(inboxes); a later entry sees what an earlier one created, renamed or
    deleted.
  - Nothing is written unless every entry is valid. Before the first request that writes, every entry is checked,
    then planned against the list of inboxes as read, which finds ambiguous names, unknown ids and channel types
    that cannot change. The error names the entry and the option, for example C(inboxes[2] (name 'Shop'\)) and
    C(channel.widget_color).
  - When Chatwoot fails in the middle, the entries before the failing one have been ensured; the failure result
    holds them in RV(inboxes). Running the task again leaves the entries already done unchanged.
author:
  - Community Chatwoot maintainers (@ansible-collections)
extends_documentation_fragment:
  - community.chatwoot.connection
  - community.chatwoot.connection.actiongroup
  - community.chatwoot.attributes
attributes:
  check_mode:
    support: full
    details: Sends no request that writes. Returns the inboxes as they would be; on create their generated values (id, tokens) are V(null).
  diff_mode:
    support: full
    details:
      - The diff holds the managed options of every entry, and never a secret. It is a list of diffs in the order of
        O(inboxes), one per entry, whose header names the entry, for example C(inboxes[2] (name 'Shop'\)); with
        C(--diff), Ansible shows those of the entries that change.
options:
  inboxes:
    description:
      - The inboxes, each with the options of M(community.chatwoot.chatwoot_inbox) except O(return_secrets) and
        O(update_secrets), which are set once for all of them.
      - Each entry needs O(inboxes[].name) or O(inboxes[].id).
    type: list
    elements: dict
    required: true
    suboptions:
      name:
        description:
        - Name of the inbox, as shown to agents. Compared exactly, without trimming.
        - Without O(inboxes[].id), the inbox is looked up by this name. If several inboxes have this name, the module fails and
          lists their ids; set O(inboxes[].id) then.
        - With O(inboxes[].id), the inbox is renamed to this name.
        - Required to create an inbox.
        type: str
      id:
        description:
        - Id of an existing inbox. Takes precedence over O(inboxes[].name) for the lookup.
        - With O(inboxes[].state=present), a missing inbox is an error; the module never creates an inbox when O(inboxes[].id)
          is set.
        type: int
      state:
        description:
        - V(present) creates the inbox or updates it; V(absent) deletes it.
        type: str
        choices:
        - present
        - absent
        default: present
      wait:
        description:
        - With O(inboxes[].state=absent), wait until Chatwoot has really deleted the inbox.
        - Chatwoot accepts a deletion at once and deletes in a background job; without waiting, a second run right after still
          finds the inbox and deletes it again.
        type: bool
        default: true
      wait_timeout:
        description:
        - Seconds to wait for the deletion with O(inboxes[].wait=true). When they pass, the module fails, saying the deletion
          was accepted but is still running.
        type: int
        default: 120
      greeting_enabled:
        description: Whether the widget greets new visitors with O(inboxes[].greeting_message).
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
          message:
            description: Text shown with the survey.
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
        description: Whether O(inboxes[].working_hours) and O(inboxes[].out_of_office_message) apply.
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
        - Chatwoot never returns the portal id, only the linked portal's C(help_center) name and slug, so the module only detects
          whether B(a) portal is linked; to move an inbox to another portal, change it in Chatwoot.
        type: int
      sender_name_type:
        description: Which name replies are sent with.
        type: str
        choices:
        - friendly
        - professional
      business_name:
        description: Business name used with O(inboxes[].sender_name_type=professional).
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
            - Channel type. Used when the inbox is created (default V(web_widget)); an existing inbox of another type makes the
              module fail, as Chatwoot cannot change the type of an inbox.
            - V(facebook), V(instagram), V(tiktok) and V(twitter) inboxes are connected by signing in to those services in Chatwoot,
              so the module cannot create them; it reads them and updates their options.
            - V(twilio) inboxes (Twilio SMS or WhatsApp, see O(inboxes[].channel.medium)) are created through Chatwoot's Twilio
              endpoint; afterwards only O(inboxes[].channel.account_sid) and O(inboxes[].channel.auth_token) can change.
            type: str
            choices:
            - web_widget
            - api
            - line
            - sms
            - telegram
            - email
            - whatsapp
            - twilio
            - facebook
            - instagram
            - tiktok
            - twitter
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
            choices:
            - in_a_few_minutes
            - in_a_few_hours
            - in_a_day
          selected_feature_flags:
            description: Widget features to enable; the others are disabled (V(web_widget)). Order does not matter.
            type: list
            elements: str
            choices:
            - attachments
            - emoji_picker
            - end_conversation
            - use_inbox_avatar_for_bot
            - allow_mobile_webview
          hmac_mandatory:
            description: Whether the widget requires identity validation with the inbox's HMAC token (V(web_widget) and V(api)).
            type: bool
          pre_chat_form_enabled:
            description: Whether visitors fill a form before chatting (V(web_widget)).
            type: bool
          pre_chat_form_options:
            description:
            - The pre-chat form (V(web_widget)).
            - Chatwoot replaces the whole value with its default form when O(inboxes[].channel.pre_chat_form_options.pre_chat_fields)
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
                    description: Name of the field, such as V(emailAddress), V(fullName), V(phoneNumber) or a custom attribute
                      key.
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
            - Phone number in E.164 form, such as V(+15550001111) (V(sms), V(whatsapp), V(twilio)). Required to create V(sms)
              and V(whatsapp) inboxes, and V(twilio) ones without O(inboxes[].channel.messaging_service_sid).
            - Chatwoot stores a Twilio WhatsApp number as C(whatsapp:+15550001111); the module adds that prefix itself.
            type: str
          medium:
            description: Whether a V(twilio) inbox carries SMS or WhatsApp. Required to create one; cannot change.
            type: str
            choices:
            - sms
            - whatsapp
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
            description: Twilio messaging service SID, instead of O(inboxes[].channel.phone_number) (V(twilio)), set on create
              only.
            type: str
          provider:
            description: WhatsApp provider of a V(whatsapp) inbox; Chatwoot's default is V(default) (360dialog).
            type: str
            choices:
            - default
            - whatsapp_cloud
          provider_config:
            description:
            - Credentials of an V(sms) inbox (Bandwidth C(account_id), C(application_id), C(api_key), C(api_secret)) or of a V(whatsapp)
              inbox (C(api_key), and for V(whatsapp_cloud) C(phone_number_id) and C(business_account_id)). Required to create
              those inboxes.
            - For V(sms), Chatwoot never returns them, so they are sent on create, and on update only with O(update_secrets=always).
            - For V(whatsapp), Chatwoot returns them to administrators with keys of its own (C(webhook_verify_token)); only the
              keys set here are compared, and they are sent merged into the current ones, because Chatwoot replaces the whole
              value. Chatwoot checks them with the provider on every save.
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
            - Channel id of a V(line) inbox. Chatwoot returns it only at the end of C(callback_webhook_url) of the inbox, where
              the module compares it. Unique in a Chatwoot installation. Required to create a V(line) inbox.
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
            - Token of the Telegram bot of a V(telegram) inbox, from BotFather. Required to create one, together with O(inboxes[].name)
              (Chatwoot would otherwise name the inbox after the bot, and the next run would create another).
            - Chatwoot checks it with Telegram on create and never returns it (see O(update_secrets)).
            type: str
          tweets_enabled:
            description: Whether a V(twitter) inbox also shows tweets that mention the account.
            type: bool
  return_secrets:
    description:
      - Include the secrets Chatwoot returns to administrators in RV(inboxes), the C(hmac_token) of website and API
        inboxes and the webhook C(secret) of API inboxes.
      - "Use C(no_log: true) on the task when this is V(true)."
    type: bool
    default: false
  update_secrets:
    description:
      - When to send the credentials Chatwoot never returns (O(inboxes[].channel.provider_config) of V(sms) inboxes,
        O(inboxes[].channel.line_channel_secret), O(inboxes[].channel.line_channel_token),
        O(inboxes[].channel.bot_token)), since the module cannot compare them. Set once for all entries.
      - V(on_create) sends them only when the inbox is created. V(always) sends them on every run, to rotate them;
        the task then reports a change on every run.
    type: str
    choices: [on_create, always]
    default: on_create
notes:
  - Run the module once per play, on the controller (C(run_once) and C(delegate_to) V(localhost)); the same task run
    by many hosts at once could create the same inbox several times, as Chatwoot allows duplicate names.
  - The module reads the list of inboxes once and trusts it for the whole task. Another client that creates or
    deletes the same inboxes while the task runs is not seen.
seealso:
  - module: community.chatwoot.chatwoot_inbox
  - module: community.chatwoot.chatwoot_inbox_info
  - module: community.chatwoot.chatwoot_inbox_members
  - module: community.chatwoot.chatwoot_inbox_agent_bot
  - plugin: community.chatwoot.widget_snippet
    plugin_type: filter
  - name: community.chatwoot.website_widget role
    description: Ensures a website inbox with this collection's modules and puts the chat widget on the web hosts.
    link: https://github.com/ansible-collections/community.chatwoot/blob/main/docs/reference/website_widget_role.rst
  - name: Managing many inboxes
    description: Why one task for many inboxes, and what it costs.
    link: https://github.com/ansible-collections/community.chatwoot/blob/main/docs/performance.md
'''

EXAMPLES = r'''
- name: One website inbox per site, in one task
  community.chatwoot.chatwoot_inboxes:
    api_url: https://chat.example.com
    api_access_token: "{{ vault_chatwoot_token }}"
    account_id: 1
    inboxes:
      - name: Shop
        greeting_enabled: true
        greeting_message: Hi! Questions about your order?
        channel:
          type: web_widget
          website_url: https://shop.example.com
          widget_color: "#1f93ff"
      - name: Blog
        channel:
          type: web_widget
          website_url: https://blog.example.com
  run_once: true
  delegate_to: localhost
  register: site_inboxes

- name: The website tokens, in the order of the entries
  ansible.builtin.debug:
    msg: "{{ site_inboxes.inboxes | map(attribute='website_token') | list }}"

- name: Entries built from a list of sites ({name, website_url}), as in docs/examples/many_inboxes.yml
  community.chatwoot.chatwoot_inboxes:
    inboxes: >-
      {%- set entries = [] -%}
      {%- for site in sites -%}
      {%- set _ = entries.append({'name': site.name, 'channel': {'type': 'web_widget', 'website_url': site.website_url}}) -%}
      {%- endfor -%}
      {{ entries }}
  run_once: true
  delegate_to: localhost

- name: Delete two inboxes and rename a third
  community.chatwoot.chatwoot_inboxes:
    inboxes:
      - name: Old shop
        state: absent
      - id: 42
        state: absent
        wait_timeout: 300
      - id: 7
        name: Example website
  environment:
    CHATWOOT_URL: https://chat.example.com
    CHATWOOT_API_ACCESS_TOKEN: "{{ vault_chatwoot_token }}"
    CHATWOOT_ACCOUNT_ID: "1"
'''

RETURN = r'''
inboxes:
  description:
    - The inboxes in the order of O(inboxes), each as RV(community.chatwoot.chatwoot_inbox#module:inbox) would be for
      that entry alone.
    - After the change; with O(inboxes[].state=absent), as the inbox was before the deletion, or empty when there was
      no such inbox.
    - In check mode, the inboxes as they would be; on create, the values Chatwoot generates are V(null).
    - Secrets (C(hmac_token), C(secret)) only with O(return_secrets=true).
    - When the module fails at an entry, the inboxes of the entries before it.
  returned: always
  type: list
  elements: dict
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
    website_url:
      description: Website of a website inbox.
      type: str
      sample: https://www.example.com
    callback_webhook_url:
      description: Address Chatwoot gives a V(line) inbox for the LINE webhook; it ends with the LINE channel id.
      type: str
    hmac_token:
      description: Secret for identity validation; only with O(return_secrets=true).
      type: str
    secret:
      description: Webhook signing secret of an API inbox; only with O(return_secrets=true).
      type: str
  sample:
    - id: 7
      name: Shop
      channel_type: Channel::WebWidget
      website_url: https://shop.example.com
      website_token: 3zDm4wnC9h6u8cBvBBDzEqtG
    - id: 8
      name: Blog
      channel_type: Channel::WebWidget
      website_url: https://blog.example.com
      website_token: Qx7kP2mZ9wRtYb4nVc6sLd1H
'''

from ansible_collections.community.chatwoot.plugins.module_utils._chatwoot_module import ChatwootModule
from ansible_collections.community.chatwoot.plugins.module_utils._ensure_many import (
    SHARED_OPTIONS, ManyError, diff_per_item, ensure_many, many_argument_spec)
from ansible_collections.community.chatwoot.plugins.module_utils._inbox_model import INBOX


def argument_spec():
    return many_argument_spec(INBOX)


def run(client, params, check_mode):
    shared = {key: params[key] for key in SHARED_OPTIONS if key in params}
    try:
        return diff_per_item(INBOX, params['inboxes'], ensure_many(INBOX, client, params['inboxes'], check_mode, shared))
    except ManyError as exc:  # the inboxes done before the failing entry, with their diffs
        exc.result = diff_per_item(INBOX, params['inboxes'], exc.result)
        raise


MODULE = ChatwootModule(argument_spec(), run)


def main():
    MODULE.main()


if __name__ == '__main__':
    main()
