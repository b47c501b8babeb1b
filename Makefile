# appforge: the two commands are `make start` and `make test`; the rest are conveniences.
# Every target sets up first (scripts/setup.sh), which does nothing when nothing changed.

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest-xdist workers: one per core, at most 8 (each worker runs real servers and PostgreSQL connections).
WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); [ $$n -gt 8 ] && n=8; [ $$n -lt 2 ] && n=2; echo $$n)
PYTEST_ARGS ?=
export APPFORGE_TEST_DATABASE_URL ?= postgresql://postgres@127.0.0.1:5432/test

.PHONY: start test setup serve examples lint bench-load bench-model bench-studio eval clean help

help:
	@echo "make start       set up, load the example apps on first start, serve on http://$(HOST):$(PORT)"
	@echo "make test        set up (Chromium included), run every test"
	@echo "make setup       only set up (.venv, npm ci, vendored front-end libraries)"
	@echo "make lint        ruff over the code"
	@echo "make bench-load  load benchmark: appforge against a hand-written FastAPI app (needs wrk)"
	@echo "make bench-model model speed: load time, create latency p50/p95, peak memory (fresh process each)"
	@echo "make bench-studio studio speed: Enter on a new-app sentence -> rendered preview, p50 over 10 runs"
	@echo "make eval        score the models on the model benchmark's dev split (benchmarks/model/results/)"

start: setup
	$(VENV)/bin/appforge serve --host $(HOST) --port $(PORT)

test:
	@scripts/setup.sh --browser
	$(PY) -m pytest -n $(WORKERS) $(PYTEST_ARGS)

setup:
	@scripts/setup.sh

serve: start

lint: setup
	$(VENV)/bin/ruff check appforge tests benchmarks

bench-load: setup
	$(PY) benchmarks/load.py

bench-model: setup
	$(VENV)/bin/appforge bench-model

bench-studio:
	@scripts/setup.sh --browser
	$(PY) benchmarks/studio_speed.py

eval: setup
	$(VENV)/bin/appforge eval --split dev

clean:
	rm -rf build dist *.egg-info .pytest_cache benchmarks/results
