"""What the bundled taxonomy's word-list tests read of a paragraph: its themes, and a theme's terms in it, whatever
their score (`test_default_taxonomy*.py`)."""

from __future__ import annotations

import dataclasses

from transforms.labeller import label_texts
from transforms.matching.themes import label_paragraphs


def term_evidence(taxonomy, text: str, theme: str) -> set[str]:
    """The terms of `theme` found in `text`, whatever the score they add up to."""
    any_score = dataclasses.replace(taxonomy, min_score=0.01, min_share=0.0)
    return {e.term for label in label_paragraphs(any_score, [text]) if label.theme_id == theme
            for e in label.evidence if e.kind == "term"}


def themes(taxonomy, text: str) -> set[str]:
    """The themes the labeller gives `text`."""
    return {label.theme_id for label in label_texts(taxonomy, [text])}
