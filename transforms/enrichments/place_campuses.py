"""A university's campus named by its system's letters and its town: "UC Santa Cruz", "UMass Amherst", "SUNY Buffalo".

A town under `city_population` is kept only where its article names its country, and a campus story seldom does:
"Students at UC Santa Cruz walked out" names the US nowhere, and Santa Cruz has namesakes in Bolivia, Spain and the
Philippines. places.toml's [campus_systems] (by country) holds the letters of university systems news writes right
before a campus's town; such a town is that country's, as a team's whole name is (`place_teams.team_countries`), and
no place where the country has none of its name.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.place_cues import CAMPUS_SYSTEMS, Cues


def campus_countries(cues: Cues, start: np.ndarray) -> dict[int, str]:
    """Return, by mention (index), the country of the university system whose letters stand right before it (`cues`:
    where the batch's text has them, at a word's start: "PUC Santa Cruz", Bolivia's Catholic university, is no UC's).

    >>> import numpy as np
    >>> text = "UC Santa Cruz and UMass Amherst; a UCLA study; PUC Santa Cruz; UC Irvine"
    >>> campus_countries(Cues(text), np.array([3, 24, 51, 63]))
    {0: 'US', 1: 'US', 3: 'US'}
    """
    # ... or that open it: the gazetteer has a few campuses as places of their own ("UC Irvine", a census place)
    after = {at + skip: code for letters, code in CAMPUS_SYSTEMS.items() for at in cues.at(letters)
             for skip in (0, len(letters))}
    if not after:
        return {}
    return {i: after[at] for i, at in enumerate(start.tolist()) if at in after}
