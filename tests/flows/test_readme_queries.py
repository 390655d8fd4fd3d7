"""The README prints each example query's output: the rows it prints are the rows the query returns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.flows.test_example_queries import ROOT, example_lake  # noqa: F401  (the fixture)
from warehouse.committed_reads import query

README = (ROOT / "README.md").read_text("utf-8")
# Queries whose output has no wrapped cells and no run-dependent values (run ids, durations).
COMPARED = ["6_themes_by_month.sql", "7_themes_by_site.sql", "8_newest_on_a_theme.sql",
            "13_two_themes_in_one_paragraph_or_one_article.sql", "14_the_words_as_written.sql"]


def printed_rows(name: str) -> list[list[str]]:
    """Return the rows of the table the README prints after the query named `name`."""
    after = README[README.index(f"(`{name}`)"):]
    block = re.search(r"```text\n(.*?)```", after, re.DOTALL)
    assert block, f"no printed output after {name} in the README"
    rows = []
    for line in block.group(1).splitlines():
        if line.startswith("│"):
            rows.append([cell.strip() for cell in line.strip("│").split("│")])
    return rows


@pytest.mark.parametrize("name", COMPARED)
@pytest.mark.slow
def test_readme_output_is_the_query_output(example_lake: Path, name: str) -> None:  # noqa: F811
    result = query(example_lake, (ROOT / "examples" / "queries" / name).read_text("utf-8"))
    returned = [["" if v is None else str(v) for v in row.values()] for row in result.to_pylist()]
    assert printed_rows(name) == returned


@pytest.mark.slow
def test_the_readme_names_each_views_columns(example_lake: Path) -> None:  # noqa: F811
    # The views an analyst meets in the examples (article_themes, article_places) had no column list in the
    # README: only the tables' was there.
    paragraph = README[README.index("**Views over the tables.**"):].split("\n\n")[0]
    listed = {view: re.findall(r"`(\w+)`", columns)
              for view, columns in re.findall(r"`(\w+)` \(((?:`\w+`,?\s*)+)\)", paragraph)}
    assert set(listed) == {"article_themes", "article_places", "current_taxonomy"}
    for view, columns in listed.items():
        described = query(example_lake, f"describe {view}").column("column_name").to_pylist()
        assert columns == described, view
