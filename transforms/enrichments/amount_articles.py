"""Each paragraph's bounds in a batch's joined text, with where its article's first paragraph starts
(`article_paragraphs`): a dateline opens an article's first paragraph only ("LAHORE: ..."), yet it says whose "$" or
"Rs" its later paragraphs' are ("a fine of Rs500,000 on every kiln" two paragraphs on)."""

from __future__ import annotations

from collections.abc import Sequence

from transforms.enrichments.batch import SEPARATOR


class Paragraph(tuple[int, int]):
    """A paragraph's [start, end) in the joined text, unpacked as the pair; `lead`: its article's first paragraph's
    start (its own where it is the first)."""

    lead: int

    def __new__(cls, start: int, end: int, lead: int) -> Paragraph:
        paragraph = super().__new__(cls, (start, end))
        paragraph.lead = lead
        return paragraph


class ArticleParagraphs:
    """Each paragraph's [start, end) in the joined text by its place in the batch, a `Paragraph` where its article's
    first paragraph is an earlier one."""

    __slots__ = ("_ends", "_leads", "_made", "_starts")

    def __init__(self, starts: list[int], ends: list[int], leads: list[int]) -> None:
        self._starts, self._ends, self._leads = starts, ends, leads
        # Each paragraph's pair as made the first time it is asked for: `amounts.rows` asks again for each number of a
        # paragraph, and a `Paragraph` (a tuple with an attribute) costs ten times a dictionary's lookup to make.
        self._made: dict[int, tuple[int, int]] = {}

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, index: int) -> tuple[int, int]:
        # Made when asked for (a paragraph with a number), not one object per paragraph: a list of leads beside the
        # bounds costs a tenth of a `Paragraph` each. An article's first paragraph is a plain pair: a lead at its
        # own start reads as none (its dateline is read at its own start).
        made = self._made.get(index)
        if made is None:
            start, end, lead = self._starts[index], self._ends[index], self._leads[index]
            made = self._made[index] = (start, end) if lead == start else Paragraph(start, end, lead)
        return made


def article_paragraphs(starts: list[int], lengths: Sequence[int], articles: Sequence[str]) -> ArticleParagraphs:
    """Return each paragraph's bounds and lead; an article's paragraphs are consecutive in a batch, as they are split
    (the refresh of a compacted lake hands them over so too).

    >>> paragraphs = article_paragraphs([0, 5, 9], [2, 1, 3], ["a", "a", "b"])
    >>> [(tuple(p), getattr(p, "lead", None)) for p in paragraphs]
    [((0, 2), None), ((5, 6), 0), ((9, 12), None)]
    """
    leads: list[int] = []
    lead, article = 0, None
    for start, current in zip(starts, articles, strict=True):
        if current != article:  # a new article: its first paragraph, where a dateline would be
            lead, article = start, current
        leads.append(lead)
    return ArticleParagraphs(starts, [start + length for start, length in zip(starts, lengths, strict=True)], leads)


# The paragraphs of an article a dateline may open: its first, or the one after its headline and standfirst, as files
# whose title is their first paragraph have it ("Rents fall in Calgary", then "CALGARY - Rents have fallen ..."); a
# dateline further in is a quoted or a second story's, not the article's.
_DATELINE_PARAGRAPHS = 3


def lead_starts(text: str, lead: int, low: int) -> list[int]:
    """Return where the article's first paragraphs before the one at `low` start, its first (at `lead`) first, the
    first `_DATELINE_PARAGRAPHS` at most: the ones its dateline may open.

    >>> t = "Rents fall\\n\\x01\\nCALGARY - Rents fell.\\n\\x01\\nTo $9."
    >>> lead_starts(t, 0, t.index("To")), lead_starts(t, 0, t.index("CALGARY"))
    ([0, 13], [0])
    """
    starts = [lead]
    while len(starts) < _DATELINE_PARAGRAPHS:
        at = text.find(SEPARATOR, starts[-1], low)
        if at < 0 or at + len(SEPARATOR) >= low:
            break
        starts.append(at + len(SEPARATOR))
    return starts
