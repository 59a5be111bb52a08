"""The wheel's build hook: compiles each app's Slovene catalogue (``django.po``) into the
``django.mo`` Django reads, as ``make install`` does with pybabel, so that a wheel built from a
fresh clone carries the translations although git ignores the ``.mo`` files."""

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGES = ("cms", "project_pages", "calendar_app")


class CompileCatalogues(BuildHookInterface):
    """Writes ``django.mo`` beside every ``django.po`` that is newer than it (the ``.mo`` is
    listed in ``artifacts``, which collects it although git ignores it)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        root = Path(self.root)
        for package in PACKAGES:
            for po_path in sorted(root.glob(f"{package}/locale/*/LC_MESSAGES/django.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                with po_path.open("rb") as po_file:
                    catalog = read_po(po_file, domain="django")
                with mo_path.open("wb") as mo_file:
                    write_mo(mo_file, catalog)
