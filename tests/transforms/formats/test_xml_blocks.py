"""An XML story or page whose paragraphs sit thousands of containers deep is read, not a RecursionError that ends
the run (NITF's `<block>`, NewsML-G2's XHTML `<div>`, trafilatura's `<list>`)."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, format_of, read_articles

DEPTH = 5000  # past Python's recursion limit (about 1,000)
TEXT = "Flood waters receded on Sunday and residents began to return home."


def nested(open_tag: str, close_tag: str) -> str:
    return f"{open_tag * DEPTH}<p>{TEXT}</p>{close_tag * DEPTH}"


@pytest.mark.parametrize("xml", [
    f"<nitf><body><body.content>{nested('<block>', '</block>')}</body.content></body></nitf>",
    f'<newsItem guid="urn:x:1"><contentSet><inlineXML><html><body>{nested("<div>", "</div>")}</body></html>'
    "</inlineXML></contentSet></newsItem>",
    f'<doc title="Floods"><main>{nested("<list>", "</list>")}</main></doc>',
])
def test_paragraphs_nested_deeper_than_python_recurses_are_read(xml: str) -> None:
    [article] = read_articles(xml.encode(), format_of("story.xml") or "", ReadOptions()).articles
    assert article.text.endswith(TEXT)
