"""Read logic for projects: the filtered listing, its facets, and what a listing prefetches.

GraphQL resolvers call these; nothing here knows about GraphQL except the errors it raises
for a filter value that names nothing.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Concat, ExtractYear
from wagtail.models import Locale

from cms.graphql.arguments import check_known_slug
from cms.graphql.countries import check_country_code
from cms.graphql.errors import ApiError
from cms.graphql.pagination import PageOfResults, paginate
from cms.graphql.selectors import prepare_for_listing, public_pages

from .models import (
    FundingProgramme,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectStatus,
    TargetGroup,
)

EARLIEST_YEAR, LATEST_YEAR = 1900, 2100


class ProjectOrder(StrEnum):
    START_DESC = "START_DESC"
    START_ASC = "START_ASC"
    TITLE = "TITLE"


@dataclass(frozen=True)
class ProjectFilters:
    """What a reader narrowed the catalogue to. ``None`` means "any"."""

    locale: Locale
    index: ProjectIndexPage | None = None
    status: ProjectStatus | None = None
    programme: str | None = None
    target_group: str | None = None
    country: str | None = None
    active_in_year: int | None = None
    search: str | None = None


@dataclass(frozen=True)
class Facets:
    statuses: list[tuple[str, int]]
    programmes: list[tuple[str, str, int]]
    target_groups: list[tuple[str, str, int]]
    countries: list[tuple[str, int]]
    years: list[tuple[int, int]]


def checked_filters(filters: ProjectFilters) -> ProjectFilters:
    """The filters with values normalised, or an ``ApiError`` naming the allowed values."""
    if filters.country is not None:
        filters = replace(filters, country=check_country_code(filters.country))
    if filters.active_in_year is not None and not (
        EARLIEST_YEAR <= filters.active_in_year <= LATEST_YEAR
    ):
        raise ApiError(
            f"activeInYear must be a year from {EARLIEST_YEAR} to {LATEST_YEAR}, "
            f"got {filters.active_in_year}."
        )
    check_known_slug(
        FundingProgramme, filters.programme, argument="programme", locale=filters.locale
    )
    check_known_slug(
        TargetGroup, filters.target_group, argument="targetGroup", locale=filters.locale
    )
    return filters


def filtered_projects(
    filters: ProjectFilters, *, today: date, ignore: frozenset[str] = frozenset()
) -> QuerySet[ProjectPage]:
    """Public projects matching ``filters``, leaving out the filters named in ``ignore``
    (facets count each dimension without its own filter)."""
    projects = public_pages(locale=filters.locale, model=ProjectPage)
    if filters.index is not None:
        projects = projects.child_of(filters.index)
    if filters.status is not None and "status" not in ignore:
        projects = projects.filter(_status_condition(filters.status, today))
    if filters.programme is not None and "programme" not in ignore:
        projects = projects.filter(programme__slug=filters.programme)
    if filters.target_group is not None and "target_group" not in ignore:
        projects = projects.filter(
            Exists(
                ProjectPage.target_groups.through.objects.filter(
                    projectpage_id=OuterRef("pk"), targetgroup__slug=filters.target_group
                )
            )
        )
    if filters.country is not None and "country" not in ignore:
        projects = projects.filter(
            Exists(ProjectPartner.objects.filter(page_id=OuterRef("pk"), country=filters.country))
        )
    if filters.active_in_year is not None and "active_in_year" not in ignore:
        year = filters.active_in_year
        projects = projects.filter(starts_on__lte=date(year, 12, 31)).filter(
            Q(ends_on__isnull=True) | Q(ends_on__gte=date(year, 1, 1))
        )
    if filters.search:
        searchable = ProjectPage.objects.filter(pk__in=projects.values("pk"))
        projects = projects.filter(pk__in=[match.pk for match in searchable.search(filters.search)])
    return projects


def _status_condition(status: ProjectStatus, today: date) -> Q:
    if status == ProjectStatus.PLANNED:
        return Q(starts_on__gt=today)
    if status == ProjectStatus.COMPLETED:
        return Q(ends_on__lt=today)
    return Q(starts_on__lte=today) & (Q(ends_on__isnull=True) | Q(ends_on__gte=today))


ORDERINGS = {
    ProjectOrder.START_DESC: (F("starts_on").desc(nulls_last=True), "title", "pk"),
    ProjectOrder.START_ASC: (F("starts_on").asc(nulls_last=True), "title", "pk"),
    ProjectOrder.TITLE: ("title", "pk"),
}


def project_listing(
    filters: ProjectFilters, *, order: ProjectOrder, page: int, per_page: int, today: date
) -> PageOfResults:
    """One page of projects with everything a project card shows loaded in a fixed number of
    queries, whatever ``per_page`` is."""
    projects = filtered_projects(checked_filters(filters), today=today).order_by(*ORDERINGS[order])
    result = paginate(with_card_relations(projects), page=page, per_page=per_page)
    result.items = prepare_projects(result.items, filters.locale)
    return result


def with_card_relations(projects: QuerySet[ProjectPage]) -> QuerySet[ProjectPage]:
    """What every card shows from other rows, joined in; the rest (target groups, partners,
    logos…) is loaded for the whole page of results when a client first asks for it."""
    return projects.select_related("locale", "programme")


def prepare_projects(projects: list[ProjectPage], locale: Locale) -> list[ProjectPage]:
    """A page of projects as one listing (``cms.graphql.listing``)."""
    return prepare_for_listing(projects)


def project_facets(filters: ProjectFilters, *, today: date) -> Facets:
    """Counts per status, programme, target group, country and year in one query, and the
    names of the programmes and target groups in another. Each dimension is counted with every
    other filter applied but not its own, so a menu shows what choosing another value would
    give."""
    filters = checked_filters(filters)

    every_filter = filtered_projects(filters, today=today).order_by()

    def without(name: str) -> QuerySet[ProjectPage]:
        if getattr(filters, name) is None:
            return every_filter  # the dimension's own filter is not set: nothing to leave out
        return filtered_projects(filters, today=today, ignore=frozenset({name})).order_by()

    status = Case(
        *(
            When(_status_condition(status, today), then=Value(status.value))
            for status in ProjectStatus
        ),
        output_field=CharField(),
    )
    # One "start:end" key per run of years: projects are counted in every year they run.
    span = Concat(
        Cast(ExtractYear("starts_on"), CharField()),
        Value(":"),
        Coalesce(Cast(ExtractYear("ends_on"), CharField()), Value("")),
        output_field=CharField(),
    )
    dimensions = [
        without("status").values(dimension=Value("status"), key=status),
        without("programme")
        .filter(programme__isnull=False)
        .values(dimension=Value("programme"), key=F("programme__slug")),
        without("target_group")
        .filter(target_groups__isnull=False)
        .values(dimension=Value("target_group"), key=F("target_groups__slug")),
        without("country")
        .filter(partners__isnull=False)
        .values(dimension=Value("country"), key=F("partners__country")),
        without("active_in_year")
        .filter(starts_on__isnull=False)
        .values(dimension=Value("years"), key=span),
    ]
    counted = [rows.annotate(count=Count("pk", distinct=True)) for rows in dimensions]
    found: dict[str, dict[str, int]] = {}
    for dimension, key, count in (
        counted[0].union(*counted[1:], all=True).values_list("dimension", "key", "count")
    ):
        if key is not None:
            found.setdefault(dimension, {})[key] = count
    programmes, groups = found.get("programme", {}), found.get("target_group", {})
    names = _term_names(programmes, groups, filters.locale)
    statuses = found.get("status", {})
    return Facets(
        statuses=[(status.value, statuses.get(status.value, 0)) for status in ProjectStatus],
        programmes=_by_name(programmes, names["programme"]),
        target_groups=_by_name(groups, names["target_group"]),
        countries=sorted(found.get("country", {}).items()),
        years=_year_counts(found.get("years", {}), today),
    )


def _term_names(
    programmes: Iterable[str], groups: Iterable[str], locale: Locale
) -> dict[str, dict[str, str]]:
    """{"programme" | "target_group": {slug: name}}, each name in ``locale`` where the term
    has a version in it, else in any language; one query for both."""
    names: dict[str, dict[str, str]] = {"programme": {}, "target_group": {}}
    if not programmes and not groups:
        return names
    rows = (
        FundingProgramme.objects.filter(slug__in=list(programmes))
        .order_by()
        .values_list(Value("programme"), "slug", "name", "locale_id")
        .union(
            TargetGroup.objects.filter(slug__in=list(groups))
            .order_by()
            .values_list(Value("target_group"), "slug", "name", "locale_id"),
            all=True,
        )
    )
    for dimension, slug, name, locale_id in rows:
        if slug not in names[dimension] or locale_id == locale.pk:
            names[dimension][slug] = name
    return names


def _by_name(counts: dict[str, int], names: dict[str, str]) -> list[tuple[str, str, int]]:
    """(slug, name, count), by name."""
    terms = ((slug, names.get(slug, slug), count) for slug, count in counts.items())
    return sorted(terms, key=lambda term: term[1])


def _year_counts(spans: dict[str, int], today: date) -> list[tuple[int, int]]:
    """Projects per year from {``"start:end"``: number of projects}; a project with no end
    runs until this year."""
    counts: Counter[int] = Counter()
    for span, number in spans.items():
        start, _, end = span.partition(":")
        first, last = int(start), int(end) if end else today.year
        for year in range(first, max(last, first) + 1):
            counts[year] += number
    return sorted(counts.items(), reverse=True)
