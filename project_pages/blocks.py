"""StreamField blocks of a project's goals; the body's blocks are shared (``cms.blocks``)."""

from django.utils.translation import gettext_lazy as _
from grapple.helpers import register_streamfield_block
from grapple.models import GraphQLString
from wagtail import blocks

from cms.blocks import ParagraphBlock


@register_streamfield_block
class GoalBlock(blocks.StructBlock):
    """One goal, shown as a list item."""

    text = blocks.TextBlock(label=_("Text"), help_text=_("One goal in a sentence or two."))

    graphql_fields = [GraphQLString("text", required=True)]

    class Meta:
        icon = "tick"
        label = _("Goal (one list item)")


class GoalsBlock(blocks.StreamBlock):
    """Goals as list items, prose, or both (the seed has each)."""

    goal = GoalBlock()
    paragraph = ParagraphBlock(help_text=_("Goals described in prose."))
