# --- wagtail-library-headless: what a host site adds to its urls.py (README, "Install as a
# plugin"). tests/plugin_install/check_wheel.sh appends this to a `wagtail start` site's urls.py:
# the GraphQL endpoint and the .ics feeds go before Wagtail's page routes, which match any path.
from django.views.decorators.csrf import csrf_exempt

from cms.graphql.views import HeadlessGraphQLView

urlpatterns = [
    # Read-only and cookie-free for anonymous clients: nothing for CSRF protection to protect.
    path("graphql/", csrf_exempt(HeadlessGraphQLView.as_view()), name="graphql"),
    # /calendar.ics (?locale=…&category=…) and /events/<id>.ics
    path("", include("calendar_app.urls")),
    *urlpatterns,
]
