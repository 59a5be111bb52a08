"""What the response cache (``caching``) keeps in the database rather than in Redis: which
content changed when. Redis may lose writes, or come back from a snapshot older than the last
change; the database is where the change itself was committed."""

import hashlib
import time
from collections.abc import Iterable

from django.db import models, transaction
from django.db.models import F
from django.db.models.functions import Greatest

#: The one row of ``ContentGeneration``.
ROW = 1


class ContentGeneration(models.Model):
    """The number of the latest content change: one row, made at the first change.

    Every change gets a number greater than any before it: the later of the last number plus
    one and the time in milliseconds, so that numbers keep growing past a database restored
    from an older backup. A cached answer remembers the number current before it ran."""

    value = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def current(cls) -> int:
        """The latest change's number (0 before the first): one query by primary key."""
        return cls.objects.filter(pk=ROW).values_list("value", flat=True).first() or 0

    @classmethod
    def advance(cls) -> int:
        """A new number, greater than every earlier one. Call it inside a transaction: the row
        stays locked until it commits, so numbers are given out in the order they commit."""
        now = time.time_ns() // 1_000_000
        cls.objects.get_or_create(pk=ROW)
        cls.objects.filter(pk=ROW).update(value=Greatest(F("value") + 1, now))
        return cls.current()


def tag_key(tag: str) -> str:
    """``tag`` as stored: tags are short, but one that is not must still fit the column."""
    if len(tag) <= 255:
        return tag
    return "sha256:" + hashlib.sha256(tag.encode()).hexdigest()


class CacheTagChange(models.Model):
    """The number of the latest change of each cache tag (``cms.content.changes``): an answer
    is stale once one of its tags has changed after the number it remembers."""

    tag = models.CharField(max_length=255, primary_key=True)
    generation = models.BigIntegerField(db_index=True)

    def __str__(self) -> str:
        return f"{self.tag} @ {self.generation}"

    @classmethod
    def record(cls, tags: Iterable[str]) -> int | None:
        """Give ``tags`` a new change number, in one transaction; None when there are none."""
        keys = sorted({tag_key(tag) for tag in tags})
        if not keys:
            return None
        with transaction.atomic():
            generation = ContentGeneration.advance()
            cls.objects.bulk_create(
                [cls(tag=key, generation=generation) for key in keys],
                update_conflicts=True,
                unique_fields=["tag"],
                update_fields=["generation"],
                batch_size=500,
            )
        return generation

    @classmethod
    def changed_since(cls, generation: int, *, limit: int) -> list[tuple[str, int]]:
        """The tags changed after ``generation``, with their numbers, at most ``limit`` of
        them: one query on the generation's index, which finds nothing while nothing changed."""
        return list(
            cls.objects.filter(generation__gt=generation).values_list("tag", "generation")[:limit]
        )
