# piket: two set-up commands on a fresh machine, `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint bench reliability forms dist screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the dependency list changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/piket gui

test: $(VENV)/.installed-test
	$(BIN)/ruff check piket tests
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

lint: $(VENV)/.installed-test
	$(BIN)/ruff check piket tests

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

reliability: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/reliability

# Designer forms and resources -> committed modules under piket/gui/ (a test checks they are current).
forms: $(VENV)/.installed
	$(BIN)/python -m piket.gui.build_forms

screenshots: $(VENV)/.installed
	rm -f /tmp/piket-screens.sqlite*
	mkdir -p docs/screenshots
	PIKET_SETTINGS=/tmp/piket-screens.ini $(BIN)/piket --db /tmp/piket-screens.sqlite demo >/dev/null
	for m in roster logbook events checklist; do \
	  PIKET_SETTINGS=/tmp/piket-screens.ini $(BIN)/piket --db /tmp/piket-screens.sqlite \
	    gui --screenshot docs/screenshots/$$m.png --module $$m --size 1366x768 || exit 1; \
	done

dist: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/pyinstaller --noconfirm piket.spec

clean:
	rm -rf build dist .pytest_cache
