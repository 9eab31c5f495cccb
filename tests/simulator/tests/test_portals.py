"""Help center portals (docs/chatwoot-behaviour.md §8.14; Chatwoot portals_controller.rb, portal.rb, portal_policy.rb)."""

from sim_client import A1, WIDGET

PORTALS = A1 + '/portals'
DENIED = {'error': 'You are not authorized to do this action'}


def create(api, **body):
    response = api.post(PORTALS, json=body)
    assert response.status_code == 200, response.text
    return response.json()


def test_create_show_list_by_slug(api):
    """Routed by slug; config normalised (default locale en); an http(s) custom_domain keeps its host."""
    portal = create(api, name='Docs', slug='docs', color='#fff', custom_domain='https://help.example.com/x')
    assert (portal['slug'], portal['color'], portal['custom_domain'], portal['archived']) == (
        'docs', '#fff', 'help.example.com', False)
    assert portal['config']['default_locale'] == 'en'
    assert [locale['code'] for locale in portal['config']['allowed_locales']] == ['en']
    assert api.get(PORTALS + '/docs', token='agent').json() == portal
    listing = api.get(PORTALS, token='agent').json()
    assert [p['slug'] for p in listing['payload']] == ['docs'] and listing['meta']['portals_count'] == 1


def test_validations_and_global_slug_uniqueness(api):
    response = api.post(PORTALS, json={'portal': {'color': 'red'}})
    assert (response.status_code, response.json()['attributes']) == (422, ['name', 'slug', 'color'])
    create(api, name='A', slug='a', config={'allowed_locales': ['fr', 'de']})
    response = api.post(PORTALS, json={'name': 'B', 'slug': 'a'})
    assert response.json() == {'message': 'Slug has already been taken', 'attributes': ['slug']}
    response = api.post(PORTALS, json={'name': 'C', 'slug': 'c', 'config': {'theme': 'x'}})
    assert response.json()['message'] == 'Config in portal on theme is not supported.'


def test_update_merges_config_and_only_admins_write(api):
    create(api, name='Docs', slug='docs', config={'allowed_locales': ['fr', 'de']})
    for method in (api.post, ):
        assert method(PORTALS, json={'name': 'x', 'slug': 'x'}, token='agent').json() == DENIED
    assert api.patch(PORTALS + '/docs', json={'name': 'y'}, token='agent').status_code == 401
    updated = api.patch(PORTALS + '/docs', json={'portal': {'page_title': 'Help', 'archived': True}}).json()
    assert (updated['page_title'], updated['archived'], updated['config']['default_locale']) == ('Help', True, 'fr')
    assert [c['code'] for c in updated['config']['allowed_locales']] == ['fr', 'de']


def test_unknown_slug_crashes_and_destroy(api):
    """``find_by(slug:)`` yields nil: the action raises (500), it is not a 404."""
    assert api.get(PORTALS + '/nope').status_code == 500
    create(api, name='Docs', slug='docs')
    assert api.delete(PORTALS + '/docs', token='agent').status_code == 401
    assert api.delete(PORTALS + '/docs').status_code == 200
    assert api.get(PORTALS).json()['payload'] == []


def test_blank_colour_renders_the_default(api):
    """``Portal#color`` is ``self[:color].presence || DEFAULT_COLOR`` (portal.rb:88-90)."""
    assert create(api, name='D', slug='d')['color'] == '#1f93ff'
    assert api.patch(PORTALS + '/d', json={'color': ''}).json()['color'] == '#1f93ff'


def test_live_chat_widget_inbox(api):
    """``live_chat_widget_params`` (portals_controller.rb:89-97): a website inbox links, another type is ignored, an
    unknown one is 404, a blank one unlinks; an update takes it only with portal attributes (:25)."""
    web = api.create('Web', WIDGET)
    other = api.create('Api', {'type': 'api'})
    portal = create(api, name='D', slug='d', inbox_id=web['id'])
    assert (portal['inbox']['id'], portal['inbox']['name']) == (web['id'], 'Web')
    assert 'inbox' not in api.patch(PORTALS + '/d', json={'name': 'D', 'inbox_id': ''}).json()
    assert 'inbox' not in api.patch(PORTALS + '/d', json={'name': 'D', 'inbox_id': other['id']}).json()
    assert api.patch(PORTALS + '/d', json={'name': 'D', 'inbox_id': 999}).status_code == 404
    assert 'inbox' not in api.patch(PORTALS + '/d', json={'inbox_id': web['id']}).json()  # no portal params: no update
    assert api.patch(PORTALS + '/d', json={'name': 'D', 'inbox_id': web['id']}).json()['inbox']['id'] == web['id']
    assert api.delete(A1 + '/inboxes/%s' % web['id']).status_code == 200
    api.control('POST', 'run_deletions')
    assert 'inbox' not in api.get(PORTALS + '/d').json()  # channel/web_widget.rb:45 dependent: :nullify
