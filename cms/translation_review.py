"""Translations go live through a review (README, "Translators": "Review").

A translator saves a translation and submits it; the editors of that language (the groups
allowed to publish its pages) are told on their dashboard ("Awaiting your review") and by
e-mail, and approve it, which publishes it, or send it back with a comment. This is Wagtail's
own workflow machinery: a "Translation review" workflow with one group approval task, assigned
to the top page of every language's tree but the default one. The default language's tree keeps
the workflow it had (Wagtail's "Moderators approval" on the root page).

wagtail-localize's translation editor knows nothing of workflows: its main button is whatever
action it lists last, which for a translator was "Delete" (or "Stop Synced translation"). Here
that button submits for review for anyone who may edit but not publish the translation
(``editor_props``, ``submit_for_review``), and the actions that end a translation or take it
off the site are not offered to those who may not do them (``cms.translator_limits.may_end``).
"""

import json

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.utils import translation
from django.utils.functional import lazy
from django.utils.translation import gettext, gettext_noop
from wagtail.admin import messages
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation
from wagtail_localize.segments.ingest import ingest_segments

from cms.translator_limits import TRANSLATORS, may_end


def _in_default_language(message: str) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return gettext(message)


#: Stored names (data, shown in the admin as they are, whatever the editor's language): in the
#: site's default language, as the rest of its shared data ("Pregled prevoda").
WORKFLOW_NAME = lazy(_in_default_language, str)(gettext_noop("Translation review"))
TASK_NAME = WORKFLOW_NAME
#: What the translation editor's form posts for the main button: wagtail-localize's own value,
#: so its button needs no change; here it submits for review for those who may not publish.
PUBLISH_ACTION = "publish"


def reviewer_groups(tree: Page) -> list[Group]:
    """The groups allowed to publish the pages of ``tree`` (on it or an ancestor), other than
    the translators: the editors of that language."""
    holders = GroupPagePermission.objects.filter(
        page__in=tree.get_ancestors(inclusive=True),
        permission__codename="publish_page",
        permission__content_type__app_label="wagtailcore",
    ).values("group_id")
    return list(Group.objects.filter(pk__in=holders).exclude(name=TRANSLATORS).order_by("name"))


@transaction.atomic
def set_up_translation_review(trees: list[Page]) -> Workflow:
    """The "Translation review" workflow, with one task approved by the reviewer groups of
    ``trees`` (the top pages of the languages translated into), assigned to each of them.
    Running it again changes nothing; a group that has lost its publish rights stops
    reviewing."""
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    groups = {group.pk: group for tree in trees for group in reviewer_groups(tree)}
    task.groups.set(groups.values())
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for tree in trees:
        WorkflowPage.objects.update_or_create(page=tree, defaults={"workflow": workflow})
    return workflow


def synced_translation(page: Page) -> Translation | None:
    """The enabled wagtail-localize translation whose target ``page`` is: while there is one,
    the page opens in wagtail-localize's editor."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def submits_for_review(user, page: Page) -> bool:
    """Whether the editor's main button submits ``page`` for review for ``user`` instead of
    publishing it: a translation the user may edit but not publish."""
    if page.locale_id == Locale.get_default().pk:
        return False
    permissions = page.permissions_for_user(user)
    return permissions.can_edit() and not permissions.can_publish()


def editor_props(props: str, *, user, instance, translation: Translation) -> str:
    """wagtail-localize's editor props (JSON) as ``user`` should have them: no delete,
    unpublish or convert-to-alias action where the user may not take the page off the site, and
    for a translation the user submits for review, a main button that does so
    (``reviewAction``: the label the template gives it)."""
    if not isinstance(instance, Page):
        return props
    data = json.loads(props)
    if not may_end(user, instance):
        data["perms"].update(canDelete=False, canUnpublish=False)
        data["links"].update(convertToAliasUrl=None, deleteUrl=None, unpublishUrl=None)
        data["canStopTranslation"] = False
    if submits_for_review(user, instance):
        data["perms"]["canPublish"] = True
        in_review = instance.current_workflow_state
        data["reviewAction"] = {
            "value": PUBLISH_ACTION,
            "label": gettext("Resubmit for review")
            if in_review is not None and in_review.status == WorkflowState.STATUS_NEEDS_CHANGES
            else gettext("Submit for review"),
            "workflow": str(instance.get_workflow() or ""),
        }
    return json.dumps(data)


def save_draft(translation: Translation, page: Page, user):
    """A revision of ``page`` holding ``translation`` as translated so far (the source's text
    where a string is not translated yet), leaving the page's live content alone.

    wagtail-localize's own draft (``save_target(publish=False)``) saves the page itself first,
    which for a live translation would put the draft before readers at once. The segments are
    read as ``TranslationSource.create_or_update_translation`` reads them."""
    source = translation.source
    original = source.as_instance()
    copy_synchronised_fields(original, page)
    segments = source._get_segments_for_translation(translation.target_locale, fallback=True)
    ingest_segments(original, page, source.locale, translation.target_locale, segments)
    return page.save_revision(user=user)


@transaction.atomic
def submit_for_review(request, page: Page, translation: Translation):
    """Save ``translation`` as a draft of ``page`` and put it before its reviewers: a new
    review, or the one that asked for changes, resumed. While a review is in progress nothing
    is saved: the strings typed meanwhile stay in wagtail-localize's translation memory for
    the next submission."""
    page = page.specific
    workflow = page.get_workflow()
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        # Reviewers approve the revision they were sent; a newer one would go live unseen.
        messages.warning(
            request,
            gettext(
                "'%(title)s' is awaiting review: your latest changes are kept and can be "
                "submitted once the reviewers have answered."
            )
            % {"title": page.get_admin_display_title()},
        )
        return redirect(request.path)
    try:
        save_draft(translation, page, request.user)
    except ValidationError as error:
        messages.error(
            request,
            gettext("The translation could not be saved: %(errors)s")
            % {"errors": "; ".join(error.messages)},
        )
        return redirect(request.path)
    if workflow is None:
        messages.warning(
            request,
            gettext(
                "The translation is saved, but no review is set up for %(language)s: ask an "
                "editor to publish it."
            )
            % {"language": translation.target_locale.get_display_name()},
        )
        return redirect(request.path)
    if state is None:
        workflow.start(page, request.user)
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    messages.success(
        request,
        gettext("'%(title)s' in %(language)s is submitted for review.")
        % {"title": page.get_admin_display_title(), "language": page.locale.get_display_name()},
    )
    return redirect(request.path)


def tell_what_reviewers_asked(request, page: Page) -> None:
    """A translation sent back with a comment: the comment, shown above the editor to those
    who submit it."""
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return
    task_state = state.current_task_state
    if task_state is None:
        return
    reviewer = task_state.finished_by
    messages.warning(
        request,
        gettext("Changes requested by %(reviewer)s: %(comment)s")
        % {
            "reviewer": reviewer.get_full_name() or reviewer.get_username() if reviewer else "-",
            "comment": task_state.comment or "-",
        },
    )


def review_instead_of_publishing(request, page):
    """``before_edit_page``, ahead of wagtail-localize's: the translation editor's main button,
    pressed by someone who submits for review (``submits_for_review``), submits; opening the
    editor shows what the reviewers asked for, if they sent it back."""
    if not submits_for_review(request.user, page):
        return None
    if request.method == "GET":
        tell_what_reviewers_asked(request, page)
        return None
    if request.method != "POST" or request.POST.get("action") != PUBLISH_ACTION:
        return None
    translation = synced_translation(page)
    if translation is None:
        return None
    return submit_for_review(request, page, translation)
