"""Project pages and the snippets they share with other apps (target groups, programmes,
people). Split by concern; import from here."""

from ..periods import ProjectStatus
from .pages import (
    LibraryRole,
    ProjectContact,
    ProjectIndexPage,
    ProjectLogo,
    ProjectMaterial,
    ProjectPage,
    ProjectPartner,
)
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
