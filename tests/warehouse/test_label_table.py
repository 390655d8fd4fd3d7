"""paragraph_themes rows as the lake stages them: the flat evidence arrays give the lists one would build row by row."""

from __future__ import annotations

import pyarrow as pa

from transforms.pipeline import EvidenceLists, theme_rows
from transforms.taxonomy import parse_taxonomy
from warehouse.schemas import PARAGRAPH_THEMES
from warehouse.tables import label_table

TAXONOMY = """
[taxonomy]
name = "desk"
semantic = true
[[themes]]
id = "war"
name = "war"
description = "Armed conflict, troops, shelling and ceasefires."
terms = ["troops", "ceasefire", "shelling"]
[[themes]]
id = "economy"
name = "economy"
description = "Inflation, interest rates, budgets and markets."
terms = ["inflation", "interest rates", "budget"]
"""

TEXTS = [
    "Troops crossed the border overnight as shelling resumed; talks on a ceasefire stalled.",
    "Inflation rose to 4.5% and the central bank raised interest rates again.",
    "The weather was mild.",
    "The budget deal collapsed after troops were sent, ministers said; inflation and shelling feared.",
]


def test_the_evidence_column_holds_each_labels_terms_kinds_and_offsets() -> None:
    rows = theme_rows(parse_taxonomy(TAXONOMY), TEXTS, [(f"p{i}", "a") for i in range(len(TEXTS))], "run")
    evidence = rows["evidence"]
    assert isinstance(evidence, EvidenceLists) and len(evidence) >= 3
    kinds = {item["kind"] for labels in evidence for item in labels}
    assert kinds == {"term", "semantic"}  # both kinds of evidence, mixed within labels
    plain = pa.Table.from_pydict({**rows, "evidence": [evidence[i] for i in range(len(evidence))]},
                                 schema=PARAGRAPH_THEMES)
    table = label_table(rows)
    assert table.schema == PARAGRAPH_THEMES
    assert table.to_pylist() == plain.to_pylist()


def test_no_labels_give_an_empty_table() -> None:
    rows = theme_rows(parse_taxonomy(TAXONOMY), ["The weather was mild."], [("p0", "a")], "run")
    assert label_table(rows).num_rows == 0


def test_parts_of_one_taxonomy_share_its_terms_converted_once() -> None:
    import warehouse.tables as tables

    taxonomy = parse_taxonomy(TAXONOMY)
    ids = [(f"p{i}", "a") for i in range(len(TEXTS))]
    first, second = theme_rows(taxonomy, TEXTS[:2], ids[:2], "run"), theme_rows(taxonomy, TEXTS[2:], ids[2:], "run")
    labels = [rows["evidence"].labels for rows in (first, second) if isinstance(rows["evidence"], EvidenceLists)]
    own = labels[0].own_terms
    # the taxonomy's own terms come apart from each part's semantic words, the same tuple for every part
    assert len(labels) == 2 and own and own is labels[1].own_terms
    assert labels[0].terms[:len(own)] == own
    for rows in (first, second):
        plain = pa.Table.from_pydict({**rows, "evidence": list(rows["evidence"])}, schema=PARAGRAPH_THEMES)
        assert label_table(rows).to_pylist() == plain.to_pylist()
    converted = tables._OWN_TERMS[0][1]
    label_table(first)
    assert tables._OWN_TERMS[0][1] is converted  # no new conversion of the taxonomy's terms for another part
