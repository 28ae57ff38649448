# Two commands do all set-up on a fresh Debian machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
ARGS ?=
# Bytecode caches (assert-rewritten tests included) live under the venv, even on machines that set
# PYTHONDONTWRITEBYTECODE: without them every test run recompiles the package and the tests (~15 s per process).
PYCACHE := PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(CURDIR)/$(VENV)/pycache

.PHONY: run test check test-windows bench lint dist lock forms screenshots clean system-deps-run system-deps-test \
	system-deps-windows

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

system-deps-windows:
	@bash scripts/system-deps.sh windows

run: $(STAMP) system-deps-run
	$(BIN)/python -m jamsos_desktop $(ARGS)

test: $(STAMP) system-deps-test
	$(PYCACHE) $(BIN)/python -m pytest -q -n auto --maxprocesses 4

# The Windows build and its tests under Wine (scripts/windows/run.py; cache in ~/.cache/jamsos-windows).
# ARGS="--only suite tests/cli" runs some steps, with pytest arguments.
test-windows: $(STAMP) system-deps-windows
	$(BIN)/python scripts/windows/run.py $(ARGS)

# The quick loop while developing: everything but the tests marked slow, on two processes.
check: $(STAMP)
	$(PYCACHE) $(BIN)/python -m pytest -q -m "not slow" -n 2

bench: $(STAMP)
	$(PYCACHE) $(BIN)/python tests/perf/run.py $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy jamsos_desktop
	$(BIN)/mypy --platform win32 --cache-dir .mypy_cache/win32 jamsos_desktop

forms: $(STAMP)
	$(BIN)/python scripts/build_ui.py

dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build pyinstaller.spec
	dist/jamsos-desktop-*/jamsos-desktop --self-test

# Keeps the lock's win32-only pins (pip on Linux cannot see them; scripts/windows installs them).
lock: $(STAMP)
	{ $(BIN)/pip freeze --exclude-editable | grep -v '^-e '; grep 'sys_platform == "win32"' requirements.lock; } \
		> requirements.lock.new && mv requirements.lock.new requirements.lock

clean:
	rm -rf $(VENV) build dist

screenshots: $(STAMP) system-deps-test
	TZ=Asia/Jakarta JAMSOS_UPDATE_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/ui -k screenshots  # times in WIB, as in Batam
	JAMSOS_UPDATE_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/hub/console -k browser
