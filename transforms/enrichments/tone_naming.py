"""Words of tone that name a thing, not a feeling: "prisoners of war" are captives, "anti-war" names what is opposed.

"prisoners of war" names captives, no war of the news; "anti" (−1.3) and the word after it carry none ("anti-war",
"anti-virus"), unless together they say a hostility ("anti-semitic" keeps the −1.3 of "anti").
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_keys import key_of
from transforms.enrichments.tone_phrases import phrases_found
from transforms.enrichments.tone_releasing import CAPTIVES_OF_WAR
from transforms.enrichments.tone_tables import ANTI, HOSTILITIES


def cover_names(text: str, starts: np.ndarray, paragraph: np.ndarray, key: np.ndarray, last_word: np.ndarray,
                covered: np.ndarray) -> None:
    """Mark in `covered` (per word number) a captive's "war" and an "anti" that names what is opposed."""
    war = last_word[key == key_of("war")]
    if len(war):  # "prisoners of war" names captives, no war of the news
        covered[war[phrases_found(text, starts, paragraph, war, CAPTIVES_OF_WAR)]] = True
    anti = last_word[key == key_of(ANTI)]
    if len(anti):  # "anti-war": neither word has tone (`ANTI`); "anti-semitic" keeps the hostility of "anti"
        after = np.minimum(anti + 1, len(starts) - 1)
        covered[anti[~phrases_found(text, starts, paragraph, anti, HOSTILITIES)]] = True
        covered[after[paragraph[after] == paragraph[anti]]] = True
