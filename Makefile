# Two commands set everything up on a fresh machine with Python 3.11 and make:
#   make demo   installs into .venv, serves the bundled sample pages on 127.0.0.1, archives them
#   make test   installs into .venv (with test extras), runs the whole test suite (offline)
# Slow measurements live in `make bench`.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test lint bench clean integration

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m archiver.demo

test: $(STAMP)
	$(BIN)/ruff check archiver tests bench
	$(BIN)/python -m pytest -n 2 -q

lint: $(STAMP)
	$(BIN)/ruff check archiver tests bench

bench: $(STAMP)
	@set -e; for f in bench/bench_*.py; do echo "== $$f"; $(BIN)/python $$f; done

# pywb replays an archived page from our WARC + CDXJ; it pins its own dependency versions, so it
# gets its own virtualenv (inside .venv, so ignored and cleaned with it) and `make test` skips that test.
PYWB_VENV := $(VENV)/pywb
$(PYWB_VENV)/.installed:
	$(PYTHON) -m venv $(PYWB_VENV)
	$(PYWB_VENV)/bin/python -m pip install --quiet pywb
	touch $@

integration: $(STAMP) $(PYWB_VENV)/.installed
	ARCHIVER_PYWB=$(abspath $(PYWB_VENV))/bin/wayback $(BIN)/python -m pytest -q tests/test_export_cdxj.py

clean:
	rm -rf $(VENV) demo-store .pytest_cache
