from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhooksConfig(AppConfig):
    name = "cms.webhooks"
    label = "webhooks"
    verbose_name = _("Publish webhooks")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Both modules import models, which only load once the app registry is ready.
        from cms.content.changes import content_changed

        from .tasks import on_change

        content_changed.connect(on_change, dispatch_uid="webhooks-on-content-change")
