"""Write the frontend contract's generated files: ``schema.graphql`` (the served schema's SDL)
and ``persisted-operations.json`` (the manifest of ``operations/``)."""

import difflib

from django.core.management.base import BaseCommand, CommandError

from cms.graphql import contract


class Command(BaseCommand):
    help = (
        "Regenerate frontend_contract/schema.graphql and persisted-operations.json from the "
        "served schema and frontend_contract/operations/. With --check, change nothing and fail "
        "when they are out of date. With --release, also record the schema as the release of "
        "the current major version (releases/vN.graphql)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Fail instead of writing.")
        parser.add_argument(
            "--release", action="store_true", help="Also write releases/v<major>.graphql."
        )

    def handle(self, *args, check=False, release=False, **options):
        try:
            operations = contract.load_operations()
        except contract.ContractError as error:
            raise CommandError(str(error)) from error
        if problems := contract.cache_identity_problems():
            raise CommandError(
                "Client caches (Apollo, urql, Relay) need `__typename` in every selection set and "
                "`id` where the type has one:\n" + "\n".join(problems)
            )
        directory = contract.contract_dir()
        files = {
            directory / contract.SCHEMA_FILE: contract.schema_sdl(),
            directory / contract.MANIFEST_FILE: contract.manifest_json(operations),
        }
        if release:
            major = int(contract.contract_version().split(".")[0])
            release_file = contract.release_path(major)
            if release_file.exists():
                breaking = contract.compare_with_release(release_file.read_text()).breaking
                if breaking:
                    changes = "\n".join(f"- {change.description}" for change in breaking)
                    raise CommandError(
                        f"The schema breaks release v{major}:\n{changes}\n"
                        "A release cannot be rewritten: bump the major version in "
                        "frontend_contract/VERSION first."
                    )
            files[release_file] = contract.schema_sdl()

        stale = []
        for path, text in files.items():
            current = path.read_text() if path.exists() else ""
            if current == text:
                continue
            stale.append(path)
            if check:
                diff = difflib.unified_diff(
                    current.splitlines(keepends=True),
                    text.splitlines(keepends=True),
                    fromfile=f"{path.name} (committed)",
                    tofile=f"{path.name} (generated)",
                )
                self.stderr.write("".join(diff))
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text)
                self.stdout.write(f"Wrote {path.relative_to(directory.parent)}")
        if check and stale:
            names = ", ".join(path.name for path in stale)
            raise CommandError(f"Out of date: {names}. Run `make contract`.")
        if not stale:
            self.stdout.write("The contract files are up to date.")
