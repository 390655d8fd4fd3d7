"""A killing of germs is a cure: "a new antibiotic that kills drug-resistant bacteria", "drugs that kill cancer cells".

VADER's lexicon reads every "kill" as a death ("kill" −3.7, "kills" −2.5, "killing" −3.4), so health and science news of
a cure read as a killing ("Scientists discovered a new antibiotic that kills drug-resistant bacteria" was negative). A
"kill", "kills" or "killing" with a germ, a tumour's cell or a pest one to three words after it (`GERMS`: "kills
bacteria", "kill off the virus", "killing cancer cells"; not "kills brain cells") takes the valence of the lexicon's
"protect" (+1.6), a cure's, and the bad words of what it kills, up to three words after it, have none ("kills cancer
cells" is no cancer of the news); "killed" is left as it is, as are a germ before the verb ("The virus killed 300
people", "a virus that can kill"), and any kill with no germ after it ("killing thousands").
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_phrases import make_phrases, phrases_found

KILLING = ("kill", "kills", "killing")
# What a cure kills: germs, a tumour, pests that carry disease ("kills mosquito larvae").
GERMS = ("bacteria bacterium germ germs virus viruses microbe microbes superbug superbugs pathogen pathogens "
         "parasite parasites fungus fungi mould mold tumour tumours tumor tumors weeds pests insects "
         "mosquito mosquitoes larvae lice")
# Cells only where a word of a tumour names them ("kills cancer cells", "killing breast cancer cells"): a kill of other
# cells is a harm ("Heavy drinking kills brain cells", "HIV kills immune cells") and "cells" a prison's or a militant
# group's as often ("killing inmates in cells", "killing two terror cell members").
_TUMOUR = "cancer cancerous tumour tumor leukaemia leukemia malignant"
CURE = 1.6  # the lexicon's "protect"
_CURES = make_phrases(dict.fromkeys(KILLING, ("_ {germ}", "_ * {germ}", "_ * * {germ}", "_ {tumour} {cell}",
                                              "_ * {tumour} {cell}", "_ {tumour} * {cell}")),
                      {"germ": GERMS, "tumour": _TUMOUR, "cell": "cell cells"})


def cures(text: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return, for each word number in `words` (each one of `KILLING` in a batch's `lowered` text, whose word starts
    are `starts` and whose words' paragraphs are `paragraph`), whether it kills a germ (`GERMS`): a cure.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = " a drug that kills drug resistant bacteria  gunmen kill three  kill off the virus"
    >>> starts = word_starts(text)
    >>> kills = np.array([w for w, s in enumerate(starts.tolist()) if text[s:s + 4] == "kill"])
    >>> cures(text, starts, np.zeros(len(starts), int), kills).tolist()
    [True, False, True]
    """
    return phrases_found(text, starts, paragraph, words, _CURES)


def killed_words(cures: np.ndarray, last_word: np.ndarray, values: np.ndarray, n_words: int) -> np.ndarray:
    """Return, per key found (each ending on word number `last_word`, valued `values`), whether it is a bad word up to
    three words after one of `cures` (word numbers of kills that are cures): what the cure kills, of no tone.

    >>> killed_words(np.array([1]), np.array([1, 2, 3, 6]), np.array([1.6, -3.4, 0.0, -2.0]), 8).tolist()
    [False, True, False, False]
    """
    killed = np.zeros(n_words + 4, dtype=bool)
    for distance in (1, 2, 3):
        killed[cures + distance] = True
    return killed[last_word] & (values < 0)
