"""The project's Slovene catalogues are complete, well-formed and compiled.

``make install`` compiles each ``<app>/locale/sl/LC_MESSAGES/django.po`` into its ``.mo`` (which
git does not keep); these tests fail when a message is left untranslated or fuzzy, when a
translation drops or invents a placeholder, when a plural lacks one of Slovene's four forms,
or when the compiled file is older than its source.
"""

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

CATALOGUES = sorted(Path(settings.BASE_DIR).glob("*/locale/sl/LC_MESSAGES/django.po"))
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w*)\}")


def _messages(path: Path):
    with path.open("rb") as stream:
        catalog = read_po(stream)
    return [message for message in catalog if message.id]


def test_every_app_with_admin_strings_has_a_slovene_catalogue():
    assert {path.parts[-5] for path in CATALOGUES} >= {"cms", "project_pages", "calendar_app"}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-5])
def test_every_message_is_translated_and_none_is_fuzzy(path):
    problems = []
    for message in _messages(path):
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        elif not all(strings):
            problems.append(f"untranslated: {message.id!r}")
        elif message.pluralizable and len(strings) != 4:
            problems.append(f"{len(strings)} plural forms instead of 4: {message.id!r}")
    assert problems == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-5])
def test_translations_keep_the_placeholders(path):
    problems = []
    for message in _messages(path):
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        expected = {name for text in ids for name in PLACEHOLDER.findall(text)}
        for text in strings:
            if text and set(PLACEHOLDER.findall(text)) - expected:
                problems.append(f"{message.id!r}: {text!r}")
            if text and not message.pluralizable and set(PLACEHOLDER.findall(text)) != expected:
                problems.append(f"{message.id!r}: {text!r}")
    assert problems == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-5])
def test_the_compiled_catalogue_matches_its_source(path):
    compiled = path.with_suffix(".mo")
    assert compiled.exists(), f"{compiled} is missing: run `make install`"
    with compiled.open("rb") as stream:
        translations = gettext.GNUTranslations(stream)
    stale = []
    for message in _messages(path):
        if message.pluralizable:
            shown = translations.ngettext(message.id[0], message.id[1], 5)
            if shown != message.string[3]:
                stale.append(message.id[0])
        elif translations.gettext(message.id) != message.string:
            stale.append(message.id)
    assert stale == [], f"{compiled} is older than its .po: run `make install`"


def test_the_wagtail_strings_we_translate_are_still_wagtails():
    """``cms/wagtail_translations.py`` fills gaps in Wagtail's Slovene catalogue by msgid; a
    Wagtail upgrade that rewords one would leave it silently unused."""
    import wagtail
    import wagtail_localize

    templates = " ".join(
        " ".join(path.read_text().split())
        for package in (wagtail, wagtail_localize)
        for path in Path(package.__file__).parent.rglob("*")
        if path.suffix in (".html", ".txt", ".py") and "tests" not in path.parts
    )
    ours = [
        message
        for message in _messages(Path(settings.BASE_DIR) / "cms/locale/sl/LC_MESSAGES/django.po")
        if any(location.endswith("wagtail_translations.py") for location, _ in message.locations)
    ]
    assert len(ours) == 23
    for message in ours:
        msgid = message.id[0] if message.pluralizable else message.id
        as_template = re.sub(r"%\((\w+)\)s", r"{{ \1 }}", msgid)
        assert (
            as_template in templates
            or as_template.replace("{{ ", "{{").replace(" }}", "}}") in templates
        ), msgid
