"""An article's rails of links ("Related", "Most read"): no paragraphs."""

from __future__ import annotations

from transforms.formats import ReadOptions, read_articles

STORY = ["Members of the Royal College of Nursing have voted to accept a 4.5% pay rise, ending the threat of strikes.",
         "Turnout in the ballot was 61%, and 58% of those who voted backed the offer, the union said on Wednesday.",
         "The Health Secretary welcomed the result and said the government would now focus on waiting times."]


def test_related_and_most_read_rails_inside_the_article_are_no_paragraphs() -> None:
    related = ('<aside class="related"><h2>Related</h2><ul><li><a href="/a">Junior doctors announce strike dates</a>'
               '</li><li><a href="/b">NHS waiting list falls again</a></li></ul></aside>')
    most_read = ('<h2>Most read</h2><ol><li><a href="/d">Man charged after Leeds crash</a></li>'
                 '<li><a href="/e">Snow warning issued for north</a></li><li><a href="/f">Club fined £2m</a></li></ol>')
    html = ('<html lang="en"><head><title>Nurses accept pay offer</title></head><body><article><h1>Nurses accept pay '
            f"offer</h1><p>{STORY[0]}</p>{related}<p>{STORY[1]}</p>{most_read}<p>{STORY[2]}</p></article></body></html>")
    article = read_articles(html.encode(), "html", ReadOptions()).articles[0]
    assert article.text.split("\n\n") == ["Nurses accept pay offer", *STORY]


def test_a_section_heading_over_prose_with_links_stays() -> None:
    section = ('<h2>What happens next</h2><p>The deal goes to <a href="/a">the pay review body</a> and then to '
               '<a href="/b">ministers</a>, who must approve it before the April pay round begins.</p>')
    html = ('<html lang="en"><head><title>Nurses accept pay offer</title></head><body><article><h1>Nurses accept pay '
            f"offer</h1><p>{STORY[0]}</p><p>{STORY[1]}</p>{section}</article></body></html>")
    article = read_articles(html.encode(), "html", ReadOptions()).articles[0]
    assert "What happens next" in article.text.split("\n\n")
