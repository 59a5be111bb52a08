from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.graphql.views import HeadlessGraphQLView
from cms.health import healthz
from cms.localize_views import use_published_titles
from cms.translator_limits import guard_localize_views

handler500 = "cms.server_errors.server_error"

# wagtail-localize's views check edit rights only: translators would otherwise write the source
# language and end translations (README, "Editorial roles").
use_published_titles(wagtailadmin_urls.urlpatterns)
guard_localize_views(wagtailadmin_urls.urlpatterns)

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Read-only for anonymous clients and sets no cookies, so CSRF protection has nothing to
    # protect; frontends call it cross-origin (CORS) with POST or GET.
    path("graphql/", csrf_exempt(HeadlessGraphQLView.as_view()), name="graphql"),
    path("healthz", healthz, name="healthz"),
    path("", include("calendar_app.urls")),
]

# MEDIA_ROOT's files, for `make run` (DEBUG) with media on local disk; on a bucket (cms.storage)
# every media URL points at the bucket or the CDN instead.
if settings.DEBUG and not settings.MEDIA_STORAGE_URL:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page routes give pages their URLs (sl at /, other languages under /<code>/);
# a page opened here redirects to the frontend (HeadlessMixin).
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=False)
