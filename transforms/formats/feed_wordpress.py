"""A WordPress export (WXR: WordPress eXtended RSS, Tools → Export's `.xml`), read as the RSS feed it is, with what
its `wp:` elements say of each post (`feed`).

Its `content:encoded` is the post as the editor stored it, not as the site shows it: the classic editor's
paragraphs are parted by blank lines only, and WordPress adds their `<p>` when it shows the post (`wpautop`); read
as HTML, a post's paragraphs were one. Its `dc:creator` is the author's login ("sarahj"), whose name the export's
`wp:author` list gives ("Sarah Jones"). Drafts, pages and attachments are items too: each says its `wp:status` and
`wp:post_type`, kept in `metadata` so that a query can tell a published post from a draft.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

# WXR's namespace, of each version (1.0 to 1.2): "http://wordpress.org/export/1.2/".
_WXR = "{http://wordpress.org/export/"
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
# A part of a post that opens with a block of its own (a heading, a list, a block editor's `<!-- wp:... -->`
# comment) is no paragraph to wrap: WordPress leaves it as written.
_BLOCK = re.compile(
    r"\s*<(?:!--|/?(?:p|div|h[1-6]|ul|ol|li|dl|blockquote|figure|table|pre|hr|section|article|aside|header|footer"
    r"|form|address|details|iframe|style|script)\b)",
    re.IGNORECASE,
)
# The `wp:` elements of an item kept in its metadata: whether it is published, and what it is (a post, a page).
_KEPT = {"status": "status", "post_type": "post_type"}
# WordPress's own post types that are no article (wp-includes/post.php registers them): an export's images and
# files, its menus' links, its stylesheet, its editor's blocks and templates. Each was an article (an image's
# description, the site's CSS) or a `no_text` record; a site's own post types (an "event", a "story") are read.
NOT_ARTICLES = frozenset({
    "attachment", "nav_menu_item", "revision", "custom_css", "customize_changeset", "oembed_cache", "user_request",
    "wp_block", "wp_template", "wp_template_part", "wp_global_styles", "wp_navigation", "wp_font_family",
    "wp_font_face",
})
# WordPress's own shortcodes (wp-includes/media.php, class-wp-embed.php), which it replaces as it shows a post: a
# captioned image (`[caption ...]<img ...> Its caption[/caption]`, a photo's caption, which an article's page does
# not read either), a gallery, an embedded page's address, a player. Each was read as a paragraph's text
# ("[caption id=...] The bridge[/caption]"). A plugin's shortcode is left as written.
_SHORTCODE = re.compile(
    r"\[((?:wp_)?caption|gallery|playlist|embed|audio|video)\b[^\]]*\](?:(?:(?!\[/?\1\b).)*\[/\1\])?", re.DOTALL
)


def wordpress_authors(channel: Element | None) -> dict[str, str] | None:
    """Return a WordPress export's authors, login → display name; None for a feed that is no WordPress export.

    >>> from xml.etree.ElementTree import fromstring
    >>> wordpress_authors(fromstring('<channel xmlns:wp="http://wordpress.org/export/1.2/"><wp:author>'
    ...     '<wp:author_login>sarahj</wp:author_login><wp:author_display_name>Sarah Jones</wp:author_display_name>'
    ...     '</wp:author></channel>'))
    {'sarahj': 'Sarah Jones'}
    >>> wordpress_authors(fromstring("<channel><title>News</title></channel>")) is None
    True
    """
    if channel is None or not any(_wordpress_name(child) for child in channel):
        return None
    authors: dict[str, str] = {}
    for child in channel:
        if _wordpress_name(child) == "author":
            values = {_wordpress_name(e): "".join(e.itertext()).strip() for e in child}
            if values.get("author_login") and values.get("author_display_name"):
                authors[values["author_login"]] = values["author_display_name"]
    return authors


def post_fields(item: Element, authors: object, names: dict[str, str]) -> dict[str, object]:
    """Return a WordPress export's item's own fields: its authors (logins) by their names (`names`, login → name),
    its status and post type."""
    logins = authors if isinstance(authors, list) else []
    fields: dict[str, object] = {"authors": [names.get(login, login) for login in logins]}
    for element in item:
        name = _wordpress_name(element)
        if name in _KEPT and (value := "".join(element.itertext()).strip()):
            fields[_KEPT[name]] = value
    return fields


def post_paragraphs(markup: str) -> str:
    """Return a post's markup with each part between blank lines that opens with no block a paragraph, `<p>`, as
    WordPress shows it, a line break inside one a `<br>`, and without WordPress's own shortcodes.

    >>> post_paragraphs("One line\\nand more.\\n\\n<h2>Next</h2>\\n\\nTwo.")
    '<p>One line<br>\\nand more.</p>\\n\\n<h2>Next</h2>\\n\\n<p>Two.</p>'
    >>> post_paragraphs("<!-- wp:paragraph -->\\n<p>One.</p>\\n<!-- /wp:paragraph -->")
    '<!-- wp:paragraph -->\\n<p>One.</p>\\n<!-- /wp:paragraph -->'
    >>> post_paragraphs('[caption id="a1"]<img src="b.jpg"> The bridge[/caption]Open. [gallery ids="1,2"][1]')
    'Open. [1]'
    """
    if "[" in markup:
        markup = _SHORTCODE.sub("", markup)
    if "\n" not in markup:
        return markup
    parts = _BLANK_LINE.split(markup.strip())
    return "\n\n".join(
        part if _BLOCK.match(part) else "<p>" + part.replace("\n", "<br>\n") + "</p>" for part in parts if part
    )


def _wordpress_name(element: Element) -> str | None:
    """Return a `wp:` element's local name ("status"), None for an element of another namespace."""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) and tag.startswith(_WXR) else None
