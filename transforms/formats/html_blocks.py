"""The paragraphs of trafilatura's extracted body: a block element each, a line per line break."""

from __future__ import annotations

import re
from typing import Any

from transforms.formats.paywall_notices import is_paywall_notice

# What is left of a dateline once trafilatura has taken its <time> out: "<p>Published <time>...</time></p>", and
# in French, German, Spanish, Portuguese, Italian and Dutch ("Pubblicato il <time>...</time>" left "Pubblicato il").
_DATELINE_WORDS = frozenset({"published", "updated", "posted", "published on", "updated on", "posted on",
                             "last updated", "first published", "published at",
                             "publié le", "mis à jour le", "veröffentlicht am", "aktualisiert am", "publicado el",
                             "actualizado el", "publicado em", "atualizado em", "pubblicato il", "aggiornato il",
                             "gepubliceerd op", "bijgewerkt op",
                             # ... and their labels alone, as "Published" is ("Publié <time>...</time>" left "Publié")
                             "publié", "mis à jour", "veröffentlicht", "aktualisiert", "publicado", "actualizado",
                             "atualizado", "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt"})
_SPACES = re.compile(r"\s+")
# Elements of trafilatura's extracted body (its TEI-like tags, and the HTML tags of its fallback
# extractors) that are blocks: each a paragraph of its own. Any other element is inline.
_BLOCK_TAGS = frozenset(
    {"p", "head", "list", "item", "quote", "div", "ab", "table", "row", "cell", "note",
     "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "section",
     "article", "main", "header", "footer", "aside", "figure", "figcaption", "tr", "td", "th", "caption",
     "address", "hr"}
)
_LINE_BREAK_TAGS = frozenset({"lb", "br"})
# A link to another story set in the body, which trafilatura keeps as a paragraph ("Related: Council
# approves tram line", "READ MORE: Fares to rise"): a label and a colon, then a headline's few words.
# Prose that opens so runs longer (`_TEASER_WORDS`), or ends as a sentence does (`_SENTENCE_END`).
_TEASER = re.compile(
    r"(?:related(?: articles?| stories| story| content| coverage| reading)?|read more|read also|also read|"
    r"see also|more on this(?: story| topic)?|recommended|watch|listen|"
    # and in German, French, Spanish, Portuguese, Italian and Dutch ("Mehr zum Thema: So sparen Sie Heizkosten")
    r"mehr zum thema|lesen sie auch|auch interessant|(?:à )?lire aussi|voir aussi|lee también|leer más|"
    r"te puede interesar|ver también|leia também|leggi anche|lees ook|lees meer|zie ook)\s*:\s*\S",
    re.IGNORECASE,
)
_TEASER_WORDS = 20
# A sentence's end: a full stop (not an ellipsis, with which a teaser may trail off), a closing quote
# or bracket after it. A headline ends without one; prose that opens with such a label ends with one
# ("Listen: we have done all we could.", an interview's answer; "Related: the minister said so.").
_SENTENCE_END = re.compile(r"(?<!\.)\.[\"'\u2019\u201d)\]]*$")


def extracted_blocks(body: object) -> list[str]:
    """Return the text of each block of trafilatura's extracted body, in order.

    Every block element (`_BLOCK_TAGS`) is a paragraph of its own, however deep it is nested (a
    <div> of <p>s, a <quote> of <p>s; text before or after a nested block is one too); a line break
    (<lb/>, <br>) is a line of its paragraph, and two in a row (`<br><br>`, a blank line: see
    `keep_blank_lines`) end it; any other element (<hi>, <ref>, <a>, <em>, <span>, <code>) is inline,
    its text joined to its neighbours' as written. What is left of a dateline, and a link to another
    story ("Related: ...", a headline: no full stop at its end) and a paywall's notice (`paywall_notices`) are no
    paragraph.
    """
    lines: list[list[str]] = [[]]  # the current block's lines, each a list of text pieces
    found: list[str] = []

    def end_block() -> None:
        text = "\n".join(line for line in (clean_text("".join(pieces)) for pieces in lines) if line)
        if text:
            found.append(text)
        lines[:] = [[]]

    def walk(element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""  # a comment or processing instruction
        block = tag in _BLOCK_TAGS
        if block:
            end_block()
        elif tag in _LINE_BREAK_TAGS:
            if "".join(lines[-1]).strip():
                lines.append([])
            else:
                end_block()  # a second line break in a row: a blank line, where a paragraph ends
        if tag and element.text:
            lines[-1].append(element.text)
        for child in element:
            walk(child)
        if block:
            end_block()
        if element.tail:
            lines[-1].append(element.tail)

    for element in body:  # type: ignore[attr-defined]
        walk(element)
        end_block()  # each element of the body is a block, whatever its tag
    return [block for block in found if block.lower().rstrip(":").strip() not in _DATELINE_WORDS
            and not _is_teaser(block) and not is_paywall_notice(block)]


def _is_teaser(block: str) -> bool:
    """Return whether a paragraph is a link to another story ("Related: ...", "Read more: ...").

    >>> _is_teaser("Related: Council approves new tram line"), _is_teaser("READ MORE: Fares to rise")
    (True, True)
    >>> _is_teaser("Related: the minister said the costs, which had been rising for years, would be met by a levy on "
    ...            "the largest firms, and nothing else.")
    False
    >>> _is_teaser("Listen: we have done all we could."), _is_teaser("Read more: The town that lost its river...")
    (False, True)
    >>> _is_teaser("Mehr zum Thema: So sparen Sie Heizkosten"), _is_teaser("À lire aussi : Le prix du gaz baisse")
    (True, True)
    """
    return (
        "\n" not in block and _TEASER.match(block) is not None and len(block.split()) <= _TEASER_WORDS
        and _SENTENCE_END.search(block) is None
    )


def keep_blank_lines(tree: Any) -> None:
    """Give each <br> followed by another a line's end after it, in a page's tree: of `<br><br>` (a
    blank line, where a paragraph ends) trafilatura keeps one line break, of `<br>\\n<br>` both."""
    for br in tree.iter("br"):
        following = br.getnext()
        if following is not None and following.tag == "br" and not (br.tail or "").strip():
            br.tail = "\n"


# A blank line of a <pre>'s text, where a paragraph of a wire story set in one ends.
_PRE_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Elements that make a <pre> a program's code or output, not prose.
_CODE_TAGS = frozenset({"code", "samp", "kbd", "var"})


def split_preformatted(tree: Any) -> None:
    """Make each <pre> of prose in a page's tree a <div> of a <p> per text between its blank lines.

    Wire services' archives set a story in a <pre>: a headline, a blank line, a paragraph, a blank line...
    trafilatura reads it as one block, which `clean_text` made one paragraph (its blank lines lost, its
    headline in the body). Its paragraphs are read as a text file's are; a line break inside one is a space,
    as the lines of a story wrapped at 70 characters are one paragraph. A <pre> holding code (`<code>`,
    `<samp>`, ...), or without a blank line, is left as it is.

    >>> from lxml import html
    >>> page = html.fromstring("<div><pre>Shares rise\\n\\nLONDON - Shares rose\\non Tuesday.\\n \\nBanks led.</pre>"
    ...                        "</div>")
    >>> split_preformatted(page)
    >>> [(p.tag, p.text) for p in page.iter("pre", "p")]
    [('p', 'Shares rise'), ('p', 'LONDON - Shares rose\\non Tuesday.'), ('p', 'Banks led.')]
    """
    for pre in list(tree.iter("pre")):
        if any(isinstance(element.tag, str) and element.tag in _CODE_TAGS for element in pre.iter()):
            continue
        parts = [part.strip() for part in _PRE_BLANK_LINE.split(pre.text_content()) if part.strip()]
        if len(parts) < 2:
            continue
        story = pre.makeelement("div", {})
        for part in parts:
            paragraph = pre.makeelement("p", {})
            paragraph.text = part
            story.append(paragraph)
        story.tail = pre.tail
        pre.getparent().replace(pre, story)


def clean_text(text: str) -> str:
    """Return a text with its runs of white space one space, and none at its ends."""
    return _SPACES.sub(" ", text).strip()
