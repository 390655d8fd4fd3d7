"""The paragraphs of an HTML page's article: a block each, a wire story set in a <pre> split at its blank lines."""

from __future__ import annotations

from transforms.formats import ReadOptions, read_articles
from transforms.paragraphs import split_paragraphs

WIRE = [
    "LONDON (Reuters) - Shares rose on Tuesday as investors bet that interest rates had peaked,\n"
    "traders said, and banks led the gains.",
    "The FTSE 100 gained 1.2 percent in early trade, led by banks and miners, while the pound\n"
    "held steady against the dollar.",
]


def test_a_wire_story_in_a_pre_is_split_at_its_blank_lines() -> None:
    # It was one body paragraph: the headline, then both paragraphs, the blank lines lost.
    story = "Shares rise on rate hopes\n\n" + "\n\n".join(WIRE) + "\n"
    page = f"<html><head><title>Shares rise on rate hopes</title></head><body><pre>{story}</pre></body></html>"
    [article] = read_articles(page.encode(), "html", ReadOptions()).articles
    assert [(p.role, p.text) for p in split_paragraphs(article.text)] == [
        ("title", "Shares rise on rate hopes"),
        *[("body", " ".join(paragraph.split())) for paragraph in WIRE],
    ]


def test_code_in_a_pre_is_not_split() -> None:
    code = "def rates():\n    return 1.2\n\n\ndef shares():\n    return 3.4\n"
    page = ("<html><head><title>Shares rise on rate hopes</title></head><body><article>"
            f"<h1>Shares rise on rate hopes</h1><p>{WIRE[0]}</p><p>{WIRE[1]}</p><pre><code>{code}</code></pre>"
            "</article></body></html>")
    [article] = read_articles(page.encode(), "html", ReadOptions()).articles
    assert "def rates(): return 1.2 def shares(): return 3.4" in article.text.split("\n\n")
