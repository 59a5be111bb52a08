"""The admin calendar's URLs, under the admin (``register_admin_urls``): the admin's login
and ``access_admin`` checks wrap them."""

from django.urls import path

from .views import ListView, MonthView

app_name = "event_calendar"
urlpatterns = [
    path("", MonthView.as_view(), name="month"),
    path("list/", ListView.as_view(), name="list"),
]
