"""An alert mail's stories read by their links, where the mail marks none with microdata (Google Alerts' mails as
some clients and forwarders keep them, their `itemscope` attributes stripped): such a mail was one article of its
header lines ("Google Alerts", the query, "Daily update"), its stories' links dropped as navigation.

Only a mail known as an alert by its sender, its List-Id or its subject is read so (`is_alert_mail`): a newsletter's
digest of links ("Top stories this week") lays its stories out alike, and is one issue of its own. A story is a link
through the alert's redirect to another site ("google.com/url?...&url=https://news.test/a"): the alert's own links
(its feedback, share and unsubscribe pages) lie on its own site, and a mail's link straight to a page is no story's.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import lxml.html

from transforms.formats.alert_mails import AlertItem

_ALERT_SENDERS = ("googlealerts-noreply@google.com",)  # the address Google Alerts sends from
# An alert's subject, "Google Alert - cycle lanes" as English writes it, the service's name and its alert's word in
# the reader's language otherwise ("Alerte Google - ", "Alerta de Google - ", "Google Alert – "): a word of "alert"'s
# stem beside "Google", then the dash before its query, which no newsletter's "Breaking News Alert:" writes
_ALERT_SUBJECT = re.compile(r"(?:Google\s+Alert\w*|Alert\w*\s+(?:\w{2,3}\s+)?Google)\s+[-–—]\s", re.IGNORECASE)
_ALERT_LIST_IDS = ("googlealerts",)  # a List-Id's word for the service ("<googlealerts.google.com>")
_ALERT_HOSTS = ("google.com", "google.co.uk")  # the alert's own site, its redirect's host
_SOURCE_WORDS = 8  # a source's name at most ("The Times of India"); a longer first line is the snippet's
_HEADLINE_WORDS = 24  # a headline's words at most, wrapped or not: a line running it longer is the snippet's


def is_alert_mail(address: str | None, list_id: str | None, subject: str | None) -> bool:
    """Return whether a mail is known as an alert by its sender, its List-Id or its subject.

    >>> is_alert_mail("googlealerts-noreply@google.com", None, None), is_alert_mail(None, None, "Google Alert - tax")
    (True, True)
    >>> is_alert_mail(None, None, "Alerte Google - vélo"), is_alert_mail(None, None, "Alerta de Google - bicis")
    (True, True)
    >>> is_alert_mail("news@courier.test", None, "Breaking News Alert: Storm hits coast")
    False
    """
    return ((address or "").casefold() in _ALERT_SENDERS or _ALERT_SUBJECT.match(subject or "") is not None
            or any(word in (list_id or "").casefold() for word in _ALERT_LIST_IDS))


def alert_links(html: str) -> list[AlertItem]:
    """Return the stories an alert's HTML lists by redirected links: each its headline, link, source and snippet.

    >>> part = ('<table><tr><td><a href="https://www.google.com/url?rct=j&url=https://news.test/a&ct=ga">New <b>cycle'
    ...         ' lanes</b></a><div>Town Crier</div><div>Work starts in May.</div><a href="https://www.google.com/'
    ...         'alerts/feedback?x=1">Flag as irrelevant</a></td></tr></table>')
    >>> [(item.headline, item.url, item.source, item.snippet) for item in alert_links(part)]
    [('New cycle lanes', 'https://news.test/a', 'Town Crier', 'Work starts in May.')]
    """
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    links = [(anchor, url) for anchor in tree.iter("a") if (url := _story_url(anchor.get("href") or ""))]
    stories = {id(anchor) for anchor, _ in links}
    items: list[AlertItem] = []
    seen: set[str] = set()  # a story listed again under another of the alert's queries: one article
    for anchor, url in links:
        headline = " ".join(anchor.text_content().split())
        if not headline or url in seen:
            continue
        seen.add(url)
        lines = _block_lines(_story_block(anchor, stories))
        # Google lays its source's name on the line under the headline, then its snippet: a short first line is
        # the source's, a sentence's length is the snippet's own
        source = lines[0] if len(lines) > 1 and len(lines[0].split()) <= _SOURCE_WORDS else None
        snippet = " ".join(lines[1:] if source is not None else lines) or None
        items.append(AlertItem(headline, url, source, snippet))
    return items


def alert_text_links(text: str) -> list[AlertItem]:
    """Return the stories a plain-text alert lists: each a block of lines, its headline, source and snippet, ended by
    its redirected link in angle brackets, as Google writes its text part ("<https://www.google.com/url?...>").

    >>> text = ("=== News - 1 new result for [cycle lanes] ===\\n\\nNew cycle lanes\\nTown Crier\\nWork starts in May."
    ...         "\\n<https://www.google.com/url?rct=j&url=https://news.test/a&ct=ga>\\n\\nDelete this Google Alert:\\n"
    ...         "https://www.google.com/alerts/remove?s=x")
    >>> [(item.headline, item.url, item.source, item.snippet) for item in alert_text_links(text)]
    [('New cycle lanes', 'https://news.test/a', 'Town Crier', 'Work starts in May.')]
    """
    items: list[AlertItem] = []
    seen: set[str] = set()
    lines: list[str] = []  # the lines of the block read so far, since a blank line or a story's link
    for raw in text.splitlines():
        line = " ".join(raw.split())
        url = _story_url(line[1:-1]) if line.startswith("<") and line.endswith(">") else None
        if url is None:
            lines = lines + [line] if line else []
            continue
        # the block over the link: its headline first, then a source's short line and the snippet, as in its HTML
        if lines and url not in seen:
            seen.add(url)
            # a headline wrapped onto the next line goes on there in its sentence's lower case ("and bitter debate"),
            # where a source's name opens with a capital or is a web address: the source is known by that shape, not
            # by standing second
            wrapped = next((i for i, line in enumerate(lines[1:], 1) if not _goes_on(lines[:i], line)), len(lines))
            wrapped += _title_case_wrap(lines[wrapped:]) if wrapped == 1 and _title_case(lines[0]) else 0
            headline, rest = " ".join(lines[:wrapped]), lines[wrapped:]
            source = rest[0] if len(rest) > 1 and len(rest[0].split()) <= _SOURCE_WORDS else None
            items.append(AlertItem(headline, url, source, " ".join(rest[1:] if source else rest) or None))
        lines = []
    return items


def _goes_on(over: list[str], line: str) -> bool:
    """Return whether a line under an alert's headline goes on with it: it opens in lower case, is no web address
    ("and bitter debate", not "theguardian.com" nor "The Guardian"), and is no sentence of a snippet.

    A snippet under a headline with no source's line may open in lower case too ("the council voted ..."): it is
    told by a sentence's stop at its end, which a headline's wrapped tail does not write, or by running the
    headline past a headline's length.
    """
    words = line.split()
    return (line[:1].islower() and not _is_host(line) and not line.endswith((".", "…"))
            and sum(len(part.split()) for part in over) + len(words) <= _HEADLINE_WORDS)


def _title_case_wrap(rest: list[str]) -> int:
    """Return how many of the lines after a headline's first go on with it though each opens with a capital: a
    headline in title case wrapped ("... After A Long" / "Bitter Debate"), before the source's line and a snippet.

    The source is the short line right before the snippet (the first line closed by a sentence's stop or longer than
    a source's name), or a web address among the short lines where one stands; the short lines before it are the
    headline's. Where no line reads as a snippet, the lines are left as Google lays them, the source second.
    """
    snippet = next((i for i, line in enumerate(rest)
                    if line.endswith((".", "…")) or len(line.split()) > _SOURCE_WORDS), None)
    # a snippet wrapped goes on in lower case ("Work starts in May and" / "will finish by summer."): it opens above
    while snippet and rest[snippet][:1].islower():
        snippet -= 1
    if snippet is None or snippet < 2:
        return 0
    short = rest[:snippet]
    source = next((i for i, line in enumerate(short) if _is_host(line)), len(short) - 1)
    # the lines joined are the headline's own tail, in its title case, and keep it within a headline's length
    tail = short[:source]
    return source if all(map(_title_case, tail)) and sum(len(line.split()) for line in tail) <= _HEADLINE_WORDS else 0


def _title_case(line: str) -> bool:
    """Return whether a line is in title case: each word of four letters or more opens with a capital."""
    return all(word[:1].isupper() for word in line.split() if len(word) > 3 and word[:1].isalpha())


def _is_host(line: str) -> bool:
    """Return whether a line is a web address alone ("theguardian.com", "www.bbc.co.uk")."""
    words = line.split()
    return len(words) == 1 and "." in words[0].strip(".")


def _story_url(href: str) -> str | None:
    """Return the story's address an alert's redirect link carries to another site, else None.

    >>> _story_url("https://www.google.com/url?rct=j&url=https://a.test/x&ct=ga"), _story_url("https://a.test/x")
    ('https://a.test/x', None)
    >>> _story_url("https://www.google.com/url?url=https://www.google.com/alerts/edit")
    """
    parts = urlsplit(href.strip())
    if not _is_alert_host(parts.hostname) or parts.path != "/url":
        return None
    target = next(iter(parse_qs(parts.query).get("url", ())), "")
    if not target.startswith(("http://", "https://")) or _is_alert_host(urlsplit(target).hostname):
        return None
    return target


def _is_alert_host(host: str | None) -> bool:
    """Return whether a link's host is the alert's own site ("www.google.com")."""
    return host is not None and any(host == name or host.endswith("." + name) for name in _ALERT_HOSTS)


def _story_block(anchor: Any, stories: set[int]) -> Any:
    """Return the largest element around a story's link that opens with it and holds no other story's link: its
    block (an alert of one story is one row under the alert's heading lines, which its block leaves out)."""
    block = anchor
    while (parent := block.getparent()) is not None:
        if sum(id(link) in stories for link in parent.iter("a")) > 1 or _text_before(parent, anchor):
            break
        block = parent
    return block


def _text_before(element: Any, anchor: Any) -> bool:
    """Return whether an element holds text before a link inside it."""
    for node in element.iter():
        if node is anchor:
            return False
        if (node.text or "").strip() or (node is not element and node not in anchor.iterancestors()
                                          and (node.tail or "").strip()):
            return True
    return False


_BLOCK_TAGS = frozenset({"div", "p", "td", "tr", "table", "li", "br", "h1", "h2", "h3", "h4", "section"})


def _block_lines(block: Any) -> list[str]:
    """Return the lines of a story's block outside its links (its source, its snippet), in order, spaces squashed."""
    parts: list[str] = []
    _walk(block, parts)
    return [line for text in "".join(parts).split("\n") if (line := " ".join(text.split()))]


def _walk(element: Any, parts: list[str]) -> None:
    """Append an element's text outside links to parts, a line's end at each block element's edges."""
    if not isinstance(element.tag, str) or element.tag == "a":
        return
    block = element.tag in _BLOCK_TAGS
    parts.append(("\n" if block else "") + (element.text or ""))
    for child in element:
        _walk(child, parts)
        parts.append(child.tail or "")
    parts.append("\n" if block else "")
