"""GraphQL for projects: the ``projects`` listing (root query and index page field) with its
filters, order, pagination and facets. Page fields live on the models (``graphql_fields``)."""

import graphene
from django.utils import timezone
from grapple.models import GraphQLField
from grapple.registry import registry
from grapple.types.structures import PaginationType

from cms.content.locales import LOCALE_ARGUMENT_HELP, resolve_locale
from cms.content.pagination import max_per_page
from cms.graphql.countries import Country, country
from cms.graphql.localization import snippets_in_locale
from cms.graphql.types import snippet_type

from .enums import ProjectStatusEnum
from .models import FundingProgramme, ProjectPage, ProjectStatus, TargetGroup
from .selectors import ProjectFilters, ProjectOrder, project_facets, project_listing

DEFAULT_PER_PAGE = 20


class ProjectOrderEnum(graphene.Enum):
    START_DESC = ProjectOrder.START_DESC.value
    START_ASC = ProjectOrder.START_ASC.value
    TITLE = ProjectOrder.TITLE.value

    class Meta:
        name = "ProjectOrder"
        description = "Newest start first (default), oldest start first, or by title."


class StatusFacet(graphene.ObjectType):
    status = graphene.Field(ProjectStatusEnum, required=True)
    count = graphene.Int(required=True)


class TermFacet(graphene.ObjectType):
    slug = graphene.String(required=True, description="The value to pass back as a filter.")
    name = graphene.String(required=True)
    count = graphene.Int(required=True)


class CountryFacet(graphene.ObjectType):
    country = graphene.Field(Country, required=True)
    count = graphene.Int(required=True)


class YearFacet(graphene.ObjectType):
    year = graphene.Int(required=True)
    count = graphene.Int(required=True)


class ProjectFacets(graphene.ObjectType):
    """How many projects each filter value would give, with the other filters applied."""

    statuses = graphene.List(graphene.NonNull(StatusFacet), required=True)
    programmes = graphene.List(graphene.NonNull(TermFacet), required=True)
    target_groups = graphene.List(graphene.NonNull(TermFacet), required=True)
    countries = graphene.List(graphene.NonNull(CountryFacet), required=True)
    years = graphene.List(graphene.NonNull(YearFacet), required=True)


class ProjectListing(graphene.ObjectType):
    """A page of projects, its pagination, and the facets of the same filters."""

    items = graphene.List(graphene.NonNull(lambda: registry.pages[ProjectPage]), required=True)
    pagination = graphene.Field(PaginationType, required=True)
    facets = graphene.Field(ProjectFacets, required=True)

    @staticmethod
    def resolve_facets(listing, info):
        facets = project_facets(listing.filters, today=listing.today)
        code = listing.filters.locale.language_code
        return ProjectFacets(
            statuses=[StatusFacet(status=s, count=n) for s, n in facets.statuses],
            programmes=[TermFacet(slug=s, name=name, count=n) for s, name, n in facets.programmes],
            target_groups=[
                TermFacet(slug=s, name=name, count=n) for s, name, n in facets.target_groups
            ],
            countries=[
                CountryFacet(country=country(c, code), count=n) for c, n in facets.countries
            ],
            years=[YearFacet(year=y, count=n) for y, n in facets.years],
        )


def listing_arguments() -> dict:
    return {
        "status": graphene.Argument(ProjectStatusEnum),
        "programme": graphene.String(description="A funding programme's slug."),
        "target_group": graphene.String(description="A target group's slug."),
        "country": graphene.String(description="ISO 3166-1 alpha-2 code of a partner's country."),
        "active_in_year": graphene.Int(description="Projects running at any time in this year."),
        "search": graphene.String(description="Full-text search in title, summary, goals, body."),
        "order": graphene.Argument(ProjectOrderEnum, default_value=ProjectOrder.START_DESC.value),
        "page": graphene.Int(default_value=1),
        "per_page": graphene.Int(
            default_value=DEFAULT_PER_PAGE, description=f"1 to {max_per_page()}."
        ),
    }


def resolve_project_listing(info, *, locale, index=None, **arguments):
    filters = ProjectFilters(
        locale=locale,
        index=index,
        status=ProjectStatus(arguments["status"]) if arguments.get("status") else None,
        programme=arguments.get("programme"),
        target_group=arguments.get("target_group"),
        country=arguments.get("country"),
        active_in_year=arguments.get("active_in_year"),
        search=arguments.get("search"),
    )
    today = timezone.localdate()
    result = project_listing(
        filters,
        order=ProjectOrder(arguments.get("order") or ProjectOrder.START_DESC),
        page=arguments.get("page", 1),
        per_page=arguments.get("per_page", DEFAULT_PER_PAGE),
        today=today,
    )
    listing = ProjectListing(items=result.items, pagination=result.pagination)
    listing.filters, listing.today = filters, today
    return listing


class ProjectQueries:
    target_groups = graphene.List(
        graphene.NonNull(lambda: snippet_type(TargetGroup)),
        required=True,
        locale=graphene.String(description=LOCALE_ARGUMENT_HELP),
        description="Every target group (audience) in one language, by name.",
    )
    funding_programmes = graphene.List(
        graphene.NonNull(lambda: snippet_type(FundingProgramme)),
        required=True,
        locale=graphene.String(description=LOCALE_ARGUMENT_HELP),
        description="Every funding programme in one language, by name.",
    )
    projects = graphene.Field(
        graphene.NonNull(ProjectListing),
        locale=graphene.String(description=LOCALE_ARGUMENT_HELP),
        **listing_arguments(),
        description="The library's projects in one language, filtered, ordered and paginated.",
    )

    def resolve_target_groups(self, info, locale=None):
        return snippets_in_locale(TargetGroup, resolve_locale(locale, request=info.context))

    def resolve_funding_programmes(self, info, locale=None):
        return snippets_in_locale(FundingProgramme, resolve_locale(locale, request=info.context))

    def resolve_projects(self, info, locale=None, **arguments):
        return resolve_project_listing(
            info, locale=resolve_locale(locale, request=info.context), **arguments
        )


def listing_field(field_name: str):
    """The index page's own ``projects`` field, in grapple's (field, wrapper) form: the same
    listing with the same arguments, limited to that index's children. The index page names
    this function by path (``project_pages.models.index``)."""
    return GraphQLField(field_name, ProjectListing), lambda field_type: graphene.Field(
        graphene.NonNull(field_type), resolver=resolve_index_listing, **listing_arguments()
    )


def resolve_index_listing(index, info, **arguments):
    return resolve_project_listing(info, locale=index.locale, index=index, **arguments)
