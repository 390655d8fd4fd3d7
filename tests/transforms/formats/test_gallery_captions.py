"""A photo gallery page ("In pictures"): its captions are its story; an article's photo captions stay out."""

from __future__ import annotations

from transforms.formats import ReadOptions, read_articles

CAPTIONS = [
    "Waves crash over the harbour wall at Porthcawl as the storm arrives on Sunday evening.",
    "A fallen tree blocks a road in Lancashire, where police urged drivers to stay at home.",
    "Engineers work to restore power lines near Dumfries after thousands of homes lost electricity.",
]


def page(paragraphs: list[str]) -> bytes:
    figures = "".join(f'<figure><img src="/{n}.jpg" alt=""><figcaption>{caption} <span class="credit">Photograph: '
                      f"Ben Birchall/PA</span></figcaption></figure>" for n, caption in enumerate(CAPTIONS))
    prose = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="en"><head><title>In pictures: Storm Isha</title></head><body><article>'
            f"<h1>In pictures: Storm Isha</h1>{prose}{figures}</article></body></html>").encode()


def test_a_galleries_captions_are_its_paragraphs_without_their_credits() -> None:
    standfirst = "Winds of up to 90mph brought down trees and cut power overnight."
    [article] = read_articles(page([standfirst]), "html", ReadOptions()).articles
    # It was its headline and standfirst alone.
    assert article.text.split("\n\n")[1:] == [standfirst, *CAPTIONS]


def test_an_articles_photo_captions_stay_out() -> None:
    paragraphs = [f"Paragraph {n} of the report says the storm's winds reached 90mph on the coast overnight, and that"
                  " engineers worked through the night to restore power to homes." for n in range(1, 6)]
    [article] = read_articles(page(paragraphs), "html", ReadOptions()).articles
    assert not any(caption in article.text for caption in CAPTIONS)
    assert "Paragraph 5" in article.text


def test_an_articles_photo_captions_stay_out_where_its_paragraphs_are_parted_by_line_breaks() -> None:
    paragraphs = [f"Paragraph {n} of the report says the storm's winds reached 90mph on the coast overnight, and that"
                  " engineers worked through the night to restore power to homes." for n in range(1, 4)]
    # One <div> of text and <br>s, as some CMSs write an article: no <p> at all.
    body = f'<div class="story-body">{"<br><br>".join(paragraphs)}</div>'
    [article] = read_articles(page([]).replace(b"</h1>", f"</h1>{body}".encode()), "html", ReadOptions()).articles
    assert not any(caption in article.text for caption in CAPTIONS)
    assert "Paragraph 3" in article.text


def test_a_credit_a_galleries_caption_ends_with_is_left_out() -> None:
    # The Guardian's galleries write the credit in the caption's text, no element of its own.
    figures = "".join(f'<figure><img src="/{n}.jpg" alt=""><figcaption>{caption} Photograph: Ben Birchall/PA'
                      "</figcaption></figure>" for n, caption in enumerate(CAPTIONS))
    html = (f'<html lang="en"><head><title>In pictures</title></head><body><article><h1>In pictures: Storm Isha</h1>'
            f"<p>Winds of up to 90mph cut power overnight.</p>{figures}</article></body></html>")
    [article] = read_articles(html.encode(), "html", ReadOptions()).articles
    assert article.text.split("\n\n")[2:] == CAPTIONS
