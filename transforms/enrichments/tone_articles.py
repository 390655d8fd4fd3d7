"""An article's tone: its paragraphs' tone (`tone.rows`), weighted by their words."""

from __future__ import annotations

from collections.abc import Sequence


def article_tone(
    article_ids: Sequence[str], tone: Sequence[float | None], n_words: Sequence[int]
) -> dict[str, float]:
    """Return each article's tone: the mean of its paragraphs' tone weighted by their words.

    >>> article_tone(["a", "a", "b"], [10.0, -2.0, None], [10, 30, 5])
    {'a': 1.0}
    """
    totals: dict[str, list[float]] = {}
    for aid, t, w in zip(article_ids, tone, n_words, strict=True):
        if t is not None:
            total = totals.setdefault(aid, [0.0, 0.0])
            total[0] += t * w
            total[1] += w
    return {aid: round(s / w, 3) if w else 0.0 for aid, (s, w) in totals.items()}
