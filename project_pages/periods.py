"""A project's running time at the precision editors know it: a year, or exact dates.

The seed gives "2015", "2014–2016" or nothing at all; some projects have exact dates. A period
is stored as years plus optional exact dates, and normalised to the first and last day it
covers, so that filters and ordering are plain date comparisons.
"""

from dataclasses import dataclass
from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.content import formatting


class ProjectStatus(models.TextChoices):
    PLANNED = "PLANNED", _("Planned")
    ONGOING = "ONGOING", _("Ongoing")
    COMPLETED = "COMPLETED", _("Completed")


@dataclass(frozen=True)
class Period:
    start_year: int | None
    start_date: date | None
    end_year: int | None
    end_date: date | None

    @property
    def starts_on(self) -> date | None:
        if self.start_date:
            return self.start_date
        return date(self.start_year, 1, 1) if self.start_year else None

    @property
    def ends_on(self) -> date | None:
        """The last day covered; a year-only end counts to 31 December."""
        if self.end_date:
            return self.end_date
        return date(self.end_year, 12, 31) if self.end_year else None

    def status(self, today: date) -> ProjectStatus | None:
        """None when the start is not known."""
        if self.starts_on is None:
            return None
        if self.starts_on > today:
            return ProjectStatus.PLANNED
        if self.ends_on is not None and self.ends_on < today:
            return ProjectStatus.COMPLETED
        return ProjectStatus.ONGOING

    def label(self, language_code: str) -> str:
        """ "2020–2022", "2015", "3. mar. 2020–31. avg. 2022", or "od 2012" while ongoing,
        in the conventions of ``language_code`` (CLDR, via Babel)."""
        start, end = self.starts_on, self.ends_on
        if start is None:
            return ""
        exact = self.start_date is not None and (self.end_date is not None or end is None)
        if end is None:
            since = {"sl": "od {}", "en": "since {}"}.get(language_code, "{}–")
            return since.format(formatting.period_start(start, language_code, exact=exact))
        if not exact and start.year == end.year:
            return str(start.year)
        return formatting.period(start, end, language_code, exact=exact)
