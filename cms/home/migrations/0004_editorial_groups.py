"""The editorial roles as groups, each with what its job needs and nothing more (README,
"Editorial roles").

Wagtail's own migrations create "Editors" and "Moderators" with Wagtail's defaults; this gives
them the permissions these roles have here, adds "Event managers", and creates "Translators"
with its base permissions (``setup_translators`` adds the other languages' page trees, which a
fresh database does not have yet). Each group gets exactly the permissions below and loses any
others, so running it again changes nothing.

Page permissions granted on the root page hold for every page below it, including the trees
``load_demo`` or editors create later. Event managers' hold on each calendar instead (on the
root they would reach projects too): here on the calendars that exist, and on new ones as they
are created (``cms.home.roles``).

Reversing gives "Editors" and "Moderators" Wagtail's defaults back and deletes "Event managers".
"Translators" stays: deployments had it, with members, before this migration, and
``setup_translators`` still manages it.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
MODERATORS = "Moderators"
EVENT_MANAGERS = "Event managers"
TRANSLATORS = "Translators"

ADMIN = "wagtailadmin.access_admin"
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
ADD_CHANGE_PUBLISH = ("add_page", "change_page", "publish_page")


def _model_permissions(actions, *models):
    """``("add",), "calendar_app.venue"`` -> ``("calendar_app.add_venue",)``."""
    return tuple(
        f"{app_label}.{action}_{model}"
        for app_label, model in (name.split(".") for name in models)
        for action in actions
    )


SITE_SNIPPETS = ("home.sitefooter", "home.mainmenu")
PROJECT_SNIPPETS = (
    "project_pages.targetgroup",
    "project_pages.fundingprogramme",
    "project_pages.person",
)
EVENT_SNIPPETS = ("calendar_app.venue", "calendar_app.eventcategory")
#: The snippets with a version per language; ``setup_translators`` finds the same list at run
#: time (``translatable_snippet_models``) and a test compares the two.
TRANSLATABLE_SNIPPETS = (
    "home.sitefooter",
    "home.mainmenu",
    "project_pages.targetgroup",
    "project_pages.fundingprogramme",
    *EVENT_SNIPPETS,
)

#: Managing images and documents: Wagtail lets "change" delete too.
IMAGES_AND_DOCUMENTS = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
)

#: Per group: model permissions ("app_label.codename"), page permissions on the root page,
#: image and document permissions on the root collection. ``None`` leaves the group's page
#: permissions alone.
ROLES = {
    EDITORS: {
        "permissions": (
            ADMIN,
            SUBMIT_TRANSLATION,
            *_model_permissions(
                ("add", "change", "delete"), *SITE_SNIPPETS, *PROJECT_SNIPPETS, *EVENT_SNIPPETS
            ),
        ),
        "root_page": ADD_CHANGE_PUBLISH,
        "root_collection": IMAGES_AND_DOCUMENTS,
    },
    MODERATORS: {
        "permissions": (ADMIN,),
        # "change" opens the editor, where drafts are published; Wagtail's "Moderators
        # approval" workflow names this group, which lets its members approve.
        "root_page": ("change_page", "publish_page", "lock_page", "unlock_page"),
        "root_collection": ("wagtailimages.choose_image", "wagtaildocs.choose_document"),
    },
    EVENT_MANAGERS: {
        "permissions": (ADMIN, *_model_permissions(("add", "change"), *EVENT_SNIPPETS)),
        "root_page": (),
        # "add" also lets them edit and delete the images they uploaded.
        "root_collection": ("wagtailimages.add_image", "wagtailimages.choose_image"),
    },
    TRANSLATORS: {
        "permissions": (
            ADMIN,
            SUBMIT_TRANSLATION,
            *_model_permissions(("change",), *TRANSLATABLE_SNIPPETS),
        ),
        "root_page": None,
        "root_collection": (),
    },
}
CALENDAR_PAGE_PERMISSIONS = {EVENT_MANAGERS: ADD_CHANGE_PUBLISH}

#: What Wagtail's and wagtail-localize's migrations give "Editors" and "Moderators".
WAGTAIL_DEFAULTS = {
    name: {
        "permissions": (
            ADMIN,
            SUBMIT_TRANSLATION,
            *_model_permissions(("add", "change", "choose", "delete"), "wagtailimages.image"),
            *_model_permissions(("add", "change", "choose", "delete"), "wagtaildocs.document"),
        ),
        "root_page": root_page,
        "root_collection": IMAGES_AND_DOCUMENTS,
    }
    for name, root_page in (
        (EDITORS, ("add_page", "change_page")),
        (MODERATORS, ("add_page", "change_page", "lock_page", "publish_page", "unlock_page")),
    )
}


def _ensure_model_permissions(apps, using):
    """Django creates model permissions after the last migration has run (``post_migrate``):
    on a fresh database the snippets' do not exist yet."""
    for app_label in ("home", "project_pages", "calendar_app"):
        create_permissions(
            global_apps.get_app_config(app_label), verbosity=0, using=using, apps=apps
        )


def _permissions(apps, names):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def _grant_exactly(model, group, target_field, grants):
    """Leave ``group`` with exactly ``grants``, (target, permission) pairs, of ``model``
    (``GroupPagePermission`` or ``GroupCollectionPermission``)."""
    wanted = {(target.pk, permission.pk) for target, permission in grants}
    for grant in model.objects.filter(group=group):
        if (getattr(grant, f"{target_field}_id"), grant.permission_id) not in wanted:
            grant.delete()
    for target_id, permission_id in sorted(wanted):
        model.objects.get_or_create(
            group=group, **{f"{target_field}_id": target_id}, permission_id=permission_id
        )


def _page_permissions(apps, codenames):
    return _permissions(apps, [f"wagtailcore.{codename}" for codename in codenames])


def _apply(apps, roles, calendar_page_permissions):
    Group = apps.get_model("auth", "Group")
    root_page = apps.get_model("wagtailcore", "Page").objects.get(depth=1)
    root_collection = apps.get_model("wagtailcore", "Collection").objects.get(depth=1)
    calendars = list(apps.get_model("calendar_app", "EventIndexPage").objects.all())
    for name, role in roles.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(_permissions(apps, role["permissions"]))
        _grant_exactly(
            apps.get_model("wagtailcore", "GroupCollectionPermission"),
            group,
            "collection",
            [(root_collection, p) for p in _permissions(apps, role["root_collection"])],
        )
        if role["root_page"] is None:
            continue
        on_calendars = _page_permissions(apps, calendar_page_permissions.get(name, ()))
        _grant_exactly(
            apps.get_model("wagtailcore", "GroupPagePermission"),
            group,
            "page",
            [(root_page, p) for p in _page_permissions(apps, role["root_page"])]
            + [(calendar, p) for calendar in calendars for p in on_calendars],
        )


def create_editorial_groups(apps, schema_editor):
    _ensure_model_permissions(apps, schema_editor.connection.alias)
    _apply(apps, ROLES, CALENDAR_PAGE_PERMISSIONS)


def restore_wagtail_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EVENT_MANAGERS).delete()
    _apply(apps, WAGTAIL_DEFAULTS, {})


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_site_footer_and_main_menu"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("calendar_app", "0003_block_and_term_labels"),
        ("project_pages", "0003_block_and_term_labels"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_editorial_groups, restore_wagtail_groups)]
