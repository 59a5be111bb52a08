"""An explicit ``null`` for a size or page argument is a client error that says what to send,
not a server fault (GraphQL lets a client override a default with null)."""

import pytest

NULL_ARGUMENTS = [
    (
        'query NullLimit { events(from: "2020-12-01", to: "2020-12-31", limit: null) { start } }',
        "limit must be between 1 and 500, got null.",
    ),
    (
        "query NullUpcomingLimit { upcomingEvents(limit: null) { start } }",
        "limit must be between 1 and 100, got null.",
    ),
    (
        "query NullPerPage { projects(perPage: null) { items { title } } }",
        "page and perPage must be numbers (leave them out for the first page of the default "
        "size), not null.",
    ),
    (
        "query NullPage { sitemap(page: null) { items { url } } }",
        "page and perPage must be numbers (leave them out for the first page of the default "
        "size), not null.",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "message"), NULL_ARGUMENTS)
def test_null_size_or_page_is_a_bad_user_input(graphql, site_tree, query, message):
    error = graphql(query)["errors"][0]

    assert error["message"] == message
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
