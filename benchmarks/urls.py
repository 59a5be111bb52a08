"""The site's URLs plus the REST APIs, for the benchmark process only (never the site's own)."""

from django.urls import path
from wagtail.api.v3.urls import api as api_v3

from cms.urls import urlpatterns as site_urlpatterns

from .rest import api_router

handler500 = "cms.server_errors.server_error"

urlpatterns = [
    path("api/v2/", api_router.urls),
    path("api/v3/", api_v3.urls),
    *site_urlpatterns,
]
