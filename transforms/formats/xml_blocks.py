"""The block elements of an XML document's text (its paragraphs, headings, list items), found without recursion.

A story's `<body.content>`, an XHTML page's `<body>` or trafilatura's `<main>` nests its paragraphs in containers
(`<block>`, `<div>`, `<ol>`, `<list>`). A file that nests them thousands of levels deep is well-formed XML, and a
walk that recursed once a level stopped at Python's limit (about 1,000) with a RecursionError that ended the whole
run; this walk keeps its own stack, so such a file is read as any other (`transforms/formats/nesting.py` says the
same of JSON records).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from xml.etree.ElementTree import Element

from transforms.formats.feed_elements import local_name


def block_elements(element: Element, containers: frozenset[str], is_block: Callable[[str], bool]) -> list[Element]:
    """Return the elements under `element`, in document order, whose local name `is_block` says is a block, read
    inside those whose local name is one of `containers` (a container is no block itself).

    >>> from xml.etree.ElementTree import fromstring
    >>> body = fromstring('<body><p>a</p><div><div><p>b</p></div><table/></div><p>c</p></body>')
    >>> [e.text for e in block_elements(body, frozenset({"div"}), lambda name: name == "p")]
    ['a', 'b', 'c']
    """
    blocks: list[Element] = []
    stack: list[Iterator[Element]] = [iter(element)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        name = local_name(child)
        if name in containers:
            stack.append(iter(child))
        elif is_block(name):
            blocks.append(child)
    return blocks
