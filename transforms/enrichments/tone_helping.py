"""Help given to a harm: "Fog helped the gang escape", "Strong winds helped the wildfire spread".

VADER reads "help" (+1.7) and tone's "helped" (+1.6, `NEWS_WORDS`) as good news whatever they help, and what they help
often has no tone ("gang", "wildfire"): "Fog helped the gang escape" read +11.5, "Strong winds helped the wildfire
spread into the hills" +10.8. A verb of `HELPING` whose object is one of `HARMFUL` (a wrongdoer or a harm that spreads:
right after the verb, or after a determiner or a possessive and one adjective at most: "helped the deadly virus
spread") reads the other way, weighted as after a negation (× −0.74): helping a harm is bad news. Not where the harm's
word names whom it touches or who fights it (`_NOT_HARMS` after it: "helped fire crews", "helped the virus victims",
"helping cancer patients"), nor where a word other than a determiner comes first ("helped fight the virus", "helped
put out the fire": help against the harm). Python work per verb of helping found: a few a batch.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_phrases import make_phrases, phrases_found

HELPING = ("help", "helps", "helped", "helping")
# Wrongdoers and harms that spread, whose help is a harm's.
HARMFUL = ("gang gangs killer killers murderer murderers thief thieves robber robbers burglar burglars terrorist "
           "terrorists militants insurgents criminals smugglers traffickers fraudsters scammers hackers poachers "
           "looters gunman gunmen attackers fire fires wildfire wildfires blaze flames virus viruses disease "
           "infection infections epidemic outbreak pandemic bacteria")
# The words after a harm's that make it name whom it touches or who fights it: "helped fire crews", "virus victims".
_NOT_HARMS = ("victims victim patients sufferers survivors service services crews crew fighters brigade brigades "
              "research researchers unit units team teams squad squads officers department departments test tests "
              "testing vaccine vaccines safety prevention investigators detectives")
_SETS = {"harm": HARMFUL, "not_harm": _NOT_HARMS, "determiner": "the a an this that its their his her our these those"}
HELPED_HARMS = make_phrases(dict.fromkeys(HELPING, (  # "!" is any word but those, or none: "helped the gang."
    "_ {harm} !{not_harm}", "_ {determiner} {harm} !{not_harm}", "_ {determiner} * {harm} !{not_harm}")), _SETS)


def helped_harms(text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, for each word number in `verbs` (each one of `HELPING` in a batch's `lowered` text, whose word starts
    are `starts` and whose words' paragraphs are `paragraph`), whether its object is one of `HARMFUL`.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = " fog helped the gang escape  helped fire crews  helped fight the virus  helping the deadly virus spread"
    >>> starts = word_starts(text)
    >>> verbs = np.array([w for w, s in enumerate(starts.tolist()) if text[s:s + 4] == "help"])
    >>> helped_harms(text, starts, np.zeros(len(starts), int), verbs).tolist()
    [True, False, False, True]
    """
    return phrases_found(text, starts, paragraph, verbs, HELPED_HARMS)
