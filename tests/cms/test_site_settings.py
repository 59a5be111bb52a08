"""The site's footer (cookie notice, partner logos) and main menu: one of each per language,
served by ``siteSettings`` and ``navigation`` with links only to public pages."""

from io import StringIO

import pytest
import wagtail_factories
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail_localize.models import StringSegment, TranslationSource
from wagtail_localize.operations import translate_object

from cms.home.demo import FOOTER_CONTENT, PARTNER_LOGOS, load_site_settings
from cms.home.models import MainMenu, MainMenuItem, SiteFooter, SiteFooterPartnerLogo
from tests.factories import LocaleFactory, PlainPageFactory, publish, translate

SITE_SETTINGS = """
query SiteSettings($locale: String) {
  siteSettings(locale: $locale) {
    locale
    isFallback
    footer {
      cookieNotice { text privacyLink { label url } settingsLabel closeLabel }
      partnerLogos { name url image { alt rendition(width: 320) { url } } }
    }
  }
}
"""

NAVIGATION = """
query Navigation($locale: String) {
  navigation(locale: $locale) { label url isExternal }
}
"""

SL_NOTICE = FOOTER_CONTENT["sl"]["cookie_notice"]
EN_NOTICE = FOOTER_CONTENT["en"]["cookie_notice"]


def make_footer(locale, *, logos=0, **fields) -> SiteFooter:
    values = {**FOOTER_CONTENT[locale.language_code], **fields}
    footer = SiteFooter(locale=locale, **values)
    footer.partner_logos = [
        SiteFooterPartnerLogo(
            image=wagtail_factories.ImageFactory(title=f"logo {n}"),
            name=f"Partner {n}",
            url=f"https://partner-{n}.example/" if n % 2 else "",
            sort_order=n,
        )
        for n in range(logos)
    ]
    footer.full_clean()
    footer.save()
    return footer


def translate_footer(footer: SiteFooter, language_code: str, **fields) -> SiteFooter:
    translation = footer.copy_for_translation(LocaleFactory(language_code=language_code))
    for name, value in {**FOOTER_CONTENT[language_code], **fields}.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def site_settings(graphql, locale=None) -> dict:
    result = graphql(SITE_SETTINGS, {"locale": locale})
    assert "errors" not in result, result
    return result["data"]["siteSettings"]


def navigation(graphql, locale=None) -> list[dict]:
    result = graphql(NAVIGATION, {"locale": locale})
    assert "errors" not in result, result
    return result["data"]["navigation"]


@pytest.fixture
def privacy_pages(site_tree):
    """A published privacy page in sl and en."""
    sl = PlainPageFactory(parent=site_tree["sl"], title="Zasebnost", slug="zasebnost")
    publish(sl)
    en = translate(sl, "en", title="Privacy", slug="privacy")
    return {"sl": sl, "en": en}


# The footer, per language.


@pytest.mark.django_db
def test_each_language_gets_its_own_footer(graphql, site_tree, privacy_pages):
    sl_footer = make_footer(
        site_tree["sl"].locale,
        logos=2,
        privacy_page=privacy_pages["sl"],
        privacy_link_label="politiko varovanja zasebnosti",
    )
    # A translation keeps the link to the Slovene page; the English footer links its English
    # version.
    translate_footer(sl_footer, "en", privacy_link_label="privacy policy")

    sl = site_settings(graphql, "sl")
    assert (sl["locale"], sl["isFallback"]) == ("sl", False)
    assert sl["footer"]["cookieNotice"] == {
        "text": SL_NOTICE,
        "privacyLink": {"label": "politiko varovanja zasebnosti", "url": "/zasebnost/"},
        "settingsLabel": "Nastavitve",
        "closeLabel": "zapri",
    }
    assert site_settings(graphql) == sl  # the default language when none is asked for

    en = site_settings(graphql, "en")
    assert (en["locale"], en["isFallback"]) == ("en", False)
    assert en["footer"]["cookieNotice"] == {
        "text": EN_NOTICE,
        "privacyLink": {"label": "privacy policy", "url": "/en/privacy/"},
        "settingsLabel": "Settings",
        "closeLabel": "Close",
    }


@pytest.mark.django_db
def test_partner_logos_in_order_with_their_name_as_alt_text(graphql, site_tree):
    make_footer(site_tree["sl"].locale, logos=3)

    logos = site_settings(graphql, "sl")["footer"]["partnerLogos"]

    assert [(logo["name"], logo["url"]) for logo in logos] == [
        ("Partner 0", None),
        ("Partner 1", "https://partner-1.example/"),
        ("Partner 2", None),
    ]
    assert [logo["image"]["alt"] for logo in logos] == ["Partner 0", "Partner 1", "Partner 2"]
    assert logos[0]["image"]["rendition"]["url"].endswith(".webp")


@pytest.mark.django_db
def test_a_language_without_a_footer_is_served_the_default_languages(graphql, site_tree):
    make_footer(site_tree["sl"].locale, logos=1)

    en = site_settings(graphql, "en")

    assert (en["locale"], en["isFallback"]) == ("sl", True)
    assert en["footer"]["cookieNotice"]["text"] == SL_NOTICE
    assert [logo["name"] for logo in en["footer"]["partnerLogos"]] == ["Partner 0"]


@pytest.mark.django_db
def test_no_footer_in_the_language_or_the_default_is_null(graphql, site_tree):
    make_footer(site_tree["en"].locale)

    assert site_settings(graphql, "sl") is None
    assert site_settings(graphql, "en")["locale"] == "en"


@pytest.mark.django_db
@pytest.mark.parametrize("query", [SITE_SETTINGS, NAVIGATION])
def test_an_unknown_locale_is_an_error(graphql, site_tree, query):
    result = graphql(query, {"locale": "xx"})

    assert not (result["data"] or {}).get("siteSettings")  # null, or no data at all
    assert result["errors"][0]["extensions"]["code"] == "UNKNOWN_LOCALE"
    assert '"sl"' in result["errors"][0]["message"]


@pytest.mark.django_db
def test_a_privacy_link_to_an_unpublished_page_has_no_url(graphql, site_tree):
    draft = PlainPageFactory(
        parent=site_tree["sl"], title="Zasebnost", slug="zasebnost", live=False
    )
    make_footer(site_tree["sl"].locale, privacy_page=draft, privacy_link_label="zasebnost")

    link = site_settings(graphql, "sl")["footer"]["cookieNotice"]["privacyLink"]

    assert link == {"label": "zasebnost", "url": None}


@pytest.mark.django_db
def test_a_privacy_link_is_in_the_requested_language_only(graphql, site_tree, privacy_pages):
    """The English privacy page is unpublished: an English reader gets no link, not the
    Slovene page; the Slovene footer, served as the fallback, says so the same way."""
    privacy_pages["en"].unpublish()
    make_footer(site_tree["sl"].locale, privacy_page=privacy_pages["sl"], privacy_link_label="z")

    assert site_settings(graphql, "sl")["footer"]["cookieNotice"]["privacyLink"]["url"] == (
        "/zasebnost/"
    )
    en = site_settings(graphql, "en")
    assert en["isFallback"] is True
    assert en["footer"]["cookieNotice"]["privacyLink"] == {"label": "z", "url": None}


@pytest.mark.django_db
def test_privacy_link_to_an_external_address_and_no_link(graphql, site_tree):
    footer = make_footer(
        site_tree["sl"].locale,
        privacy_url="https://www.mklj.si/zasebnost",
        privacy_link_label="politika zasebnosti",
    )
    notice = site_settings(graphql, "sl")["footer"]["cookieNotice"]
    assert notice["privacyLink"] == {
        "label": "politika zasebnosti",
        "url": "https://www.mklj.si/zasebnost",
    }

    footer.privacy_url = footer.privacy_link_label = ""
    footer.save()
    assert site_settings(graphql, "sl")["footer"]["cookieNotice"]["privacyLink"] is None


# Validation.


@pytest.mark.django_db
def test_one_footer_per_language(site_tree):
    sl = site_tree["sl"].locale
    make_footer(sl)

    second = SiteFooter(locale=sl, **FOOTER_CONTENT["sl"])
    with pytest.raises(ValidationError) as error, translation.override("en"):
        second.full_clean()
    assert error.value.messages == [
        "This language already has a footer: edit that one instead of adding another."
    ]

    with pytest.raises(IntegrityError), transaction.atomic():
        second.save()

    make_footer(site_tree["en"].locale)  # another language may have one


@pytest.mark.django_db
def test_one_main_menu_per_language(site_tree):
    sl = site_tree["sl"].locale
    MainMenu.objects.create(locale=sl)

    with (
        pytest.raises(ValidationError, match="already has a main menu"),
        translation.override("en"),
    ):
        MainMenu(locale=sl).full_clean()
    with pytest.raises(ValidationError, match="že ima glavni meni"), translation.override("sl"):
        MainMenu(locale=sl).full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        MainMenu.objects.create(locale=sl)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"privacy_url": "https://example.com/", "privacy_link_label": ""}, "privacy_link_label"),
        ({"privacy_link_label": "zasebnost"}, "privacy_link_label"),
        ({"privacy_url": "https://example.com/", "privacy_link_label": "z", "page": True}, "both"),
    ],
)
def test_a_privacy_link_needs_one_target_and_a_label(site_tree, fields, field_in_error):
    fields = dict(fields)
    if fields.pop("page", False):
        fields["privacy_page"] = site_tree["sl"]
    footer = SiteFooter(locale=site_tree["sl"].locale, **FOOTER_CONTENT["sl"], **fields)

    with pytest.raises(ValidationError) as error:
        footer.full_clean()

    if field_in_error == "both":
        assert {"privacy_page", "privacy_url"} <= set(error.value.message_dict)
    else:
        assert field_in_error in error.value.message_dict


@pytest.mark.django_db
def test_a_menu_item_needs_a_page_or_an_address_and_an_address_needs_a_label(site_tree):
    with pytest.raises(ValidationError) as error:
        MainMenuItem(label="Nič").clean()
    assert {"page", "url"} <= set(error.value.message_dict)

    with pytest.raises(ValidationError) as error:
        MainMenuItem(url="https://www.cobiss.si/").clean()
    assert set(error.value.message_dict) == {"label"}

    MainMenuItem(page=site_tree["sl"]).clean()  # a page item may use the page's title


# The admin.


def footer_form(**overrides) -> dict:
    data = {
        **FOOTER_CONTENT["sl"],
        "privacy_link_label": "",
        "privacy_page": "",
        "privacy_url": "",
        "partner_logos": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.mark.django_db
def test_editor_adds_a_footer_with_a_logo_and_cannot_add_a_second(admin_client, site_tree):
    image = wagtail_factories.ImageFactory()
    add_url = "/admin/snippets/home/sitefooter/add/?locale=sl"
    form = footer_form(
        partner_logos=inline_formset([{"image": image.pk, "name": "thl", "url": ""}])
    )

    response = admin_client.post(add_url, form, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 302, response.context["form"].errors
    footer = SiteFooter.objects.get()
    assert footer.locale.language_code == "sl"
    assert [logo.name for logo in footer.partner_logos.all()] == ["thl"]
    assert footer.partner_logos.get().locale_id == footer.locale_id

    response = admin_client.post(add_url, footer_form(), HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200, "the form should be shown again with the error"
    assert response.context["form"].non_field_errors() == [
        "This language already has a footer: edit that one instead of adding another."
    ]
    assert SiteFooter.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("model", ["sitefooter", "mainmenu"])
def test_editor_sees_the_forms_with_their_help_texts(admin_client, site_tree, model):
    response = admin_client.get(
        f"/admin/snippets/home/{model}/add/?locale=sl", HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code == 200
    content = response.content.decode()
    if model == "sitefooter":
        assert "Label of the button that closes the notice" in content
        assert "read out instead of the logo" in content
    else:
        assert "Leave empty to show the page&#x27;s title." in content


@pytest.mark.django_db
def test_editor_sees_the_footers_of_every_language(admin_client, site_tree):
    translate_footer(make_footer(site_tree["sl"].locale), "en")

    response = admin_client.get("/admin/snippets/home/sitefooter/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    content = response.content.decode()
    assert SL_NOTICE[:40] in content
    assert EN_NOTICE[:40] in content


@pytest.mark.django_db
def test_translators_translate_the_texts_labels_and_logo_names(site_tree, sections):
    """wagtail-localize offers every text readers see for translation; links and images are
    kept in step with the source."""
    footer = make_footer(site_tree["sl"].locale, logos=1)
    menu = make_menu(site_tree["sl"].locale, [{"page": sections["projects"]}, CATALOGUE])

    for source, expected in (
        (footer, [*FOOTER_CONTENT["sl"].values(), "Partner 0"]),
        (menu, ["Katalog"]),
    ):
        translation_source, _ = TranslationSource.get_or_create_from_instance(source)
        segments = StringSegment.objects.filter(source=translation_source)
        assert sorted(segment.string.data for segment in segments) == sorted(expected)

    translate_object(menu, [site_tree["en"].locale])
    en_items = MainMenu.objects.get(locale__language_code="en").items.all()
    assert [(item.page_id, item.url) for item in en_items] == [
        (sections["projects"].pk, ""),
        (None, CATALOGUE["url"]),
    ]
    assert {item.locale.language_code for item in en_items} == {"en"}


# Navigation.


def make_menu(locale, items) -> MainMenu:
    menu = MainMenu(locale=locale)
    menu.items = [MainMenuItem(sort_order=n, **fields) for n, fields in enumerate(items)]
    menu.save()
    return menu


CATALOGUE = {"label": "Katalog", "url": "https://plus.cobiss.net/cobiss/si/sl/bib/search"}


def make_translated_menus(site_tree, sections) -> None:
    """A Slovene menu of the projects, the calendar and the catalogue, and its English
    translation with the catalogue relabelled; the projects are public in Slovene only, the
    calendar in English only."""
    sl_menu = make_menu(
        site_tree["sl"].locale,
        [{"page": sections["projects"]}, {"page": sections["calendar"]}, CATALOGUE],
    )
    en_menu = sl_menu.copy_for_translation(site_tree["en"].locale)
    en_menu.save()
    en_menu.items.filter(url=CATALOGUE["url"]).update(label="Catalogue")


@pytest.mark.django_db
def test_navigation_per_language_hides_pages_that_are_not_public(graphql, site_tree, sections):
    make_translated_menus(site_tree, sections)

    assert navigation(graphql, "sl") == [
        {"label": "Mednarodni projekti", "url": "/projekti/", "isExternal": False},
        {"label": "Katalog", "url": CATALOGUE["url"], "isExternal": True},
    ]
    assert navigation(graphql) == navigation(graphql, "sl")
    # The English items still point at the Slovene pages: each is served in its English version.
    assert navigation(graphql, "en") == [
        {"label": "Calendar", "url": "/en/calendar/", "isExternal": False},
        {"label": "Catalogue", "url": CATALOGUE["url"], "isExternal": True},
    ]


@pytest.mark.django_db
def test_with_locale_fallback_on_a_page_without_a_public_version_is_served_in_the_default(
    graphql, site_tree, sections, settings
):
    """The site's fallback rule for pages (``public_pages``) applies to menu links too."""
    settings.HEADLESS_LOCALE_FALLBACK = True
    make_menu(site_tree["en"].locale, [{"page": sections["projects"]}])

    assert navigation(graphql, "en") == [
        {"label": "Mednarodni projekti", "url": "/projekti/", "isExternal": False}
    ]


@pytest.mark.django_db
def test_a_menu_label_overrides_the_page_title(graphql, site_tree, sections):
    make_menu(site_tree["sl"].locale, [{"page": sections["projects"], "label": "Projekti"}])

    assert navigation(graphql, "sl") == [
        {"label": "Projekti", "url": "/projekti/", "isExternal": False}
    ]


@pytest.mark.django_db
def test_a_language_without_a_menu_gets_the_default_ones_items_in_its_pages(
    graphql, site_tree, sections
):
    make_menu(site_tree["sl"].locale, [{"page": sections["calendar"]}, CATALOGUE])

    assert navigation(graphql, "en") == [
        {"label": "Calendar", "url": "/en/calendar/", "isExternal": False},
        {"label": "Katalog", "url": CATALOGUE["url"], "isExternal": True},
    ]


@pytest.mark.django_db
def test_no_menu_at_all_is_an_empty_navigation(graphql, site_tree):
    assert navigation(graphql, "sl") == []


@pytest.mark.django_db
def test_an_item_whose_page_was_deleted_is_left_out(graphql, site_tree):
    page = publish(PlainPageFactory(parent=site_tree["sl"], title="Stran", slug="stran"))
    make_menu(site_tree["sl"].locale, [{"page": page}, CATALOGUE])

    Page.objects.get(pk=page.pk).delete()

    assert [item["label"] for item in navigation(graphql, "sl")] == ["Katalog"]


# Cost.

#: siteSettings: the locales (1), the footer with its privacy page (1), logos (1), images (1),
#: renditions (1), the hidden and private sections (1), the privacy page's public version (1).
#: Page URLs come from ``url_path`` and the site roots Wagtail caches: no query.
SITE_SETTINGS_QUERIES = 7
#: navigation: the locales (1), the menu (1), its items with their pages (1), the hidden and
#: private sections (1), the pages' public versions (1).
NAVIGATION_QUERIES = 5


def _queries(graphql, count_queries, query, locale) -> int:
    graphql(query, {"locale": locale})  # creates the renditions once, as any first visit
    with count_queries() as counter:
        result = graphql(query, {"locale": locale})
    assert "errors" not in result, result
    return counter


@pytest.mark.django_db
@pytest.mark.parametrize("locale", ["sl", "en"])  # en: the fallback
def test_site_settings_cost_a_fixed_number_of_queries(
    graphql, count_queries, site_tree, privacy_pages, locale
):
    footer = make_footer(
        site_tree["sl"].locale, logos=2, privacy_page=privacy_pages["sl"], privacy_link_label="z"
    )
    two = _queries(graphql, count_queries, SITE_SETTINGS, locale)

    for n in range(2, 8):
        SiteFooterPartnerLogo.objects.create(
            footer=footer, image=wagtail_factories.ImageFactory(), name=f"P{n}", sort_order=n
        )
    eight = _queries(graphql, count_queries, SITE_SETTINGS, locale)

    result = graphql(SITE_SETTINGS, {"locale": locale})["data"]["siteSettings"]
    assert len(result["footer"]["partnerLogos"]) == 8
    assert two.count == eight.count == SITE_SETTINGS_QUERIES, eight.statements


@pytest.mark.django_db
def test_navigation_costs_a_fixed_number_of_queries(graphql, count_queries, site_tree):
    pages = [
        publish(PlainPageFactory(parent=site_tree["sl"], title=f"Stran {n}", slug=f"stran-{n}"))
        for n in range(8)
    ]
    menu = make_menu(site_tree["sl"].locale, [{"page": page} for page in pages[:2]])
    two = _queries(graphql, count_queries, NAVIGATION, "sl")

    menu.items = [MainMenuItem(page=page, sort_order=n) for n, page in enumerate(pages)]
    menu.save()
    eight = _queries(graphql, count_queries, NAVIGATION, "sl")

    assert len(navigation(graphql, "sl")) == 8
    assert two.count == eight.count == NAVIGATION_QUERIES, eight.statements


# The demo.


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker, db_layers):
    """``load_demo``'s content, loaded once for this module inside a transaction that is
    rolled back afterwards."""
    from django.core.management import call_command

    db_layers.switch([])
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_demo_footer_is_the_seeds_in_slovene_and_translated_to_english(demo_content, graphql):
    sl = SiteFooter.objects.get(locale__language_code="sl")
    en = SiteFooter.objects.get(locale__language_code="en")
    assert en.translation_key == sl.translation_key

    served = site_settings(graphql, "sl")
    assert served["footer"]["cookieNotice"] == {
        "text": "S tem, ko uporabljate spletno mesto, dovoljujete uporabo piškotkov v skladu z "
        "našo politiko varovanja zasebnosti.",
        "privacyLink": None,
        "settingsLabel": "Nastavitve",
        "closeLabel": "zapri",
    }
    assert [logo["name"] for logo in served["footer"]["partnerLogos"]] == [
        "thl",
        "pionirska",
        "BZ-logo",
    ]
    served = site_settings(graphql, "en")
    assert (served["locale"], served["isFallback"]) == ("en", False)
    assert served["footer"]["cookieNotice"]["text"] == (
        "By using this website you agree to the use of cookies in line with our privacy policy."
    )
    assert (
        served["footer"]["cookieNotice"]["settingsLabel"],
        served["footer"]["cookieNotice"]["closeLabel"],
    ) == ("Settings", "Close")
    assert len(served["footer"]["partnerLogos"]) == len(PARTNER_LOGOS)


@pytest.mark.django_db
def test_demo_menus_link_the_projects_and_the_calendar(demo_content, graphql):
    sl_menu = MainMenu.objects.get(locale__language_code="sl")
    en_menu = MainMenu.objects.get(locale__language_code="en")
    assert en_menu.translation_key == sl_menu.translation_key
    assert [item.page.locale.language_code for item in en_menu.items.all()] == ["en", "en"]

    for code in ("sl", "en"):
        items = navigation(graphql, code)
        assert len(items) == 2, items
        assert not any(item["isExternal"] for item in items)
    assert [item["url"] for item in navigation(graphql, "en")] == ["/en/projects/", "/en/calendar/"]


@pytest.mark.django_db
def test_demo_site_settings_load_again_changes_nothing(demo_content):
    models = (SiteFooter, SiteFooterPartnerLogo, MainMenu, MainMenuItem, get_image_model())
    before = {model: model.objects.count() for model in models}
    homes = {
        home.locale.language_code: home
        for home in Page.objects.filter(depth=2).order_by("-locale__language_code")
    }
    assert list(homes) == ["sl", "en"]

    output = StringIO()
    load_site_settings(homes, stdout=output)

    assert {model: model.objects.count() for model in models} == before
    assert output.getvalue() == ""
