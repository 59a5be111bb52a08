"""Every list grapple serves sorts only by named, documented orders: sorting by a hidden column
would let a client read it one comparison at a time."""

import pytest
import wagtail_factories

from cms.graphql.schema import schema
from tests.factories import PlainPageFactory, publish

PAGE_ORDERS = ["first_published_at", "id", "last_published_at", "path", "slug", "title"]
IMAGE_ORDERS = ["created_at", "id", "title"]

#: Each list, as a named operation taking the order, and the orders it allows.
LISTS = {
    "pages": ("query OrderedPages($order: String) { pages(order: $order) { title } }", PAGE_ORDERS),
    "images": (
        "query OrderedImages($order: String) { images(order: $order) { title } }",
        IMAGE_ORDERS,
    ),
    **{
        field: (
            f"query Ordered{field[0].upper()}{field[1:]}($order: String) "
            f'{{ page(urlPath: "/mid/") {{ {field}(order: $order) {{ title }} }} }}',
            PAGE_ORDERS,
        )
        for field in (
            "children",
            "siblings",
            "nextSiblings",
            "previousSiblings",
            "descendants",
            "ancestors",
        )
    },
}

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(site_tree):
    """A page with a child and siblings on both sides, and an image."""
    home = site_tree["sl"]
    for slug in ("a", "mid", "z"):
        page = publish(PlainPageFactory(parent=home, title=slug, slug=slug))
        if slug == "mid":
            publish(PlainPageFactory(parent=page, title="child", slug="child"))
    wagtail_factories.ImageFactory(title="Pročelje")


@pytest.mark.parametrize("order", ["owner__password", "live_revision__content", "title,-?"])
@pytest.mark.parametrize("name", sorted(LISTS))
def test_an_order_outside_the_allow_list_is_refused_with_what_is_allowed(
    graphql, content, name, order
):
    query, allowed = LISTS[name]

    result = graphql(query, {"order": order})

    error = result["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert f"Allowed: {', '.join(allowed)} " in error["message"]


@pytest.mark.parametrize("name", sorted(LISTS))
def test_every_allowed_order_sorts_the_list(graphql, content, name):
    query, allowed = LISTS[name]

    for order in [*allowed, f"-{allowed[0]},{allowed[-1]}"]:
        result = graphql(query, {"order": order})
        assert "errors" not in result, (order, result["errors"])


def test_the_order_argument_documents_what_it_accepts():
    described = 0
    for graphql_type in schema.graphql_schema.type_map.values():
        for name, field in getattr(graphql_type, "fields", {}).items():
            if name not in LISTS or "order" not in field.args:
                continue
            description = field.args["order"].description
            for order in LISTS[name][1]:
                assert f"`{order}`" in description, (graphql_type.name, name)
            described += 1
    assert described > len(LISTS)  # the root lists, and the tree lists of every page type
