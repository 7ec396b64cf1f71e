# Two commands set everything up on a fresh machine with Python 3.11 and make:
#   make demo   installs into .venv, serves the bundled sample pages on 127.0.0.1, archives them
#   make test   installs into .venv (with test extras), runs the whole test suite (offline)
# Slow measurements live in `make bench`.
#   make path   prints the line that puts `archiver` on your PATH (make does not change your shell)
#   make serve  serves the bundled sample pages on http://127.0.0.1:8018/ until Ctrl-C (PORT=...)

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test test-full test-pythons cue-tables lint bench clean integration path serve
PORT ?= 8018
# pytest with its files in a folder of their own (tests/tmpdir.sh), removed when it ends, however it ends
PYTEST := tmp=$$(sh tests/tmpdir.sh) && trap 'rm -rf "$$tmp"' EXIT INT TERM && TMPDIR=$$tmp $(BIN)/python -m pytest

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m archiver.demo
	@echo "(\`archiver\` is in $(abspath $(BIN)); \`make path\` prints how to put it on your PATH)"

test: $(STAMP)
	$(BIN)/ruff check archiver tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache
	@$(PYTEST) -n 2 -q
	@echo "(\`archiver\` is in $(abspath $(BIN)); \`make path\` prints how to put it on your PATH)"

# `make test` checks a fixed sample of each generated-input sweep (tests/sweeps.py); this checks all of it.
test-full: $(STAMP)
	@ARCHIVER_FULL_SWEEPS=1; export ARCHIVER_FULL_SWEEPS; $(PYTEST) -n 2 -q

# Prints, never changes, your shell's PATH: a Makefile cannot change the shell that runs it.
path: $(STAMP)
	@echo "archiver is installed in $(abspath $(BIN)). Paste one of these:"
	@echo "  source $(abspath $(BIN))/activate              # this shell only (undo: deactivate)"
	@echo "  export PATH=\"$(abspath $(BIN)):\$$PATH\"   # add it to ~/.bashrc or ~/.zshrc to keep it"
	@echo "or install it for your user, outside this checkout:  pipx install $(CURDIR)"

serve: $(STAMP)
	$(BIN)/python -m archiver.demo --serve $(PORT)

# The whole suite on every other Python the package supports (requires-python >= 3.11) that this
# machine has (tests/other_pythons.sh: python3.12, python3.13 on PATH, or pyenv's), each in a venv of its
# own (.venv-3.12, ...): Python's own behaviour moves between them (3.13's zip reader takes a Unicode Path field,
# its resolve() no longer raises on a loop of links, its TLS client checks strictly; 3.12 starts no
# thread at exit). Not part of `make test`: each run is as long as it.
test-pythons:
	@set -e; pys=$$(sh tests/other_venvs.sh); [ -n "$$pys" ] || { echo "no other Python found: nothing run"; exit 0; }; \
	for py in $$pys; do \
	  echo "== Python $$($$py -c 'import sys; print(sys.version.split()[0])') ($$py)"; tmp=$$(sh tests/tmpdir.sh); \
	  TMPDIR=$$tmp $$py -m pytest -n 2 -q -p no:cacheprovider || { rm -rf "$$tmp"; exit 1; }; rm -rf "$$tmp"; \
	done

# The notice cues' generated tables (archiver/extract/cue_needs.py, cue_more_needs.py), after a cue or a guarded
# pattern changed: written under this venv's Python, then each other Python this machine has adds its Unicode
# version where the rows come out the same there (never rewriting them), so 3.12 and 3.13 keep reading the tables.
cue-tables: $(STAMP)
	$(BIN)/python -m archiver.extract.cue_needs
	$(BIN)/python -m archiver.extract.cue_more_needs
	@set -e; pys=$$(sh tests/other_venvs.sh); for py in $$pys; do \
	  $$py -m archiver.extract.cue_needs --add-version; $$py -m archiver.extract.cue_more_needs --add-version; \
	done; grep -h '^UNIDATA_VERSIONS' archiver/extract/cue_needs.py archiver/extract/cue_more_needs.py

lint: $(STAMP)
	$(BIN)/ruff check archiver tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

bench: $(STAMP)
	@set -e; for f in bench/bench_*.py; do echo "== $$f"; $(BIN)/python $$f; done

# `make integration` opens our files in the tools people replay archives with, all on 127.0.0.1:
#  - pywb (pins its own dependency versions, so its own virtualenv inside .venv): `wb-manager add`
#    of our raw WARCs and `wb-manager add --unpack-wacz` of our WACZ, then `wayback` replays;
#  - ReplayWeb.page (npm's built app: `npm install` of it fails on a warcio version the registry
#    lacks, so it is `npm pack`ed and unpacked) in Debian's chromium driven by playwright.
# Screenshots land in bench/out/integration/. `make test` skips these tests.
PYWB_VENV := $(VENV)/pywb
PYWB_VERSION ?= 2.10.0
RWP_VERSION ?= 2.5.3
RWP_DIR := $(VENV)/replaywebpage-$(RWP_VERSION)
CHROMIUM ?= /usr/bin/chromium

$(PYWB_VENV)/.installed:
	$(PYTHON) -m venv $(PYWB_VENV)
	$(PYWB_VENV)/bin/python -m pip install --quiet pywb==$(PYWB_VERSION)
	touch $@

$(VENV)/.integration: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,integration]'
	touch $@

$(RWP_DIR)/index.html:
	mkdir -p $(RWP_DIR)
	cd $(RWP_DIR) && npm pack --silent replaywebpage@$(RWP_VERSION) >/dev/null && \
		tar xzf replaywebpage-$(RWP_VERSION).tgz --strip-components=1 package/index.html package/sw.js package/ui.js

$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

integration: $(STAMP) $(VENV)/.integration $(PYWB_VENV)/.installed $(RWP_DIR)/index.html $(CHROMIUM)
	export ARCHIVER_PYWB=$(abspath $(PYWB_VENV))/bin/wayback ARCHIVER_CHROMIUM=$(CHROMIUM) \
	ARCHIVER_REPLAYWEBPAGE=$(abspath $(RWP_DIR)); \
		$(PYTEST) -q -p no:randomly tests/test_export_cdxj.py tests/test_integration_replay.py \
		tests/test_warc_record_places.py tests/test_redteam12_interim.py \
		tests/test_rvi54_replay_edges.py

clean:
	rm -rf $(VENV) .venv-*/ demo-store .pytest_cache
