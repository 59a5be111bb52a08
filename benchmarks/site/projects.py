"""The generated projects: sl pages and their en translations, with partners, contacts,
logos, materials and target groups."""

import uuid

from project_pages.models import (
    LibraryRole,
    ProjectContact,
    ProjectLogo,
    ProjectMaterial,
    ProjectPage,
    ProjectPartner,
)
from project_pages.periods import Period

from .bulk import bulk_pages, paragraphs
from .vocabulary import COMMON_WORD, COUNTRIES, TOPICS


def create_projects(rng, count, indexes, terms, people, images):
    """``count`` projects in sl and their en translations, with their relations."""
    specs = []
    for i in range(count):
        sl_topic, en_topic = rng.choice(TOPICS)
        start = rng.randint(2008, 2027)
        end = start + rng.randint(0, 4) if rng.random() < 0.85 else None
        specs.append(
            {
                "key": uuid.uuid4(),
                "start_year": start,
                "end_year": end,
                "topic": (sl_topic, en_topic),
                "programme": rng.choice(terms["FundingProgramme"]) if rng.random() < 0.8 else None,
                "groups": rng.sample(terms["TargetGroup"], rng.randint(1, 3)),
                "role": rng.choice(list(LibraryRole)),
                "i": i,
            }
        )
    pairs: dict[str, list] = {}
    for code, column in (("sl", 0), ("en", 1)):
        word = COMMON_WORD[code]
        pages = []
        for spec in specs:
            topic = spec["topic"][column]
            period = Period(spec["start_year"], None, spec["end_year"], None)
            programme = spec["programme"][column] if spec["programme"] else None
            pages.append(
                ProjectPage(
                    title=f"{topic.capitalize()} {spec['i']}",
                    slug=f"{'projekt' if code == 'sl' else 'project'}-{spec['i']}",
                    translation_key=spec["key"],
                    summary=f"{topic.capitalize()}: {word} in partnerji razvijajo nove storitve."
                    if code == "sl"
                    else f"{topic.capitalize()}: the {word} and its partners develop new services.",
                    start_year=spec["start_year"],
                    end_year=spec["end_year"],
                    starts_on=period.starts_on,
                    ends_on=period.ends_on,
                    goals=[{"type": "goal", "value": {"text": f"{topic} {n}"}} for n in range(3)],
                    body=paragraphs(rng, code, topic, 2),
                    programme=programme,
                    library_role=spec["role"],
                    website=f"https://project-{spec['i']}.example.eu/",
                    seo_title="",
                    search_description=f"{topic} ({word})",
                )
            )
        pairs[code] = bulk_pages(indexes[code], pages)
    through = ProjectPage.target_groups.through
    partners, contacts, logos, materials, groups = [], [], [], [], []
    for spec, sl_page, en_page in zip(specs, pairs["sl"], pairs["en"], strict=True):
        partner_rows = [
            (rng.choice(COUNTRIES), rng.randrange(100), rng.random() < 0.3)
            for _ in range(rng.randint(2, 6))
        ]
        person_ids = [person.pk for person in rng.sample(people, rng.randint(1, 2))]
        logo = rng.choice(images) if rng.random() < 0.4 else None
        # Partners and materials are translatable: a row and its translation share a key.
        partner_keys = [uuid.uuid4() for _ in partner_rows]
        material_key = uuid.uuid4()
        for page, column in ((sl_page, 0), (en_page, 1)):
            groups += [
                through(projectpage_id=page.pk, targetgroup_id=pair[column].pk)
                for pair in spec["groups"]
            ]
            partners += [
                ProjectPartner(
                    page_id=page.pk,
                    locale_id=page.locale_id,
                    translation_key=partner_keys[n],
                    sort_order=n,
                    organisation=f"Knjižnica partner {number}",
                    city="Mesto",
                    country=country,
                    website=f"https://partner-{number}.example/",
                    logo=rng.choice(images) if with_logo else None,
                )
                for n, (country, number, with_logo) in enumerate(partner_rows)
            ]
            contacts += [
                ProjectContact(page_id=page.pk, sort_order=n, person_id=person_id)
                for n, person_id in enumerate(person_ids)
            ]
            if logo is not None:
                logos.append(ProjectLogo(page_id=page.pk, sort_order=0, image=logo))
            materials.append(
                ProjectMaterial(
                    page_id=page.pk,
                    locale_id=page.locale_id,
                    translation_key=material_key,
                    sort_order=0,
                    title="Priročnik" if column == 0 else "Handbook",
                    external_url=f"https://project-{spec['i']}.example.eu/handbook.pdf",
                )
            )
    for model, rows in (
        (through, groups),
        (ProjectPartner, partners),
        (ProjectContact, contacts),
        (ProjectLogo, logos),
        (ProjectMaterial, materials),
    ):
        model.objects.bulk_create(rows, batch_size=500)
    return list(zip(pairs["sl"], pairs["en"], strict=True))
