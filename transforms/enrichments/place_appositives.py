"""A place's name that an apposition says is something else: "Texas, the Scottish band led by Sharleen Spiteri",
"Zurich, the insurer,", "The Frenchman, a new thriller starring Jean Dujardin": a band's, a firm's, a ship's or a
work's name, no mention of the place (nor of a nation, for a nation's man: "The Frenchman" is the film).

A team's or a club's apposition is left out: their town is the place news names them for ("Liverpool, the
Premier League leaders", as "Liverpool beat Chelsea" is, in the README's club rules).
"""

from __future__ import annotations

import re

import numpy as np

# ", the/a/an" and up to four words, then a noun of a thing named so, then what ends the apposition or goes on
# describing that thing: punctuation or a word such as "led", "starring", "based" ("the company said", "the
# company's largest market" are a sentence's own subject, not an apposition: "sold in Texas, the company said")
_APPOSITIVE = re.compile(
    r",[^\S\n](?:the|a|an)[^\S\n](?:[\w'’-]+[^\S\n]){0,4}?"
    r"(?:band|duo|trio|singer|rapper|film|movie|thriller|drama|comedy|documentary|biopic|sitcom|series|novel|book|"
    r"album|musical|song|single|ship|vessel|warship|frigate|destroyer|liner|tanker|insurer|bank|lender|airline|"
    r"carmaker|brewer|retailer|firm|company|conglomerate|label|magazine|newspaper|brand|chain)"
    r"(?=[,.;:)!?]|[^\S\n](?:led|fronted|starring|directed|written|founded|based|whose|which|that|who|from|about|"
    r"released|owned|named)(?![\w'’-]))")


def in_appositions(text: str, end: np.ndarray) -> np.ndarray:
    """Return, per mention (its end), whether an apposition right after it says it is a band, a firm, a ship or a
    work.

    >>> text = ("Texas, the Scottish band led by Sharleen Spiteri, played Glasgow. The Frenchman, a new thriller "
    ...         "starring Jean Dujardin, opens. Sales in Texas, the company said, rose.")
    >>> ends = [text.index(w) + len(w) for w in ("Texas", "Glasgow", "Frenchman", "in Texas")]
    >>> in_appositions(text, np.array(ends)).tolist()
    [True, False, True, False]
    """
    if ", " not in text:
        return np.zeros(len(end), dtype=bool)
    return np.isin(end, [m.start() for m in _APPOSITIVE.finditer(text)])
