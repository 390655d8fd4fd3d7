"""An Apple News Format article (`article.json`, as a CMS's Apple News plug-in or Apple's News Publisher writes it):
one article whose text is its `components`' texts in order, its writers and its day in `metadata`.

Such a file was read as four "articles", one a component (its title, its byline, each paragraph), none dated.
"""

from __future__ import annotations

from collections.abc import Mapping

# The components whose text is the article's words, in order: its paragraphs, headings, an intro, a quote. A pull
# quote repeats a sentence of the body, a caption a photo's, a byline and a title are the record's own fields.
_TEXT_ROLES = frozenset({"body", "heading", "heading1", "heading2", "heading3", "heading4", "heading5", "heading6",
                         "intro", "quote"})
_CONTAINERS = 3  # sections in a chapter in a container: deep enough for the layouts publishers write


def is_apple_news(value: object) -> bool:
    """Return whether a JSON value is an Apple News Format article: a `components` array beside its `identifier` or
    `version`, and its `title`, each component an object with its `role` (a software release's record, its
    `version`, `title`, `text` and `components` named, is none).

    >>> is_apple_news({"version": "1.7", "identifier": "a", "title": "T", "components": []}), is_apple_news([])
    (True, False)
    >>> is_apple_news({"version": "2.1", "title": "Release 2.1", "components": [{"name": "api"}], "text": "Fixes."})
    False
    """
    if not isinstance(value, Mapping) or "title" not in value or not ("identifier" in value or "version" in value):
        return False
    components = value.get("components")
    return isinstance(components, list) and all(isinstance(c, Mapping) and "role" in c for c in components)


def apple_news_record(article: Mapping[str, object]) -> dict[str, object]:
    """Return an Apple News Format article as a record of common names: its title, its text, its authors (its
    metadata's, else its byline component's), its day, its address and its language.

    >>> r = apple_news_record({"title": "T", "metadata": {"authors": ["Jo Roe"], "datePublished": "2026-01-22"},
    ...     "components": [{"role": "byline", "text": "By Jo Roe"}, {"role": "container", "components": [
    ...         {"role": "body", "text": "One."}, {"role": "pullquote", "text": "One."}]},
    ...         {"role": "body", "text": "Two."}]})
    >>> r["text"], r["authors"], r["published_at"]
    ('One.\\n\\nTwo.', ['Jo Roe'], '2026-01-22')
    """
    metadata = article.get("metadata")
    metadata = metadata if isinstance(metadata, Mapping) else {}
    texts: list[str] = []
    bylines: list[str] = []
    _read_components(article.get("components"), texts, bylines, _CONTAINERS)
    record: dict[str, object] = {k: v for k, v in article.items() if k not in ("components", "metadata")}
    record.update(
        text="\n\n".join(texts),
        authors=metadata.get("authors") or bylines,
        published_at=metadata.get("datePublished") or metadata.get("dateCreated"),
        url=metadata.get("canonicalURL"),
    )
    return record


def _read_components(components: object, texts: list[str], bylines: list[str], depth: int) -> None:
    """Add the texts of a list of components (and of the components each container holds) to `texts`, a byline's to
    `bylines`."""
    if not isinstance(components, list) or depth < 0:
        return
    for component in components:
        if not isinstance(component, Mapping):
            continue
        role, text = component.get("role"), component.get("text")
        if isinstance(text, str) and text.strip():
            if role in _TEXT_ROLES:
                texts.append(text.strip())
            elif role == "byline":
                bylines.append(text.strip())
        _read_components(component.get("components"), texts, bylines, depth - 1)
