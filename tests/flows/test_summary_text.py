"""A run's summary as plain text lines its theme table up by the columns a terminal gives each name."""

from __future__ import annotations

import pytest

from flows.artifacts import no_flow_run_line, summary_markdown
from flows.summary_text import columns, plain_text


def test_theme_names_in_chinese_japanese_korean_and_thai_line_up() -> None:
    themes = [("saigai", "自然災害、大雨、洪水", 7), ("elecciones", "elecciones y partidos", 3),
              ("jeongchi", "정치와 선거", 2), ("thai", "การเลือกตั้ง", 1)]
    text = plain_text(summary_markdown({"run_id": "r", "lake": "/lake", "themes": themes}))
    lines = [line for line in text.splitlines() if any(name in line for _, name, _ in themes)]
    assert len(lines) == len(themes)
    # Each theme's id starts at the same column, and each count ends at the same column.
    starts = {columns(line[: line.index(theme_id, len(name))])
              for line, (theme_id, name, _) in zip(lines, themes, strict=True)}
    assert len(starts) == 1
    assert len({columns(line) for line in lines}) == 1


@pytest.mark.parametrize(("touched", "said"), [(1, "1 file touched, its bytes unchanged: "),
                                               (3, "3 files touched, their bytes unchanged: ")])
def test_the_files_touched_line_agrees_with_its_count(touched, said) -> None:
    # One file touched was said as "1 file touched, their bytes unchanged".
    assert no_flow_run_line({"files_touched": touched}).startswith(said)
