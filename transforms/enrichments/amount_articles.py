"""Each paragraph's bounds in a batch's joined text, with where its article's first paragraph starts
(`article_paragraphs`): a dateline opens an article's first paragraph only ("LAHORE: ..."), yet it says whose "$" or
"Rs" its later paragraphs' are ("a fine of Rs500,000 on every kiln" two paragraphs on)."""

from __future__ import annotations

from collections.abc import Sequence


class Paragraph(tuple[int, int]):
    """A paragraph's [start, end) in the joined text, unpacked as the pair; `lead`: its article's first paragraph's
    start (its own where it is the first)."""

    lead: int

    def __new__(cls, start: int, end: int, lead: int) -> Paragraph:
        paragraph = super().__new__(cls, (start, end))
        paragraph.lead = lead
        return paragraph


def article_paragraphs(starts: Sequence[int], lengths: Sequence[int], articles: Sequence[str]) -> list[Paragraph]:
    """Return each paragraph's `Paragraph`; an article's paragraphs are consecutive in a batch, as they are split.

    >>> [(tuple(p), p.lead) for p in article_paragraphs([0, 5, 9], [2, 1, 3], ["a", "a", "b"])]
    [((0, 2), 0), ((5, 6), 0), ((9, 12), 9)]
    """
    out: list[Paragraph] = []
    lead, article = 0, None
    for start, length, current in zip(starts, lengths, articles, strict=True):
        if current != article:  # a new article: its first paragraph, where a dateline would be
            lead, article = start, current
        out.append(Paragraph(start, start + length, lead))
    return out
