"""What editors do in the admin: create, validate, preview and publish projects."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.home.models import HomePage
from project_pages.models import ProjectIndexPage, ProjectPage
from tests.factories import HomePageFactory, LocaleFactory, publish
from tests.project_pages.factories import (
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TargetGroupFactory,
)


def project_form(**overrides):
    data = {
        "title": "TECH.LIBRARY",
        "slug": "tech-library",
        "summary": "Boljše storitve splošnih knjižnic za slepe in slabovidne.",
        "goals": streamfield([("goal", {"text": "Izmenjava dobrih praks."})]),
        "body": streamfield([("paragraph", {"text": rich_text("<p>Opis projekta.</p>")})]),
        "start_year": "2020",
        "start_date": "",
        "end_year": "2022",
        "end_date": "",
        "library_role": "PARTNER",
        "website": "",
        "partners": inline_formset(
            [{"organisation": "Biblioteca", "city": "Rim", "country": "IT", "website": ""}]
        ),
        "contacts": inline_formset([]),
        "materials": inline_formset([]),
        "logos": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


class TestProjectPagesInTheTree(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        LocaleFactory(language_code="sl")
        root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=root, slug="domov-test")
        cls.index = ProjectIndexPageFactory(parent=cls.home)

    def setUp(self):
        self.login()
        # These tests assert the English messages: an English-speaking browser, no preference.
        self.client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"

    def test_projects_live_only_below_the_index(self):
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedSubpageTypes(ProjectPage, set())
        self.assertCanNotCreateAt(HomePage, ProjectPage)

    def test_editor_can_create_a_project(self):
        self.assertCanCreate(self.index, ProjectPage, project_form())
        project = ProjectPage.objects.get(slug="tech-library")
        assert (project.starts_on.isoformat(), project.ends_on.isoformat()) == (
            "2020-01-01",
            "2022-12-31",
        )
        assert project.partners.get().country.code == "IT"

    def _post_errors(self, data) -> dict:
        url = f"/admin/pages/add/project_pages/projectpage/{self.index.pk}/"
        response = self.client.post(url, {**data, "action-publish": "Publish"})
        assert response.status_code == 200, "the form should be shown again with errors"
        form = response.context["form"]
        errors = dict(form.errors)
        for formset in form.formsets.values():
            for form_errors in formset.errors:
                errors.update(form_errors)
        return {field: " ".join(messages) for field, messages in errors.items()}

    def test_summary_is_required_to_publish(self):
        assert "summary" in self._post_errors(project_form(summary=""))

    def test_end_before_start_is_refused(self):
        errors = self._post_errors(project_form(start_year="2022", end_year="2020"))
        assert errors["end_year"] == "The project cannot end before it starts."

    def test_exact_date_must_match_its_year(self):
        errors = self._post_errors(project_form(start_date="2019-05-01"))
        assert "not in 2020" in errors["start_date"]

    def test_unknown_country_code_is_refused(self):
        data = project_form(
            partners=inline_formset([{"organisation": "X", "city": "", "country": "XX"}])
        )
        assert "country" in self._post_errors(data)

    def test_material_needs_a_document_or_an_address(self):
        data = project_form(materials=inline_formset([{"title": "Priročnik", "external_url": ""}]))
        errors = self._post_errors(data)
        assert "one of the two" in errors["external_url"]

    def test_editor_sees_the_tabs_an_editor_thinks_in(self):
        response = self.client.get(f"/admin/pages/add/project_pages/projectpage/{self.index.pk}/")
        content = response.content.decode()
        for tab in ("content", "project_facts", "partners", "materials", "promotion"):
            assert f'id="tab-label-{tab}"' in content, tab


@pytest.mark.django_db
def test_target_group_choices_are_in_the_pages_language(admin_client, project_index):
    sl_group = TargetGroupFactory(name="brezposelne osebe", locale__language_code="sl")
    sl_group.copy_for_translation(LocaleFactory(language_code="en")).save()
    response = admin_client.get(f"/admin/pages/add/project_pages/projectpage/{project_index.pk}/")
    choices = list(response.context["form"].fields["target_groups"].queryset)
    assert choices == [sl_group]


@pytest.mark.django_db
def test_editor_can_preview_a_draft(admin_client, project_index):
    project = ProjectPageFactory(parent=project_index, live=False)
    response = admin_client.post(
        f"/admin/pages/{project.pk}/edit/preview/", project_form(title="Osnutek")
    )
    assert response.json()["is_valid"] is True


@pytest.mark.django_db
def test_editor_can_publish(admin_client, project_index):
    project = ProjectPageFactory(parent=project_index, live=False, slug="tech-library")
    response = admin_client.post(
        f"/admin/pages/{project.pk}/edit/", {**project_form(), "action-publish": "Publish"}
    )
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.live
    assert publish  # the factory helper stays importable for other tests
    assert get_user_model().objects.filter(is_superuser=True).exists()


def test_snippet_choosers_speak_the_language_of_the_editor_who_sees_them():
    """Wagtail makes a page type's form class once per process. Its snippet chooser formatted
    "Choose %(object)s" then, so an English editor saw "Izberite person" after a Slovene
    editor had opened a project first."""
    from django.utils import translation

    from project_pages.models import ProjectPage

    with translation.override("sl"):
        form_class = ProjectPage.get_edit_handler().get_form_class()
    contacts_formset = form_class.formsets["contacts"]
    person_widget = contacts_formset.form.base_fields["person"].widget
    programme_widget = form_class.base_fields["programme"].widget

    with translation.override("en"):
        assert str(person_widget.choose_one_text) == "Choose a contact person"
        assert str(programme_widget.choose_another_text).startswith("Choose another")
        assert "Choose a contact person" in person_widget.render(
            "person", None, attrs={"id": "id_person"}
        )
    with translation.override("sl"):
        assert str(person_widget.choose_one_text) == "Izberite kontaktno osebo"
