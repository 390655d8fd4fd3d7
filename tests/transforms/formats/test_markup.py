"""HTML markup inside records' text fields is read as HTML; plain text is kept as written."""

from __future__ import annotations

import json

from transforms.formats import ArticleRecord, ReadOptions, read_articles


def article_of(record: dict[str, object]) -> ArticleRecord:
    [article] = read_articles(json.dumps(record).encode(), "jsonl", ReadOptions()).articles
    return article


def test_markup_in_a_text_field_becomes_paragraphs_and_entities_are_unescaped() -> None:
    article = article_of({
        "title": "Council &amp; cyclists",
        "content": "<p>Traffic &amp; pollution will fall.</p><p>Shops <b>objected</b>.</p><div>Third<br>line.</div>",
    })
    assert article.title == "Council & cyclists"
    assert article.text == "Council & cyclists\n\nTraffic & pollution will fall.\n\nShops objected.\n\nThird\nline."


def test_plain_text_with_angle_brackets_ampersands_or_tag_names_is_untouched() -> None:
    # A text naming tags was read as HTML: "the <table> element" lost its words and split into three.
    for text in ("Rain < 2 mm & wind of 40 km/h; AT&T said &pound10 is fine; x<y>z.",
                 "Web developers say the <table> element is still used for layout, and the <br> tag remains "
                 "common in emails."):
        assert article_of({"text": text}).text == text


def test_character_references_in_a_plain_text_field_are_its_characters() -> None:
    # An export that escapes its plain text as its titles ("5&#37; to &pound;10") kept the references as words.
    article = article_of({"title": "Fares &amp; rents", "text": "Fares rose 5&#37; to &pound;10 &amp; rents fell."})
    assert article.text == "Fares & rents\n\nFares rose 5% to £10 & rents fell."


def test_inline_markup_alone_is_read_as_html_in_a_text_and_in_a_title() -> None:
    # Kept as written, its tags were the paragraph's text, and a link's URL its words ("href", "example").
    article = article_of({
        "title": {"rendered": "Review: <em>Hamlet</em> &#8211; a triumph"},
        "text": 'The <strong>actors</strong> were praised in a <a href="https://theatre.example/review">review</a>.'
                " Rain of <b>40</b> mm<br/>fell.",
    })
    assert article.title == "Review: Hamlet – a triumph"
    assert article.text == "Review: Hamlet – a triumph\n\nThe actors were praised in a review. Rain of 40 mm\nfell."


def test_markup_with_control_characters_is_read_not_a_failed_batch() -> None:
    # XML allows no form feed or escape character: lxml refused the value and the batch failed.
    article = article_of({"title": "T", "text": "<p>Bad \x0c form\x1b feed</p><p>Second.</p>"})
    assert article.text == "T\n\nBad form feed\n\nSecond."


def test_the_cells_of_a_table_in_a_text_field_are_words_apart_not_glued() -> None:
    # A results table in a CMS body read "PartySeats" and "Labour412": the cells' texts ran together.
    article = article_of({"title": "T", "text": "<p>Results:</p><table><tr><th>Party</th><th>Seats</th></tr>"
                                                "<tr><td>Labour</td><td>412</td></tr></table><p>After.</p>"})
    assert article.text == "T\n\nResults:\n\nParty Seats\n\nLabour 412\n\nAfter."
    # So did a definition list's term and definition.
    assert article_of({"title": "T", "text": "<dl><dt>Turnout</dt><dd>62%</dd></dl>"}).text == "T\n\nTurnout\n\n62%"


def test_line_ends_of_the_markup_s_source_are_spaces_and_a_br_or_a_pre_s_are_line_breaks() -> None:
    # A CMS body whose HTML source is wrapped at 80 columns: its line ends were line breaks inside the paragraph
    # ("Tuesday\nto approve"), where a browser shows a space; a blank line in it even parted one paragraph in two.
    article = article_of({"title": "T", "text": "<p>The council voted on Tuesday\nto approve the budget,\r\n\r\n"
                                                "officials said.</p>\n<p>Second<br>line.</p><pre>As\nwritten</pre>"})
    assert article.text == "T\n\nThe council voted on Tuesday to approve the budget, officials said.\n\nSecond\nline." \
                           "\n\nAs\nwritten"


def test_a_title_and_text_escaped_with_combining_accents_are_composed_and_the_title_opens_the_text() -> None:
    # json.dumps writes "\u0301" escapes: decoded after the file's text was composed, the title stayed
    # "Cafe" + U+0301 while the text was "Café", and the title was prepended to a text that opens with it.
    article = article_of({"title": "Cafe\u0301 prices", "text": "Cafe\u0301 prices\n\nThey rose 5%."})
    assert article.title == "Caf\u00e9 prices"
    assert article.text == "Caf\u00e9 prices\n\nThey rose 5%."


def test_a_code_block_in_a_text_field_is_one_paragraph_whatever_its_blank_lines() -> None:
    # A post's <pre><code> with a blank line between two commands was two paragraphs, its lines split as prose's.
    article = article_of({"title": "T", "text": "<p>Build it so:</p><pre><code>./configure\nmake -j8\n\n"
                                                "make install\n</code></pre><p>It took a minute.</p>"})
    assert article.text == "T\n\nBuild it so:\n\n./configure\nmake -j8\nmake install\n\nIt took a minute."
    # A <pre> of prose, no code in it, keeps its blank lines as written.
    assert article_of({"title": "T", "text": "<pre>One.\n\nTwo.</pre>"}).text == "T\n\nOne.\n\nTwo."
