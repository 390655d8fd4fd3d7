"""How labeled articles are dealt into cross-validation folds, and which labels have too few articles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from transforms.naive_bayes import MIN_ARTICLES

# Fewer labeled articles than this under a label: `learn` says its theme is learned from too few.
FEW_ARTICLES = 10


def too_few_articles(labels: Sequence[str], few: int = FEW_ARTICLES) -> str | None:
    """Return a note naming the labels with fewer than `few` articles, or None when every label has enough.

    >>> too_few_articles(["sport"] * 12 + ["arts"]).split(":")[:2]
    ['few labeled articles', ' arts (1)']
    >>> too_few_articles(["sport"] * 12) is None
    True
    """
    counts = Counter(labels)
    thin = sorted((label, n) for label, n in counts.items() if n < few)
    if not thin:
        return None
    listed = ", ".join(f"{label} ({n})" for label, n in thin)
    return (f"few labeled articles: {listed}: a label needs about {few} or more; its learned terms need "
            f"{MIN_ARTICLES} articles each, and its theme vector is fitted to what these few say")


def folds(keys: Sequence[tuple[str, str]], k: int) -> list[int]:
    """Return a fold number per (label, content hash): stratified by label, duplicates together.

    Each label's texts, ordered by content hash, are dealt round-robin from fold 0, so the split is
    the same on every machine. A label with fewer texts than folds is dealt on from where the last
    such label stopped instead: restarting at fold 0 left the high folds empty when labels have few
    texts (3 labels of 1 text, 3 folds: one fold of 3, two of 0). A label with K texts or more fills
    every fold itself, so the dev corpora's splits (and the figures in docs/labels.md) are as they were.
    Copies of one text, in any label, share the fold it was dealt first: never on both sides of a split.

    >>> folds([("a", "h1"), ("a", "h2"), ("a", "h1"), ("a", "h3"), ("b", "h4"), ("c", "h5")], 3)
    [0, 1, 0, 2, 0, 1]
    """
    fold_of: dict[str, int] = {}
    by_label: dict[str, set[str]] = {}
    for label, digest in keys:
        by_label.setdefault(label, set()).add(digest)
    carried = 0  # where the deal of the small labels has got to
    for digests in by_label.values():
        for n, digest in enumerate(sorted(digests)):
            if len(digests) < k:
                n, carried = carried, carried + 1
            fold_of.setdefault(digest, n % k)
    return [fold_of[digest] for _, digest in keys]
