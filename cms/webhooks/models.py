"""Frontends that are told when published content changes, and every message sent to them.

A ``WebhookEndpoint`` is a URL that receives a signed JSON POST for each ``content_changed``
(``cms.content.changes``) that passes its filters; a ``WebhookDelivery`` is one such message
with its outcome. The deliveries table is also the queue: a delivery that is ``pending`` or
``retrying`` and whose ``next_attempt_at`` has come is due (``cms/webhooks/delivery.py``).

The event and language filters are plain strings validated against ``EVENTS`` and the content
languages, not model choices: adding an event or a language needs no migration.
"""

import secrets
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinLengthValidator, URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.content.changes import EVENTS


def generate_secret() -> str:
    """A new endpoint's signing secret: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def validate_webhook_url(value: str) -> None:
    """http(s) only, and no user name or password in it: a credential in the URL would show in
    the admin's listing and in logs. Put a receiver's token in its path or query if it needs
    one; the signature already proves who sent the message."""
    URLValidator(schemes=["http", "https"])(value)
    parts = urlsplit(value)
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise ValidationError(
            _("The URL must not contain a user name or password."), code="credentials"
        )


class WebhookEndpoint(models.Model):
    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("Who receives the webhook, e.g. “Main site (Netlify build)”."),
    )
    url = models.URLField(
        _("URL"),
        max_length=500,
        validators=[validate_webhook_url],
        help_text=_(
            "The address the CMS sends a POST request to when published content changes. "
            "http or https; no user name or password in it. Redirects are not followed."
        ),
    )
    secret = models.CharField(
        _("signing secret"),
        max_length=128,
        default=generate_secret,
        validators=[MinLengthValidator(16)],
        help_text=_(
            "Shared with the receiver, which checks the X-Webhook-Signature header with it "
            "(HMAC-SHA256, see the README). Generated for you; change it to rotate it, and "
            "give the new value to the receiver."
        ),
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive endpoints receive nothing; pending deliveries to them fail."),
    )
    event = models.CharField(
        _("event"),
        max_length=40,
        blank=True,
        help_text=_("Send only this kind of change. Empty: every change."),
    )
    locale = models.CharField(
        _("language"),
        max_length=16,
        blank=True,
        help_text=_(
            "Send only changes to content in this language. Empty: every language, and "
            "changes to objects that have no language."
        ),
    )
    created_at = models.DateTimeField(
        _("created"), auto_now_add=True, help_text=_("When the endpoint was added.")
    )
    updated_at = models.DateTimeField(
        _("updated"), auto_now=True, help_text=_("When the endpoint was last changed.")
    )

    class Meta:
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.event and self.event not in EVENTS:
            raise ValidationError({"event": _("Unknown event: choose one of the list.")})
        languages = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
        if self.locale and self.locale not in languages:
            raise ValidationError({"locale": _("Unknown language: choose one of the list.")})


class WebhookDelivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        RETRYING = "retrying", _("Retrying")
        SUCCEEDED = "succeeded", _("Succeeded")
        FAILED = "failed", _("Failed")

    #: Sent as the body's ``id`` and ``X-Webhook-Id``; the same on every attempt, so a
    #: receiver can recognise a message it has already handled.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    endpoint = models.ForeignKey(
        WebhookEndpoint,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("endpoint"),
        help_text=_("Where the message goes."),
    )
    event = models.CharField(_("event"), max_length=40, help_text=_("What changed."))
    payload = models.JSONField(
        _("payload"),
        help_text=_("The change as sent, without the per-attempt id and sentAt."),
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.PENDING,
        help_text=_("Retrying: failed and will be tried again; failed: given up."),
    )
    attempts = models.PositiveIntegerField(
        _("attempts"), default=0, help_text=_("How many times the message was sent.")
    )
    last_status_code = models.PositiveSmallIntegerField(
        _("last HTTP status"),
        null=True,
        blank=True,
        help_text=_("The receiver's HTTP status on the last attempt, if it answered."),
    )
    last_error = models.CharField(
        _("last error"),
        max_length=255,
        blank=True,
        help_text=_("Why the last attempt failed."),
    )
    created_at = models.DateTimeField(
        _("created"), auto_now_add=True, db_index=True, help_text=_("When the change happened.")
    )
    last_attempt_at = models.DateTimeField(
        _("last attempt"), null=True, blank=True, help_text=_("When it was last sent.")
    )
    delivered_at = models.DateTimeField(
        _("delivered"), null=True, blank=True, help_text=_("When the receiver accepted it.")
    )
    next_attempt_at = models.DateTimeField(
        _("next attempt"),
        null=True,
        blank=True,
        help_text=_("When it is due to be sent (again)."),
    )

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="webhooks_due")]

    def __str__(self):
        return f"{self.event} \u2192 {self.endpoint}"
