"""iCalendar feeds: the whole calendar (filtered by query string) and one event."""

from django.http import Http404, HttpResponse, HttpResponseBadRequest

from .ical import FeedError, calendar_for_request, event_calendar

ICS_CONTENT_TYPE = "text/calendar; charset=utf-8"


def calendar_feed(request):
    try:
        body = calendar_for_request(request)
    except FeedError as error:
        return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
    response = HttpResponse(body, content_type=ICS_CONTENT_TYPE)
    response["Content-Disposition"] = 'inline; filename="calendar.ics"'
    return response


def event_ics(request, pk: int):
    body = event_calendar(pk)
    if body is None:
        raise Http404("No such published event.")
    response = HttpResponse(body, content_type=ICS_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="event-{pk}.ics"'
    return response
