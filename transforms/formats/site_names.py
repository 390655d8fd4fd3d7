"""Whether the words after a separator in a page's heading are its site's name, or a headline going on.

An error page's <title> or <h1> often gives its message and then the site's name after a dash or a bar ("Page not
found - The Daily Planet"); a news brief may be headlined the same way ("Page not found - museum loses ledger", a
40-word brief so headlined was quarantined as an error page). The words are the site's name when they are a name
the page gives its site: its og:site_name or application-name, the publisher trafilatura reads, what its <title>
adds to its <h1> ("Page not found - museum loses ledger | The Gazette"), or its host name ("Daily Planet" on
dailyplanet.com). Else they are a headline when they are written as a sentence (a lowercase word that is no "of"
or "the" of a name: "museum loses ledger"), or when the page names its site and they are not that name (a host
name alone does not count: "BBC News" on bbc.co.uk). Words in title case on a page that names no site ("Page Not
Found - Museum Loses Ledger", "Page Not Found - Example News") cannot be told from a name by their words: the page's
text tells them apart (error_pages.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from transforms.formats.html_blocks import clean_text

# The separators between a heading and the site's name ("Headline - Site", "Headline | Site").
SEPARATOR = r"[|–—·•»-]"
_LAST_PART = re.compile(rf"^(?P<rest>.+?)\s+{SEPARATOR}\s+(?P<last>[^|–—·•»]+)$")
# The meta tags where a page names its site (trafilatura reads og:site_name and publishers, not the others).
_SITE_NAME_META = (
    "//meta[@property='og:site_name' or @name='og:site_name' or @name='application-name'"
    " or @name='apple-mobile-web-app-title']/@content"
)
_TITLE_AFTER = re.compile(rf"^\s+{SEPARATOR}\s+(.+)$")  # " | The Gazette", after the <h1> in the <title>
_TITLE_BEFORE = re.compile(rf"^(.+?)\s+{SEPARATOR}\s+$")  # "The Gazette | ", before it
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# Words a site's name may write in lower case ("the Guardian", "Times of India", "Le Monde", "El País").
_NAME_WORDS = frozenset({"the", "of", "and", "a", "an", "on", "in", "at", "for", "de", "la", "le", "les", "el",
                         "los", "das", "der", "die", "du", "des", "di", "del", "y", "et", "und"})
_HOST_LABELS = frozenset({"www", "m", "amp", "com", "co", "org", "net", "news"})  # no site's name alone
_THE = re.compile(r"^\W*the\s+", re.IGNORECASE)


def page_site_names(tree: Any) -> list[str]:
    """Return the names a page's (lxml) tree gives its site: its meta tags', and what its <title> adds to its
    <h1> after a separator (before extraction, which prunes the tree).

    >>> from lxml import html
    >>> page_site_names(html.fromstring('<html><head><meta property="og:site_name" content="The Daily Planet">'
    ...     '<title>Fares rise | Planet</title></head><body><h1>Fares  rise</h1></body></html>'))
    ['The Daily Planet', 'Planet']
    """
    names = meta_site_names(tree)
    title = clean_text(" ".join(tree.xpath("//head/title//text()")))
    for h1 in {clean_text(h1.text_content()) for h1 in tree.iter("h1")} - {""}:
        if title.startswith(h1) and (after := _TITLE_AFTER.match(title[len(h1):])) is not None:
            names.append(after[1])
        elif title.endswith(h1) and (before := _TITLE_BEFORE.match(title[: -len(h1)])) is not None:
            names.append(before[1])
    return [name for name in names if name]


def meta_site_names(tree: Any) -> list[str]:
    """Return the names a page's (lxml) meta tags give its site (og:site_name, application-name, ...).

    >>> from lxml import html
    >>> meta_site_names(html.fromstring('<html><head><meta property="og:site_name" content=" BBC  News"></head>'))
    ['BBC News']
    """
    return [name for name in map(clean_text, tree.xpath(_SITE_NAME_META)) if name]


def is_site_name(words: str, site_names: Iterable[str]) -> bool | None:
    """Return whether `words`, after a separator in a page's heading, are the site's name (and not a headline),
    given the names the page gives its site (`site_names`: its meta tags', its publisher's, its host name); None
    when they cannot tell: words in title case on a page that names no site (or only its host).

    >>> is_site_name("Daily Planet", ["The Daily Planet"]), is_site_name("museum loses ledger", [])
    (True, False)
    >>> is_site_name("Daily Planet", ["www.dailyplanet.com"]), is_site_name("Museum Loses Ledger", ["The Gazette"])
    (True, False)
    >>> is_site_name("BBC News", ["bbc.co.uk"]), is_site_name("Museum Loses Ledger", []), is_site_name("Oops", [])
    (None, None, True)
    >>> is_site_name("Museum Loses Ledger | The Gazette", ["The Gazette"])
    False
    """
    names = [name for name in site_names if name]
    known = {key for name in names for key in _name_keys(name)}
    rest = words
    while (parts := _LAST_PART.match(rest)) is not None and _compact(parts["last"]) in known:
        rest = parts["rest"]  # "Museum Loses Ledger | The Gazette": the headline, then the site's name
    if _compact(rest) in known:
        return True
    written = _WORD.findall(rest)
    if len(written) < 2:
        return True  # one word ("Page not found - Oops", "- Gazette") is no headline
    sentence = any(word[0].islower() and word.lower() not in _NAME_WORDS and "." not in word for word in written)
    if sentence or any(not _is_host(name) for name in names):
        return False
    return None  # "The Daily Planet" or "Museum Loses Ledger": a name, or a headline in title case


def _is_host(name: str) -> bool:
    """Return whether a site's name is a host name or a URL ("dailyplanet.co.uk", trafilatura's name for a site
    that gives none)."""
    return " " not in name.strip() and "." in name


def _name_keys(name: str) -> set[str]:
    """Return the forms a site's name may take in a heading: the name, and each label of a host name
    ("dailyplanet" of "www.dailyplanet.co.uk")."""
    keys = {_compact(name)}
    if _is_host(name):
        host = re.sub(r"^[a-z]+://", "", name.strip().lower()).split("/")[0]
        labels = [_compact(label) for label in host.split(".")[:-1] if label not in _HOST_LABELS]
        keys.update([*labels, *(label.removeprefix("the") for label in labels)])  # thedailyplanet.com
    return keys - {""}


def _compact(text: str) -> str:
    """Return a name's letters and digits, in lower case and without a leading "the" ("The Daily Planet":
    "dailyplanet")."""
    return "".join(character for character in _THE.sub("", text.lower()) if character.isalnum())


def letters(text: str) -> str:
    """Return a text's letters and digits, in lower case and without accents ("Süddeutsche" is "suddeutsche"):
    a name or a headline as two fields of one page or feed item are compared.

    >>> letters("Süddeutsche Zeitung - 24/7")
    'suddeutschezeitung247'
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(character for character in decomposed if character.isalnum())
