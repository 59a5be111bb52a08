"""URLs of the minimal host site: the Wagtail admin and the headless GraphQL endpoint."""

from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from wagtail.admin import urls as wagtailadmin_urls

from cms.graphql.views import HeadlessGraphQLView

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("graphql/", csrf_exempt(HeadlessGraphQLView.as_view()), name="graphql"),
]
