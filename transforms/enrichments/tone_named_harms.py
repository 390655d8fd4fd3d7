"""A disease or a disaster that names what treats it, studies it or whom it drove out: "cancer drug", "flu vaccine",
"wildfire evacuees".

VADER reads "cancer" (−3.4) wherever it is, and news writes it most often as the name of what fights it: "The FDA
approved the cancer drug" read −5.0, "Approval for the new cancer drug came after a ten-year wait" and "The hospital's
new cancer unit will treat thousands of patients" bad, the disease outweighing the approval or the care. A harm of
`NAMING_HARMS` right before a word of `_TREATING` (a medicine, a ward, a test, those who study or treat it, those it
drove out, a defence against it) names it and carries no tone; the word after it keeps its own. Not before those it
touched and still touches ("cancer patients", "flood victims", "earthquake survivors"), nor before a verb ("cancer
spreading"). Python work per harm found: a few a batch.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_phrases import make_phrases, phrases_found

# The diseases and the disasters of the lexicon and of tone's `NEWS_WORDS` that news writes as a name before what treats
# or studies them; each of the dev corpora's 14 uses before a word of `_TREATING` ("flu vaccine", "cancer specialists",
# "Hurricane Center", "Disaster Research") names one
NAMING_HARMS = ("cancer", "flu", "trauma", "depression", "pain", "illness", "pandemic", "epidemic", "wildfire",
                "wildfires", "bushfire", "bushfires", "floods", "earthquake", "quake", "hurricane", "disaster",
                "disasters")
_TREATING = ("drug drugs medicine medicines treatment treatments vaccine vaccines jab jabs therapy therapies unit "
             "units ward wards clinic clinics centre centres center centers hospital hospitals research researchers "
             "charity charities screening specialist specialists nurse nurses doctor doctors surgeon surgeons test "
             "tests testing evacuees defences defenses")
NAMED_HARMS = make_phrases(dict.fromkeys(NAMING_HARMS, ("_ {treating}",)), {"treating": _TREATING})


def named_harms(text: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return, for each word number in `words` (each one of `NAMING_HARMS` in a batch's `lowered` text, whose word
    starts are `starts` and whose words' paragraphs are `paragraph`), whether it names what treats it or whom it drove
    out: a word of `_TREATING` right after it.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "the fda approved the cancer drug  cancer patients waited  wildfire evacuees"
    >>> named_harms(text, word_starts(text), np.zeros(11, int), np.array([4, 6, 9])).tolist()
    [True, False, True]
    """
    return phrases_found(text, starts, paragraph, words, NAMED_HARMS)
