"""Pages that are no article, saved as one: error pages ("404 Not Found", a soft 404's "Oops! We can't
find that page", a block's "451: Unavailable due to legal reasons"), redirect stubs ("Redirecting…"), bot
checks (Cloudflare's "Just a moment..."), access-denied pages (Akamai's) and cookie-consent walls (Google's
"Before you continue to YouTube").

trafilatura extracts the message of such a page as its text, which would be labelled like news. A page
is one when its <title> or <h1> says so and it has little text; a redirect stub, a bot check, an
access-denied page or a consent wall also only when the page's text holds the words of that page ("If you
are not redirected", "Checking if the site connection is secure", "You don't have permission to access",
"We use cookies and data to"). A news article that mentions "page not found" or "access denied" in its
body, or in a headline that goes on after the words ("Page not found: museum loses 200-year-old ledger",
"Page not found - museum loses ledger": site_names.py tells such a headline from the site's name), is an
article. Where the words after the separator are in title case on a page that names no site ("Page Not Found -
Museum Loses Ledger", "Page Not Found - Example News"), the page is an error page only when its text speaks to
its reader as an error page's does (`_ERROR_PAGE_WORDS`: "the page you were looking for", "check the URL",
"return to our home page"): a news brief does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from transforms.formats.site_names import SEPARATOR, is_site_name

# A page of fewer words than this under an error heading is the error message; a short news brief is
# about 150 words, and an error page's apology and suggestions (a soft 404's) fewer.
MAX_ERROR_PAGE_WORDS = 150
# Google's consent wall lists what its cookies are for: about 200 words.
MAX_CONSENT_PAGE_WORDS = 400
# An error page's heading is its message: alone, after an interjection ("Oops! We can't find that page"), or
# beside the site's name after a separator ("Page not found - The Daily Planet", "The Daily Planet | Page not
# found"). A headline that opens with the words and goes on is news ("Page not found: museum loses 200-year-old
# ledger", a brief under 150 words, was quarantined as an error page); so is one that goes on after a separator
# with words that are no site's name (`is_site_name`: "Page not found - museum loses ledger").
_SITE_BEFORE = r"(?:[^|–—·•»]{1,80}?\s[|–—·•»-]\s+)?"
_LEAD = r"(?:(?:oops|whoops|sorry|uh[- ]?oh|error|404)\W+)*(?:we\s+)?(?:the\s+|this\s+|that\s+)?"
_YOU_WANTED = r"(?:\s+you(?:[’']re|\s+are|\s+were)?\s+(?:looking\s+for|requested))?"
_MESSAGE = (
    r"(?:page\s+)?not\s+found"
    rf"|page{_YOU_WANTED}\s+(?:cannot|can[’']?t|could\s+not|couldn[’']?t)\s+be\s+found"
    rf"|can(?:not|[’']?t)\s+find\s+(?:that|this|the|your)\s+page{_YOU_WANTED}"
    rf"|page{_YOU_WANTED}\s+(?:does\s+not|doesn[’']?t|no\s+longer)\s+exists?"
)
_SITE_AFTER = rf"(?:\s+{SEPARATOR}\s+(?P<after>\S+(?:\s+\S+){{0,7}}?))?"
_ERROR_HEADING = re.compile(
    r"^\W*(?:404|410)\W*(?:error|not found|page|gone)\b"  # "404 Not Found", "410 Gone", "404 error"
    r"|^\W*error\W*(?:404|410|403|451)\b"  # "Error 404 - ..." (not "410 jobs to go at the steel plant")
    r"|^\W*403\W*(?:forbidden|error)\b"  # a server's "403 Forbidden"
    # A block of visitors from the EU (GDPR) or elsewhere: "451: Unavailable due to legal reasons".
    r"|^\W*451\W*(?:unavailable|error)\b|^\W*unavailable\s+(?:for|due\s+to)\s+legal\s+reasons\W*$"
    rf"|^\W*{_SITE_BEFORE}{_LEAD}(?:{_MESSAGE})[\W…]*?{_SITE_AFTER}\W*$",
    re.IGNORECASE,
)
# What an error page's text says to its reader, about the page it could not find and where to go instead; a news
# brief about a lost page ("the missing page could not be found") speaks of it, not to its reader.
_ERROR_PAGE_WORDS = re.compile(
    r"\bpage\s+you(?:[’']re|\s+are|\s+were|\s+have)?\s+(?:looking\s+for|requested|tried|wanted|followed)"
    r"|\b(?:we|you)\s+(?:can(?:not|[’']?t)|could(?:n[’']?t|\s+not))\s+find\s+(?:that|this|the|your)\s+page"
    r"|\bmistyped\b|\btyped\s+the\s+(?:address|url)\b|\bcheck\s+the\s+(?:url|web\s+address|address|spelling|link)\b"
    r"|\b(?:return|go(?:\s+back)?|head(?:\s+back)?)\s+to\s+(?:the|our)\s+home\s*page\b"
    r"|\b(?:try|use)\s+(?:searching|a\s+search|the\s+search|our\s+search)\b",
    re.IGNORECASE,
)
# A redirect's stub page, left where a story was (a meta refresh, jekyll-redirect-from's "Redirecting…",
# a server's "301 Moved Permanently"): its heading, and its text that says where the story went.
_REDIRECT_HEADING = re.compile(
    r"^\W*(?:redirecting(?:\s+to\s+\S+)?|redirect(?:ion)?(?:\s+notice)?|you\s+are\s+being\s+redirected"
    r"|(?:page|document|object)\s+(?:has\s+)?moved|(?:30[12]\W*)?moved\s+(?:permanently|temporarily)|30[12]\W*found)"
    r"[\W…]*$",
    re.IGNORECASE,
)
_REDIRECT_WORDS = re.compile(r"\bredirect|\bhas moved\b|\bmoved (?:permanently|to)\b|\bclick here\b", re.I)


class _Kind(NamedTuple):
    name: str  # as the quarantine detail says it: "reads as a bot check"
    heading: re.Pattern[str]  # the whole <title> or <h1>
    words: re.Pattern[str] | None  # what the page's text says, beside its heading (None: the heading is enough)
    max_words: int  # the extracted text of such a page is shorter


_KINDS = (
    _Kind("an error page", _ERROR_HEADING, None, MAX_ERROR_PAGE_WORDS),
    _Kind("a redirect page", _REDIRECT_HEADING, _REDIRECT_WORDS, MAX_ERROR_PAGE_WORDS),
    _Kind(
        "a bot check",
        re.compile(r"^\s*just a moment\s*(?:\.*|…)\s*$|^\s*attention required!?\s*\|\s*cloudflare\s*$", re.I),
        re.compile(
            r"checking if the site connection is secure|enable javascript and cookies to continue"
            r"|needs to review the security of your connection|verifying you are human"
            r"|checking your browser before accessing|sorry, you have been blocked|ddos protection by cloudflare",
            re.I,
        ),
        MAX_ERROR_PAGE_WORDS,
    ),
    _Kind(
        "an access-denied page",
        re.compile(r"^\W*access denied\W*$", re.I),
        # Akamai's "Reference #18.7a2d3e17.1701590400.1a2b3c4d"
        re.compile(r"you don[’']?t have permission to access|\breference #\d+\.[0-9a-f]+\.\d+\.[0-9a-f]+", re.I),
        MAX_ERROR_PAGE_WORDS,
    ),
    _Kind(
        "a consent page",
        re.compile(r"^\s*before you continue(?: to (?:google|youtube)(?: \w+)?)?\s*$", re.I),
        re.compile(r"\bwe use cookies and data to\b", re.I),
        MAX_CONSENT_PAGE_WORDS,
    ),
)


def needs_page_text(headings: Iterable[str]) -> bool:
    """Return whether a heading may be a page's known by its text too (a bot check's, or an error message's before
    words that may be a site's name), so that `not_an_article` must be given the page's text.

    >>> needs_page_text(["Just a moment..."]), needs_page_text(["404 Not Found"]), needs_page_text(["Not Found - A B"])
    (True, False, True)
    """
    headings = list(headings)
    if any(kind.words is not None and kind.heading.search(h) for h in headings for kind in _KINDS):
        return True
    # An error message before words that may be the site's name or a headline: the text tells (`_ERROR_PAGE_WORDS`).
    return any((found := _ERROR_HEADING.search(h)) is not None and found["after"] is not None for h in headings)


def not_an_article(
    headings: Iterable[str], words: int, page_text: str = "", site_names: Iterable[str] = ()
) -> tuple[str, str] | None:
    """Return what a page of `words` extracted words is ("an error page", "a bot check", ...) and the
    heading (<title>, <h1>) that shows it, else None. `page_text` is the page's text, all of it
    (extraction drops some of a bot check's); `site_names` the names the page gives its site (its meta
    tags', its host name: `is_site_name`).

    >>> not_an_article(["404 Not Found", "Page not found"], 13)
    ('an error page', '404 Not Found')
    >>> not_an_article(["Page not found: the web is losing its links"], 900) is None
    True
    >>> not_an_article(["Page not found - The Daily Planet"], 40, "Sorry, the page you requested has moved.")
    ('an error page', 'Page not found - The Daily Planet')
    >>> not_an_article(["Page Not Found - Museum Loses Ledger"], 40, "The museum said its ledger was lost.") is None
    True
    >>> not_an_article(["Page not found: museum loses"], 40) is None
    True
    >>> not_an_article(["Page not found - museum loses ledger"], 40) is None
    True
    >>> not_an_article(["410 jobs to go at Sheffield steel plant", "404 days after the flood"], 90) is None
    True
    >>> not_an_article(["Access Denied"], 5, "You don't have permission to access this server.")
    ('an access-denied page', 'Access Denied')
    >>> not_an_article(["Access Denied"], 60, "The council refused access to the site.") is None
    True
    """
    headings, site_names = list(headings), list(site_names)
    for kind in _KINDS:
        if words >= kind.max_words or (kind.words is not None and not kind.words.search(page_text)):
            continue
        for heading in headings:
            found = kind.heading.search(heading)
            after = found.groupdict().get("after") if found is not None else None
            if found is None:
                continue
            site_name = True if after is None else is_site_name(after, site_names)
            if site_name or site_name is None and _ERROR_PAGE_WORDS.search(page_text):
                return kind.name, heading
    return None
