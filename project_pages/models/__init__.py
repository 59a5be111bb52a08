"""Project pages and the snippets they share with other apps (target groups, programmes,
people). Split by concern; import from here."""

from ..enums import LibraryRole
from ..periods import ProjectStatus
from .index import ProjectIndexPage
from .pages import ProjectPage
from .rows import ProjectContact, ProjectLogo, ProjectMaterial, ProjectPartner
from .taxonomy import FundingProgramme, Person, TargetGroup

__all__ = [
    "FundingProgramme",
    "LibraryRole",
    "Person",
    "ProjectContact",
    "ProjectIndexPage",
    "ProjectLogo",
    "ProjectMaterial",
    "ProjectPage",
    "ProjectPartner",
    "ProjectStatus",
    "TargetGroup",
]
