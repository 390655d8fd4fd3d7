# One set of commands for everyone and for CI. Each target builds its own .venv from PyPI.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: run test test-fast lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev,dask,s3,bench]'
	# An editable install compiles none of our own modules: do it once here, so the first commands do not pay
	# for it, and no command pays for it where PYTHONDONTWRITEBYTECODE is set (about 0.3 CPU s a small run).
	$(BIN)/python -m compileall -q flows transforms warehouse benchmarks > /dev/null
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/themelake run examples/articles --lake lake
	$(BIN)/themelake query "select t.name as theme, count(*) as paragraphs from paragraph_themes pt join themes t using (theme_id, taxonomy_version) group by all order by paragraphs desc, theme limit 10" --lake lake
	@echo "The report page (open it in a browser):"
	$(BIN)/themelake report --lake lake

# pytest exits 5 when it collects no test: our CI counts that as a failure, so we say so.
test: $(STAMP)
	$(BIN)/python -m pytest -q -ra; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check flows transforms warehouse tests benchmarks
	$(BIN)/mypy flows transforms warehouse benchmarks

# The benchmark of the README's "Fast at any size" section (N=50000 by default; BENCH_ARGS to change).
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) lake .pytest_cache
