"""Pages laid out in a <table> (the web of the 1990s and 2000s, and some wire services' archives): the
tables that hold the article, turned into the <div>s a page would be laid out in today.

trafilatura reads a page's text with tables left out (a data table's cells are no paragraphs), and so
found no text on such a page: "<td><h1>Shares rise</h1><p>LONDON (Reuters) - ...</p></td>" or
"<td class=storytext>para one<br><br>para two</td>" was quarantined as no article text. A table is a
layout table when one of its cells holds a story's text (`_STORY_WORDS` words of its own, not counting
a table nested in it), and so is every table around it; a table of short cells (a data table, nested
in a layout table or not) stays a table, and is left out as on any page.
"""

from __future__ import annotations

from typing import Any

from transforms.word_counts import word_count

# A cell holding this many words of its own holds running text: a story, or a part of one. A data
# table's cells hold a figure or a few words; a layout table's navigation cell a few links.
_STORY_WORDS = 20
_CELLS = ("td", "th")
_TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th")
_NOT_OWN = frozenset({"table", "script", "style"})


def unwrap_layout_tables(tree: Any) -> bool:
    """Make each layout table of a page's tree (lxml), and its rows and cells, a <div>; return whether
    there was one.

    >>> from lxml import html
    >>> page = html.fromstring("<table><tr><td>Home</td><td>" + "word " * 20 + "<table><tr><td>1.2</td></tr>"
    ...                        "</table></td></tr></table>")
    >>> unwrap_layout_tables(page), [element.tag for element in page.iter("div", "table", "tr", "td")]
    (True, ['div', 'div', 'div', 'div', 'table', 'tr', 'td'])
    """
    layout = {table for cell in tree.iter(*_CELLS) if _own_words(cell) >= _STORY_WORDS
              for table in cell.iterancestors("table")}
    # Rows and cells of a layout table, not those of a data table nested in one: all found before any
    # is renamed, while each still has its own <table> as its nearest.
    parts = [part for part in tree.iter(*_TABLE_PARTS) if next(part.iterancestors("table"), None) in layout]
    for element in [*layout, *parts]:
        element.tag = "div"
    return bool(layout)


def _own_words(cell: Any) -> int:
    """Return the number of words in a cell's text, without those of tables, scripts and styles in it."""
    words = word_count(cell.text or "")
    for child in cell:
        if isinstance(child.tag, str) and child.tag not in _NOT_OWN:
            words += _own_words(child)
        words += word_count(child.tail or "")
    return words
