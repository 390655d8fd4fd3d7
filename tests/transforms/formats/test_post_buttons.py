"""A blog post's buttons that an export or a copy keeps (Substack's, WordPress's) are no paragraphs of a text file, a
Markdown file or a page; a sentence that speaks of them stays."""

from __future__ import annotations

from transforms.formats import ReadOptions, read_articles

STORY = "The grid operator said on Monday that three substations would be rebuilt before next winter."
BUTTONS = ["Subscribe now", "Share this post", "Leave a comment", "Give a gift subscription"]


def texts(data: str, format: str) -> list[str]:
    [article] = read_articles(data.encode(), format, ReadOptions()).articles
    return article.text.strip().split("\n\n")


def test_a_text_files_post_buttons_are_no_paragraphs() -> None:
    paragraphs = texts("Why the grid keeps failing\n\n" + STORY + "\n\n" + "\n\n".join(BUTTONS) + "\n", "txt")
    assert STORY in paragraphs and not set(BUTTONS) & set(paragraphs)


def test_a_markdown_exports_linked_buttons_are_no_paragraphs() -> None:
    links = "\n\n".join(f"[{label}](https://grid.example/p/why)" for label in BUTTONS)
    paragraphs = texts(f"# Why the grid keeps failing\n\n{STORY}\n\n{links}\n", "md")
    assert STORY in paragraphs and not set(BUTTONS) & set(paragraphs)


def test_a_pages_sharing_row_is_no_paragraph() -> None:
    page = (f"<html><body><article><h1>Why the grid keeps failing</h1><p>{STORY}</p><p>Share this post</p>"
            "<p>Like this:</p><p>Leave a Reply</p></article></body></html>")
    paragraphs = texts(page, "html")
    assert STORY in paragraphs and not {"Share this post", "Like this:", "Leave a Reply"} & set(paragraphs)


def test_a_sentence_about_comments_stays() -> None:
    last = "Readers who leave a comment will now need to verify their phone number."
    assert last in texts(f"Comment rules change\n\n{STORY}\n\n{last}\n", "txt")
