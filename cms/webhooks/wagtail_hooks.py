"""Settings › Webhooks and Settings › Webhook deliveries, for superusers and admins only.

Endpoints need the ``webhooks`` model permissions, which no group has by default (superusers
have them all). Deliveries are read-only for everyone: they are listed and inspected with the
"view" permission, and "Retry now" needs the permission to change endpoints.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from cms.content.changes import EVENTS

from .models import WebhookDelivery, WebhookEndpoint
from .tasks import retry_now

RETRY_PERMISSION = "webhooks.change_webhookendpoint"


def event_choices():
    return [("", _("Every change")), *((event, event) for event in EVENTS)]


def language_choices():
    return [("", _("Every language")), *settings.WAGTAIL_CONTENT_LANGUAGES]


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = _("Webhooks")
    add_to_settings_menu = True
    copy_view_enabled = False
    form_fields = ["name", "url", "secret", "is_active", "event", "locale"]
    list_display = [
        "name",
        "url",
        "event",
        "locale",
        "is_active",
        Column(
            "deliveries",
            label=_("Deliveries"),
            accessor=lambda endpoint: format_html(
                '<a href="{}?endpoint={}">{}</a>',
                reverse("webhook_deliveries:index"),
                endpoint.pk,
                _("Deliveries"),
            ),
        ),
    ]
    list_filter = ["is_active"]
    search_fields = ["name", "url"]

    def formfield_for_dbfield(self, db_field, **kwargs):
        choices = {"event": event_choices, "locale": language_choices}.get(db_field.name)
        if choices is not None:
            return forms.ChoiceField(
                choices=choices,
                required=False,
                label=db_field.verbose_name.capitalize(),
                help_text=db_field.help_text,
            )
        if db_field.name == "url":
            return db_field.formfield(assume_scheme="https", **kwargs)
        if db_field.name == "secret":
            return db_field.formfield(
                widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
                **kwargs,
            )
        return super().formfield_for_dbfield(db_field, **kwargs)


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Deliveries are records: nobody adds, edits or deletes them in the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


class DeliveryIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("endpoint")


class DeliveryInspectView(InspectView):
    template_name = "webhooks/delivery_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.request.user.has_perm(RETRY_PERMISSION):
            context["retry_url"] = reverse("webhook_deliveries:retry", args=(self.object.pk,))
        return context


@require_POST
def retry_view(request, pk):
    if not request.user.has_perm(RETRY_PERMISSION):
        raise PermissionDenied
    delivery = get_object_or_404(WebhookDelivery, pk=pk)
    retry_now(delivery)
    messages.success(request, _("The delivery will be sent again now."))
    return redirect("webhook_deliveries:inspect", pk)


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "history"
    menu_label = _("Webhook deliveries")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = DeliveryIndexView
    inspect_view_class = DeliveryInspectView
    exclude_form_fields = []
    list_display = [
        "__str__",
        "status",
        "attempts",
        "last_status_code",
        "last_error",
        "created_at",
        "next_attempt_at",
    ]
    list_filter = ["status", "endpoint", "event"]
    ordering = ["-created_at"]
    inspect_view_fields = [
        "id",
        "endpoint",
        "event",
        "status",
        "attempts",
        "last_status_code",
        "last_error",
        "created_at",
        "last_attempt_at",
        "delivered_at",
        "next_attempt_at",
        "payload",
    ]

    def get_permissions_to_register(self):
        # Only "view" means anything for a read-only model.
        return super().get_permissions_to_register().filter(codename="view_webhookdelivery")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("retry/<uuid:pk>/", retry_view, name="retry"),
        ]


register_permission_policy(WebhookDelivery, ReadOnlyPermissionPolicy(WebhookDelivery))


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return [
        WebhookEndpointViewSet("webhook_endpoints", url_prefix="webhooks/endpoints"),
        WebhookDeliveryViewSet("webhook_deliveries", url_prefix="webhooks/deliveries"),
    ]
