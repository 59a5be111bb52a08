"""The contract's cases (``snapshots/cases.json``): each operation's variables per case, with
the placeholders a case cannot write literally (a draft's preview token) made on the database."""

import json

from wagtail.models import Locale, Page

from cms.graphql import contract

CASES_FILE = contract.contract_dir() / "snapshots" / "cases.json"
CASES: dict[str, dict[str, dict]] = json.loads(CASES_FILE.read_text())
OPERATIONS = contract.load_operations()


def draft_preview_token(locale: str, url_path: str, title: str) -> str:
    """What the admin's Preview button makes: the page with an unpublished title, as a token."""
    home = Page.objects.get(depth=2, locale=Locale.objects.get(language_code=locale))
    page = Page.objects.get(url_path=home.url_path.rstrip("/") + url_path).specific
    page.title = title
    page.save_revision()
    return page.create_page_preview().token


def resolve_variables(variables: dict) -> dict:
    resolved = {}
    for name, value in variables.items():
        if isinstance(value, dict) and "$draftPreview" in value:
            value = draft_preview_token(
                **{
                    "url_path" if key == "urlPath" else key: item
                    for key, item in value["$draftPreview"].items()
                }
            )
        resolved[name] = value
    return resolved


def resolved_cases() -> dict[str, dict[str, dict]]:
    """Every case with its variables resolved (preview tokens made), for a running server."""
    return {
        operation: {case: resolve_variables(variables) for case, variables in cases.items()}
        for operation, cases in CASES.items()
    }


def persisted_get(client, *, operation: str, variables: dict):
    """The operation as a production frontend sends it: by its hash over GET."""
    persisted_query = {"version": 1, "sha256Hash": OPERATIONS[operation].sha256}
    return client.get(
        "/graphql/",
        {
            "operationName": operation,
            "variables": json.dumps(variables),
            "extensions": json.dumps({"persistedQuery": persisted_query}),
        },
        HTTP_ACCEPT="application/graphql-response+json",
    )
