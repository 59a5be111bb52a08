# Two commands matter: `make run` (local demo on SQLite) and `make test` (the whole suite).
# Everything else here supports them. Only the machine's own Python 3.11+ and make are needed.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
FRONTEND_PORT ?= 3000
# The public base URL of each side (README "Quick start"), from the ports above unless set: the
# CMS's links (.ics, admin e-mails, media) and the frontend's (page URLs, hreflang, previews).
CMS_BASE_URL ?= http://$(HOST):$(PORT)
FRONTEND_BASE_URL ?= http://$(HOST):$(FRONTEND_PORT)
BASE_URLS := CMS_BASE_URL=$(CMS_BASE_URL) FRONTEND_BASE_URL=$(FRONTEND_BASE_URL)

.PHONY: run test install messages lint format lock migrate demo serve check-deploy clean contract \
	contract-release contract-ts contract-clients frontend e2e multiserver chromium bench bench-cluster worker graphiql-assets \
	plugin-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements-dev.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-dev.lock
	touch $(STAMP)

# The admin's translations: each app's locale/<lang>/LC_MESSAGES/django.po is the source, compiled
# with Babel (no GNU gettext needed) whenever it is newer than its .mo; the .mo files are not kept
# in git. `make messages` re-extracts the .po files from the code (that one needs GNU gettext).
PO_FILES := $(wildcard */locale/*/LC_MESSAGES/django.po)
MO_FILES := $(PO_FILES:.po=.mo)
MESSAGE_APPS := cms project_pages calendar_app

%.mo: %.po | $(STAMP)
	$(BIN)/pybabel compile --domain django -i $< -o $@

install: $(STAMP) $(MO_FILES) ## Create .venv, install the exact locked versions, compile the translations.

messages: install ## Re-extract every app's Slovene catalogue from the code (needs GNU gettext's xgettext), then compile.
	for app in $(MESSAGE_APPS); do \
		(cd $$app && ../$(BIN)/python ../manage.py makemessages --locale sl --no-obsolete \
			--add-location file --ignore 'static/*') || exit 1; \
	done
	$(MAKE) $(MO_FILES)

# The task workers (README "Background work: the task queue") run next to the server, one per
# task alias, and stop with it. The server runs in the background too, so the shell's traps are
# not held up waiting for it. Ctrl-C reaches the workers from the terminal (they finish the task
# at hand; a second signal would cut it short, so the INT trap stops only the server); when make
# is killed (TERM), the trap stops them all; when the server stops, the EXIT trap does. They poll
# SQLite once a second and do not reload on code changes (a reload kills the task at hand).
# The demo's workers say nothing per task (loading the demo queues about 1,300 index updates);
# the deliveries' outcomes are in the admin (Settings › Webhooks) and in the log as warnings.
WORKER := $(MANAGE) db_worker --interval 1 --no-reload --no-startup-delay --verbosity 0

run: install ## Migrate the SQLite demo database, load demo content, serve on 127.0.0.1:8000 (HOST, PORT) with the task workers.
	$(MANAGE) migrate --noinput
	$(BASE_URLS) $(MANAGE) load_demo --create-demo-superuser
	$(BASE_URLS) $(WORKER) --backend default & workers=$$!; \
	$(BASE_URLS) $(WORKER) --backend webhooks & workers="$$workers $$!"; \
	$(BASE_URLS) $(MANAGE) runserver $(HOST):$(PORT) & server=$$!; \
	trap 'kill $$server $$workers 2>/dev/null; wait' EXIT; \
	trap 'kill $$server 2>/dev/null; wait; exit 0' INT; \
	trap 'kill $$server $$workers 2>/dev/null; wait; exit 0' TERM; \
	wait $$server

# Test processes (pytest-xdist): one per core by default; TEST_WORKERS=0 runs in this process.
TEST_WORKERS ?= auto

test: install ## Run the whole test suite (SQLite unless DATABASE_URL says otherwise), one process per core.
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

lint: install ## ruff lint and format checks, as CI runs them.
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

lock: install ## Re-resolve pyproject.toml into the two hash-locked requirement files.
	$(BIN)/uv pip compile pyproject.toml --group site --python-version 3.11 --universal \
		--generate-hashes --no-header --upgrade -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --group site --group dev --python-version 3.11 --universal \
		--generate-hashes --no-header --upgrade -o requirements-dev.lock

plugin-check: install ## Build the plugin wheel, install it into a new virtualenv and run a fresh `wagtail start` site with it: publish, then read back over GraphQL and .ics (tests/plugin_install/).
	UV=$(BIN)/uv PYTHON=$(PYTHON) bash tests/plugin_install/check_wheel.sh

contract: install ## Regenerate frontend_contract/: the schema's SDL, the persisted-operation manifest, the response snapshots.
	$(MANAGE) export_contract
	$(BIN)/pytest tests/frontend_contract --update-snapshots -q

contract-release: install ## Record the schema as the release of the current major version (after bumping VERSION).
	$(MANAGE) export_contract --release

contract-ts: ## TypeScript types for frontend_contract/ (needs only Node.js 20+ and npm): regenerate generated/, type-check it and examples/, fail if the committed copy was stale.
	cd frontend_contract && npm ci --no-audit --no-fund && npm run codegen && npm run typecheck
	@cd frontend_contract && test -z "$$(git status --porcelain -- generated)" || { \
		git status --short -- generated; \
		echo "frontend_contract/generated/ did not match schema.graphql and operations/:" \
			"it has been regenerated; review it and commit it."; \
		exit 1; }

CONTRACT_CLIENTS := frontend_contract/clients

contract-clients: install ## The contract through Apollo Client, urql (graphcache) and graphql-http's server audits, against real servers on loopback (tests/clients/; needs Node.js 20+).
	cd $(CONTRACT_CLIENTS) && npm ci --no-audit --no-fund
	$(BIN)/pytest tests/clients --clients -p no:randomly $(PYTEST_ARGS)

graphiql-assets: install ## Fetch GraphiQL's vendored files (cms/graphql/static/graphiql/) again from npm at their pinned versions (needs npm); fails, writing nothing, if a hash differs.
	$(BIN)/python -m cms.graphql.graphiql_assets

REFERENCE_FRONTEND := frontend_contract/reference-frontend

frontend: ## Build and serve the reference frontend on 127.0.0.1:3000 (HOST, FRONTEND_PORT) against the CMS of `make run` (CMS_BASE_URL).
	cd $(REFERENCE_FRONTEND) && npm ci --no-audit --no-fund && npm run build
	cd $(REFERENCE_FRONTEND) && CMS_URL=$(CMS_BASE_URL) HOST=$(HOST) PORT=$(FRONTEND_PORT) npm start

e2e: install chromium ## Browser tests of the editorial loop (tests/e2e/): builds the reference frontend, starts it and the CMS on loopback, drives Chromium; screenshots in .e2e-artifacts/.
	cd $(REFERENCE_FRONTEND) && npm ci --no-audit --no-fund && npm run build
	$(BIN)/pytest tests/e2e --e2e $(PYTEST_ARGS)

multiserver: install chromium ## Two app servers (gunicorn) on one PostgreSQL, Redis and S3-compatible store (moto), with a task worker each: publish through one, read through the other (tests/multiserver/).
	$(BIN)/pytest tests/multiserver --multiserver $(PYTEST_ARGS)

chromium: ## Debian's Chromium for the browser tests (installed as root when missing; Playwright downloads no browser).
	@command -v chromium >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else \
			echo "The browser tests need Debian's Chromium: sudo apt-get install chromium" >&2; \
			exit 1; \
		fi; }

serve: install ## Production-like server: gunicorn with cms.settings.production (needs SECRET_KEY etc.).
	DJANGO_SETTINGS_MODULE=cms.settings.production $(MANAGE) collectstatic --noinput
	DJANGO_SETTINGS_MODULE=cms.settings.production $(BIN)/gunicorn cms.wsgi:application \
		--bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-2} --access-logfile -

worker: install ## Production-like task worker for one task backend (BACKEND=webhooks or default): runs until stopped (README "Background work").
	DJANGO_SETTINGS_MODULE=cms.settings.production $(MANAGE) db_worker --backend $${BACKEND:-webhooks} \
		--interval 1 --no-reload

check-deploy: install ## Django's deployment checklist under production settings.
	DJANGO_SETTINGS_MODULE=cms.settings.production $(MANAGE) check --deploy --fail-level WARNING

bench: install ## Benchmark the API on a generated large site (SQLite, or DATABASE_URL) and load-test it; writes benchmarks/RESULTS.md. BENCH_LOAD=0 skips the load test.
	$(BIN)/python -m benchmarks.run

bench-cluster: install ## Load test against one app server and against two (gunicorn, PostgreSQL, Redis, S3 store), response cache on and off; prints the table.
	$(BIN)/python -m benchmarks.cluster_load

clean:
	rm -rf $(VENV) .pytest_cache
