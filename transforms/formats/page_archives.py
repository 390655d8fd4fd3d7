"""A web page saved as one file by a browser, MHTML (.mht, .mhtml: Chrome's and Edge's "Save as → Webpage, Single
File", Internet Explorer's "Web Archive"): a MIME message whose root part is the page's HTML. Its `Subject` is the
page's <title>, its `Date` the time it was saved; read as an e-mail, the page was dated the day its reader saved it
and headlined with its site's name ("Rates held again | Example News"). Its HTML part is read as the page it is, its
address the archive's `Snapshot-Content-Location` where the page names none."""

from __future__ import annotations

from dataclasses import replace
from email.message import EmailMessage

from transforms.formats.base import ReadOptions, ReadResult


def is_page_archive(message: EmailMessage, sender: str | None) -> bool:
    """Return whether a MIME message is a saved web page: Blink's `Snapshot-Content-Location` header, or a browser's
    "Saved by ..." sender (`sender`, its From as written: "<Saved by Blink>", "<Saved by Windows Internet Explorer 8>").

    >>> from email import message_from_bytes, policy
    >>> is_page_archive(message_from_bytes(b"Subject: Rates\\n\\n", policy=policy.default), "<Saved by Blink>")
    True
    >>> is_page_archive(message_from_bytes(b"Subject: Rates\\n\\n", policy=policy.default), "Brief <b@x.test>")
    False
    """
    return "Snapshot-Content-Location" in message or "saved by " in (sender or "").lower()


def read_page_archive(message: EmailMessage, options: ReadOptions) -> ReadResult | None:
    """Return the article of a saved web page's HTML part, read as an HTML page is; None where it has no HTML part."""
    from transforms.formats.html import read_html  # only an archive's reading imports the HTML reader

    part = message.get_body(preferencelist=("html",))
    if part is None or not isinstance(payload := part.get_payload(decode=True), bytes):
        return None
    result = read_html(payload, options)
    location = str(message.get("Snapshot-Content-Location") or part.get("Content-Location") or "").strip()
    if location.startswith(("http://", "https://")):
        result.articles = [article if article.url else replace(article, url=location) for article in result.articles]
    return result
