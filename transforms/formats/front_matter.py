"""A leading YAML front-matter block (`---` ... `---`) of a text or Markdown article."""

from __future__ import annotations

import re
from collections.abc import Mapping

import yaml

from transforms.formats.base import ArticleRecord
from transforms.formats.fields import article_from_fields, detect_mapping
from transforms.formats.json_value import without_surrogates

# The block must open on the first line and close on a line of its own ("---" or "...").
_BLOCK = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def split_front_matter(text: str) -> tuple[Mapping[str, object] | None, str]:
    """Return (front matter, the text after it); (None, text) when there is none or it is not YAML.

    >>> split_front_matter("---\\ntitle: Rain\\n---\\nBody.\\n")
    ({'title': 'Rain'}, 'Body.\\n')
    >>> split_front_matter("--- not front matter\\n")[0] is None
    True
    """
    match = _BLOCK.match(text) if text.startswith("---") else None
    if not match:
        return None, text
    try:
        # BaseLoader: every value stays a string, so "2022-09-23" is parsed by our date parser
        # alone and "no" stays "no".
        values = yaml.load(match.group(1) or "", Loader=yaml.BaseLoader)  # noqa: S506 - BaseLoader is safe
    except yaml.YAMLError:
        return None, text  # a "---" rule that opens a text file, not a front-matter block
    if values is None:
        values = {}
    values = without_surrogates(values)  # YAML's "\ud83d" is a lone surrogate, as JSON's: no UTF-8 encoder takes it
    if not isinstance(values, dict):
        return None, text
    return values, text[match.end():]


def article_with_front_matter(text: str) -> ArticleRecord:
    """Return an article from a text: its front matter as metadata (title, date, url, ...), the rest as text.

    Without a front-matter block the article is the text alone. The block is not a paragraph.
    """
    values, body = split_front_matter(text)
    if values is None:
        return ArticleRecord(text=text)
    mapping = detect_mapping(list(values), {})
    mapping.pop("text", None)  # the body is the text after the block, whatever the block holds
    mapping.pop("id", None)
    return article_from_fields(values, mapping, text=body)
