"""A project's library role, and the GraphQL enums of the role and of a project's status.

Apart from the rest of the API (``project_pages.graphql``), which imports the models: the models
name these enums in their ``graphql_fields``.
"""

import graphene
from django.db import models
from django.utils.translation import gettext_lazy as _


class LibraryRole(models.TextChoices):
    COORDINATOR = "COORDINATOR", _("Coordinator")
    PARTNER = "PARTNER", _("Partner")
    ASSOCIATE_PARTNER = "ASSOCIATE_PARTNER", _("Associate partner")


class ProjectStatusEnum(graphene.Enum):
    """Where a project stands today; a year-only end counts to 31 December."""

    PLANNED = "PLANNED"
    ONGOING = "ONGOING"
    COMPLETED = "COMPLETED"

    class Meta:
        name = "ProjectStatus"


# No docstring: graphene would serve it as the enum's description.
class LibraryRoleEnum(graphene.Enum):
    COORDINATOR = "COORDINATOR"
    PARTNER = "PARTNER"
    ASSOCIATE_PARTNER = "ASSOCIATE_PARTNER"

    class Meta:
        name = "LibraryRole"
