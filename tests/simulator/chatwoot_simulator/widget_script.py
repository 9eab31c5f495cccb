"""The ``web_widget_script`` snippet of web-widget inboxes (§2.5).

It is rebuilt on every render from FRONTEND_URL, so it is never stored.  The
string starts with a newline and ends with four spaces; before v4.4.0 the
loader also set ``g.defer = true;`` (checklist 30, 74).
"""


def widget_script(frontend_url, website_token, with_defer=False):
    lines = [
        '',
        '    <script>',
        '      (function(d,t) {',
        '        var BASE_URL="%s";' % frontend_url,
        '        var g=d.createElement(t),s=d.getElementsByTagName(t)[0];',
        '        g.src=BASE_URL+"/packs/js/sdk.js";',
    ]
    if with_defer:
        lines.append('        g.defer = true;')
    lines += [
        '        g.async = true;',
        '        s.parentNode.insertBefore(g,s);',
        '        g.onload=function(){',
        '          window.chatwootSDK.run({',
        "            websiteToken: '%s'," % website_token,
        '            baseUrl: BASE_URL',
        '          })',
        '        }',
        '      })(document,"script");',
        '    </script>',
        '    ',
    ]
    return '\n'.join(lines)
