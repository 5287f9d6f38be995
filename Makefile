# Two entry points for a fresh machine: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint typecheck unit clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev,model]"
	touch $(STAMP)

DEMO := out/demo

demo: setup
	$(BIN)/claimgraph analyze examples/seed-article.txt
	@# Corpus demo: every kind of source in examples/corpus into a fresh SQLite file, then query and export it.
	@rm -rf $(DEMO) && mkdir -p $(DEMO)
	$(BIN)/claimgraph ingest examples/corpus --db sqlite:///$(DEMO)/claimgraph.db
	$(BIN)/claimgraph stats --db sqlite:///$(DEMO)/claimgraph.db
	$(BIN)/claimgraph search "port" --db sqlite:///$(DEMO)/claimgraph.db
	$(BIN)/claimgraph export --db sqlite:///$(DEMO)/claimgraph.db --format parquet -o $(DEMO)/claims.parquet
	$(BIN)/claimgraph export --db sqlite:///$(DEMO)/claimgraph.db --format geojson -o $(DEMO)/places.geojson

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/pytest -q

test: lint typecheck unit

clean:
	rm -rf $(VENV) build dist *.egg-info
