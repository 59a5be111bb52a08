"""Translation statuses and the translators' report, with wagtail-localize driven through its
own admin endpoints: a Slovene project translated into English, its source changed, synced,
machine-translated and round-tripped through a PO file."""

import json
from io import StringIO
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import translate_object

from cms.content.translation_status import (
    OUTDATED,
    UNTRANSLATED,
    TranslationStatus,
    translation_status,
    translation_statuses,
    untranslated_and_outdated,
)
from project_pages.models import ProjectPage, TargetGroup
from tests.cms.localize_editor import (
    ENGLISH,
    TranslationEditor,
    slovene_project,
    submit_for_translation,
    sync,
)
from tests.cms.test_settings import run_python
from tests.factories import publish, translate
from tests.project_pages.factories import (
    FundingProgrammeFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db

SOURCE = TranslationStatus.SOURCE
UP_TO_DATE = TranslationStatus.UP_TO_DATE
MACHINE_TRANSLATED = TranslationStatus.MACHINE_TRANSLATED


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.com", "x")
    client.force_login(user)
    return client


@pytest.fixture
def english(project_index, admin_client, django_capture_on_commit_callbacks):
    """A Slovene project translated into English in wagtail-localize's editor, published."""
    source = slovene_project(project_index)
    translation = submit_for_translation(source, "en", django_capture_on_commit_callbacks)
    editor = TranslationEditor(admin_client, translation, django_capture_on_commit_callbacks)
    editor.translate_all(ENGLISH)
    assert editor.publish().status_code == 302
    return SimpleNamespace(source=source, translation=translation, editor=editor)


def status(page) -> str:
    page.refresh_from_db()
    return translation_status(page)


def report(*args) -> str:
    out = StringIO()
    call_command("translation_report", *args, stdout=out)  # raises on a non-zero exit
    return out.getvalue()


def rows_for(language_code: str) -> list:
    return untranslated_and_outdated(language_code)


def translate_snippet(snippet, texts: dict[str, str], on_commit):
    """Into English with wagtail-localize: submitted, its strings translated, then saved."""
    en = Locale.objects.get(language_code="en")
    with on_commit(execute=True):
        translate_object(snippet, [en])
    translation = Translation.objects.get(source__object_id=snippet.translation_key)
    for segment in StringSegment.objects.filter(source=translation.source):
        StringTranslation.objects.create(
            translation_of_id=segment.string_id,
            context_id=segment.context_id,
            locale=en,
            data=texts[segment.context.path],
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
    translation.save_target()


def report_line(output: str, title: str) -> str:
    return next(line for line in output.splitlines() if title in line)


# Statuses.


def test_a_submitted_translation_with_strings_to_translate_is_outdated(
    project_index, django_capture_on_commit_callbacks
):
    source = slovene_project(project_index)
    translation = submit_for_translation(source, "en", django_capture_on_commit_callbacks)

    english_page = translation.get_target_instance()
    # A draft with the Slovene text until someone allowed to publish does so
    # (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off).
    assert not english_page.live
    assert status(source) == SOURCE
    assert status(english_page) == OUTDATED


def test_a_translated_and_published_page_is_up_to_date(english):
    english_page = english.editor.page

    assert english_page.title == ENGLISH["title"]
    assert english_page.summary == ENGLISH["summary"]
    assert english_page.live
    assert status(english.source) == SOURCE
    assert status(english_page) == UP_TO_DATE
    assert translation_statuses([english.source, english_page]) == {
        english.source.pk: SOURCE,
        english_page.pk: UP_TO_DATE,
    }


def test_a_source_change_outdates_the_translation_until_it_is_synced(
    english, admin_client, django_capture_on_commit_callbacks
):
    english.source.start_year = 2021
    publish(english.source)

    assert status(english.editor.page) == OUTDATED
    line = report_line(report("--locale", "en"), ENGLISH["title"])
    assert line.split()[0] == OUTDATED
    assert f"/admin/pages/{english.editor.page.pk}/edit/" in line

    response = sync(admin_client, english.translation, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert english.editor.page.start_year == 2021
    assert status(english.editor.page) == UP_TO_DATE
    assert ENGLISH["title"] not in report("--locale", "en")


def test_a_sync_that_does_not_publish_leaves_the_translation_outdated(
    english, admin_client, django_capture_on_commit_callbacks
):
    english.source.start_year = 2021
    publish(english.source)

    sync(admin_client, english.translation, django_capture_on_commit_callbacks, publish=False)

    # The source is extracted again, but readers still see the old translation.
    assert english.editor.page.start_year == 2020
    assert status(english.editor.page) == OUTDATED
    english.editor.publish()
    assert status(english.editor.page) == UP_TO_DATE


def test_new_source_text_waits_for_a_translation_and_machine_translations_for_review(
    english, admin_client, django_capture_on_commit_callbacks
):
    english.source.summary = "Nova knjižnica orodij."
    publish(english.source)
    assert status(english.editor.page) == OUTDATED

    sync(admin_client, english.translation, django_capture_on_commit_callbacks)

    # Synced and published, but the new summary has no translation: readers see Slovene.
    assert english.editor.page.summary == "Nova knjižnica orodij."
    assert status(english.editor.page) == OUTDATED

    assert english.editor.machine_translate().status_code == 302
    english.editor.publish()

    # The dummy translator reverses the words.
    assert english.editor.page.summary == "orodij. knjižnica Nova"
    assert StringTranslation.objects.filter(translation_type="machine").count() == 1
    assert status(english.editor.page) == MACHINE_TRANSLATED
    assert english.editor.page.title == ENGLISH["title"], "person's strings are kept"

    # A person reviews the machine's string in the editor, then publishes.
    english.editor.translate({"summary": "A new library of tools."})
    english.editor.publish()

    assert english.editor.page.summary == "A new library of tools."
    assert status(english.editor.page) == UP_TO_DATE


def test_machine_translating_a_whole_page(
    project_index, admin_client, django_capture_on_commit_callbacks
):
    source = slovene_project(project_index)
    translation = submit_for_translation(source, "en", django_capture_on_commit_callbacks)
    editor = TranslationEditor(admin_client, translation, django_capture_on_commit_callbacks)

    editor.machine_translate()
    editor.publish()

    assert editor.page.title == "knjižnica Tehnološka"
    assert status(editor.page) == MACHINE_TRANSLATED


def test_a_translation_made_without_wagtail_localize_compares_publication_times(project_index):
    source = slovene_project(project_index)
    english_page = translate(source, "en", title="Technology library", summary="Tools.")

    assert status(english_page) == UP_TO_DATE

    publish(source)  # the Slovene page changes after the translation was published

    assert status(english_page) == OUTDATED
    publish(english_page)
    assert status(english_page) == UP_TO_DATE


def test_content_written_outside_the_translation_editor_is_judged_by_publication_times(
    english, project_index
):
    """Like the demo's home pages: submitted to wagtail-localize, then the translated fields
    set in code and published. Its (fallback) strings no longer describe the page."""
    english_page = english.editor.page
    StringTranslation.objects.all().delete()
    english_page.summary = "Written by hand."
    publish(english_page)

    assert status(english_page) == UP_TO_DATE
    publish(english.source)
    assert status(english_page) == OUTDATED


def test_an_untranslated_alias_is_outdated_and_reported_untranslated(project_index):
    source = slovene_project(project_index)
    alias = source.copy_for_translation(Locale.objects.get(language_code="en"), alias=True)

    assert status(alias) == OUTDATED
    line = report_line(report("--locale", "en"), source.title)
    assert line.split()[0] == UNTRANSLATED
    assert f"/admin/pages/{alias.pk}/edit/" in line, "its editor offers 'Translate this page'"


def test_a_page_that_exists_only_in_english_is_a_source(project_index):
    english_index = project_index.get_translation(Locale.objects.get(language_code="en"))
    only_english = publish(
        english_index.add_child(
            instance=ProjectPage(title="Guest project", slug="guest", summary="Only in English.")
        )
    )

    assert status(only_english) == SOURCE


def test_statuses_of_unsaved_or_no_pages():
    assert translation_statuses([]) == {}
    assert translation_statuses([ProjectPage(title="Unsaved")]) == {}


# The PO file round trip.


def test_a_po_file_downloaded_translated_and_uploaded_changes_the_english_page(english):
    po = english.editor.download_po()
    summary = next(entry for entry in po if entry.msgctxt == "summary")
    assert summary.msgid == english.source.summary
    assert summary.msgstr == ENGLISH["summary"]

    summary.msgstr = "Tools and devices to borrow, for every generation."
    assert english.editor.upload_po(po).status_code == 302
    english.editor.publish()

    assert english.editor.page.summary == "Tools and devices to borrow, for every generation."
    assert english.editor.page.title == ENGLISH["title"]
    assert status(english.editor.page) == UP_TO_DATE


# Equal slugs in both languages.

PAGE_BY_SLUG = """
query PageBySlug($slug: String!, $locale: String!) {
  page(slug: $slug, locale: $locale) { title locale translations { locale } }
}
"""


@pytest.mark.parametrize(
    ("locale", "title", "other"),
    [("en", ENGLISH["title"], "sl"), ("sl", "Tehnološka knjižnica", "en")],
)
def test_the_same_slug_in_both_languages_finds_each_version(english, graphql, locale, title, other):
    assert english.editor.page.slug == english.source.slug == "tech-library"

    result = graphql(PAGE_BY_SLUG, {"slug": "tech-library", "locale": locale})

    assert "errors" not in result, result
    assert result["data"]["page"] == {
        "title": title,
        "locale": locale,
        "translations": [{"locale": other}],
    }


EVERY_WAY_IN = """
query EveryWayIn($locale: String!, $search: String!) {
  pages(locale: $locale, contentType: "project_pages.ProjectPage") { title locale }
  projects(locale: $locale) { items { title locale translations { locale title } } }
  search(query: $search, locale: $locale) { title locale }
}
"""


@pytest.mark.parametrize(
    ("locale", "title", "word", "other"),
    [("en", ENGLISH["title"], "library", "sl"), ("sl", "Tehnološka knjižnica", "knjižnica", "en")],
)
def test_every_listing_serves_the_version_of_the_language_asked_for(
    english, graphql, locale, title, word, other
):
    result = graphql(EVERY_WAY_IN, {"locale": locale, "search": word})

    assert "errors" not in result, result
    data = result["data"]
    assert data["pages"] == [{"title": title, "locale": locale}]
    assert [(i["title"], i["locale"]) for i in data["projects"]["items"]] == [(title, locale)]
    assert [t["locale"] for t in data["projects"]["items"][0]["translations"]] == [other]
    assert {"title": title, "locale": locale} in data["search"]


# The report.


def test_the_report_lists_untranslated_and_outdated_pages_and_snippets(
    english, django_capture_on_commit_callbacks
):
    sl = Locale.objects.get(language_code="sl")
    en = Locale.objects.get(language_code="en")
    untranslated_group = TargetGroupFactory(name="Brezposelni", slug="unemployed", locale=sl)
    translated_group = TargetGroupFactory(name="Otroci", slug="children", locale=sl)
    translated_group.copy_for_translation(en).save()
    programme = FundingProgrammeFactory(name="Ustvarjalna Evropa", slug="creative", locale=sl)
    translate_snippet(programme, {"name": "Creative Europe"}, django_capture_on_commit_callbacks)
    assert ("snippet", "Creative Europe") not in {(r.kind, r.title) for r in rows_for("en")}
    programme.website = "https://culture.ec.europa.eu/"
    programme.save()  # snippets have no publication times: localize's extracted content tells
    english.source.start_year = 2021
    publish(english.source)

    rows = rows_for("en")
    by_title = {(row.kind, row.title): row for row in rows}

    assert by_title[("page", ENGLISH["title"])].status == OUTDATED
    assert by_title[("snippet", "Brezposelni")].status == UNTRANSLATED
    assert by_title[("snippet", "Brezposelni")].edit_url == (
        f"/admin/snippets/project_pages/targetgroup/edit/{untranslated_group.pk}/"
    )
    assert by_title[("snippet", "Creative Europe")].status == OUTDATED
    assert ("snippet", "Otroci") not in by_title, "translated without localize: not judged"
    assert TargetGroup.objects.filter(locale=en).count() == 1

    output = report("--locale", "en")
    assert "English (en)" in output
    assert "STATUS" in output
    assert "EDIT (admin)" in output
    assert report_line(output, "Brezposelni").split()[:2] == [UNTRANSLATED, "snippet"]
    assert "target group" in report_line(output, "Brezposelni")
    assert "project page" in report_line(output, ENGLISH["title"])
    untranslated = sum(row.status == UNTRANSLATED for row in rows)
    assert f"en: {untranslated} untranslated, 2 out of date" in output


def test_the_report_covers_every_other_language_by_default(english):
    output = report()

    assert "English (en)" in output
    assert "Slovenščina (sl)" not in output
    assert "Summary" in output


def test_the_report_refuses_an_unknown_locale(site_tree):
    with pytest.raises(CommandError, match="Unknown locale de"):
        report("--locale", "de")


def test_the_report_for_a_fully_translated_language(site_tree):
    output = report("--locale", "en")

    assert "Nothing to translate." in output
    assert "en: 0 untranslated, 0 out of date" in output


# Settings.

PRINT_MACHINE_TRANSLATOR = """
import json
import django
from django.conf import settings

django.setup()
print(json.dumps(getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None)))
"""


def test_machine_translation_is_off_unless_configured():
    result = run_python(["-c", PRINT_MACHINE_TRANSLATOR], "cms.settings.dev")

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) is None


def test_machine_translator_from_the_environment():
    result = run_python(
        ["-c", PRINT_MACHINE_TRANSLATOR],
        "cms.settings.dev",
        MACHINE_TRANSLATOR="wagtail_localize.machine_translators.deepl.DeepLTranslator",
        MACHINE_TRANSLATOR_OPTIONS='{"AUTH_KEY": "secret"}',
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "secret"},
    }
