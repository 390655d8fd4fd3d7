"""Records whose text a CMS escaped: its markup as a whole ("&lt;b&gt;...&lt;/b&gt;"), or its references twice."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles


def record(fields: dict[str, str], format: str = "jsonl") -> tuple[str | None, str]:
    data = json.dumps(fields).encode() + b"\n" if format == "jsonl" else (
        ",".join(fields) + "\n" + ",".join(json.dumps(v) for v in fields.values()) + "\n").encode()
    [article] = read_articles(data, format, ReadOptions()).articles
    return article.title, article.text


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_escaped_markup_is_read_as_markup(format: str) -> None:
    # It was unescaped once and kept: "Shares of <b>Marks &amp; Spencer</b> rose", tags and all, in the paragraph
    _, text = record({"title": "Profits rise", "text": "Shares of &lt;b&gt;Marks &amp;amp; Spencer&lt;/b&gt; rose 4% "
                      "on Wednesday; &lt;a href=&quot;/x&quot;&gt;the retailer&lt;/a&gt; raised its outlook."}, format)
    assert text.endswith("Shares of Marks & Spencer rose 4% on Wednesday; the retailer raised its outlook.")


@pytest.mark.parametrize(("title", "read"), [
    ("Marks &amp;amp; Spencer profits rise", "Marks & Spencer profits rise"),
    ("Minister calls plan &amp;quot;reckless&amp;quot;", 'Minister calls plan "reckless"'),
    ("O&amp;#8217;Neil signs for Celtic", "O’Neil signs for Celtic"),
])
def test_a_reference_escaped_twice_in_a_plain_field_is_its_character(title: str, read: str) -> None:
    # Read once it was "Marks &amp; Spencer": the escape of an ampersand, in a title and its first paragraph
    found, text = record({"title": title, "text": f"{title}. The shares rose 4% on Wednesday."})
    assert found == read and text.endswith(f"{read}. The shares rose 4% on Wednesday.")


@pytest.mark.parametrize(("text", "read"), [
    ("Designers still rely on the &lt;br&gt; tag in e-mails.", "Designers still rely on the <br> tag in e-mails."),
    ("Write &amp;lt; for a less-than sign", "Write &lt; for a less-than sign"),
    ("AT&amp;T cut 5,000 jobs", "AT&T cut 5,000 jobs"),
    # a closing tag named, not closing an element (its text was read as markup: "a stray tag broke the layout")
    ("The bug: a stray &lt;/div&gt; tag broke the layout of thousands of pages.",
     "The bug: a stray </div> tag broke the layout of thousands of pages."),
    ("Close each &lt;p&gt; with a &lt;/p&gt; tag, the style guide says.",
     "Close each <p> with a </p> tag, the style guide says."),
])
def test_text_that_names_markup_keeps_it(text: str, read: str) -> None:
    assert record({"title": "x", "text": text})[1].endswith(read)
