# Run by check_wheel.sh inside the generated host site (`manage.py shell -c`), with the apps
# imported from the installed wheel: publishes a project page and an event page under the
# site's home page, reads them back through /graphql/ and the .ics feeds, and opens the project
# in the admin. Any failed assertion exits non-zero.
import json
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from wagtail.models import Site

import cms
from calendar_app.models import EventIndexPage, EventPage
from project_pages.models import LibraryRole, ProjectIndexPage, ProjectPage

PROJECT_TITLE = "Sestrske knjižnice (plugin check)"
EVENT_TITLE = "Pravljična urica (plugin check)"

assert "site-packages" in cms.__file__, f"cms imported from {cms.__file__}, not the wheel"


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


home = Site.objects.get(is_default_site=True).root_page.specific
projects = publish(home, ProjectIndexPage(title="Projekti", slug="projekti"))
project = publish(
    projects,
    ProjectPage(
        title=PROJECT_TITLE,
        slug="sestrske-knjiznice",
        summary="Knjižnici v dveh državah si izmenjujeta slikanice.",
        start_year=2024,
        end_year=2026,
        library_role=LibraryRole.PARTNER,
    ),
)
calendar = publish(home, EventIndexPage(title="Dogodki", slug="dogodki"))
start = (timezone.localtime() + timedelta(days=7)).replace(hour=17, minute=0, second=0)
event = publish(
    calendar,
    EventPage(
        title=EVENT_TITLE,
        slug="pravljicna-urica",
        summary="Pravljice za otroke od 4. leta.",
        start=start,
        end=start + timedelta(hours=1),
        online_url="https://meet.example/pravljice",
    ),
)

client = Client(HTTP_HOST="localhost")
query = """{
  projects(locale: "sl") { items { title url } }
  upcomingEvents(locale: "sl") { event { title } }
  pages(locale: "sl") { title }
}"""
response = client.post("/graphql/", json.dumps({"query": query}), content_type="application/json")
assert response.status_code == 200, response.content
body = response.json()
assert "errors" not in body, body
data = body["data"]
assert [item["title"] for item in data["projects"]["items"]] == [PROJECT_TITLE], data
assert [item["event"]["title"] for item in data["upcomingEvents"]] == [EVENT_TITLE], data
assert {PROJECT_TITLE, EVENT_TITLE} <= {page["title"] for page in data["pages"]}, data

feed = client.get("/calendar.ics", {"locale": "sl"})
assert feed.status_code == 200, feed.content
assert feed["Content-Type"].startswith("text/calendar"), feed["Content-Type"]
# iCalendar folds long lines; unfold them before looking for the title.
feed_text = feed.content.decode().replace("\r\n ", "")
assert f"SUMMARY:{EVENT_TITLE}" in feed_text, feed_text

single = client.get(f"/events/{event.pk}.ics")
assert single.status_code == 200, single.content
assert f"SUMMARY:{EVENT_TITLE}" in single.content.decode().replace("\r\n ", "")

# The admin editor: the wheel's templates (the inline panels' add buttons) in Slovene from
# its compiled catalogue.
editor = get_user_model().objects.create_superuser("plugin-check", "check@example.com", "x")
client.force_login(editor)
edit = client.get(f"/admin/pages/{project.pk}/edit/")
assert edit.status_code == 200, edit.status_code
assert "Dodaj kontaktno osebo" in edit.content.decode(), "Slovene add button missing"

print(
    f"plugin check: published {project.title!r} and {event.title!r}; read back through "
    "/graphql/, /calendar.ics, /events/<id>.ics; the admin editor renders in Slovene"
)
