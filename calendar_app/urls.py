from django.urls import path

from . import views

app_name = "calendar_app"

urlpatterns = [
    path("calendar.ics", views.calendar_feed, name="calendar_ics"),
    path("events/<int:pk>.ics", views.event_ics, name="event_ics"),
]
