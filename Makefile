# netlab — the two commands a person needs are `make lab` and `make test`.
#
#   make lab        create .venv if missing, install netlab, open JupyterLab on the start workbook
#                   (ROLE=instructor: with nbgrader's instructor tools)
#   make test       same set-up, then the lint (ruff over code and notebooks, mypy over
#                   src/netlab) and the whole test suite, in parallel on every core (with CI=true
#                   as root: installs Debian's chromium and fonts-thai-tlwg first, and the browser
#                   test must run); PYTEST_JOBS=0 runs it in one process
#   make quick      the lint and the fast tests (no kernels, nbgrader or browser): about 2 minutes
#   make lint       ruff and mypy alone
#   make kit        the workshop kit in build/kit: session plan, facilitator guides, printable
#                   handouts (A4 PDF, Thai fonts) and slides, both languages, offline (KIT_OUT)
#   make kit-previews  refresh docs/kit/*.png (the README's page of each part) from a new kit
#   make workbooks  regenerate the student versions and the nbgrader release from the source
#   make binder-lock  re-pin binder/requirements.txt to the versions installed here
#   make bench      measure import time, workbook execution time, self-check latency,
#                   social-map analysis at 2,000 actors, and class-scale grading (stock
#                   nbgrader vs netlab grade on 51 trainees per workbook: about an hour),
#                   and the class pulse (check latency on and off, 100 kernels at once)
#   make screenshots  re-run the browser test and refresh docs/screenshots/
#   make bench-class  (root) what a class costs: N = 5, 10, 20 trainees at once on a real hub
#   make hub        (root) a demonstration class on http://127.0.0.1:8000/ (HUB_PORT): an
#                   instructor and two trainees as Unix accounts, until Ctrl-C; then all removed

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(abspath $(VENV))/bin
STAMP  := $(VENV)/.netlab-installed
# axe-core, the accessibility engine the browser tests run inside each page (npm, pinned).
AXE_VERSION := 4.14.1
AXE    := $(VENV)/axe/node_modules/axe-core/axe.min.js
# reveal.js and require.js for the kit's slides (npm, pinned; netlab.kit.slides names them).
REVEAL_VERSION  := 5.2.1
REQUIRE_VERSION := 2.3.8
KITJS  := $(VENV)/kit-js/node_modules/reveal.js/dist/reveal.js
KIT_OUT ?= build/kit
WORKBOOK_LANG ?= th
# Whose JupyterLab this is: trainee (no nbgrader instructor tools) or instructor (Formgrader,
# Create Assignment and the course list): `make lab ROLE=instructor`.
ROLE ?= trainee
START  ?= workbooks/$(WORKBOOK_LANG)/00_start_here.ipynb

# Everything that starts kernels or nbgrader must see the venv first (nbgrader shells out to
# alembic; a kernel started from another PATH would use the wrong Python).
export PATH := $(BIN):$(PATH)
# These machines set PYTHONDONTWRITEBYTECODE=1; compiled bytecode makes imports 2-3x faster.
export UV_COMPILE_BYTECODE := 1

ROOT_ARGS := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

# pytest-xdist workers: auto = one per core; 0 = no workers (one process, as before xdist).
# By file: a file's module fixtures (a JupyterLab server, a hub) start once per run; a session's
# graded class is built by each worker that needs it (its tests write feedback into it, so it is
# not shared). --dist loadgroup would be finer, but pytest-xdist 3.8 ignores its groups under
# pytest 9 (it sets item._nodeid, which pytest 9 no longer reads).
PYTEST_JOBS ?= auto
XDIST := -n $(PYTEST_JOBS) --dist loadfile

.PHONY: install binder-lock lab test quick lint workbooks bench screenshots system-deps axe hub \
	bench-class clean kit kit-js kit-previews

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml .ci/constraints.txt binder/requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv
	$(BIN)/uv pip install --python $(BIN)/python --compile-bytecode \
		--constraint .ci/constraints.txt --constraint binder/requirements.txt \
		--editable '.[test,hub,kit]'
	$(BIN)/netlab lab-setup
	touch $@

install: $(STAMP)

# Binder's pins: every run-time dependency at the version installed here (the test suite's).
binder-lock: install
	$(BIN)/uv pip freeze --python $(BIN)/python | grep -v -e '^-e ' -e '^netlab' > $(VENV)/freeze.txt
	{ sed -n '1,/Regenerate/p' binder/requirements.txt; \
	  $(BIN)/uv pip compile pyproject.toml --python $(BIN)/python --constraint $(VENV)/freeze.txt \
	    --no-header --no-annotate --quiet -o - ; } > $(VENV)/binder-requirements.txt
	mv $(VENV)/binder-requirements.txt binder/requirements.txt

# In CI, as root: the Debian packages the browser test, Thai rendering and axe-core need.
system-deps:
ifneq ($(CI),)
	@if [ "$$(id -u)" = 0 ]; then \
	  if ! command -v chromium >/dev/null 2>&1 || ! fc-list :lang=th 2>/dev/null | grep -q . \
	     || ! command -v npm >/dev/null 2>&1; then \
	    echo "Installing Debian packages: chromium fonts-thai-tlwg npm"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-thai-tlwg \
	      $$(command -v npm >/dev/null 2>&1 || echo npm); \
	  fi; \
	fi
endif

# axe-core from npm, beside the venv (the browser tests fail without it in CI, skip elsewhere).
axe: $(AXE)
$(AXE): | system-deps
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --prefix $(VENV)/axe --no-audit --no-fund --silent axe-core@$(AXE_VERSION); \
	else echo "npm not found: the browser tests' accessibility audit cannot run"; fi

# reveal.js and require.js from npm, beside the venv: the kit's slides run on them offline.
kit-js: $(KITJS)
$(KITJS): | system-deps
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --prefix $(VENV)/kit-js --no-audit --no-fund --silent \
	    reveal.js@$(REVEAL_VERSION) requirejs@$(REQUIRE_VERSION); \
	else echo "npm not found: the kit's slides need reveal.js (sudo apt-get install -y npm)"; fi

kit: install system-deps kit-js
	$(BIN)/netlab kit --out $(KIT_OUT)

# The README's previews of the kit: one page of each part, rendered from a fresh kit.
kit-previews: kit
	$(BIN)/python docs/kit/previews.py $(KIT_OUT) docs/kit

lab: install
	$(BIN)/netlab lab-setup --role $(ROLE) > /dev/null
	$(BIN)/jupyter lab $(ROOT_ARGS) $(LAB_ARGS) $(START)

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

test: install system-deps axe kit-js lint
	$(if $(CI),NETLAB_BROWSER_REQUIRED=1) $(BIN)/python -m pytest $(XDIST) $(PYTEST_ARGS)

quick: install lint
	$(BIN)/python -m pytest $(XDIST) -m "not slow and not browser" $(PYTEST_ARGS)

HUB_PORT ?= 8000
hub: install system-deps
	$(BIN)/netlab classroom demo --port $(HUB_PORT)

workbooks: install
	$(BIN)/netlab build

bench: install
	$(BIN)/python bench/foundation.py --write docs/benchmarks.md
	$(BIN)/python bench/mapping.py --write docs/benchmarks_mapping.md
	$(BIN)/python bench/grading.py --write docs/benchmarks.md
	$(BIN)/python bench/pulse.py --write docs/benchmarks_pulse.md

# (root) what a class costs on this server: 5, 10 and 20 trainees at once on a real hub.
bench-class: install system-deps
	$(BIN)/python bench/classroom.py --write docs/benchmarks_classroom.md

screenshots: install axe
	NETLAB_SCREENSHOT_DIR=docs/screenshots $(BIN)/python -m pytest -m browser $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build .pytest_cache
