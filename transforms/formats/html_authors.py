"""A page's authors: trafilatura's, each byline the page's markup writes read as a records file's is.

trafilatura parts a byline at every comma (and `;`, `|`, `&`, "and", `/`) and joins the names with
"; ": a meta tag's or JSON-LD author's "Smith, Jane" became two people, "Smith" and "Jane", where a
records file's is Jane Smith (transforms/formats/record_authors.py, `authors_of`). A byline of the page's
meta tags, JSON-LD or body byline elements that trafilatura parted is read again by `authors_of`, its names then cleaned
as trafilatura cleans them (a handle, an e-mail address or a nickname left out). The JSON-LD authors
trafilatura reads none of (an organisation, a live blog's own) are authors too, as a records file's are.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from transforms.formats.author_dates import without_dates, without_leading_date
from transforms.formats.bold_headlines import page_headline
from transforms.formats.byline_credits import credited
from transforms.formats.byline_languages import CAPITAL, JOIN_WORDS, LEAD_WORDS, without_lead
from transforms.formats.byline_outlets import is_outlet
from transforms.formats.byline_roles import is_role, name_after_role
from transforms.formats.byline_rubrics import is_idiom, is_rubric
from transforms.formats.json_ld import json_ld_nodes
from transforms.formats.marked_bylines import PLACE_DASH, first_line, is_marked_name, with_capital_lead
from transforms.formats.profile_bylines import profile_byline
from transforms.formats.record_authors import authors_of

# Meta tags that name the page's authors (author, article:author, og:author, dc.creator, parsely-author,
# sailthru.author, citation_author, byl, ...).
_AUTHOR_META = re.compile(r"author|creator|^byl$")


class PageBylines(NamedTuple):
    """The bylines a page writes (`page_bylines`): all of them, as written, and the JSON-LD authors trafilatura
    reads none of."""

    written: list[str]
    unread: list[str]


def page_bylines(tree: Any) -> PageBylines:
    """Return the bylines a page's author meta tags, its JSON-LD authors' names and its body's byline
    elements write, as written; and, apart, the JSON-LD authors trafilatura does not read: an author that is
    an organisation (`{"@type": "Organization", "name": "Reuters"}`: trafilatura reads people only), and a
    live blog's own (trafilatura reads the `liveBlogUpdate` posts of a `LiveBlogPosting`, not the blog).

    >>> from lxml import html
    >>> page = html.fromstring('<html><head><meta name="author" content="Smith, Jane">'
    ...     '<script type="application/ld+json">{"author": [{"@type": "Person", "name": "Roe, Tom"}, "Ann Lee",'
    ...     ' {"@type": "Organization", "name": "Reuters"}]}'
    ...     '</script></head><body><p class="byline">By <a rel="author">Doe,  John</a></p></body></html>')
    >>> page_bylines(page)
    PageBylines(written=['Smith, Jane', 'Roe, Tom', 'Ann Lee', 'Reuters', 'By Doe, John', 'Doe, John'], \
unread=['Reuters'])
    """
    written = [
        (element.get("content") or "").strip()
        for element in tree.iter("meta")
        if _AUTHOR_META.search(
            (element.get("name") or element.get("property") or element.get("itemprop") or "").lower()
        )
    ]
    # trafilatura reads no name of one word from a meta tag: an agency's there ("Kyodo" on The Japan Times' page) is
    # read as a JSON-LD Organization's is; a CMS's user name of one word ("admin") is no outlet, and no author
    unread = [name for name in written if len(name.split()) == 1 and is_outlet(name)]
    for node in json_ld_nodes(tree):
        authors = node.get("author")
        live_blog = _is_live_blog(node)
        for author in authors if isinstance(authors, list) else [authors]:
            name = author.get("name") if isinstance(author, dict) else author
            if isinstance(name, str) and name.strip():
                written.append(name.strip())
                if live_blog or isinstance(author, dict) and not _is_person(author.get("@type", "Person")):
                    unread.append(name.strip())
    written += [" ".join(element.text_content().split()) for element in tree.xpath(_BODY_BYLINES)]
    plain = plain_byline(tree)
    if plain is not None:  # trafilatura reads no author from a plain paragraph: added as a JSON-LD one it reads not
        names = with_capital_lead(without_leading_date(plain))  # "Published 5 March 2025 By Omar Khan": after "By"
        written.append(names)
        unread.append(names)
    if not any(written) and (linked := profile_byline(tree)) is not None:
        written.append(linked)  # a link to the author's profile alone, as Substack's post header writes it
        unread.append(linked)
    return PageBylines([byline for byline in written if byline], unread)


# A plain paragraph under the headline that is "By" and names, as a page without byline markup writes one: "By Jane
# Smith", "By Jane Smith and Tom Roe", "By Jane Smith, Health Correspondent" (a role `authors_of` leaves out). Not a
# sentence that opens with "By": a lower-case word ("By then the") or a day's name ("By Tuesday", "By Christmas Day").
# The same in German, French, Spanish, Portuguese, Italian, Dutch and the Nordic languages ("Von Max Müller und ...",
# "Par ... et ...", "Por ... y ...", "di ... e ...", "Door ... en ...", "Av ... och ...": `byline_languages`), whose
# capitals may be accented ("Éric", "Ángel").
_PLAIN_BYLINE = re.compile(
    rf"(?:By|{LEAD_WORDS})\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|Christmas\b|Easter\b)"
    rf"{CAPITAL}[\w'’.-]+(?:\s+(?:{CAPITAL}[\w'’.-]*|&|{'|'.join(JOIN_WORDS)}"
    r"|de|van|von|zu|der|da|di|le|la|bin|al|del|dos|das|du|des),?)+"
)
# A byline without "By" that is a name in capitals and its role after a comma, as Nikkei Asia prints one ("KENJI
# KAWASE, Nikkei staff writer": it was the article's first paragraph). Both make it one: a name in capitals alone may
# be a kicker or a heading, and a name in a name's case before a role a sentence's subject ("Jane Doe, a nurse, ...")
_CAPITALS_NAME = re.compile(r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]*){1,3}")
# The elements read after the headline: its byline is right under it
_AFTER_HEADLINE = 3
def plain_byline(tree: Any) -> str | None:
    """Return the byline a plain paragraph right under a page's first <h1> writes (`_PLAIN_BYLINE`), else None.

    >>> from lxml import html
    >>> plain_byline(html.fromstring("<html><body><h1>Floods</h1><p>By Jane  Smith</p><p>Rain.</p></body></html>"))
    'By Jane Smith'
    >>> plain_byline(html.fromstring("<html><body><h1>Floods</h1><p>By Tuesday it rained.</p></body></html>"))
    >>> plain_byline(html.fromstring("<html><body><h1>Flut</h1><p>Von Max Müller, ARD-Studio</p></body></html>"))
    'Von Max Müller, ARD-Studio'
    >>> plain_byline(html.fromstring("<html><body><h1>Yen</h1><p>KENJI KAWASE, Nikkei staff writer</p></body></html>"))
    'KENJI KAWASE, Nikkei staff writer'
    """
    headline = page_headline(tree)  # its <h1>, or a newsletter's bold first paragraph (`bold_headlines`)
    if headline is None:
        return None
    read = 0
    for element in headline.itersiblings():
        if not isinstance(element.tag, str) or element.tag not in ("p", "div", "span"):
            continue
        text = first_line(element)
        if not text:
            continue
        # Its date left out: "By Tom Hughes. Updated 5 March 2025, 14:20" (the names' pattern holds no digit), and
        # a date before its "By": "Published 5 March 2025 By Omar Khan"; a dash before its place a comma
        # ("Por Mariana Costa — Brasília", as Brazilian sites write it: no author)
        names = PLACE_DASH.sub(", ", without_dates(without_leading_date(text)).rstrip("."))
        names = _without_roles(names)
        # a role before the name, in lower case as ABC Australia signs ("By political reporter Jane Norman"): the name
        # is the byline's (the line was the article's first paragraph); a role noun must lead to it (`name_after_role`)
        names = f"By {name_after_role(names[3:])}" if names.startswith("By ") else names
        if len(text) < 120 and _PLAIN_BYLINE.fullmatch(names) and _names_people(names) and _opens_byline(names):
            return text
        if _CAPITALS_NAME.fullmatch(text.split(",", 1)[0]) and _names_people(f"By {text}") \
                and _without_roles(text) != text and _CAPITALS_NAME.fullmatch(_without_roles(text)):
            return text  # "KENJI KAWASE, Nikkei staff writer": a role after the name, no "By"
        if is_marked_name(element, names):
            return text
        read += 1
        if read >= _AFTER_HEADLINE:
            return None
    return None


def _opens_byline(names: str) -> bool:
    """Return whether a plain byline's first word is one a byline opens with before its names: "By", or another
    language's before a name of two words ("Von Max Müller"; "Von Berlin" is no byline).

    >>> _opens_byline("Von Max Müller"), _opens_byline("Von Berlin"), _opens_byline("By Reuters")
    (True, False, True)
    """
    return names.startswith("By") or without_lead(names)[0] != names


def _without_roles(byline: str) -> str:
    """Return a byline without the roles that end it after a comma, which `_PLAIN_BYLINE` need not match: the BBC
    writes them in lower case ("By Katy Austin, Transport correspondent"), and such a byline was a body paragraph.

    >>> _without_roles("By Katy Austin, Transport correspondent"), _without_roles("By March, prices had risen")
    ('By Katy Austin', 'By March, prices had risen')
    """
    parts = byline.split(",")
    while len(parts) > 1 and is_role(parts[-1].strip()):
        parts.pop()
    return ",".join(parts)


def _names_people(byline: str) -> bool:
    """Return whether a plain byline's names, before a comma (a role's, as "Jane Smith, Health Correspondent"), are
    people's, not a rubric's (`byline_rubrics`).

    >>> _names_people("By Mary O'Brien and Tom Brown"), _names_people("By The Numbers")
    (True, False)
    >>> _names_people("By Invitation Only"), _names_people("By Jane Smith, The Times Health Correspondent")
    (False, True)
    """
    return not is_rubric(" ".join(byline.split(",")[0].split()[1:]))


def _is_person(types: object) -> bool:
    return "Person" in (types if isinstance(types, list) else [types])


def _is_live_blog(node: dict) -> bool:
    """Return whether a JSON-LD node is a live blog with its posts, whose own author trafilatura does not read."""
    types = node.get("@type")
    return "LiveBlogPosting" in (types if isinstance(types, list) else [types]) and "liveBlogUpdate" in node


# Bylines the page's body writes, where trafilatura finds an author when no meta tag or JSON-LD names
# one: a link or element marked as the author's (rel, itemprop), or one whose class is a byline's.
# Short ones only: a class "author-bio" or "authors-list" may hold a paragraph or a whole list.
_BODY_BYLINES = (
    "//body//*[@rel='author' or @itemprop='author' or contains(concat(' ', normalize-space(@class), ' '), ' byline ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' author ')][string-length(normalize-space()) < 120]"
)


# A byline's date after its name, its label and what trafilatura kept of the date ("Reuters Published February"
# from Dawn's "Reuters Published February 16, 2026", "AFP Updated March 3"): no part of a name. A label in capitals
# after a name's words only: no name holds "Published" or "Updated", and a lower-case "posted" may be a sentence's.
_DATE_LABEL = re.compile(r"(?<=\w)\s+(?:(?:First|Last)\s+)?(?:Published|Updated|Posted)\b.*$")


def page_authors(found: str | None, bylines: PageBylines) -> tuple[str, ...]:
    """Return a page's authors: trafilatura's (`found`, names parted by ";"), where the names it
    parted a byline of the page into (`page_bylines`) are that byline read by `authors_of`; then the
    JSON-LD authors trafilatura does not read (an organisation, a live blog's own), as a records file's
    author of that name is one.

    >>> page_authors("Smith; Jane; Tom Roe", PageBylines(["Smith, Jane", "Tom Roe"], []))
    ('Jane Smith', 'Tom Roe')
    >>> page_authors("Jane Doe; Tom Roe", PageBylines(["Jane Doe, Tom Roe"], []))
    ('Jane Doe', 'Tom Roe')
    >>> page_authors("Reuters; AFP", PageBylines(["Reuters, AFP"], []))
    ('Reuters', 'AFP')
    >>> page_authors(None, PageBylines(["Reuters"], ["Reuters"]))  # a JSON-LD Organization: trafilatura found none
    ('Reuters',)
    >>> page_authors("Special Delivery", PageBylines(["By Special Delivery"], []))
    ()
    """
    from trafilatura.json_metadata import normalize_authors  # as trafilatura read each byline

    # A byline's element that holds a rubric's words ("By Special Delivery", "By Invitation Only") names no writer,
    # though trafilatura reads it as one; only by their words, as a name may end as an adjective ("Faithful Nkosi")
    names = [_DATE_LABEL.sub("", name).strip() for name in (found or "").split(";")]
    names = [name for name in names if name and not is_idiom(name)]
    for byline in bylines.written if names else ():
        # A byline trafilatura parted, or left whole where it keeps what is no name (the date's label in
        # "By Tom Hughes. Updated 5 March 2025": "Tom Hughes Updated")
        parted = [" ".join(name.split()) for name in (normalize_authors(None, byline) or "").split("; ")]
        start = _run(names, parted) if len(parted) > 1 or _read(byline) != parted else None
        if start is None:
            continue
        names[start : start + len(parted)] = _read(byline)
    known = {name.lower() for name in authors_of(names)}
    # A wire's credit in a meta tag ("Reuters (Reporting by Jane Doe)"): trafilatura finds no author in it
    credits = [byline for byline in bylines.written if not names and "(" in byline and credited(byline) != byline]
    for name in (name for byline in bylines.unread + credits for name in _read(byline)):
        if name.lower() not in known:
            known.add(name.lower())
            names.append(name)
    return _with_initials(authors_of(names), bylines.written)


def _with_initials(names: tuple[str, ...], written: list[str]) -> tuple[str, ...]:
    """Return a page's authors with the full stops of their initials as a byline writes them: trafilatura leaves them
    out ("Tom J. Roe" in JSON-LD was the author "Tom J Roe", "J.R. Smith" "J R Smith").

    >>> _with_initials(("Tom J Roe", "J R Smith", "Ann Lee"), ["Tom J. Roe", "By J.R. Smith and Ann Lee"])
    ('Tom J. Roe', 'J.R. Smith', 'Ann Lee')
    """
    dotted = {_undotted(name): name for byline in written if "." in byline for name in authors_of(byline)
              if "." in name}
    return tuple(dotted.get(_undotted(name), name) for name in names) if dotted else names


def _undotted(name: str) -> str:
    return " ".join(name.replace(".", " ").split()).lower()


def _read(byline: str) -> list[str]:
    """Return the names of a byline read by `authors_of`, each cleaned as trafilatura cleans a name (a handle,
    an e-mail address or a web address left out)."""
    from trafilatura.json_metadata import normalize_authors

    # An ampersand the page escaped twice, "Jane Smith &amp;amp; Tom Roe" read "&amp;", parts names as "&" does: it
    # was an author "Amp"
    byline = _ESCAPED_AMPERSAND.sub("&", byline)
    return [n for name in authors_of(byline) for n in _cleaned(name, normalize_authors(None, name)) if n]


def _cleaned(name: str, normalized: str | None) -> list[str]:
    """Return a name as trafilatura cleaned it, but a nickname in brackets inside it kept ("Robert (Bob) Smith" was
    "Robert Smith", where a records file's author keeps it).

    >>> _cleaned("Robert (Bob) Smith", "Robert  Smith"), _cleaned("@janedoe", "Janedoe")
    (['Robert (Bob) Smith'], ['Janedoe'])
    """
    if normalized and "(" in name and " ".join(normalized.split()) == " ".join(_BRACKET.sub(" ", name).split()):
        return [name]
    return (normalized or "").split("; ")


_BRACKET = re.compile(r"\([^()]*\)")


_ESCAPED_AMPERSAND = re.compile(r"&amp;", re.IGNORECASE)


def _run(names: list[str], parted: list[str]) -> int | None:
    """Return where `parted` is found in `names`, one after another, or None."""
    for start in range(len(names) - len(parted) + 1):
        if names[start : start + len(parted)] == parted:
            return start
    return None
