"""What the benchmark requests: the contract's persisted operations by GET, and REST URLs.

Every GraphQL request is a GET by hash (``extensions.persistedQuery``), as frontends send them
in production (``PERSISTED_QUERIES_ONLY``) and as an HTTP or response cache sees them. The
variables are the contract's own cases (``snapshots/cases.json``) with the generated site's
paths and months where a case names demo content that the large site dwarfs.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from .rest import CARD_FIELDS

CONTRACT = Path(__file__).resolve().parent.parent / "frontend_contract"


@dataclass(frozen=True)
class Request:
    """One request the benchmark repeats: a label, a URL and what it stands for."""

    key: str
    label: str
    url: str


def manifest() -> dict[str, str]:
    """{operation name: sha256} from the contract's persisted-operations manifest."""
    data = json.loads((CONTRACT / "persisted-operations.json").read_text(encoding="utf-8"))
    return {operation["name"]: operation["id"] for operation in data["operations"]}


def graphql_url(operation: str, variables: dict, hashes: dict[str, str]) -> str:
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": hashes[operation]}}
    query = {
        "operationName": operation,
        "variables": json.dumps(variables, separators=(",", ":")),
        "extensions": json.dumps(extensions, separators=(",", ":")),
    }
    return "/graphql/?" + urlencode(query)


def month_range(year: int, month: int) -> tuple[str, str]:
    last = 31 if month == 12 else (30 if month in (4, 6, 9, 11) else 31)
    if month == 2:
        last = 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28
    return f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last:02d}"


def main_scenarios(marker, hashes) -> list[Request]:
    """Scenarios (a)–(e) of the issue, on the generated site."""
    year, month = marker.busy_month
    start, end = month_range(year, month)
    project = marker.sample_project
    return [
        Request(
            "a",
            "(a) ProjectList sl, 20 per page",
            graphql_url("ProjectList", {"locale": "sl"}, hashes),
        ),
        Request(
            "b",
            "(b) ProjectDetail sl",
            graphql_url("ProjectDetail", {"locale": "sl", "urlPath": project["sl"]}, hashes),
        ),
        Request(
            "c",
            f"(c) CalendarMonth sl {year}-{month:02d} (busiest)",
            graphql_url("CalendarMonth", {"locale": "sl", "year": year, "month": month}, hashes),
        ),
        Request(
            "d",
            f"(d) EventList sl {start}..{end}",
            graphql_url("EventList", {"locale": "sl", "from": start, "to": end}, hashes),
        ),
        Request(
            "e",
            "(e) Search sl “knjižnica”",
            graphql_url("Search", {"locale": "sl", "query": "knjižnica"}, hashes),
        ),
    ]


def scaling_scenarios(marker, hashes) -> list[Request]:
    """The same operations at another size, to check that query counts do not grow with it:
    (a) at 5 per page, (c)/(d) in a quiet month (few events) against the busiest one."""
    year, month = marker.quiet_month
    start, end = month_range(year, month)
    return [
        Request(
            "a5",
            "(a) ProjectList sl, 5 per page",
            graphql_url("ProjectList", {"locale": "sl", "perPage": 5}, hashes),
        ),
        Request(
            "c-quiet",
            f"(c) CalendarMonth sl {year}-{month:02d} (quiet)",
            graphql_url("CalendarMonth", {"locale": "sl", "year": year, "month": month}, hashes),
        ),
        Request(
            "d-quiet",
            f"(d) EventList sl {start}..{end} (quiet)",
            graphql_url("EventList", {"locale": "sl", "from": start, "to": end}, hashes),
        ),
    ]


def contract_cases(marker, hashes) -> list[Request]:
    """(f): every persisted operation with the contract's first case (sl). Paths that name
    demo pages keep them (the demo content is part of the generated site). ``PagePreview``
    gets a token for an unsaved draft of the sample project, as the admin's Preview button
    makes one (it is never cached: the warm column shows the same work)."""
    cases = json.loads((CONTRACT / "snapshots" / "cases.json").read_text(encoding="utf-8"))
    requests = []
    for operation in sorted(hashes):
        if operation == "PagePreview":
            variables = {"token": draft_preview_token(marker.sample_project["id"])}
        else:
            variables = cases[operation]["sl"]
        requests.append(
            Request(f"f-{operation}", f"(f) {operation}", graphql_url(operation, variables, hashes))
        )
    return requests


def draft_preview_token(page_id: int) -> str:
    """A preview token for the page with a changed title, without saving a revision (the
    generated site stays as it is)."""
    from wagtail.models import Page

    page = Page.objects.get(pk=page_id).specific
    page.title = f"{page.title} (osnutek)"
    return page.create_page_preview().token


def rest_requests(marker) -> dict[str, list[Request]]:
    """REST equivalents of (a) and (b): v2 with the card's fields / all fields; v3's listing
    and detail (its listing serves the base page fields only, so it is shown for reference)."""
    card = {
        "type": "project_pages.ProjectPage",
        "fields": ",".join(CARD_FIELDS),
        "limit": 20,
        "locale": "sl",
    }
    project_id = marker.sample_project["id"]
    v3_list = {"type": "project_pages.ProjectPage", "locale": "sl", "limit": 20}
    return {
        "a": [
            Request("a-v2", "REST v2 listing", "/api/v2/pages/?" + urlencode(card)),
            Request("a-v3", "REST v3 listing", "/api/v3/pages/?" + urlencode(v3_list)),
        ],
        "b": [
            Request("b-v2", "REST v2 detail", f"/api/v2/pages/{project_id}/"),
            Request("b-v3", "REST v3 detail", f"/api/v3/pages/{project_id}/"),
        ],
    }
