"""A page's authors that its byline writes in capitals ("By <a>OLGA R. RODRIGUEZ</a>", as AP's pages print it) in a
name's case: as the page's author meta tag writes the same name ("Olga R. Rodriguez"), else each word capitalised as a
text file's wire byline is (`txt_bylines.name_cased`: "By JOSH BOAK" is Josh Boak). The capitals are the byline's
type, not the name: the author read "OLGA R. RODRIGUEZ", one writer two authors across a site's pages."""

from __future__ import annotations

from typing import Any

from transforms.formats.txt_bylines import name_cased

# The meta tags a page names its writers in, as written ("Olga R. Rodriguez, Tom Roe")
_META_AUTHORS = ("//meta[@name='author' or @property='article:author' or @name='parsely-author' "
                 "or @name='sailthru.author' or @name='byl']/@content")


def page_cased(authors: tuple[str, ...], tree: Any) -> tuple[str, ...]:
    """Return a page's authors with each name written in capitals in a name's case, the page's meta tag's first."""
    if not any(name.isupper() and len(name.split()) > 1 for name in authors):
        return authors  # most pages: no name in capitals, no meta tag read
    written = {" ".join(name.split()).casefold(): " ".join(name.split())
               for content in tree.xpath(_META_AUTHORS) for name in _meta_names(str(content))}
    return tuple(written.get(name.casefold(), name_cased(name)) if name.isupper() else name for name in authors)


def _meta_names(content: str) -> list[str]:
    """Return the names a meta tag's byline lists ("Olga R. Rodriguez, Tom Roe and Ann Lee"), "By" left out."""
    content = content.removeprefix("By ").removeprefix("by ")
    return [name.strip() for part in content.replace(" and ", ",").replace(";", ",").split(",")
            if (name := part.strip())]
