"""iCalendar feeds: the whole calendar (filtered by query string) and one event.

Both are public: an ``ETag`` and ``Cache-Control`` let browsers, calendar clients and CDNs keep
them, and a client that sends the ``ETag`` back (``If-None-Match``) gets ``304 Not Modified``.
"""

from django.http import Http404, HttpResponse, HttpResponseBadRequest

from cms.content.bounds import MAX_DATABASE_ID, is_database_id
from cms.content.context import context_of
from cms.content.selectors import public_pages_snapshot
from cms.graphql.caching_documents import is_anonymous
from cms.graphql.caching_http import private_response, public_response

from .ical import FeedError, calendar_for_request, event_calendar

ICS_CONTENT_TYPE = "text/calendar; charset=utf-8"


def _cacheable(request, response: HttpResponse) -> HttpResponse:
    if request.method in ("GET", "HEAD") and is_anonymous(request):
        return public_response(request, response)
    return private_response(response)


def _check_project_id(request) -> None:
    """A ``project`` of digits the database cannot hold is refused before it is looked up
    (other values get the feed's own message, which lists the projects)."""
    value = request.GET.get("project", "").strip()
    if value.isdigit() and not is_database_id(value):
        raise FeedError(
            f'Unknown project "{value[:40]}": a project id is a number from 1 to '
            f"{MAX_DATABASE_ID}, the id of a published project page."
        )


def calendar_feed(request):
    try:
        _check_project_id(request)
        with public_pages_snapshot():
            body = calendar_for_request(request)
    except FeedError as error:
        return private_response(
            HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
        )
    response = HttpResponse(body, content_type=ICS_CONTENT_TYPE)
    response["Content-Disposition"] = 'inline; filename="calendar.ics"'
    response["Content-Language"] = context_of(request).served_locale().language_code
    return _cacheable(request, response)


def event_ics(request, pk: int):
    if not is_database_id(pk):
        raise Http404("No such published event.")
    with public_pages_snapshot():
        body = event_calendar(pk)
    if body is None:
        raise Http404("No such published event.")
    response = HttpResponse(body, content_type=ICS_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="event-{pk}.ics"'
    return _cacheable(request, response)
