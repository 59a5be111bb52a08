"""The translation editor's props as the user should have them (``cms.translation_review``)."""

import json

from django import template

from cms.translation_review import editor_props

register = template.Library()


@register.simple_tag(takes_context=True)
def reviewed_editor_props(context) -> str:
    """wagtail-localize's ``props`` for the editor's user: see ``editor_props``. Worked out
    once per request (the template reads them twice)."""
    request = context["request"]
    if not hasattr(request, "_reviewed_editor_props"):
        request._reviewed_editor_props = editor_props(
            context["props"],
            user=request.user,
            instance=context["instance"],
            translation=context["translation"],
        )
    return request._reviewed_editor_props


@register.simple_tag
def review_script_config(props: str) -> dict:
    """What the editor's script changes: the main button's label, and whether the "Stop
    Synced translation" button is hidden (its URL)."""
    data = json.loads(props)
    return {
        "reviewLabel": (data.get("reviewAction") or {}).get("label"),
        "hideUrl": None
        if data.get("canStopTranslation", True)
        else data["links"]["stopTranslationUrl"],
    }
