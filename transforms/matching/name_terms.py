"""A listed name (`name = true`: a company's or a product's) as weak evidence beside a strong term of a theme that
outranks names (`outranks_names = true`).

A technology firm's name is technology news when the story is its products, and the buyer's or the seller's name
when the story is a takeover: "Microsoft completes $69bn takeover of Activision Blizzard" was science and
technology (18.4 points, 5.1 of them "Microsoft" three times) against economy's 16.0. In a paragraph where a theme
with `outranks_names` (the bundled taxonomy's economy) has a listed term of STRONG_TERM or more as written
("takeover", "acquisition", "shareholder", "stake in"), another theme's name counts NAME_SHARE of its weight;
elsewhere it counts in full. Beside any theme's strong term, as first written, "Google DeepMind's AI wins gold
medal at maths olympiad" halved "Google" by sport's "gold medal": the firm is the buyer in a deal, not in a contest.
A listed role (`role = true`: who acts, politics' "vote" or "council") is outranked the same way by a theme with
`outranks_roles` (labour's "walkout", "strike action"): a union's ballot is no election.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from transforms.matching.theme_labels import EvidenceRows
from transforms.taxonomy import Taxonomy

# A listed term this strong as written (before its theme's `weight`) names the story's subject: the bundled
# taxonomy's unambiguous words weigh 1.7 to 2.3 ("takeover" 2.2, "acquisition" and "shareholder" 1.7).
STRONG_TERM = 1.7
NAME_SHARE = 0.5


def name_terms(taxonomy: Taxonomy, terms: Sequence[str], flag: str = "name") -> np.ndarray:
    """Return, for each (theme, term) as `theme * len(terms) + term` indexes it, whether it is a listed name (or,
    with `flag="role"`, a listed role: the same rule, outranked by `outranks_roles`).

    `terms`: the matcher's terms, as `EvidenceRows.term` indexes them (a term is found by the text it is written as).
    """
    where = {text: i for i, text in enumerate(terms)}
    names = np.zeros(len(taxonomy.themes) * len(terms), dtype=bool)
    for t, theme in enumerate(taxonomy.themes):
        for term in theme.terms:
            if getattr(term, flag) and term.text in where:
                names[t * len(terms) + where[term.text]] = True
    return names


def names_beside_strong_terms(rows: EvidenceRows, names: np.ndarray, n_terms: int, n_paragraphs: int,
                              scales: np.ndarray, outranking: np.ndarray) -> EvidenceRows:
    """Return the term rows with each listed name's weight times NAME_SHARE in a paragraph where another theme,
    one of `outranking`, has a listed term of STRONG_TERM or more as written (a name is no such term itself).

    `names`: `name_terms` of the taxonomy; `scales`: each theme's `weight`, which the rows' weights carry;
    `outranking`: per theme, whether it outranks names (`outranks_names`).
    """
    if not len(rows.weight) or not names.any() or not outranking.any():
        return rows
    n_themes = len(scales)
    is_name = names[rows.theme * n_terms + rows.term]
    if not is_name.any():
        return rows
    written = rows.weight / np.where(scales[rows.theme] > 0, scales[rows.theme], 1.0)
    strong = (written >= STRONG_TERM - 1e-9) & ~is_name & outranking[rows.theme]
    has_strong = np.zeros(n_paragraphs * n_themes, dtype=bool)
    has_strong[rows.paragraph[strong] * n_themes + rows.theme[strong]] = True
    per_paragraph = has_strong.reshape(n_paragraphs, n_themes)
    # Another theme's: the paragraph's strong themes, less the name's own theme when it is one of them.
    others = per_paragraph.sum(axis=1)[rows.paragraph] - per_paragraph[rows.paragraph, rows.theme]
    weak = is_name & (others > 0)
    if not weak.any():
        return rows
    weight = rows.weight.copy()
    weight[weak] = np.round(weight[weak] * NAME_SHARE, 4)
    return EvidenceRows(rows.paragraph, rows.theme, rows.order, rows.start, rows.end, rows.term, weight, rows.kind)
