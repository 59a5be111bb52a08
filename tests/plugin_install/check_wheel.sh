#!/usr/bin/env bash
# `make plugin-check`: the wheel installs and works in a site that is not this one.
#
# Builds the wheel (pyproject.toml, hatch_build.py), installs it into a new virtual environment
# with its dependencies from the package registry at the versions of requirements.lock, runs
# `wagtail start` in a temporary directory, adds host_settings.py and host_urls.py (what the
# README's "Install as a plugin" asks of a host), migrates, and runs publish_and_read.py there.
# Nothing of the source tree is importable in that site: it sees only the installed wheel.
#
# Needs Python 3.11 and uv (in .venv after `make install`); packages come from uv's cache when
# they are there. UV and PYTHON override which ones; KEEP=1 keeps the temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=tests/plugin_install
UV=${UV:-.venv/bin/uv}
PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
# uv uses the given interpreter and never downloads one.
export UV_PYTHON_DOWNLOADS=never
SECONDS=0

WORK=$(mktemp -d "${TMPDIR:-/tmp}/plugin-check.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
  echo "plugin check: keeping $WORK"
else
  trap 'rm -rf "$WORK"' EXIT
fi

echo "plugin check: building the wheel"
"$UV" build --quiet --wheel --out-dir "$WORK/dist"
WHEEL=$(echo "$WORK"/dist/*.whl)
"$PYTHON" - "$WHEEL" <<'EOF'
import sys
import zipfile
from pathlib import Path

wheel = Path(sys.argv[1])
names = zipfile.ZipFile(wheel).namelist()
print(f"plugin check: {wheel.name}: {wheel.stat().st_size // 1024} KiB, {len(names)} files")
for app in ("cms", "project_pages", "calendar_app"):
    catalogue = f"{app}/locale/sl/LC_MESSAGES/django.mo"
    assert catalogue in names, f"{catalogue} is not in the wheel"
site_only = ("cms/settings/", "cms/home/", "cms/urls.py", "/demo/", "tests/", "benchmarks/")
leaked = [name for name in names if any(part in name for part in site_only)]
assert not leaked, f"site-only files in the wheel: {leaked}"
EOF

echo "plugin check: installing it into a new virtual environment ($SECONDS s)"
"$UV" venv --quiet --python "$PYTHON" "$WORK/venv"
"$UV" pip install --quiet --python "$WORK/venv/bin/python" --constraint requirements.lock \
  "$WHEEL"

echo "plugin check: a new Wagtail site with the apps ($SECONDS s)"
mkdir "$WORK/site"
(cd "$WORK/site" && "$WORK/venv/bin/wagtail" start hostsite >/dev/null)
SITE=$WORK/site/hostsite
cat "$HERE/host_settings.py" >>"$SITE/hostsite/settings/base.py"
cat "$HERE/host_urls.py" >>"$SITE/hostsite/urls.py"
SCRIPT=$(cat "$HERE/publish_and_read.py")

cd "$SITE"
run() {
  env -u DJANGO_SETTINGS_MODULE -u PYTHONPATH -u DATABASE_URL -u CACHE_URL \
    "$WORK/venv/bin/python" manage.py "$@"
}
echo "plugin check: check, makemigrations --check, migrate ($SECONDS s)"
run check --fail-level WARNING
# The wheel's migrations are complete for its models in a host with its own DEFAULT_AUTO_FIELD.
run makemigrations --check --dry-run project_pages calendar_app headless webhooks >/dev/null
run migrate --noinput >/dev/null
echo "plugin check: publish and read back ($SECONDS s)"
run shell --no-imports -c "$SCRIPT"
echo "plugin check: passed in ${SECONDS}s"
