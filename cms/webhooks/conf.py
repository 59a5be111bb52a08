"""The publish webhooks' settings, read and defaulted in one place (``cms.content.conf``)."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings

from cms.content.conf import cached_settings

DEFAULT_TIMEOUT = 5.0
DEFAULT_MAX_ATTEMPTS = 6
DEFAULT_RETRY_DELAYS = (30, 120, 600, 3600, 6 * 3600)
DEFAULT_TASK_BACKEND = "default"


@dataclass(frozen=True)
class WebhookSettings:
    """How long one attempt may take, how often a delivery is tried, and which task backend
    sends it."""

    #: ``WEBHOOK_TIMEOUT``: seconds to connect, and between bytes of the answer.
    timeout: float
    #: ``WEBHOOK_DEADLINE``: seconds one attempt may take in all, from connecting to the end of
    #: the answer (twice the timeout unless set).
    deadline: float
    #: ``WEBHOOK_MAX_ATTEMPTS``: attempts in all before a delivery is given up.
    max_attempts: int
    #: ``WEBHOOK_RETRY_DELAYS``: seconds to wait after the first, second, ... failed attempt;
    #: the last delay repeats.
    retry_delays: tuple[int, ...]
    #: ``WEBHOOK_TASK_BACKEND``: the alias of the django-tasks backend that sends deliveries.
    task_backend: str

    def retry_delay(self, attempts: int) -> timedelta:
        """The wait after the ``attempts``-th failed attempt; the last delay repeats."""
        return timedelta(seconds=self.retry_delays[min(attempts, len(self.retry_delays)) - 1])


@cached_settings
def webhook_settings() -> WebhookSettings:
    timeout = float(getattr(settings, "WEBHOOK_TIMEOUT", DEFAULT_TIMEOUT))
    return WebhookSettings(
        timeout=timeout,
        deadline=float(getattr(settings, "WEBHOOK_DEADLINE", 2 * timeout)),
        max_attempts=int(getattr(settings, "WEBHOOK_MAX_ATTEMPTS", DEFAULT_MAX_ATTEMPTS)),
        retry_delays=tuple(getattr(settings, "WEBHOOK_RETRY_DELAYS", DEFAULT_RETRY_DELAYS)),
        task_backend=getattr(settings, "WEBHOOK_TASK_BACKEND", DEFAULT_TASK_BACKEND),
    )
