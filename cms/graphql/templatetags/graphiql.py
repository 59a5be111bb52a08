"""``{% graphiql_asset %}``: a tag loading one of GraphiQL's vendored files (``graphiql_assets``)
from this site's static files, with its pinned hash as ``integrity``."""

from django import template
from django.templatetags.static import static
from django.utils.html import format_html

from cms.graphql.graphiql_assets import BY_NAME

register = template.Library()


@register.simple_tag
def graphiql_asset(name: str) -> str:
    """``<link rel="stylesheet">`` for a ``.css`` file, ``<script>`` for the others. The browser
    refuses a file whose content does not match the hash; ``crossorigin`` keeps that check
    working if STATIC_URL is ever another origin."""
    file = BY_NAME[name]
    url = static(file.static_path)
    if name.endswith(".css"):
        return format_html(
            '<link rel="stylesheet" href="{}" integrity="{}" crossorigin="anonymous">',
            url,
            file.sha384,
        )
    return format_html(
        '<script src="{}" integrity="{}" crossorigin="anonymous"></script>', url, file.sha384
    )
