"""A transcript's speaker line ("Mel Stride (Central Devon) (Con)") or label ("PRESIDENT BIDEN: ..."): no meaning."""

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


# A speaker's label in capitals before a colon at the start of a paragraph ("PRESIDENT BIDEN: Thank you all.",
# "MR SMITH (Labour): The minister is wrong."): the form of a press conference's or a hearing's transcript, whose
# words are who speaks, not what is said ("president" and "biden" made "Thank you all." politics). The label opens
# with a title or an office, as transcripts name a speaker, and has a name or a second word after it: a headline's
# kicker in capitals ("WORLD CUP: England beat Wales", "NHS: waiting lists grow") names its subject and keeps its
# meaning, as does one whose first word is also an office ("GENERAL ELECTION:", "PRIME DAY:": no "GENERAL", and
# "PRIME" only in "PRIME MINISTER"). A bracketed party or role may follow; the colon is followed by a space.
_TITLES = ("MR|MRS|MS|MISS|DR|SIR|DAME|LORD|LADY|PRESIDENT|VICE|SENATOR|SEN|REP|REPRESENTATIVE|SECRETARY|GOV|"
           "GOVERNOR|CHAIRMAN|CHAIRWOMAN|CHAIR|JUDGE|JUSTICE|PRIME MINISTER|MINISTER|DEPUTY|MAYOR|ADMIRAL|"
           "PROF|PROFESSOR|COMMISSIONER|AMBASSADOR|SPEAKER|CHANCELLOR|DETECTIVE|CHIEF")
_WORD = r"\s[A-Z][A-Z'’.\-]*"
# "THE PRESIDENT:" or "THE PRIME MINISTER:" is an office with no name; "MR SMITH:" a title and a name
_SPEAKER_LABEL = re.compile(
    rf"(?:THE\s(?:{_TITLES})(?:{_WORD}){{0,3}}|(?:{_TITLES})\.?(?:{_WORD}){{1,4}})(?:\s?\([^()\n]{{1,40}}\))?:\s")


def speaker_label_end(text: str) -> int:
    """Where the speaker's label that opens `text` ends (0 where it has none).

    >>> speaker_label_end("PRESIDENT BIDEN: Thank you all.")
    17
    >>> speaker_label_end("NHS: waiting lists grow")
    0
    """
    found = _SPEAKER_LABEL.match(text)
    return found.end() if found else 0


def speaker_label_ends(texts: Sequence[str]) -> np.ndarray:
    """Return per text where its opening speaker's label ends, 0 where it has none (`speaker_label_end`)."""
    # (a label's capitals and its colon near the start are tested before the pattern, without a slice's copy)
    return np.fromiter((speaker_label_end(t) if t[:2].isupper() and t.find(":", 0, 80) >= 0 else 0 for t in texts),
                       np.int64, len(texts))
