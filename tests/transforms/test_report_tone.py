"""The tone table's lines: a mean's figure and its bar agree."""

from __future__ import annotations

from transforms.report.tone import tone_rows


def test_a_mean_that_reads_zero_draws_no_bar() -> None:
    # A mean of -0.003 read "0.00" unsigned, beside a red bar as wide as the table's widest.
    rows = tone_rows([{"theme": "war", "paragraphs": 3, "mean_tone": -0.003, "positive": 1, "negative": 2},
                      {"theme": "trade", "paragraphs": 3, "mean_tone": 1.5, "positive": 2, "negative": 1}],
                     {"paragraphs": 9, "mean_tone": 0.002, "positive": 3, "negative": 3})
    assert [(r.figure, r.bar) for r in rows] == [("0.00", 0.0), ("+1.50", 1.0), ("0.00", 0.0)]


def test_means_too_small_to_read_draw_no_bars() -> None:
    rows = tone_rows([{"theme": "war", "paragraphs": 3, "mean_tone": -0.003, "positive": 1, "negative": 2}],
                     {"paragraphs": 9, "mean_tone": 0.001, "positive": 3, "negative": 3})
    assert [r.bar for r in rows] == [0.0, 0.0]
