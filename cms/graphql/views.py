"""The GraphQL endpoint: grapple's schema behind graphene-django's view, with limits."""

from django.conf import settings
from graphene.validation import depth_limit_validator
from graphene_django.views import GraphQLView
from graphql import specified_rules


class HeadlessGraphQLView(GraphQLView):
    """graphene-django's view with the standard validation rules plus a depth limit.

    ``validation_rules`` replaces graphql-core's rules rather than adding to them, so the
    standard ones are listed explicitly.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("graphiql", getattr(settings, "HEADLESS_GRAPHIQL", False))
        kwargs.setdefault(
            "validation_rules",
            (
                *specified_rules,
                depth_limit_validator(max_depth=getattr(settings, "HEADLESS_MAX_QUERY_DEPTH", 10)),
            ),
        )
        super().__init__(**kwargs)

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        if not response.get("Content-Type", "").startswith("text/html"):
            # graphene-django asks for a CSRF cookie on every answer (GraphiQL needs one); API
            # answers must set no cookie, or shared caches cannot store them.
            request.META["CSRF_COOKIE_NEEDS_UPDATE"] = False
            response.cookies.pop(settings.CSRF_COOKIE_NAME, None)
        return response
