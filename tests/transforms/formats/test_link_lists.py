"""A page that is a list of links under headings (Pocket's export, a browser's bookmarks) is no article."""

from __future__ import annotations

import pytest

from transforms.formats import FormatError, read_articles

SAVED = ["Storm Darragh: trains halted at Dawlish as sea wall damaged", "Council votes to raise parking fees",
         "Why the Bank of England held interest rates", "Ferry crossings cancelled as gales hit Brittany"]


def links(start: int) -> str:
    return "\n".join(f'<li><a href="https://news.test/{start + n}" time_added="17016000{n}" tags="">{title}</a></li>'
                     for n, title in enumerate(SAVED))


POCKET = ('<!DOCTYPE html>\n<html>\n\t<!--So long and thanks for all the fish-->\n\t<head>\n\t\t<meta charset="utf-8">'
          "\n\t\t<title>Pocket Export</title>\n\t</head>\n\t<body>\n\t\t<h1>Unread</h1>\n\t\t<ul>\n"
          f"{links(1)}\n\t\t</ul>\n\n\t\t<h1>Read Archive</h1>\n\t\t<ul>\n{links(10)}\n\t\t</ul>\n\t</body>\n</html>\n")
BOOKMARKS = ('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">'
             "\n<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n<DT><H3>News to read</H3>\n<DL><p>\n"
             + "\n".join(f'<DT><A HREF="https://news.test/{n}" ADD_DATE="1701600000">{title}</A>'
                         for n, title in enumerate(SAVED))
             + "\n</DL><p>\n</DL><p>\n")


@pytest.mark.parametrize("page", [POCKET, BOOKMARKS], ids=["pocket", "bookmarks"])
def test_a_list_of_links_under_headings_is_no_article(page: str) -> None:
    with pytest.raises(FormatError) as raised:  # Pocket's was an article "Pocket Export", its text "Unread"...
        read_articles(page.encode(), "html")
    assert raised.value.reason == "no_article_text"
    assert "list of" in raised.value.detail and "links" in raised.value.detail


def test_a_page_with_a_paragraph_beside_its_links_is_an_article() -> None:
    story = ("Trains between Exeter and Plymouth were halted on Tuesday morning after the sea wall at Dawlish was "
             "damaged by waves, and Network Rail said repairs would take at least a week.")
    page = POCKET.replace("<h1>Unread</h1>", f"<h1>Sea wall damaged</h1><p>{story}</p>")
    [article] = read_articles(page.encode(), "html").articles
    assert story in article.text
