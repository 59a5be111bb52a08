"""GraphiQL at /graphql/ loads only files this site serves, each the pinned copy its integrity
hash names, so that it works without internet (cms/graphql/graphiql_assets.py)."""

import shutil
from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders
from django.core.files.storage import FileSystemStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage

from cms.graphql import graphiql_assets
from cms.graphql.graphiql_assets import FILES, STATIC_DIR, VendoredFile, served_copy, sri

LOADED = [file for file in FILES if not file.name.startswith("licenses/")]


class ReferencedFiles(HTMLParser):
    """Every URL a page's elements load or link to, with the element's ``integrity``."""

    def __init__(self):
        super().__init__()
        self.references: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for attribute in ("src", "href"):
            if attributes.get(attribute) is not None:
                self.references.append((tag, attributes[attribute], attributes.get("integrity")))


@pytest.fixture
def graphiql_page(client, settings):
    settings.HEADLESS_GRAPHIQL = True
    response = client.get("/graphql/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    return response.content.decode()


def referenced(page: str) -> list[tuple[str, str, str | None]]:
    parser = ReferencedFiles()
    parser.feed(page)
    return parser.references


@pytest.mark.django_db
def test_graphiql_loads_nothing_from_another_origin(graphiql_page, settings):
    references = referenced(graphiql_page)
    assert {tag for tag, _url, _integrity in references} == {"link", "script"}
    for _tag, url, _integrity in references:
        assert url.startswith(settings.STATIC_URL), url
        assert not url.startswith(("http:", "https:", "//")), url
    assert "cdn.jsdelivr.net" not in graphiql_page


@pytest.mark.django_db
def test_every_file_graphiql_loads_is_served_and_matches_its_integrity(graphiql_page, settings):
    references = referenced(graphiql_page)
    assert sorted(url.removeprefix(settings.STATIC_URL) for _t, url, _i in references) == sorted(
        file.static_path for file in LOADED
    )
    for _tag, url, integrity in references:
        path = finders.find(url.removeprefix(settings.STATIC_URL))
        assert path, f"{url} is not among the static files"
        with open(path, "rb") as served:
            assert sri("sha384", served.read()) == integrity, url


@pytest.mark.django_db
def test_graphiql_is_not_shown_when_switched_off(client, settings):
    settings.HEADLESS_GRAPHIQL = False
    response = client.get("/graphql/", HTTP_ACCEPT="text/html")
    assert not response["Content-Type"].startswith("text/html")
    assert b"graphiql" not in response.content.lower()


@pytest.mark.parametrize("file", FILES, ids=lambda file: file.name)
def test_committed_files_match_their_pins_and_the_readme_lists_them(file):
    assert sri("sha384", (STATIC_DIR / file.name).read_bytes()) == file.sha384
    readme = (STATIC_DIR / "README.md").read_text()
    assert f"| `{file.name}` |" in readme
    assert file.sha384 in readme
    assert file.upstream_sha256 in readme
    assert f"{file.package}@{file.version}" in readme or f"{file.package}=={file.version}" in readme


def test_production_storage_serves_the_files_unchanged(tmp_path):
    """Production collects static files with WhiteNoise's manifest storage, which rewrites the
    references inside CSS and JavaScript files (a source map comment among them): the copies it
    serves must still match the hashes in the template."""
    source = tmp_path / "source"
    shutil.copytree(STATIC_DIR, source / "graphiql")
    storage = CompressedManifestStaticFilesStorage(location=tmp_path / "collected")
    found = FileSystemStorage(location=source)
    paths = {}
    for file in FILES:
        storage.save(file.static_path, found.open(file.static_path))
        paths[file.static_path] = (found, file.static_path)
    for _original, _processed, error in storage.post_process(paths):
        assert not isinstance(error, Exception), error
    for file in LOADED:
        hashed = storage.stored_name(file.static_path)
        assert hashed != file.static_path
        with storage.open(hashed) as served:
            assert sri("sha384", served.read()) == file.sha384, file.name


def test_source_map_comments_are_dropped_and_nothing_else():
    assert served_copy(b"a();\n//# sourceMappingURL=a.js.map") == b"a();\n"
    assert served_copy(b"a{}\n\n/*# sourceMappingURL=a.css.map*/\n") == b"a{}\n\n"
    kept = b"a();\n// sourceMappingURL mentioned\n"
    assert served_copy(kept) == kept


def test_refetch_writes_nothing_when_a_hash_differs(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(graphiql_assets, "STATIC_DIR", tmp_path)
    monkeypatch.setattr(graphiql_assets, "_npm_file", lambda *_args: b"tampered")
    monkeypatch.setattr(graphiql_assets, "_installed_file", lambda *_args: b"tampered")
    assert graphiql_assets.main() == 1
    assert list(tmp_path.iterdir()) == []
    assert "react.production.min.js" in capsys.readouterr().err


def test_refetch_writes_the_served_copies_when_every_hash_matches(tmp_path, monkeypatch):
    upstream = b"x();\n//# sourceMappingURL=x.js.map\n"
    pinned = VendoredFile(
        name="x.js",
        source="npm",
        package="x",
        version="1.0.0",
        path="x.js",
        upstream_sha256=sri("sha256", upstream),
        sha384=sri("sha384", b"x();\n"),
        license="MIT",
    )
    monkeypatch.setattr(graphiql_assets, "STATIC_DIR", tmp_path)
    monkeypatch.setattr(graphiql_assets, "FILES", (pinned,))
    monkeypatch.setattr(graphiql_assets, "_npm_file", lambda *_args: upstream)
    assert graphiql_assets.main() == 0
    assert (tmp_path / "x.js").read_bytes() == b"x();\n"
