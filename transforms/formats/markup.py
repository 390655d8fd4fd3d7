"""HTML markup inside a records file's fields (CMS and API exports): its text, a paragraph per block.

Only a value that clearly is markup is read as HTML: one with an HTML element closed (`</p>`,
`</a>`, `</strong>`), a tag with attributes (`<a href="...">`), a self-closing `<br/>`, or a `<p>`,
`<br>` or `<div>` glued to its text ("One<br>Two"). Plain text that merely holds a "<" or an "&",
or names a tag ("the <br> tag remains common in emails"), is kept as written, but for its character
references ("&amp;", "&#37;"), which are unescaped.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

# HTML's elements as CMS exports write them in a field: blocks, and the inline ones of text (links, emphasis).
# (The report undoes the same tags in the text of its examples: transforms/report/readable_text.py.)
ELEMENTS = (
    r"p|br|hr|div|span|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|table|thead|tbody|tr|td|th|section|article|"
    r"figure|figcaption|header|footer|aside|nav|a|b|i|u|s|em|strong|small|sub|sup|mark|cite|q|abbr|code|font|"
    r"img|iframe|time"
)
_MARKUP = re.compile(
    rf"</(?:{ELEMENTS})\s*>"  # an element closed
    rf"|<(?:{ELEMENTS})\s+[A-Za-z_:][-\w:.]*\s*="  # a tag with attributes: <a href="...">
    r"|<(?:br|hr|img)\b[^<>]*/>"  # self-closing
    r"|(?<!\s)<(?:p|br|div)>|<(?:p|br|div)>(?!\s)",  # glued to its text, "One<br>Two", "<p>First"; not "the <br> tag"
    re.IGNORECASE,
)
BLOCKS = (
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr",
    "section", "article", "figure", "figcaption", "dl", "dt", "dd", "header", "footer", "aside", "nav",
)
# A table's cells: a row is a paragraph (tr is a block), its cells words apart ("Labour412" was read).
_CELLS = ("td", "th")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_LINE_END = re.compile(r"\r\n?|\n")
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def is_markup(text: str) -> bool:
    """Return whether a field's text is HTML markup, not prose (the module's docstring says when).

    >>> is_markup("<p>Rain.</p>"), is_markup("Rain < 2 mm & wind"), is_markup('a <a href="/x">review</a>')
    (True, False, True)
    >>> is_markup("One<br>Two"), is_markup("Web pages: the <table> element, and the <br> tag in e-mails")
    (True, False)
    """
    return "<" in text and _MARKUP.search(text) is not None


def text_of_markup(markup: str, leave_out: str = "") -> str:
    """Return the text of an HTML fragment: a paragraph per block element, a line per <br>, entities unescaped;
    the elements the XPath `leave_out` finds are left out with their text (a feed's image captions).

    >>> text_of_markup("<p>Tax &amp; spend.</p>\\n<p>Second<br>line.</p><script>x()</script>")
    'Tax & spend.\\n\\nSecond\\nline.'
    >>> text_of_markup("<p>A form\\x0cfeed</p>")
    'A form feed'
    """
    from lxml import html as lxml_html  # lxml comes with trafilatura

    # Control characters XML does not allow (a form feed, an escape) make lxml refuse the whole value.
    root = lxml_html.fragment_fromstring(_NOT_XML.sub(" ", markup), create_parent="div")
    for element in root.xpath(".//script|.//style" + (f"|{leave_out}" if leave_out else "")):
        element.drop_tree()
    _without_hashtag_marks(root)
    _source_line_ends_as_spaces(root)
    _code_as_one_block(root)
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*_CELLS):
        element.tail = " " + (element.tail or "")
    for element in root.iter(*BLOCKS):
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    paragraphs = _PARAGRAPH_BREAK.split(root.text_content())
    lines = ("\n".join(_SPACES.sub(" ", line).strip() for line in p.split("\n")) for p in paragraphs)
    return "\n\n".join(p.strip("\n") for p in lines if p.strip())


# A hashtag as Mastodon (and Pleroma, Misskey, Friendica) writes it: a link marked as a tag whose text is "#" and a
# word, `<a href=".../tags/flooding" class="mention hashtag" rel="tag">#<span>flooding</span></a>`.
_HASHTAGS = (".//a[(contains(concat(' ', normalize-space(@rel), ' '), ' tag ') or contains(@class, 'hashtag'))"
             " and starts-with(normalize-space(), '#')]")
_CHILD_HASHTAGS = _HASHTAGS.replace(".//", "./", 1)  # a block's own hashtag links


def _without_hashtag_marks(root: Any) -> None:
    """Leave out a post's blocks of hashtags alone (its closing "#flooding #Somerset", the tags, no prose: a
    paragraph of them was labelled as one), and make a hashtag inside a sentence its word ("the #Minehead ferry"
    reads "the Minehead ferry", as the place it names)."""
    tags = root.xpath(_HASHTAGS)
    if not tags:
        return
    for block in {tag.getparent() for tag in tags}:
        if block is not root and block.tag in BLOCKS and _only_tags(block):
            block.drop_tree()
        else:
            for element in _closing_tags(block):
                element.drop_tree()
    for tag in root.xpath(_HASHTAGS):
        if tag.text and tag.text.lstrip().startswith("#"):
            tag.text = tag.text.lstrip()[1:]
        elif len(tag) and (tag[0].text or "").lstrip().startswith("#"):
            tag[0].text = (tag[0].text or "").lstrip()[1:]


# The end of a sentence, before a post's closing hashtags: "... ce matin. #Bretagne #ferry".
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


def _closing_tags(block: Any) -> list[Any]:
    """Return the hashtag links (and line breaks) that close a block after its last sentence, as a post ends its
    paragraph: "Le ferry ne part pas ce matin. #Bretagne #ferry" (they were read as the words "Bretagne ferry" of
    its paragraph); none where the tags are the sentence's own words ("... reached #Minehead." ends with one).

    >>> from lxml import html
    >>> p = html.fragment_fromstring('<p>Rain all day. <a rel="tag">#storm</a> <a rel="tag">#Devon</a></p>')
    >>> [a.text for a in _closing_tags(p)], _closing_tags(html.fragment_fromstring('<p>By <a rel="tag">#x</a></p>'))
    (['#storm', '#Devon'], [])
    """
    tags = set(block.xpath(_CHILD_HASHTAGS))
    children = list(block)
    start = len(children)
    while start and (children[start - 1] in tags or children[start - 1].tag == "br") \
            and not (children[start - 1].tail or "").strip():
        start -= 1
    closing = children[start:]
    if not any(child in tags for child in closing):
        return []
    before = (block.text or "") + "".join(child.text_content() + (child.tail or "") for child in children[:start])
    if closing[0].tag == "br" or _SENTENCE_END.search(before):
        return closing
    return []


def _only_tags(block: Any) -> bool:
    """Return whether a block holds hashtag links and nothing else but spaces and punctuation."""
    rest = [block.text or ""] + [child.tail or "" for child in block if child.tag == "a"]
    tags = set(block.xpath(_CHILD_HASHTAGS))
    return all(child in tags for child in block) and not any(character.isalnum() for text in rest for character in text)


# Elements that make a <pre> a program's code or output, not prose (as `html_blocks` tells them on a page).
_CODE = ("code", "samp", "kbd")


def _code_as_one_block(root: Any) -> None:
    """Make each `<pre>` of code one block, its blank lines single line ends: a program's blank lines part no
    paragraphs (`<pre><code>make\\n\\nmake install</code></pre>` in a post's body was two paragraphs, as an HTML
    page's code block, read by its extraction, is one).

    >>> text_of_markup("<p>Run it:</p><pre><code>make\\n\\n\\nmake install</code></pre>")
    'Run it:\\n\\nmake\\nmake install'
    """
    for pre in root.iter("pre"):
        if next(pre.iter(*_CODE), None) is None:
            continue
        for element in pre.iter():
            if element.text:
                element.text = _PARAGRAPH_BREAK.sub("\n", element.text)
            if element is not pre and element.tail:
                element.tail = _PARAGRAPH_BREAK.sub("\n", element.tail)


def _source_line_ends_as_spaces(root: Any) -> None:
    """Make the line ends of an HTML fragment's source spaces, as a browser shows them, but in a `<pre>`: a
    body wrapped at 80 columns read "Tuesday\\nto approve", and a blank line in its source parted a
    paragraph in two. Its line breaks are its `<br>`s (and its blocks' ends) alone."""
    # The elements themselves, not their id()s: lxml makes an element's proxy anew unless one is held.
    kept = {element for pre in root.iter("pre") for element in pre.iter()}
    for element in root.iter():
        if element not in kept and element.text:
            element.text = _LINE_END.sub(" ", element.text)
        # A tail is its parent's text: kept in a <pre> (an element of it), else spaces.
        if element is not root and element.tail and element.getparent() not in kept:
            element.tail = _LINE_END.sub(" ", element.tail)


def text_of_field(text: str) -> str:
    """Return a records text field as text: extracted when it is markup, else as written but for its
    character references, unescaped as a title's are (CMS and API exports escape plain text too: "5&#37;
    to &pound;10" was stored so). Only a reference closed by its ";": "AT&T" and "&pound10" stay.

    >>> text_of_field("Rates rose 5&#37; to &pound;10 &amp; more; AT&T and &pound10 stay")
    'Rates rose 5% to £10 & more; AT&T and &pound10 stay'
    """
    if is_markup(text):
        return text_of_markup(text)
    if "&" not in text:
        return text
    if _ESCAPED_MARKUP.search(text) and is_markup(unescaped := html.unescape(text)):
        return text_of_markup(unescaped)  # an export that escaped its HTML: "&lt;b&gt;Apple&lt;/b&gt; rose"
    return _ENTITY.sub(_unescaped, once_escaped(text))


# An element opened and closed, escaped with the rest of its markup (both its brackets: a text a feed's reader escaped
# back, `as_read`, escapes its "<" alone): "Shares of &lt;b&gt;Apple&lt;/b&gt; rose" was read as "Shares of <b>Apple</b>
# rose". Not a closing tag a text names: "a stray &lt;/div&gt; tag", "Close each &lt;p&gt; with a &lt;/p&gt; tag"
# (each was read as markup, the tag gone)
_ESCAPED_MARKUP = re.compile(rf"&lt;((?:{ELEMENTS}))\b(?:(?!&gt;).)*&gt;.*?&lt;/\1\s*&gt;(?!\s*(?:tags?|elements?)\b)",
                             re.IGNORECASE | re.DOTALL)
# An ampersand's reference escaped again before a reference ("Marks &amp;amp; Spencer", "O&amp;#8217;Neil"), as a
# CMS that escapes its plain text twice writes it: a plain field's "&amp;amp;" read once was "Marks &amp; Spencer".
# Not before a bracket's: "Write &amp;lt; for a less-than sign" names the reference, as a text on markup does.
_TWICE_ESCAPED = re.compile(r"&amp;(?=(?:#[0-9]+|#[xX][0-9a-fA-F]+|(?!lt;|gt;)[A-Za-z][A-Za-z0-9]*);)")


def once_escaped(text: str) -> str:
    """Return a plain text whose references a CMS escaped twice as escaped once.

    >>> once_escaped("Marks &amp;amp; Spencer, O&amp;#8217;Neil, AT&amp;T")
    'Marks &amp; Spencer, O&#8217;Neil, AT&amp;T'
    """
    return _TWICE_ESCAPED.sub("&", text) if "&amp;" in text else text


def plain_field(text: str) -> str:
    """Return a text a format says is plain (Atom's `type="text"`, JSON Feed's `content_text`) as a records
    text field holds it, so that `text_of_field` reads it back as written, never as markup: "the <b> tag"
    stays, where "<b>bold</b>" was read as HTML and its tags lost. Only its "<" is escaped: its character
    references are unescaped as any field's are.

    >>> text_of_field(plain_field("Use the <b>bold</b> tag &amp; more")), text_of_field("<b>bold</b>")
    ('Use the <b>bold</b> tag & more', 'bold')
    """
    return text.replace("<", "&lt;")


# The escapes of markup itself, which a text read from its markup (an XML element's, HTML's) has read once: what
# is left of them is the text's own ("&amp;amp;" read is "&amp;"), unlike a character's reference a tool escaped
# twice ("O&amp;#8217;Neil" read is "O&#8217;Neil", which names "’").
_MARKUP_ESCAPES = re.compile(r"&(?=(?:amp|lt|gt);)", re.IGNORECASE)


def as_read(text: str) -> str:
    """Return a text read from its markup already (a feed's element, once its XML is parsed; an HTML fragment's
    text) as a records field holds it, so that reading the field (`text_of_field`, `plain_title`) gives it back:
    never read as markup ("the <b> tag" stays), its markup's own escapes as they are, read once ("&amp;amp;" in a
    feed is "&amp;": it was "&", decoded twice), but for a character's reference a tool escaped twice, which is
    that character ("O&amp;#8217;Neil" is "O’Neil").

    >>> text_of_field(as_read("Use &lt;b&gt; &amp; <i> tags")), plain_title(as_read("O&#8217;Neil &amp; Co"))
    ('Use &lt;b&gt; &amp; <i> tags', 'O’Neil &amp; Co')
    """
    if "&" in text:
        # "&#38;", not "&amp;": a plain field's "&amp;amp;" is an ampersand escaped twice (`once_escaped`), this one's
        # an ampersand the text holds
        text = _MARKUP_ESCAPES.sub("&#38;", text)
    return text.replace("<", "&lt;")


def unescaped_references(text: str) -> str:
    """Return a text with its character references unescaped, and nothing else read: a byline a CMS escaped,
    "Priya Nair &amp; Omar Khan", is "Priya Nair & Omar Khan" (its "amp" was a third author). Only a reference
    closed by its ";": "AT&T" stays.

    >>> unescaped_references("Priya Nair &amp; Omar O&#8217;Neil of AT&T")
    'Priya Nair & Omar O’Neil of AT&T'
    """
    return _ENTITY.sub(_unescaped, text) if "&" in text else text


def _unescaped(reference: re.Match[str]) -> str:
    return html.unescape(reference[0])


def plain_title(title: str) -> str:
    """Return a title as text: its character references unescaped (CMS exports write "&amp;",
    "&#8217;"), and its markup, if any, read as HTML on one line (WordPress writes "<em>Hamlet</em>").

    >>> plain_title("Council &amp; cyclists"), plain_title("AT&T results")
    ('Council & cyclists', 'AT&T results')
    >>> plain_title("Review: <em>Hamlet</em> &#8211; a triumph"), plain_title("Why x<y>z fails")
    ('Review: Hamlet – a triumph', 'Why x<y>z fails')
    """
    if is_markup(title):
        title = " ".join(text_of_markup(title).split())
    elif _ENTITY.search(title):
        title = html.unescape(once_escaped(title))
    # accents composed, as the text's are (transforms.text.normalize_text): a title a JSON export escapes as
    # "e\u0301" still opens its text
    return title if title.isascii() else unicodedata.normalize("NFC", title)
