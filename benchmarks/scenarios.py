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
    """The cold scenarios of the issue's Targets, on the generated site."""
    year, month = marker.busy_month
    start, end = month_range(year, month)
    project = marker.sample_project
    return [
        Request(
            "a",
            "ProjectList sl, 20 per page",
            graphql_url("ProjectList", {"locale": "sl"}, hashes),
        ),
        Request(
            "b",
            "ProjectDetail sl",
            graphql_url("ProjectDetail", {"locale": "sl", "urlPath": project["sl"]}, hashes),
        ),
        Request(
            "s",
            "Sitemap sl, 500 entries",
            graphql_url("Sitemap", {"locale": "sl", "perPage": 500}, hashes),
        ),
        Request(
            "c",
            f"CalendarMonth sl {year}-{month:02d} (busiest)",
            graphql_url("CalendarMonth", {"locale": "sl", "year": year, "month": month}, hashes),
        ),
        Request(
            "d",
            f"EventList sl {start}..{end} (busiest)",
            graphql_url("EventList", {"locale": "sl", "from": start, "to": end}, hashes),
        ),
        Request(
            "g",
            "EventDetail sl",
            graphql_url(
                "EventDetail", {"locale": "sl", "urlPath": marker.sample_event["sl"]}, hashes
            ),
        ),
        Request(
            "e",
            "Search sl “knjižnica”",
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
            "ProjectList sl, 5 per page",
            graphql_url("ProjectList", {"locale": "sl", "perPage": 5}, hashes),
        ),
        Request(
            "c-quiet",
            f"CalendarMonth sl {year}-{month:02d} (quiet)",
            graphql_url("CalendarMonth", {"locale": "sl", "year": year, "month": month}, hashes),
        ),
        Request(
            "d-quiet",
            f"EventList sl {start}..{end} (quiet)",
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
            Request(
                f"f-{operation}",
                f"{operation} (contract case)",
                graphql_url(operation, variables, hashes),
            )
        )
    return requests


def draft_preview_token(page_id: int) -> str:
    """A preview token for the page with a changed title, without saving a revision (the
    generated site stays as it is)."""
    from wagtail.models import Page

    page = Page.objects.get(pk=page_id).specific
    page.title = f"{page.title} (osnutek)"
    return page.create_page_preview().token


def rest_requests(marker) -> list[Request]:
    """The REST side of the pairs: v3's listing and detail (the targets), v2's listing with the
    card's fields and v2's detail with all of them (v2's detail is also the reference for the
    operations REST has no equivalent of: a detail of one page is the floor of a REST answer)."""
    card = {
        "type": "project_pages.ProjectPage",
        "fields": ",".join(CARD_FIELDS),
        "limit": 20,
        "locale": "sl",
    }
    project_id = marker.sample_project["id"]
    v3_list = {"type": "project_pages.ProjectPage", "locale": "sl", "limit": 20}
    return [
        Request("v3-list", "REST v3 listing", "/api/v3/pages/?" + urlencode(v3_list)),
        Request("v2-list", "REST v2 listing", "/api/v2/pages/?" + urlencode(card)),
        Request("v3-detail", "REST v3 detail", f"/api/v3/pages/{project_id}/"),
        Request("v2-detail", "REST v2 detail", f"/api/v2/pages/{project_id}/"),
    ]


@dataclass(frozen=True)
class Pair:
    """A GraphQL request compared with a REST one in the same rounds; ``target`` is the
    issue's ceiling of the CPU-time ratio, or None for a pair shown for reference."""

    graphql: str
    rest: str
    target: float | None = None


PAIRS = [
    Pair("a", "v3-list", 1.0),
    Pair("b", "v3-detail", 1.0),
    Pair("s", "v2-detail", 1.0),
    Pair("c", "v2-detail", 1.5),
    Pair("a", "v2-list"),
    Pair("b", "v2-detail"),
    Pair("d", "v2-detail"),
    Pair("g", "v2-detail"),
    Pair("e", "v2-detail"),
]


def cold_requests(marker, hashes) -> tuple[dict[str, Request], dict[str, str]]:
    """Every request of the cold rounds, once per URL: the scenarios, the scaling checks, every
    contract case and the REST side. Returns them by key, and {dropped key: kept key} for a
    request that repeats another one's URL (a contract case that is also a scenario)."""
    requests: dict[str, Request] = {}
    same: dict[str, str] = {}
    for request in [
        *main_scenarios(marker, hashes),
        *scaling_scenarios(marker, hashes),
        *contract_cases(marker, hashes),
        *rest_requests(marker),
    ]:
        kept = next((r for r in requests.values() if r.url == request.url), None)
        if kept is None:
            requests[request.key] = request
        else:
            same[request.key] = kept.key
    return requests, same
