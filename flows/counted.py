"""A count and its noun, as the run's messages write them: "1 file", "3 files", "1 batch", "2 batches"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """Return `n` and its noun, in the singular for one (the plural adds "s", "es" after s, x, ch or sh,
    unless `plural` says otherwise). The run's log said "1 files: ... 1 to read in 1 batches".

    >>> counted(1, "file"), counted(3, "file"), counted(0, "label"), counted(1, "batch"), counted(2, "batch")
    ('1 file', '3 files', '0 labels', '1 batch', '2 batches')
    >>> counted(1, "article in another language", "articles in another language")
    '1 article in another language'
    """
    if n == 1:
        return f"{n} {noun}"
    if plural is None:
        plural = f"{noun}es" if noun.endswith(("s", "x", "ch", "sh")) else f"{noun}s"
    return f"{n} {plural}"
