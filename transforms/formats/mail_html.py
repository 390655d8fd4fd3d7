"""An HTML e-mail's text (a newsletter's HTML part): its article's blocks, with the section headings extraction
dropped, without the mail's furniture.

A newsletter is laid out in tables, each story a heading over a paragraph ("Rates on hold" over "The Bank of
England kept rates at 5.25% ..."). trafilatura read it with two of three such headings lost, the first taken for
the page's title and the second left out, and kept the footer's "You are receiving this email because you signed
up for ..." as a body paragraph. A heading (`<h1>` to `<h6>`) right before a paragraph the extraction kept is put
back before it, as the section heading it is; and the paragraphs a newsletter's plain-text part loses
(`newsletter_lines`: its actions' rows, why the mail came) are lost here too.
"""

from __future__ import annotations

from typing import NamedTuple

from transforms.formats.field_pages import page_article
from transforms.formats.markup import text_of_markup
from transforms.formats.newsletter_lines import without_newsletter_lines

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


class MailText(NamedTuple):
    """An HTML e-mail's text, and its first heading (its headline where the mail has no Subject)."""

    text: str
    headline: str | None


def mail_html_text(html: str, subject: str | None) -> MailText | None:
    """Return the text of an e-mail's HTML part and its page's headline; None where extraction finds no text (the
    part is then read as markup). Raises `field_paths.NotText` for a part that reads as no article.

    >>> part = ("<html><body><table><tr><td><h2>Rates on hold</h2></td></tr><tr><td>The Bank of England kept "
    ...         "rates at 5.25% on Thursday, saying inflation was falling but too high for a cut.</td></tr>"
    ...         "<tr><td>You are receiving this email because you signed up for it.</td></tr></table></body></html>")
    >>> [paragraph[:30] for paragraph in mail_html_text(part, "Morning Brief").text.split("\\n\\n")]
    ['Rates on hold', 'The Bank of England kept rates']
    """
    page = page_article(html, subject)
    if page is None:
        return None
    blocks = _with_section_headings(page.text.split("\n\n"), html)
    return MailText(without_newsletter_lines("\n\n".join(blocks)), page.headline)


def _with_section_headings(blocks: list[str], html: str) -> list[str]:
    """Return the extraction's blocks with each heading of the mail that is right before one of them in the mail
    (its blocks in order, as `text_of_markup` reads them) and is not among them put back before it."""
    from lxml import html as lxml_html  # lxml comes with trafilatura

    tree = lxml_html.document_fromstring(html)
    headings = {_squashed(heading.text_content()) for heading in tree.iter(*_HEADINGS)} - {""}
    kept = {_squashed(block) for block in blocks}
    if not headings or headings <= kept:
        return blocks
    before: dict[str, str] = {}  # a block of the mail → the heading right before it, where one is
    previous = ""
    for paragraph in text_of_markup(html).split("\n\n"):
        squashed = _squashed(paragraph)
        if previous in headings and squashed not in headings:
            before.setdefault(squashed, previous)
        previous = squashed
    restored: list[str] = []
    for block in blocks:
        heading = before.get(_squashed(block))
        if heading is not None and heading not in kept and (not restored or _squashed(restored[-1]) != heading):
            restored.append(heading)
        restored.append(block)
    return restored


def _squashed(text: str) -> str:
    return " ".join(text.split())
