"""GraphiQL's browser files, served from this app's static files (``static/graphiql/``) instead
of graphene-django's CDN, so that /graphql/ in a browser works on a machine without internet.

Each file is pinned here: where it comes from (an npm package, or the installed graphene-django
for its init script ``graphiql.js`` and licence), the SHA-256 of the file as published there
(for the npm files the very hashes graphene-django 3.2.3's CDN template checks: it pins the
same versions) and the SHA-384 of the copy we serve, which the template
(``cms/templates/graphene/graphiql.html``) sends as ``integrity``. The copy drops a trailing
``sourceMappingURL`` comment: the maps are not shipped, and in production Django's manifest
storage would fail on a missing map or, with one, rewrite the comment and so change the file
under its integrity hash.

``python -m cms.graphql.graphiql_assets`` (``make graphiql-assets``) fetches every file again
(``npm pack``, the installed graphene-django) and writes them only when all hashes match.
Needs Node's npm; serving them does not.
"""

import base64
import hashlib
import importlib.metadata
import re
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static" / "graphiql"
#: Where the files are under STATIC_URL.
STATIC_PREFIX = "graphiql/"

_SOURCE_MAP_COMMENT = re.compile(
    rb"\n(?://# sourceMappingURL=[^\n]*|/\*# sourceMappingURL=[^\n]*\*/)\s*\Z"
)


@dataclass(frozen=True)
class VendoredFile:
    """One file of ``static/graphiql/``, with what is needed to fetch it again and check it."""

    name: str
    source: str  # "npm" or "pypi" (read from the installed distribution)
    package: str
    version: str
    path: str  # inside the npm tarball's package/, or the distribution's files
    upstream_sha256: str
    sha384: str
    license: str

    @property
    def static_path(self) -> str:
        return STATIC_PREFIX + self.name


# graphene-django 3.2.3's versions (graphene_django/views.py), which its graphiql.js is written
# for: it renders with ReactDOM.render and GraphiQLPluginExplorer.useExplorerPlugin, which the
# explorer plugin dropped in 1.0. whatwg-fetch, its polyfill for browsers without fetch, is
# left out: every browser GraphiQL 2 runs in has fetch.
FILES = (
    VendoredFile(
        name="react.production.min.js",
        source="npm",
        package="react",
        version="17.0.2",
        path="umd/react.production.min.js",
        upstream_sha256="sha256-Ipu/TQ50iCCVZBUsZyNJfxrDk0E2yhaEIz0vqI+kFG8=",
        sha384="sha384-7Er69WnAl0+tY5MWEvnQzWHeDFjgHSnlQfDDeWUvv8qlRXtzaF/pNo18Q2aoZNiO",
        license="MIT",
    ),
    VendoredFile(
        name="react-dom.production.min.js",
        source="npm",
        package="react-dom",
        version="17.0.2",
        path="umd/react-dom.production.min.js",
        upstream_sha256="sha256-nbMykgB6tsOFJ7OdVmPpdqMFVk4ZsqWocT6issAPUF0=",
        sha384="sha384-vj2XpC1SOa8PHrb0YlBqKN7CQzJYO72jz4CkDQ+ePL1pwOV4+dn05rPrbLGUuvCv",
        license="MIT",
    ),
    VendoredFile(
        name="graphiql.min.js",
        source="npm",
        package="graphiql",
        version="2.4.7",
        path="graphiql.min.js",
        upstream_sha256="sha256-n/LKaELupC1H/PU6joz+ybeRJHT2xCdekEt6OYMOOZU=",
        sha384="sha384-a1/Pf2w8Blwz5p+zPA+ipfFsXelhbTurFLlq17EAPE6Q5kDc/sep1SzfuI8XJ36c",
        license="MIT",
    ),
    VendoredFile(
        name="graphiql.min.css",
        source="npm",
        package="graphiql",
        version="2.4.7",
        path="graphiql.min.css",
        upstream_sha256="sha256-OsbM+LQHcnFHi0iH7AUKueZvDcEBoy/z4hJ7jx1cpsM=",
        sha384="sha384-o27zIRsWGlh4QJ88ZoMIs0/xxmLp88+8uiOQK5s8LGaAsxyQ7sL2CRIy7CricByc",
        license="MIT",
    ),
    VendoredFile(
        name="graphql-ws.min.js",
        source="npm",
        package="graphql-ws",
        version="5.13.1",
        path="umd/graphql-ws.min.js",
        upstream_sha256="sha256-EZhvg6ANJrBsgLvLAa0uuHNLepLJVCFYS+xlb5U/bqw=",
        sha384="sha384-Z97pAtGP4LFSTRa6ymyvHN5i5nEn5uIQXyjv5X4eECJAoA8xOfJ18/YcqYE5gqtW",
        license="MIT",
    ),
    VendoredFile(
        name="graphiql-plugin-explorer.umd.js",
        source="npm",
        package="@graphiql/plugin-explorer",
        version="0.1.15",
        path="dist/graphiql-plugin-explorer.umd.js",
        upstream_sha256="sha256-3hUuhBXdXlfCj6RTeEkJFtEh/kUG+TCDASFpFPLrzvE=",
        sha384="sha384-730PslzMVMN3EMJOKuh/WVRaRwhaBbWE43IOXyR+DMDlQiYx0BjiPmoPZ+6qEa0C",
        license="MIT",
    ),
    VendoredFile(
        name="graphiql-plugin-explorer.css",
        source="npm",
        package="@graphiql/plugin-explorer",
        version="0.1.15",
        path="dist/style.css",
        upstream_sha256="sha256-fA0LPUlukMNR6L4SPSeFqDTYav8QdWjQ2nr559Zln1U=",
        sha384="sha384-kOrlMT58B3t0hTVIPFqWyg1oL4DKvxHNcC1X2qugv4fXd9ehKULhhjDLvBi3HoEK",
        license="MIT",
    ),
    VendoredFile(
        name="graphiql.js",
        source="pypi",
        package="graphene-django",
        version="3.2.3",
        path="graphene_django/static/graphene_django/graphiql.js",
        upstream_sha256="sha256-fwERwExL8il2SgYgWC7jeW1T2lTKEQ59cWxJDIrl8f0=",
        sha384="sha384-UKue/gSCyRZgzsQOMPbipjnHESMU/JtpeG5BG/3uyzOYqQCYaHcg9H8GPMU7T4Xj",
        license="MIT",
    ),
    # The licences. @graphiql/plugin-explorer's tarball has none of its own: it is MIT and
    # comes from the graphiql monorepo, whose LICENSE graphiql's tarball carries.
    VendoredFile(
        name="licenses/react.LICENSE",
        source="npm",
        package="react",
        version="17.0.2",
        path="LICENSE",
        upstream_sha256="sha256-UkEte8fOQVfqYou6rLiCngqcs8WPV/mRdhJryM8r/IU=",
        sha384="sha384-dIN5gxuW3odCH42AKpxql36fRQlrVsjCi4EJgGC2Ty8Ihkcq9cdrChEZpKhSAfks",
        license="MIT",
    ),
    VendoredFile(
        name="licenses/graphiql.LICENSE",
        source="npm",
        package="graphiql",
        version="2.4.7",
        path="LICENSE",
        upstream_sha256="sha256-Sxj75VxOj5Fpy3Ar4Tj02Fii2tkgw5hXIE/9ycHJ/cQ=",
        sha384="sha384-9JPX1agGTIUB7wtQt2kO3PUO7clmCJp+9e50VMjw1yd8briI77AZnMDBz5VcerBH",
        license="MIT",
    ),
    VendoredFile(
        name="licenses/graphql-ws.LICENSE.md",
        source="npm",
        package="graphql-ws",
        version="5.13.1",
        path="LICENSE.md",
        upstream_sha256="sha256-kEnLSNCQXNfUa5RBWZjGTI6ruA6AVU7s+rIhFj85O+k=",
        sha384="sha384-FtPRqjT0rNrclM0jfvlbGa3lMdO2fdn5Kh4xp2JDcD+Nz6pPh0KxV4pzT2Kgi+df",
        license="MIT",
    ),
    VendoredFile(
        name="licenses/graphene-django.LICENSE",
        source="pypi",
        package="graphene-django",
        version="3.2.3",
        path="graphene_django-3.2.3.dist-info/LICENSE",
        upstream_sha256="sha256-La57hofDxCCxc9LJC/3XhHxmi/jM5Y6qk4wTtBElI4k=",
        sha384="sha384-AYrlDlnnGkG8SsL9i5ck9tyCI7LibfUt5kC7v+uS/vU/6EVy9eoz2dvCLvVJzauO",
        license="MIT",
    ),
)
BY_NAME = {file.name: file for file in FILES}


def sri(algorithm: str, content: bytes) -> str:
    """A Subresource Integrity value: ``sha384-<base64 digest>``."""
    digest = hashlib.new(algorithm, content).digest()
    return f"{algorithm}-{base64.b64encode(digest).decode()}"


def served_copy(content: bytes) -> bytes:
    """The file as served: without a trailing ``sourceMappingURL`` comment."""
    return _SOURCE_MAP_COMMENT.sub(b"\n", content)


def _npm_file(package: str, version: str, path: str, workdir: Path) -> bytes:
    tarball = workdir / f"{package.replace('/', '-').lstrip('@')}-{version}.tgz"
    if not tarball.exists():
        packed = subprocess.run(
            ["npm", "pack", f"{package}@{version}", "--silent", "--pack-destination", workdir],
            check=True,
            capture_output=True,
            text=True,
        )
        tarball = workdir / packed.stdout.strip().splitlines()[-1]
    with tarfile.open(tarball) as archive:
        member = archive.extractfile(f"package/{path}")
        if member is None:
            raise FileNotFoundError(f"{package}@{version} has no {path}")
        return member.read()


def _installed_file(package: str, version: str, path: str) -> bytes:
    installed = importlib.metadata.version(package)
    if installed != version:
        raise RuntimeError(
            f"{package} {installed} is installed; the GraphiQL files pin {version}. Check that "
            f"its graphiql.js still fits the pinned npm versions, then update the pins."
        )
    return Path(importlib.metadata.distribution(package).locate_file(path)).read_bytes()


def fetch(workdir: Path) -> tuple[dict[str, bytes], list[str]]:
    """Every file fetched again, as it would be served, and how each differs from its pins."""
    contents, problems = {}, []
    for file in FILES:
        if file.source == "npm":
            upstream = _npm_file(file.package, file.version, file.path, workdir)
        else:
            upstream = _installed_file(file.package, file.version, file.path)
        copy = served_copy(upstream)
        if sri("sha256", upstream) != file.upstream_sha256:
            problems.append(
                f"{file.name}: {file.package}@{file.version}/{file.path} has "
                f"{sri('sha256', upstream)}, pinned {file.upstream_sha256}"
            )
        if sri("sha384", copy) != file.sha384:
            problems.append(f"{file.name}: has {sri('sha384', copy)}, pinned {file.sha384}")
        contents[file.name] = copy
    return contents, problems


def main() -> int:
    with tempfile.TemporaryDirectory() as workdir:
        contents, problems = fetch(Path(workdir))
    if problems:
        print("Nothing written; these files do not match their pins:", file=sys.stderr)
        print("\n".join(problems), file=sys.stderr)
        return 1
    for name, content in contents.items():
        target = STATIC_DIR / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    print(f"{len(contents)} files in {STATIC_DIR} match their pins.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
