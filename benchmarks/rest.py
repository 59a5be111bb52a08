"""The Wagtail REST API (v2, and v3 where it serves the same), for the benchmark only.

The site serves no REST API and its models declare no ``api_fields``. To compare like with like,
the fields a project card and a project detail show are declared here, on the models, when
``benchmarks.urls`` is imported: only a benchmark process ever imports it. The serializers are
the plain DRF ones a team would write for the REST API; the listing asks for the card's
fields with ``?fields=``, the detail gets all of them.
"""

from rest_framework import serializers
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.fields import ImageRenditionField

from project_pages.models import ProjectPage

SMALL, LARGE = "max-480x1920|format-webp", "max-1280x5120|format-webp"
CARD_FIELDS = [
    "summary",
    "duration_label",
    "status",
    "start_year",
    "end_year",
    "logo_small",
    "logo_large",
    "target_groups",
    "programme",
    "partner_countries",
]


class TermSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


class ProgrammeSerializer(TermSerializer):
    website = serializers.CharField()


class CountriesField(serializers.Field):
    def to_representation(self, value):
        return [{"code": c.code, "name": c.name} for c in value]


class ImageSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    alt = serializers.CharField(source="description")
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    small = ImageRenditionField(SMALL, source="*")
    large = ImageRenditionField(LARGE, source="*")


class PartnerSerializer(serializers.Serializer):
    organisation = serializers.CharField()
    city = serializers.CharField()
    country = serializers.SerializerMethodField()
    website = serializers.CharField()
    logo = ImageSerializer(allow_null=True)

    def get_country(self, partner):
        country = partner.country_in_locale
        return {"code": country.code, "name": country.name}


class ContactSerializer(serializers.Serializer):
    display_name = serializers.CharField()
    email = serializers.CharField()
    phone = serializers.CharField()


class MaterialSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.CharField()
    file_extension = serializers.CharField(allow_null=True)


class TranslationsField(serializers.Field):
    """The page's other live language versions, as the GraphQL ``translations`` gives them."""

    def to_representation(self, page):
        return [
            {"id": t.pk, "locale": t.locale.language_code, "title": t.title, "url": t.url}
            for t in page.get_translations().live().select_related("locale")
        ]


class EventsField(serializers.Field):
    """The project's next ten live events (GraphQL: ``events(limit: 10)``)."""

    def to_representation(self, page):
        return [
            {"id": e.pk, "title": e.title, "start": e.start, "end": e.end, "status": e.status}
            for e in page.events.live().filter(locale_id=page.locale_id).order_by("start")[:10]
        ]


ProjectPage.api_fields = [
    APIField("summary"),
    APIField("duration_label"),
    APIField("status"),
    APIField("start_year"),
    APIField("start_date"),
    APIField("end_year"),
    APIField("end_date"),
    APIField("library_role"),
    APIField("website"),
    APIField("logo_small", serializer=ImageRenditionField(SMALL, source="logo")),
    APIField("logo_large", serializer=ImageRenditionField(LARGE, source="logo")),
    APIField(
        "target_groups", serializer=TermSerializer(many=True, source="target_groups_in_locale")
    ),
    APIField("programme", serializer=ProgrammeSerializer(source="programme_in_locale")),
    APIField("partner_countries", serializer=CountriesField()),
    APIField("goals"),
    APIField("body"),
    APIField("partners", serializer=PartnerSerializer(many=True, source="partners_list")),
    APIField("contacts", serializer=ContactSerializer(many=True, source="contact_persons")),
    APIField("materials", serializer=MaterialSerializer(many=True, source="public_materials")),
    APIField("logos", serializer=ImageSerializer(many=True, source="logo_images")),
    APIField("translations", serializer=TranslationsField(source="*")),
    APIField("events", serializer=EventsField(source="*")),
]

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
