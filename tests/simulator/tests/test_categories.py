"""Help center categories (docs/chatwoot-behaviour.md §8.15; Chatwoot categories_controller.rb, category.rb,
category_policy.rb, views/api/v1/accounts/categories)."""

from sim_client import A1

PORTALS = A1 + '/portals'
CATEGORIES = PORTALS + '/docs/categories'


def portal(api, slug='docs', **config):
    response = api.post(PORTALS, json={'name': slug, 'slug': slug, 'config': config or {'allowed_locales': ['en', 'fr']}})
    assert response.status_code == 200, response.text
    return response.json()


def create(api, path=CATEGORIES, **body):
    response = api.post(path, json=body)
    assert response.status_code == 200, response.text
    return response.json()['payload']


def test_create_renders_under_payload_with_defaults(api):
    """The locale defaults to en and the icons to '' (schema.rb:426-431); no related/parent keys when none."""
    portal(api)
    category = create(api, name='Billing', slug='billing')
    assert {k: category[k] for k in ('name', 'slug', 'locale', 'description', 'position', 'icon', 'icon_color')} == {
        'name': 'Billing', 'slug': 'billing', 'locale': 'en', 'description': None, 'position': None, 'icon': '',
        'icon_color': ''}
    assert 'related_categories' not in category and category['meta'] == {'articles_count': 0}
    assert api.get(CATEGORIES + '/%s' % category['id']).json()['payload'] == category


def test_unknown_portal_is_a_404_before_the_policy(api):
    """``find_by!(slug:)`` is the first before_action (categories_controller.rb:2,49-51)."""
    assert api.get(PORTALS + '/nope/categories', token='agent').status_code == 404
    assert api.post(PORTALS + '/nope/categories', json={'name': 'x', 'slug': 'x'}, token='agent').status_code == 404


def test_members_list_administrators_write(api):
    portal(api)
    create(api, name='A', slug='a')
    assert [c['slug'] for c in api.get(CATEGORIES, token='agent').json()['payload']] == ['a']
    assert api.post(CATEGORIES, json={'name': 'B', 'slug': 'b'}, token='agent').status_code == 401


def test_validations(api):
    """Presence of slug and name, the locale among the portal's, unique with slug per portal (category.rb:52-57, 79-87)."""
    portal(api)
    response = api.post(CATEGORIES, json={'category': {'description': 'x'}})
    assert (response.status_code, response.json()['attributes']) == (422, ['slug', 'name'])
    response = api.post(CATEGORIES, json={'name': 'A', 'slug': 'a', 'locale': 'de'})
    assert response.json() == {'message': 'Locale de of category is not part of portal\'s ["en", "fr"].', 'attributes': ['locale']}
    create(api, name='A', slug='a')
    create(api, name='A', slug='a', locale='fr')  # another locale: allowed
    response = api.post(CATEGORIES, json={'name': 'B', 'slug': 'a'})
    assert response.json() == {'message': 'Locale should be unique in the category and portal', 'attributes': ['locale']}
    portal(api, slug='other')
    create(api, PORTALS + '/other/categories', name='A', slug='a')  # another portal: allowed


def test_index_filters_by_locale_and_orders_by_position(api):
    portal(api)
    create(api, name='C', slug='c')
    create(api, name='B', slug='b', position=2)
    create(api, name='A', slug='a', position=1)
    create(api, name='F', slug='f', locale='fr')
    assert [c['slug'] for c in api.get(CATEGORIES).json()['payload']] == ['a', 'b', 'c', 'f']
    listing = api.get(CATEGORIES + '?locale=fr').json()
    assert ([c['slug'] for c in listing['payload']], listing['meta']['categories_count']) == (['f'], 1)
    assert api.get(CATEGORIES + '?page=2').json()['payload'] == []


def test_update_destroy_and_portal_deletion(api):
    portal(api)
    category = create(api, name='A', slug='a')
    one = CATEGORIES + '/%s' % category['id']
    updated = api.patch(one, json={'name': 'Renamed', 'icon': 'book', 'position': '3'}).json()['payload']
    assert (updated['name'], updated['icon'], updated['position']) == ('Renamed', 'book', 3)
    assert api.get(PORTALS + '/docs').json()['meta']['categories_count'] == 1
    portal(api, slug='other')
    assert api.patch(PORTALS + '/other/categories/%s' % category['id'], json={'name': 'x'}).status_code == 404
    assert api.delete(one).status_code == 200
    assert api.get(one).status_code == 404
    create(api, name='B', slug='b')
    assert api.delete(PORTALS + '/docs').status_code == 200  # portal.rb:35 dependent: :destroy_async
    portal(api)
    assert api.get(CATEGORIES).json()['payload'] == []


def test_category_links_are_not_modelled(api):
    portal(api)
    assert api.post(CATEGORIES, json={'name': 'A', 'slug': 'a', 'parent_category_id': 1}).status_code == 501
