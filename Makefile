# Vis-à-vis — developer entry points.  `make run` and `make test` are all a new user needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast lint bundle bench clean libretranslate

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Reinstall only when the project metadata changed (idempotent).
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/visavis

lint: $(STAMP)
	$(BIN)/ruff check desktop tests bench packaging
	$(BIN)/lint-imports
	VENV_BIN=$(BIN) bash packaging/update_translations.sh --check

# LibreTranslate for the shared-server tests, in its own cached venv (its pins conflict with
# ours); when pip cannot install it, those tests skip and say why.
libretranslate:
	-VISAVIS_LT_PYTHON=$(PYTHON) sh packaging/libretranslate_venv.sh >/dev/null

test: $(STAMP) lint libretranslate
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow and not e2e"

bundle: $(STAMP)
	$(BIN)/python -m pip install -q pyinstaller
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/visavis.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache
