"""What the bundled taxonomy's word-list tests read of a paragraph: its themes, a theme's terms or evidence in it,
whatever their score, and an article's primary theme (`test_default_taxonomy*.py`)."""

from __future__ import annotations

import dataclasses

from transforms.labeller import label_texts, labeller_for
from transforms.matching.themes import label_paragraphs
from transforms.rollup import primary_themes, rollup


def term_evidence(taxonomy, text: str, theme: str) -> set[str]:
    """The terms of `theme` found in `text`, whatever the score they add up to."""
    any_score = dataclasses.replace(taxonomy, min_score=0.01, min_share=0.0)
    return {e.term for label in label_paragraphs(any_score, [text]) if label.theme_id == theme
            for e in label.evidence if e.kind == "term"}


def themes(taxonomy, text: str) -> set[str]:
    """The themes the labeller gives `text`."""
    return {label.theme_id for label in label_texts(taxonomy, [text])}


def evidence_of_kind(taxonomy, text: str, theme: str, kind: str) -> set[str]:
    """The words of `theme`'s evidence of one kind in `text`, whatever the score they add up to."""
    any_score = dataclasses.replace(taxonomy, min_score=0.01, min_share=0.0)
    labels = label_paragraphs(any_score, [text]) if kind == "term" else label_texts(any_score, [text])
    return {e.term for label in labels if label.theme_id == theme for e in label.evidence if e.kind == kind}


def listed_evidence(taxonomy, text: str, theme: str) -> set[str]:
    """The words and terms, of either kind, that `theme`'s label of `text` lists (none without a label)."""
    return {e.term for label in label_texts(taxonomy, [text]) if label.theme_id == theme for e in label.evidence}


def primary(taxonomy, headline: str, body: str) -> str | None:
    """The primary theme of an article of a headline and one paragraph."""
    roles = ("title", "body")
    labels = label_texts(taxonomy, [headline, body])
    return primary_themes(rollup(("a", roles[lab.paragraph], lab.theme_id, lab.score) for lab in labels)).get("a")


def article_primary(taxonomy, headline: str, body: str) -> str | None:
    """The primary theme of an article of a headline and one paragraph, labelled as the pipeline labels it: as one
    article, so that the rules reading a whole article (`transforms.headline_themes`) apply."""
    roles = ("title", "body")
    labels = labeller_for(taxonomy).label_columns([headline, body], articles=["a", "a"]).labels(taxonomy)
    return primary_themes(rollup(("a", roles[lab.paragraph], lab.theme_id, lab.score) for lab in labels)).get("a")
