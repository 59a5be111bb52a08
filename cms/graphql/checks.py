"""A system check that builds the served schema, so that its start-up checks (fields nobody
declared, root fields grapple would shadow, rich text past the sanitiser: ``cms.graphql.schema``)
stop ``runserver``, ``migrate`` and ``manage.py check`` rather than the first request."""

from django.core import checks
from django.core.exceptions import ImproperlyConfigured


@checks.register(checks.Tags.compatibility)
def check_served_schema(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    try:
        # Not at import: grapple builds its types once every app is ready.
        from .schema import schema  # noqa: F401
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="headless.E020")]
    return []
