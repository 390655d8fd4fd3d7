"""A transcript's speaker line ("Mel Stride (Central Devon) (Con)"): a name and its bracketed labels, no meaning."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

# A name of one to five capitalised words (initials, hyphens and apostrophes allowed: "Liz Saville Roberts",
# "Sir Iain Duncan Smith", "Dr. Al-Hakim") followed by two or more bracketed labels and nothing else: the form of
# Hansard's speaker lines, a name, a constituency and a party's letters. The meaning of a name's words is chance
# ("mel" and "stride" lean to arts, "daisy" too), so such a line gets no semantic evidence. Two brackets, not one:
# a headline in title case ends with one source's ("Yao Rested and Ready for Kings Again (AP)"), and a sport list's
# "Wayne Rooney (Man Utd)" names a club that is the line's meaning.
_NAME_WORD = r"[A-Z][\w'’.\-]*"
_SPEAKER_LINE = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,4}}(?: ?\([^()\n]{{1,60}}\)){{2,}}")


def is_speaker_line(text: str) -> bool:
    """Whether `text` is only a name and two or more bracketed labels (a transcript's speaker line).

    >>> is_speaker_line("Mel Stride (Central Devon) (Con)")
    True
    >>> is_speaker_line("Yao Rested and Ready for Kings Again (AP)")
    False
    """
    return _SPEAKER_LINE.fullmatch(text.strip()) is not None


def speaker_lines(texts: Sequence[str]) -> np.ndarray:
    """Return a bool per text: True where it is a speaker line (`is_speaker_line`)."""
    return np.fromiter((")" in t and is_speaker_line(t) for t in texts), bool, len(texts))
