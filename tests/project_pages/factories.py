import factory
import wagtail_factories

from project_pages.models import (
    FundingProgramme,
    LibraryRole,
    Person,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    TargetGroup,
)
from tests.factories import LocaleFactory


class TargetGroupFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Ciljna skupina {n}")
    slug = factory.Sequence(lambda n: f"group-{n}")
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = TargetGroup


class FundingProgrammeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Program {n}")
    slug = factory.Sequence(lambda n: f"programme-{n}")
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = FundingProgramme


class PersonFactory(factory.django.DjangoModelFactory):
    honorific = "dr."
    name = factory.Sequence(lambda n: f"Oseba {n}")
    email = factory.Sequence(lambda n: f"oseba{n}@mklj.si")

    class Meta:
        model = Person


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    title = "Mednarodni projekti"
    slug = "projekti"
    intro = "<p>Vključevanje v mednarodne projekte prinaša vpogled v novosti.</p>"

    class Meta:
        model = ProjectIndexPage


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Projekt {n}")
    summary = factory.Sequence(lambda n: f"Povzetek projekta {n}.")
    start_year = 2020
    end_year = 2022
    library_role = LibraryRole.PARTNER

    class Meta:
        model = ProjectPage


class ProjectPartnerFactory(factory.django.DjangoModelFactory):
    organisation = factory.Sequence(lambda n: f"Knjižnica {n}")
    city = "Riga"
    country = "LV"

    class Meta:
        model = ProjectPartner
