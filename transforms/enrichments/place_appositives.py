"""A place's name that an apposition says is something else: "Texas, the Scottish band led by Sharleen Spiteri",
"Zurich, the insurer,", "The Frenchman, a new thriller starring Jean Dujardin": a band's, a firm's, a ship's or a
work's name, no mention of the place (nor of a nation, for a nation's man: "The Frenchman" is the film).

A team's or a club's apposition is left out: their town is the place news names them for ("Liverpool, the
Premier League leaders", as "Liverpool beat Chelsea" is, in docs/enrichments.md's club rules).
"""

from __future__ import annotations

import re

import numpy as np

from transforms.enrichments.place_chars import char_at, text_bytes

# ", the/a/an" and up to four words that describe the noun, then a noun of a thing named so, then what ends the
# apposition or goes on describing that thing: punctuation or a word such as "led", "starring", "based" ("the company
# said", "the company's largest market" are a sentence's own subject, not an apposition: "sold in Texas, the company
# said"). The words between are modifiers ("Scottish", "country's biggest mortgage"), no word that makes the noun
# another's: "Frankfurt, the seat of the central bank", "Detroit, the home of the carmaker", "Belfast, the city that
# built the ship" describe the place
_MODIFIER = (r"(?!(?:of|that|which|who|whose|where|with|for|in|at|on|by|to|from|and|the|home|seat|city|town|capital)"
             r"[^\S\n])")
_APPOSITIVE = re.compile(
    r",[^\S\n](?:the|a|an)[^\S\n](?:" + _MODIFIER + r"[\w'’-]+[^\S\n]){0,4}?"
    r"(?:band|duo|trio|singer|rapper|film|movie|thriller|drama|comedy|documentary|biopic|sitcom|series|novel|book|"
    r"album|musical|song|single|ship|vessel|warship|frigate|destroyer|liner|tanker|insurer|bank|lender|airline|"
    r"carmaker|brewer|retailer|firm|company|conglomerate|label|magazine|newspaper|brand|chain)"
    r"(?=[,.;:)!?]|[^\S\n](?:led|fronted|starring|directed|written|founded|based|whose|which|that|who|from|about|"
    r"released|owned|named)(?![\w'’-]))")


def in_appositions(text: str, start: np.ndarray, end: np.ndarray, chars: np.ndarray | None = None) -> np.ndarray:
    """Return, per mention (its end), whether an apposition right after it says it is a band, a firm, a ship or a
    work; not a place a sentence opens with ("In Germany, the carmaker that ...": the sentence's subject follows).
    `chars`: the text's `place_chars.text_bytes`, if made already.

    >>> text = ("Texas, the Scottish band led by Sharleen Spiteri, played Glasgow. The Frenchman, a new thriller "
    ...         "starring Jean Dujardin, opens. Sales in Texas, the company said, rose.")
    >>> starts = [text.index(w) for w in ("Texas", "Glasgow", "Frenchman", "in Texas")]
    >>> ends = [s + len(w) for s, w in zip(starts, ("Texas", "Glasgow", "Frenchman", "in Texas"))]
    >>> in_appositions(text, np.array(starts), np.array(ends)).tolist()
    [True, False, True, False]
    """
    if ", " not in text:
        return np.zeros(len(end), dtype=bool)
    # The pattern tried at the mentions a comma follows, not searched for in the whole text (tried at its every comma:
    # 4.5 ms a 2,000-article batch): a match holds one comma, its first character, so no match starts inside another
    # and these are the matches a search finds at the mentions' ends.
    said = char_at(text_bytes(text) if chars is None else chars, end, ",")
    comma = np.flatnonzero(said)
    said[comma] = [_APPOSITIVE.match(text, e) is not None for e in end[comma].tolist()]
    for i in np.flatnonzero(said).tolist():
        # "In Germany, the carmaker that sells most cars ...", "From Paris, the airline, which is state-owned, flies":
        # a sentence's opening place, and its subject after the comma
        at = int(start[i])
        said[i] = _OPENING.search(text, max(0, at - 16), at) is None
    return said


# A preposition that opens a sentence or a paragraph (each a line of a batch's text) right before a mention, read in
# the few characters before it
_OPENING = re.compile(r"(?:^|[.!?:;][\"'”’]?[^\S\n]+)[\"“‘]?(?:In|From|At|Across|Outside|Inside|Throughout|Around|"
                      r"Within|Beyond|Near)[^\S\n]$", re.MULTILINE)
