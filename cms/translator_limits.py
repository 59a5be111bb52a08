"""Translators keep to the languages they translate into (README, "Editorial roles").

Translators (``setup_translators``) hold "change" on every translatable snippet, and snippets go
live on save. ``LocalePermissionPolicy`` lets the Translators group's grants count only in the
languages translated into: the default language (the first of ``CONTENT_LANGUAGES``), which
translations are made from, is written by people whose other groups allow it. Taking content
off the site or ending a translation (unpublish, delete, convert to alias, stop syncing) needs
publish rights on a page, and delete rights on a snippet: translators have neither.

Shared by the content apps' snippet viewsets and the site's URLs, so it names no site module.
"""

from functools import update_wrapper

from django.contrib.admin.utils import unquote
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import URLResolver
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.auth import require_admin_access
from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views import snippets as snippet_views
from wagtail_localize.models import Translation, TranslationSource

TRANSLATORS = "Translators"
#: Reading is not limited by language.
READ_ACTIONS = frozenset({"view", "choose"})

LANGUAGE_MESSAGE = _("Your role does not let you change content in this language (%(language)s).")
END_TRANSLATION_MESSAGE = _(
    "Unpublishing, deleting, converting to an alias and stopping synchronisation are left to "
    "those who may publish this content."
)


class _Reach:
    """What one user may write in the default language: the default locale and the model
    permissions the user holds other than through the Translators group. Kept on the user
    object for the request, so a listing asks the database once, not once per row."""

    def __init__(self, user):
        self.default_locale_id = Locale.get_default().pk
        self.superuser = user.is_active and user.is_superuser
        rights = Permission.objects.filter(
            Q(user=user) | Q(group__in=user.groups.exclude(name=TRANSLATORS))
        ).values_list("content_type__app_label", "codename")
        self.rights = {f"{app_label}.{codename}" for app_label, codename in rights}

    @classmethod
    def of(cls, user) -> "_Reach":
        if not hasattr(user, "_translator_reach"):
            user._translator_reach = cls(user)
        return user._translator_reach


class LocalePermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions for a translatable snippet, except that in the default
    language only grants from outside the Translators group count for writing.

    Wagtail's model permissions cannot say "in English only", and a translatable snippet has no
    page tree to hang a permission on. Registered for each translatable snippet model in its
    app's ``wagtail_hooks``; ``LocalisedSnippetViewSet``'s views ask it about each instance."""

    def _reaches(self, user, action: str, locale_id) -> bool:
        if action in READ_ACTIONS:
            return True
        reach = _Reach.of(user)
        if locale_id is not None and locale_id != reach.default_locale_id:
            return True
        return reach.superuser or self._get_permission_name(action) in reach.rights

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self._reaches(
            user, action, instance.locale_id
        )

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        default_locale_id = _Reach.of(user).default_locale_id
        if any(
            self.user_has_permission(user, action)
            and self._reaches(user, action, default_locale_id)
            for action in actions
        ):
            return instances
        return instances.exclude(locale_id=default_locale_id)

    def users_with_any_permission_for_instance(self, actions, instance):
        users = self.users_with_any_permission(actions)
        writes = [action for action in actions if action not in READ_ACTIONS]
        if not writes or instance.locale_id not in (None, Locale.get_default().pk):
            return users
        permissions = self._get_permission_objects_for_actions(writes)
        allowed = (
            Q(is_superuser=True)
            | Q(user_permissions__in=permissions)
            | Q(
                groups__in=Group.objects.filter(permissions__in=permissions).exclude(
                    name=TRANSLATORS
                )
            )
        )
        if reads := [action for action in actions if action in READ_ACTIONS]:
            allowed |= self._get_users_with_any_permission_codenames_filter(
                self._get_permission_codenames(reads)
            )
        return users.filter(allowed).distinct()


def refuse(request, message):
    """Wagtail's admin answer to a refused action, with ``message`` saying why."""
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        raise PermissionDenied(message)
    messages.error(request, message)
    return redirect("wagtailadmin_home")


def language_refusal(request, locale: Locale):
    return refuse(request, LANGUAGE_MESSAGE % {"language": locale.get_display_name()})


def may_write(user, instance, locale: Locale) -> bool:
    """Whether ``user`` may write ``instance``'s version in ``locale``, which may not exist yet
    (wagtail-localize creates it). A new page lands below the nearest ancestor with a version
    in ``locale``."""
    translated = instance.get_translation_or_none(locale)
    if isinstance(instance, Page):
        if translated is not None:
            return translated.permissions_for_user(user).can_edit()
        for ancestor in instance.get_ancestors().filter(depth__gt=1).order_by("-depth"):
            translated_parent = ancestor.get_translation_or_none(locale)
            if translated_parent is not None:
                return translated_parent.permissions_for_user(user).can_add_subpage()
        return user.is_active and user.is_superuser
    target = translated or type(instance)(locale=locale)
    return policy_registry.get(target).user_has_permission_for_instance(user, "change", target)


def may_end(user, instance) -> bool:
    """Whether ``user`` may take ``instance`` off the site or end its translation: publish
    rights on a page (Wagtail asks them for unpublishing only), delete rights on a snippet."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return policy_registry.get(instance).user_has_permission_for_instance(user, "delete", instance)


class _InstanceChecked:
    """Wagtail's generic snippet views ask the permission policy about the model only; these
    ask it about the instance, or for a new one about its language. A user without the model
    permission gets Wagtail's own refusal."""

    #: The action the view performs, and so asks the policy about.
    instance_action = "change"

    def checked_instance(self):
        return self.object

    def dispatch(self, request, *args, **kwargs):
        instance = self.checked_instance()
        if (
            instance is not None
            and self.user_has_permission(self.instance_action)
            and not self.user_has_permission_for_instance(self.instance_action, instance)
        ):
            return language_refusal(request, instance.locale)
        return super().dispatch(request, *args, **kwargs)


class _NewInstanceChecked(_InstanceChecked):
    instance_action = "add"

    def checked_instance(self):
        return self.model(locale=self.locale) if self.locale else None


class LocalisedIndexView(snippet_views.IndexView):
    """No edit, copy or delete link where the user may not do it in that row's language."""

    def _if_allowed(self, action, instance, url):
        return url if url and self.user_has_permission_for_instance(action, instance) else None

    def get_edit_url(self, instance):
        return self._if_allowed("change", instance, super().get_edit_url(instance))

    def get_copy_url(self, instance):
        return self._if_allowed("add", instance, super().get_copy_url(instance))

    def get_delete_url(self, instance):
        return self._if_allowed("delete", instance, super().get_delete_url(instance))


class LocalisedCreateView(_NewInstanceChecked, snippet_views.CreateView):
    pass


class LocalisedCopyView(_NewInstanceChecked, snippet_views.CopyView):
    pass


class LocalisedEditView(_InstanceChecked, snippet_views.EditView):
    pass


class LocalisedDeleteView(_InstanceChecked, snippet_views.DeleteView):
    instance_action = "delete"


class LocalisedSnippetViewSet(snippet_views.SnippetViewSet):
    """The admin of a translatable snippet whose model has a ``LocalePermissionPolicy``:
    translators see and change only the translations."""

    index_view_class = LocalisedIndexView
    add_view_class = LocalisedCreateView
    copy_view_class = LocalisedCopyView
    edit_view_class = LocalisedEditView
    delete_view_class = LocalisedDeleteView


# wagtail-localize's views check edit rights only, and for snippets on the model only.


def _chosen_locales(request):
    return Locale.objects.filter(
        pk__in=[value for value in request.POST.getlist("locales") if value.isdigit()]
    )


def _refuse_writing(request, instance, locales):
    """A refusal if ``instance``'s version in any of ``locales`` is not the user's to write."""
    for locale in locales:
        if not may_write(request.user, instance, locale):
            return language_refusal(request, locale)
    return None


def _refuses_submission(request, instance):
    """ "Translate": each language chosen gets a version of ``instance``."""
    if request.method != "POST":
        return None
    return _refuse_writing(request, instance, _chosen_locales(request))


def _submit_page(request, page_id, **kwargs):
    page = Page.objects.filter(pk=page_id).first()
    return page and _refuses_submission(request, page.specific)


def _submit_snippet(request, app_label, model_name, pk, **kwargs):
    model = snippet_views.get_snippet_model_from_url_params(app_label, model_name)
    instance = model.objects.filter(pk=unquote(pk)).first()
    return instance and _refuses_submission(request, instance)


def _source_instance(source):
    """The object ``source`` was extracted from; ``None`` where it is gone (the view answers
    that case itself)."""
    try:
        return source.get_source_instance()
    except ObjectDoesNotExist:
        return None


def _update(request, translation_source_id, **kwargs):
    """ "Sync translated pages/snippets" writes every enabled translation."""
    source = TranslationSource.objects.filter(pk=translation_source_id).first()
    instance = source and request.method == "POST" and _source_instance(source)
    if not instance:
        return None
    translations = source.translations.filter(enabled=True).select_related("target_locale")
    return _refuse_writing(request, instance, [t.target_locale for t in translations])


def _translation(translation_id):
    return (
        Translation.objects.select_related("source", "target_locale")
        .filter(pk=translation_id)
        .first()
    )


def _edit_strings(request, translation_id, **kwargs):
    translation = _translation(translation_id)
    instance = translation and _source_instance(translation.source)
    if not instance:
        return None
    return _refuse_writing(request, instance, [translation.target_locale])


def _stop(request, translation_id, **kwargs):
    translation = _translation(translation_id)
    instance = translation and _source_instance(translation.source)
    target = instance and instance.get_translation_or_none(translation.target_locale)
    if target is not None and not may_end(request.user, target):
        return refuse(request, END_TRANSLATION_MESSAGE)
    return None


def _convert_to_alias(request, page_id, **kwargs):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None and not may_end(request.user, page):
        return refuse(request, END_TRANSLATION_MESSAGE)
    return None


#: wagtail-localize's URL names and the check each view gets first: a check answers a refusal,
#: or ``None`` to let the view run.
LOCALIZE_GUARDS = {
    "submit_page_translation": _submit_page,
    "submit_snippet_translation": _submit_snippet,
    "update_translations": _update,
    "edit_string_translation": _edit_strings,
    "edit_override": _edit_strings,
    "upload_pofile": _edit_strings,
    "machine_translate": _edit_strings,
    "stop_translation": _stop,
    "convert_to_alias": _convert_to_alias,
}


def _guarded(view, check):
    def guarded_view(request, *args, **kwargs):
        return check(request, **kwargs) or view(request, *args, **kwargs)

    guarded = update_wrapper(require_admin_access(guarded_view), view)
    guarded._translator_guard = True
    return guarded


def guard_localize_views(urlpatterns) -> None:
    """Put ``LOCALIZE_GUARDS`` in front of wagtail-localize's views in the admin's
    ``urlpatterns`` (``cms.urls``). The patterns keep their names, so ``reverse`` and
    ``request.resolver_match`` are as before; the checks run as the admin's own, after its
    login and access check and in the user's admin language."""
    for pattern in urlpatterns:
        if not isinstance(pattern, URLResolver) or pattern.namespace != "wagtail_localize":
            continue
        for view_pattern in pattern.url_patterns:
            check = LOCALIZE_GUARDS.get(getattr(view_pattern, "name", None))
            if check and not getattr(view_pattern.callback, "_translator_guard", False):
                view_pattern.callback = _guarded(view_pattern.callback, check)
