# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench install clean dist screenshots

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/infospot gui

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

bench: $(STAMP)
	test -x dist/InfoSpot/InfoSpot || $(MAKE) dist
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s tests/benchmarks

DIST_STAMP := $(VENV)/.installed-dist

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,dist]'
	touch $(DIST_STAMP)

# The frozen one-folder build: dist/InfoSpot/InfoSpot (windowed) and dist/InfoSpot/infospot-cli.
dist: $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller installer/infospot.spec
	tar -C dist -czf dist/InfoSpot-$$($(BIN)/python -c 'import infospot_app; print(infospot_app.__version__)')-linux-$$(uname -m).tar.gz InfoSpot
	@du -sh dist/InfoSpot

# Every main screen with demo data, in Turkish and English, as PNG under build/screenshots/.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info

.PHONY: translations

# Refresh the .ts files from the UI sources (existing translations are kept; new strings are
# marked unfinished for a translator) and compile the .qm files the application loads.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate infospot_app/ui/*.py -source-language en -target-language tr \
		-ts resources/translations/infospot_tr.ts
	$(BIN)/pyside6-lupdate infospot_app/ui/*.py -source-language en -target-language en \
		-ts resources/translations/infospot_en.ts
	$(BIN)/pyside6-lrelease resources/translations/infospot_tr.ts resources/translations/infospot_en.ts
