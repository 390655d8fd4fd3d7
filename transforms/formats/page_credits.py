"""A page's last blocks that credit its story's makers instead of telling it: a wire's credits ("Reporting by Jane
Doe in Kyiv; Editing by Ann Lee", as Reuters ends a story), a credit line ("Associated Press writer Tom Roe in Paris
contributed to this report.", as AP ends one) and a trailing byline, read as a text file's last paragraph is
(`txt_tails`), and a wire's notice of its standards under them ("Our Standards: The Thomson Reuters Trust
Principles."). Each was a paragraph of the page's article, labelled with themes as its story's text."""

from __future__ import annotations

import re

from transforms.formats.txt_tails import TxtTail, txt_tail

# The notice Reuters prints under every story, after its credits (a link in its page: ", opens new tab" is the link's
# label read aloud): no sentence of the story, and it hid the credits from being its last block
_STANDARDS_NOTICE = re.compile(r"Our Standards:\s*The Thomson Reuters Trust Principles\.?(?:,?\s*opens new tab)?",
                               re.IGNORECASE)


def without_page_credits(blocks: list[str]) -> tuple[list[str], TxtTail]:
    """Return a page's blocks without its last block's credits (and a wire's notice of its standards after them), and
    the names the credits give (a credit line's names its contributors, a wire's reporters its authors).

    >>> blocks, tail = without_page_credits(["Oil rose.", "Reporting by Jane Doe; Editing by Ann Lee",
    ...                                      "Our Standards: The Thomson Reuters Trust Principles."])
    >>> blocks, tail.authors
    (['Oil rose.'], ('Jane Doe',))
    >>> without_page_credits(["Oil rose.", "Editing by hand is slow."])[0]
    ['Oil rose.', 'Editing by hand is slow.']
    """
    kept = blocks[:-1] if len(blocks) > 1 and _STANDARDS_NOTICE.fullmatch(blocks[-1].strip()) else blocks
    if len(kept) < 2:  # a story's one block is its text, whatever it ends with
        return kept, TxtTail("", (), ())
    # read with the block before it, as a text's last paragraph after its story's (`txt_tail` reads no credit alone)
    ending = f"{kept[-2]}\n\n{kept[-1]}"
    tail = txt_tail(ending)
    if tail.text == ending or not tail.text.startswith(kept[-2]):
        return kept, TxtTail("", (), ())
    # the credit's block (a paragraph of its own) goes; a trailing byline leaves its block's last sentence
    rest = tail.text[len(kept[-2]):].strip()
    return kept[:-1] + [rest] if rest else kept[:-1], tail
