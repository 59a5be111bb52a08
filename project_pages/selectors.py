"""Read logic for projects: the filtered listing, its facets, and what a listing prefetches.

GraphQL resolvers call these; nothing here knows about GraphQL except the errors it raises
for a filter value that names nothing.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from django.core.exceptions import EmptyResultSet
from django.db import connection
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

from cms.content.bounds import EARLIEST_YEAR, LATEST_YEAR, search_words
from cms.content.countries import check_country_code
from cms.content.errors import ContentError
from cms.content.pagination import PageOfResults, paginate
from cms.content.selectors import check_known_slug, prepare_for_listing, public_pages

from .models import (
    FundingProgramme,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectStatus,
    TargetGroup,
)


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
    """The filters with values normalised, or an ``ContentError`` naming the allowed values."""
    if filters.country is not None:
        filters = replace(filters, country=check_country_code(filters.country))
    if filters.search is not None:
        filters = replace(filters, search=search_words(filters.search, name="search"))
    if filters.active_in_year is not None and not (
        EARLIEST_YEAR <= filters.active_in_year <= LATEST_YEAR
    ):
        raise ContentError(
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
    result = paginate(with_card_relations(projects), page=page, per_page=per_page, keys_first=True)
    result.items = prepare_for_listing(result.items)
    return result


def with_card_relations(projects: QuerySet[ProjectPage]) -> QuerySet[ProjectPage]:
    """What every card shows from other rows, joined in; the rest (target groups, partners,
    logos…) is loaded for the whole page of results when a client first asks for it."""
    return projects.select_related("locale", "programme")


def project_facets(filters: ProjectFilters, *, today: date) -> Facets:
    """Counts per status, programme, target group, country and year in one query, and the
    names of the programmes and target groups in another. Each dimension is counted with every
    other filter applied but not its own, so a menu shows what choosing another value would
    give."""
    filters = checked_filters(filters)

    every_filter = filtered_projects(filters, today=today).order_by()
    if all(getattr(filters, name) is None for name in FACET_FILTERS):
        found = _facet_counts_in_one_pass(every_filter, today)
    else:
        found = _facet_counts_per_dimension(filters, every_filter, today)
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


#: The filters the facets count by, each counted without its own filter.
FACET_FILTERS = ("status", "programme", "target_group", "country", "active_in_year")

FacetCounts = dict[str, dict[str, int]]


def _facet_counts_per_dimension(
    filters: ProjectFilters, every_filter: QuerySet[ProjectPage], today: date
) -> FacetCounts:
    """{dimension: {key: projects}}, each dimension counted over the projects that match every
    filter but its own: one UNION ALL of five grouped queries."""

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
    found: FacetCounts = {}
    for dimension, key, count in (
        counted[0].union(*counted[1:], all=True).values_list("dimension", "key", "count")
    ):
        if key is not None:
            found.setdefault(dimension, {})[key] = count
    return found


def _facet_counts_in_one_pass(every_filter: QuerySet[ProjectPage], today: date) -> FacetCounts:
    """The same counts when no facet's own filter is set, so every dimension counts the same
    projects: they are selected once, as a common table expression, instead of once per
    dimension (the public-page conditions made each selection the costly part). Statuses and
    years come from the projects' distinct (start, end) pairs. Raw SQL because Django has no
    common table expressions; the selection itself is the ORM's own SQL."""
    try:
        base, params = every_filter.values_list(
            "pk", "programme_id", "starts_on", "ends_on"
        ).query.sql_with_params()
    except EmptyResultSet:  # a search that matched nothing
        return {}
    through = ProjectPage.target_groups.through._meta.db_table
    sql = f"""
        WITH base (id, programme_id, starts_on, ends_on) AS ({base})
        SELECT 'dates', CAST(starts_on AS TEXT), CAST(ends_on AS TEXT), COUNT(*)
          FROM base GROUP BY starts_on, ends_on
        UNION ALL
        SELECT 'programme', programme.slug, NULL, COUNT(*)
          FROM base JOIN {FundingProgramme._meta.db_table} programme
            ON programme.id = base.programme_id
         GROUP BY programme.slug
        UNION ALL
        SELECT 'target_group', term.slug, NULL, COUNT(DISTINCT base.id)
          FROM base JOIN {through} link ON link.projectpage_id = base.id
          JOIN {TargetGroup._meta.db_table} term ON term.id = link.targetgroup_id
         GROUP BY term.slug
        UNION ALL
        SELECT 'country', partner.country, NULL, COUNT(DISTINCT base.id)
          FROM base JOIN {ProjectPartner._meta.db_table} partner ON partner.page_id = base.id
         GROUP BY partner.country
    """
    found: FacetCounts = {"status": {}, "years": {}}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    for dimension, key, end, count in rows:
        if dimension != "dates":
            found.setdefault(dimension, {})[key] = count
            continue
        starts_on = date.fromisoformat(key[:10]) if key else None
        ends_on = date.fromisoformat(end[:10]) if end else None
        for status in ProjectStatus:
            if _has_status(status, starts_on, ends_on, today):
                found["status"][status.value] = found["status"].get(status.value, 0) + count
        if starts_on is not None:
            span = f"{starts_on.year}:{ends_on.year if ends_on else ''}"
            found["years"][span] = found["years"].get(span, 0) + count
    return found


def _has_status(status: ProjectStatus, starts_on, ends_on, today: date) -> bool:
    """``_status_condition`` for one project's dates (SQL's NULL comparisons are false)."""
    if status == ProjectStatus.PLANNED:
        return starts_on is not None and starts_on > today
    if status == ProjectStatus.COMPLETED:
        return ends_on is not None and ends_on < today
    return starts_on is not None and starts_on <= today and (ends_on is None or ends_on >= today)


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
