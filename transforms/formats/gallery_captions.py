"""A photo gallery's captions ("In pictures: ..."): the story a gallery page tells is in its pictures' captions,
which trafilatura drops with the pictures, as it should an article's photo captions. Such a page was read as its
headline and standfirst alone.

A gallery is a page with three captioned pictures or more (`<figure>`s with a `<figcaption>`, not in an aside,
navigation or footer) whose captions hold more words than its prose outside them (its paragraphs, and the text a
block holds itself): an article with photos has the opposite, and its captions stay out. A gallery's figures are
read as blocks and their captions as paragraphs, without the photographer's credit, whether an element of its own
gives it (a class such as `credit` or `copyright`) or the caption ends with it ("... Photograph: Ben Birchall/PA").
"""

from __future__ import annotations

import re
from typing import Any

from transforms.word_counts import word_count

MIN_PICTURES = 3
_FIGURES = "//figure[figcaption][not(ancestor::aside or ancestor::nav or ancestor::footer)]"
_OUTSIDE = "not(ancestor::figure or ancestor::aside or ancestor::nav or ancestor::footer)"
# A page's prose: its paragraphs, and the text a block holds itself, not in a link, where a CMS writes an article's
# paragraphs parted by <br>s in one <div> (an article with three photos and no <p> was read as a gallery, its
# photos' captions among its paragraphs).
_PROSE = f"//p[{_OUTSIDE}]"
_LOOSE_PROSE = (
    f"//*[self::div or self::article or self::section or self::main or self::td]/text()[{_OUTSIDE}][not(ancestor::a)]"
)
_CREDIT = re.compile(r"credit|copyright|photographer", re.IGNORECASE)
# A credit a caption's text ends with: "Photograph: Ben Birchall/PA", "(Photo: AP)", "Picture by: Jane Roe".
_CREDIT_TEXT = re.compile(
    r"\s*\(?\b(?:photograph|photo|picture|image|credit)s?(?:\s+by)?\s*:\s*[^.!?:()]{1,80}\)?\s*$", re.IGNORECASE
)


def gallery_captions(tree: Any) -> int:
    """Make the captions of a photo gallery's pictures paragraphs in a parsed page (module docstring); return their
    count, 0 for a page that is no gallery.

    >>> from lxml import html
    >>> figure = '<figure><img src="p.jpg"><figcaption>Waves hit the pier. <span class="credit">PA</span></figcaption>'
    >>> body = f"<article><h1>In pictures</h1><p>Storm.</p>{(figure + '</figure>') * 3}</article>"
    >>> tree = html.fromstring(f"<html><body>{body}</body></html>")
    >>> gallery_captions(tree), [p.text_content() for p in tree.xpath("//p")][1]
    (3, 'Waves hit the pier. ')
    """
    figures = tree.xpath(_FIGURES)
    if len(figures) < MIN_PICTURES:
        return 0
    captions = [figure.find("figcaption") for figure in figures]
    credits = [[e for e in caption.iter() if e is not caption and _CREDIT.search(e.get("class") or "")]
               for caption in captions]
    caption_words = sum(_words(caption) - sum(map(_words, own)) for caption, own in zip(captions, credits, strict=True))
    prose_words = sum(map(_words, tree.xpath(_PROSE))) + sum(map(word_count, tree.xpath(_LOOSE_PROSE)))
    if caption_words <= prose_words:
        return 0
    for figure, caption, own in zip(figures, captions, credits, strict=True):
        for credit in own:
            if credit.getparent() is not None:  # not dropped already, inside another credit
                credit.drop_tree()
        _drop_credit_text(caption)
        figure.tag, caption.tag = "div", "p"
    return len(figures)


def _drop_credit_text(caption: Any) -> None:
    """Drop the photographer's credit the text of a caption ends with (its own text, or its last element's)."""
    children = list(caption)
    if not children:
        if caption.text and ":" in caption.text:
            caption.text = _CREDIT_TEXT.sub("", caption.text)
        return
    last = children[-1]
    if last.tail and last.tail.strip():
        if ":" in last.tail:
            last.tail = _CREDIT_TEXT.sub("", last.tail)
    elif not len(last) and last.text and ":" in last.text:
        last.text = _CREDIT_TEXT.sub("", last.text)


def _words(element: Any) -> int:
    return word_count(element.text_content())
