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


def test_a_chinese_articles_photo_captions_stay_out() -> None:
    # Two paragraphs of hanzi were two "words" to the captions' three: the captions were read as a gallery's story.
    paragraphs = ["强台风“摩羯”周五下午在海南省文昌市沿海登陆，当地已紧急转移安置群众超过四十万人，全省停课停工。",
                  "气象部门预计，台风将继续向西北方向移动，广东和广西沿海将出现强降雨，部分地区有暴雨。"]
    captions = ["文昌市街头的树木被大风吹倒。", "海口市民在超市购买物资。", "救援人员在积水街道上巡查。"]
    figures = "".join(f'<figure><img src="/{n}.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
                      for n, caption in enumerate(captions))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (f'<html lang="zh-CN"><head><title>台风登陆海南</title></head><body><article><h1>台风登陆海南</h1>'
            f"{body}{figures}</article></body></html>")
    [article] = read_articles(page.encode(), "html", ReadOptions()).articles
    assert article.text.split("\n\n")[1:] == paragraphs
