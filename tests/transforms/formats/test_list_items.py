"""A list article's items ("5 things to know"), each a linked heading and its paragraph, are all read."""

from __future__ import annotations

from transforms.formats import read_articles

ITEMS = [("Trains halted at Dawlish", "Trains between Exeter and Plymouth were halted on Tuesday after the sea wall "
          "at Dawlish was damaged by waves."),
         ("Buses replace trains", "Buses will replace trains between the two cities, and passengers were told to "
          "allow an extra hour."),
         ("Schools shut in south Devon", "Twelve schools in south Devon will stay closed on Wednesday, the county "
          "council said, as roads remain flooded."),
         ("Flood warnings in force", "The Environment Agency has issued fourteen flood warnings across the county, "
          "most of them along the Exe estuary."),
         ("When the line reopens", "Network Rail expects the line to reopen next Tuesday if the weather allows "
          "engineers to reach the wall.")]


def page(items: str, after: str = "") -> bytes:
    return ("<!DOCTYPE html><html><head><title>Storm Darragh: 5 things to know | The Courier</title></head><body>"
            "<nav><a href='/'>Home</a><a href='/news'>News</a><a href='/sport'>Sport</a></nav><main><article>"
            "<h1>Storm Darragh: 5 things to know</h1><p>Here is what we know so far about the storm that hit Devon "
            f"overnight.</p>{items}{after}</article></main><footer><a href='/about'>About us</a></footer></body>"
            "</html>").encode()


def test_each_item_of_a_list_article_keeps_its_heading_and_paragraph() -> None:
    items = "".join(f'<div class="item"><h2><a href="https://news.test/topics/{n}">{n + 1}. {heading}</a></h2>'
                    f"<p>{text}</p></div>" for n, (heading, text) in enumerate(ITEMS))
    [article] = read_articles(page(items), "html").articles
    paragraphs = article.text.split("\n\n")
    for n, (heading, text) in enumerate(ITEMS):  # the last two items' paragraphs and every heading were lost
        assert paragraphs[paragraphs.index(f"{n + 1}. {heading}") + 1] == text


def test_related_stories_linked_headings_without_a_paragraph_stay_out() -> None:
    items = "".join(f"<h2>{n + 1}. {heading}</h2><p>{text}</p>" for n, (heading, text) in enumerate(ITEMS))
    related = "".join(f'<div class="related"><h3><a href="/news/{n}">Other story {n}</a></h3></div>' for n in range(4))
    [article] = read_articles(page(items, related), "html").articles
    assert "Other story" not in article.text
