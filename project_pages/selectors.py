"""Read logic for projects: the filtered listing, its facets, and what a listing prefetches.

GraphQL resolvers call these; nothing here knows about GraphQL except the errors it raises
for a filter value that names nothing.
"""

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet
from wagtail.images import get_image_model
from wagtail.models import Locale

from cms.graphql.arguments import check_known_slug
from cms.graphql.countries import check_country_code
from cms.graphql.errors import ApiError
from cms.graphql.localization import warm_translations
from cms.graphql.pagination import PageOfResults, paginate
from cms.graphql.selectors import prepare_for_listing, public_pages

from .models import (
    FundingProgramme,
    ProjectIndexPage,
    ProjectLogo,
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
    images = get_image_model().objects.prefetch_renditions()
    return projects.select_related("locale", "programme").prefetch_related(
        "target_groups",
        "partners",
        "contacts__person",
        "materials__document__collection",
        Prefetch(
            "logos",
            queryset=ProjectLogo.objects.prefetch_related(Prefetch("image", queryset=images)),
        ),
    )


def prepare_projects(projects: list[ProjectPage], locale: Locale) -> list[ProjectPage]:
    """Translations, parents and snippet translations for a whole page of projects at once."""
    projects = prepare_for_listing(projects)
    cache: dict = {}
    snippets = [group for project in projects for group in project.target_groups.all()]
    snippets += [project.programme for project in projects if project.programme is not None]
    warm_translations(snippets, locale.pk, cache)
    for project in projects:
        project.snippet_translations = cache
    return projects


def project_facets(filters: ProjectFilters, *, today: date) -> Facets:
    """Counts per status, programme, target group, country and year. Each dimension is
    counted with every other filter applied but not its own, so a menu shows what choosing
    another value would give."""
    filters = checked_filters(filters)

    def without(name: str) -> QuerySet[ProjectPage]:
        return filtered_projects(filters, today=today, ignore=frozenset({name}))

    statuses = (
        without("status")
        .order_by()
        .aggregate(
            **{
                status.value: Count("pk", filter=_status_condition(status, today))
                for status in ProjectStatus
            }
        )
    )
    programme_counts = dict(
        without("programme")
        .exclude(programme__isnull=True)
        .order_by()
        .values_list("programme__slug")
        .annotate(count=Count("pk", distinct=True))
    )
    through = ProjectPage.target_groups.through.objects
    group_counts = dict(
        through.filter(projectpage__in=without("target_group").values("pk"))
        .order_by()
        .values_list("targetgroup__slug")
        .annotate(count=Count("projectpage", distinct=True))
    )
    country_counts = dict(
        ProjectPartner.objects.filter(page__in=without("country").values("pk"))
        .order_by()
        .values_list("country")
        .annotate(count=Count("page", distinct=True))
    )
    return Facets(
        statuses=[(status.value, statuses[status.value]) for status in ProjectStatus],
        programmes=_named_counts(FundingProgramme, programme_counts, filters.locale),
        target_groups=_named_counts(TargetGroup, group_counts, filters.locale),
        countries=sorted(country_counts.items()),
        years=_year_counts(without("active_in_year"), today),
    )


def _named_counts(model, counts: dict[str, int], locale: Locale) -> list[tuple[str, str, int]]:
    """(slug, name in ``locale`` or else any locale, count), by name."""
    names: dict[str, str] = {}
    for slug, name, locale_id in model.objects.filter(slug__in=counts).values_list(
        "slug", "name", "locale_id"
    ):
        if slug not in names or locale_id == locale.pk:
            names[slug] = name
    return sorted(
        ((slug, names.get(slug, slug), n) for slug, n in counts.items()), key=lambda x: x[1]
    )


def _year_counts(projects: QuerySet[ProjectPage], today: date) -> list[tuple[int, int]]:
    counts: Counter[int] = Counter()
    for starts_on, ends_on in projects.exclude(starts_on__isnull=True).values_list(
        "starts_on", "ends_on"
    ):
        last = (ends_on or today).year
        counts.update(range(starts_on.year, max(last, starts_on.year) + 1))
    return sorted(counts.items(), reverse=True)
