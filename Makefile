# Two commands do all set-up on a fresh Debian machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
ARGS ?=

.PHONY: run test bench lint dist lock forms screenshots clean system-deps-run system-deps-test

$(STAMP): requirements.txt requirements-dev.txt requirements.lock pyproject.toml
	@$(PY) -c "import ensurepip" 2>/dev/null || bash scripts/system-deps.sh run
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -r requirements-dev.txt -c requirements.lock
	$(BIN)/pip install -q --disable-pip-version-check --no-deps -e .
	@touch $@

system-deps-run:
	@bash scripts/system-deps.sh run

system-deps-test:
	@bash scripts/system-deps.sh test

run: $(STAMP) system-deps-run
	$(BIN)/python -m jamsos_desktop $(ARGS)

test: $(STAMP) system-deps-test
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python tests/perf/run.py $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy jamsos_desktop/domain jamsos_desktop/store jamsos_desktop/sync

forms: $(STAMP)
	$(BIN)/python scripts/build_ui.py

dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build pyinstaller.spec
	dist/jamsos-desktop-*/jamsos-desktop --self-test

lock: $(STAMP)
	$(BIN)/pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

clean:
	rm -rf $(VENV) build dist

screenshots: $(STAMP) system-deps-test
	JAMSOS_UPDATE_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/ui -k screenshots
	JAMSOS_UPDATE_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/hub/console -k browser
