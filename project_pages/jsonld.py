"""schema.org ``Project`` for a project page, ready for a ``<script type="application/ld+json">``
on the frontend: what the project is, when it ran, who funds it and who takes part.

Built only from what the page serves anyway, loaded for the whole listing at the first read:
the partners (``partners_list``), the programme in the page's language, and the first logo
that may be served (``logo``: never an image of a private collection). ``Project`` is an
``Organization`` in schema.org, which has no ``inLanguage``: the page's language is said on
``mainEntityOfPage`` (a ``WebPage``). The vocabulary is checked in the frontend contract
against schema-dts (``frontend_contract/structured-data``).
"""

from django.conf import settings

#: One rendition for search engines and link previews, the size ``calendar_app.jsonld`` uses.
IMAGE_SPEC = "max-1200x1200|format-webp"


def _partner(partner) -> dict:
    organisation = {"@type": "Organization"}
    if partner.organisation:
        organisation["name"] = partner.organisation
    if partner.website:
        organisation["url"] = partner.website
    address = {"@type": "PostalAddress", "addressCountry": partner.country.code}
    if partner.city:
        address["addressLocality"] = partner.city
    organisation["address"] = address
    return organisation


def _funder(programme) -> dict:
    funder = {"@type": "FundingScheme", "name": programme.name}
    if programme.website:
        funder["url"] = programme.website
    return funder


def project_json_ld(project) -> dict:
    base = settings.FRONTEND_BASE_URL.rstrip("/")
    data = {
        "@context": "https://schema.org",
        "@type": "Project",
        "name": project.title,
        "description": project.summary,
    }
    page = {"@type": "WebPage", "inLanguage": project.language_code()}
    if (url := project.get_url()) is not None:
        data["url"] = page["url"] = base + url
    data["mainEntityOfPage"] = page
    if project.start_date or project.start_year:
        data["foundingDate"] = (
            project.start_date.isoformat() if project.start_date else str(project.start_year)
        )
    if project.end_date or project.end_year:
        data["dissolutionDate"] = (
            project.end_date.isoformat() if project.end_date else str(project.end_year)
        )
    if (logo := project.logo) is not None:
        data["logo"] = logo.get_rendition(IMAGE_SPEC).full_url
    if (programme := project.programme_in_locale) is not None:
        data["funder"] = _funder(programme)
    if partners := project.partners_list:
        data["member"] = [_partner(partner) for partner in partners]
    return data
