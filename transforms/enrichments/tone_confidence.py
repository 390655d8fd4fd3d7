"""A vote of no confidence: pressure on whom it is against, unless it was survived or won.

A parliament's "confidence vote" says nothing of its own; whether it was won is the news ("lost a confidence vote and
resigned"; tone's `NEWS_TERMS`). One of no confidence is a motion against a leader or a government, bad news for them
("No-Confidence Vote Planned Against Palestinian PM", "faces a vote of no confidence"): it reads as the lexicon's
"pressure" (−1.2; tone's `NEWS_WORDS`), where VADER read its "no" and "confidence" (+2.3). One survived or won up to
three words after the verb is none, and the verb says the news ("Sharon survived two no-confidence votes"; the
headline's "Sharon Survives 3 Parliament No-Confidence Votes" has no tone, "survives" not being in the lexicon).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_phrases import make_phrases, phrases_found

_VOTES = ("vote", "votes", "motion", "motions")
# As `search_text` writes them ("no-confidence" → "no confidence").
NO_CONFIDENCE = (*(f"no confidence {vote}" for vote in _VOTES), *(f"{vote} of no confidence" for vote in _VOTES))
_SETS = {"survived": "survive survives survived surviving withstood withstands won win wins winning",
         "vote": " ".join(_VOTES)}
_SURVIVED = make_phrases({
    **{vote: tuple(f"{{survived}}{' *' * gap} no confidence _" for gap in range(4)) for vote in _VOTES},
    "confidence": tuple(f"{{survived}}{' *' * gap} {{vote}} of no _" for gap in range(4)),
}, _SETS)


def survived_votes(
    text: str, starts: np.ndarray, paragraph: np.ndarray, last_word: np.ndarray, is_vote: np.ndarray
) -> np.ndarray:
    """Return the numbers of the keys found (each ending on its `last_word` of a batch's `lowered` text; `is_vote`:
    one of `NO_CONFIDENCE`) that are a vote survived or won.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "sharon survived two no confidence votes  a vote of no confidence"
    >>> survived_votes(text, word_starts(text), np.zeros(11, int), np.array([1, 5, 10]),
    ...                np.array([False, True, True])).tolist()
    [1]
    """
    at = np.flatnonzero(is_vote)
    return at[phrases_found(text, starts, paragraph, last_word[at], _SURVIVED)] if len(at) else at
