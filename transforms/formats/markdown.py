"""Markdown articles (.md, .markdown): as text files; a "# Heading" first line is the headline."""

from __future__ import annotations

from transforms.formats.base import ReadOptions, ReadResult
from transforms.formats.txt import read_txt


def read_markdown(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the one article of a Markdown file (front matter as for text files).

    The splitter already knows a "# Heading" line as a title; Markdown is kept as written so that
    offsets index the file's own text.
    """
    return read_txt(data, options)
