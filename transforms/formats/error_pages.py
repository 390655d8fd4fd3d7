"""Error pages saved as articles: a "404 Not Found" page, or a site's soft 404 ("Oops! We can't find that page").

trafilatura extracts the apology of such a page as its text, which would be labelled like news. A page
is an error page when its <title> or <h1> says so and it has little text: a news article that
mentions "page not found" in its body, or even in a headline over a full story, is an article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A page of fewer words than this under an error heading is the error message; a short news brief is
# about 150 words, and an error page's apology and suggestions (a soft 404's) fewer.
MAX_ERROR_PAGE_WORDS = 150
_ERROR_HEADING = re.compile(
    r"^\W*(?:404|410)\W*(?:error|not found|page|gone)\b"  # "404 Not Found", "410 Gone", "404 error"
    r"|^\W*error\W*(?:404|410)\b"  # "Error 404 - ..." (not "410 jobs to go at the steel plant")
    r"|^\W*not found\W*$"
    r"|\bpage not found\b"
    r"|\bpage (?:cannot|can[’']?t|could not|couldn[’']?t) be found\b"
    r"|\bcan(?:not|[’']?t) find (?:that|this|the|your) page\b"
    r"|\bpage (?:does not|doesn[’']?t|no longer) exists?\b",
    re.IGNORECASE,
)


def error_page_heading(headings: Iterable[str], words: int) -> str | None:
    """Return the heading (<title>, <h1>) that shows a page of `words` words is an error page, else None.

    >>> error_page_heading(["404 Not Found", "Page not found"], 13)
    '404 Not Found'
    >>> error_page_heading(["Page not found: the web is losing its links"], 900) is None
    True
    >>> error_page_heading(["410 jobs to go at Sheffield steel plant", "404 days after the flood"], 90) is None
    True
    """
    if words >= MAX_ERROR_PAGE_WORDS:
        return None
    return next((heading for heading in headings if _ERROR_HEADING.search(heading)), None)
