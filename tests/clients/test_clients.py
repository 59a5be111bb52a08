"""The contract through the clients frontend teams really use, against real servers.

Every contract case (``snapshots/cases.json``) goes through Apollo Client 4 (``InMemoryCache``,
persisted ids from the manifest) and urql (graphcache, persisted ids only) against a CMS in
allow-list mode, as in production, and each client's answer, fresh and then read back from its
cache, must equal the server's raw answer. graphql-http's server audits (the GraphQL-over-HTTP
specification's reference suite) run against a CMS that also takes documents, and each must
pass, SHOULDs included.

The Node side is in ``frontend_contract/clients/``. Run with ``make contract-clients`` (which
installs it first); ``make test`` leaves these out.
"""

import json
import os
import shutil
import subprocess

import pytest

from tests.servers import MANAGE, REPO, demo_environment, load_demo, running_cms

CLIENTS_DIR = REPO / "frontend_contract" / "clients"
NODE_TIMEOUT = 300

RESOLVE_CASES = """
import json
from tests.frontend_contract.cases import resolved_cases
print(json.dumps(resolved_cases()))
"""


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """Two CMS servers over one demo database: ``allow_list`` runs only the manifest's
    operations (PERSISTED_QUERIES_ONLY, production's mode), ``open`` takes any document."""
    if not (CLIENTS_DIR / "node_modules").is_dir():
        pytest.fail("frontend_contract/clients/ is not installed: run `make contract-clients`.")
    workdir = tmp_path_factory.mktemp("clients")
    env = demo_environment(
        workdir,
        LOCALE_FALLBACK="false",
        # graphql-http's audits ask for `__type`; frontends build from schema.graphql instead.
        GRAPHQL_INTROSPECTION="true",
    )
    load_demo(env)
    resolved = subprocess.run(
        [*MANAGE, "shell", "-c", RESOLVE_CASES],
        cwd=REPO,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    cases_file = workdir / "cases.json"
    cases_file.write_text(resolved.stdout.strip().splitlines()[-1])

    with (
        running_cms({**env, "PERSISTED_QUERIES_ONLY": "true"}, workdir / "allow-list.log") as allow,
        running_cms({**env, "PERSISTED_QUERIES_ONLY": "false"}, workdir / "open.log") as open_,
    ):
        yield {"allow_list": allow, "open": open_, "cases": cases_file}


def node(script: str, **env: str) -> list | dict:
    """Run a script of frontend_contract/clients/ and return the JSON it prints."""
    finished = subprocess.run(
        [shutil.which("node") or "node", script],
        cwd=CLIENTS_DIR,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=NODE_TIMEOUT,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    return json.loads(finished.stdout)


def test_apollo_and_urql_return_every_contract_case_whole(servers):
    report = node("check-clients.mjs", CMS_URL=servers["allow_list"], CASES=str(servers["cases"]))

    cases = json.loads(servers["cases"].read_text())
    previews = len(cases["PagePreview"])
    public = sum(len(by_case) for by_case in cases.values()) - previews
    # Two clients; public cases fresh and read back from the cache, previews fresh only.
    assert len(report["results"]) == 2 * (public * 2 + previews)
    differing = [result for result in report["results"] if not result["same"]]
    assert not differing, "\n\n".join(
        f"{result['client']} ({result['pass']}) {result['operation']} {result['case']}:\n"
        f"server:  {json.dumps(result['expected'])[:1500]}\n"
        f"client:  {json.dumps(result['received'])[:1500]}"
        for result in differing
    )
    assert report["warnings"] == []


def test_every_graphql_over_http_audit_passes(servers):
    audits = node("audit.mjs", CMS_URL=servers["open"])

    assert len(audits) > 50
    failed = [audit for audit in audits if audit["status"] != "ok"]
    assert not failed, "\n".join(
        f"{audit['id']} {audit['name']}: {audit['reason']}" for audit in failed
    )
