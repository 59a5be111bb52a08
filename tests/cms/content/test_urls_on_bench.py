"""Every page of the generated benchmark site gets from ``cms.content.urls`` the URL
``Page.get_url`` gives it (``urls_on_bench``); skipped until ``make bench`` has built the site."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH_DB = Path(__file__).resolve().parents[3] / "benchmarks" / ".cache" / "bench.sqlite3"


@pytest.mark.skipif(not BENCH_DB.exists(), reason="no generated site (make bench builds it)")
def test_every_page_of_the_generated_site_has_wagtails_url():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "DATABASE_URL": f"sqlite:///{BENCH_DB}",
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.cms.content.urls_on_bench"],
        cwd=BENCH_DB.parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "all equal" in done.stdout
