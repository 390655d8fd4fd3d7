""""to save" money, a motive, which carries no tone: "cut 2,000 jobs to save money", "to save £500m a year".

VADER's "save" (2.2) is a rescue's ("to save the child", "save 3,000 jobs"); a firm that cuts jobs or closes
embassies "to save money" or "to save costs" reports the motive of a bad move, which the verb's valence outweighed
("The airline will cut 2,000 jobs to save money" read +2.8). Where "to" is before it and money after it (`MONEY`, or a
sum up to three words on: "to save the NHS £1bn"), the verb has no valence; elsewhere it keeps its own: money saved is
good news ("The deal will save the NHS $625m", "the programme had saved £75m"), and so are jobs ("to save 3,000 jobs").
A cut of costs is the same motive in other words ("will cut 7,000 jobs to cut costs", "closing 14 offices in a move to
cut costs"): since a cost is a quantity a cut lowers (`tone_quantities`), "to cut costs" would read as good news beside
the bad move it explains, so a verb of cutting after "to" and before money has none either, and moves nothing; one
that is the news keeps its reading ("The bank cut the cost of borrowing" is good news to every borrower).
"""

from __future__ import annotations

import re

import numpy as np

SAVING = ("save", "cut", "reduce", "slash")
MONEY = frozenset("money cash cost costs millions billions".split())
_SUM = re.compile(r"[$£€¥₹]|\d(?i:m|bn|k)\b")  # a sum of money: a currency's sign, or millions, billions, thousands
_REACH = 3


def money_saved(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return, for each word number in `words` (each one of `SAVING` in a batch's `lowered` text, whose word starts are
    `starts` and whose words' paragraphs are `paragraph`; `joined` the text as written), whether money is what it saves.

    >>> from transforms.enrichments.tone import word_starts
    >>> from transforms.matching.search_text import search_text
    >>> joined = "to save money. to save the NHS £1bn. to save 3,000 jobs. will save £6m"
    >>> text = search_text(joined)
    >>> starts = word_starts(text)
    >>> found = np.array([w for w, s in enumerate(starts.tolist()) if text.startswith("save", s)])
    >>> money_saved(text, joined, starts, np.zeros(len(starts), int), found).tolist()
    [True, True, False, False]
    """
    saved = np.zeros(len(words), dtype=bool)
    for n, word in enumerate(words.tolist()):
        if word < 1 or paragraph[word - 1] != paragraph[word] or not text.startswith("to ", int(starts[word - 1])):
            continue  # no motive: "The deal will save the NHS $625m"
        for at in range(word + 1, min(word + _REACH + 1, len(starts))):
            if paragraph[at] != paragraph[word]:
                break
            start = int(starts[at])
            end = text.find(" ", start)
            after = text[start: end if end >= 0 else len(text)]
            if after in MONEY or (after[:1].isdigit() and _SUM.search(joined, start - 1, start + len(after) + 1)):
                saved[n] = True
                break
    return saved
