"""Help center portals (docs/chatwoot-behaviour.md §8.14; Chatwoot portals_controller.rb, portal.rb, portal_policy.rb)."""

from sim_client import A1

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


def test_inbox_link_is_not_modelled(api):
    assert api.post(PORTALS, json={'name': 'D', 'slug': 'd', 'inbox_id': 1}).status_code == 501
