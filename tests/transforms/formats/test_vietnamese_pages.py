"""Vietnamese sites' pages: Tuổi Trẻ's date above its headline, VnExpress's standfirst above its story."""

from __future__ import annotations

from datetime import UTC, datetime

from transforms.formats import ArticleRecord, ReadOptions, read_articles

TUOI_TRE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Hà Nội cấm xe máy xăng</title></head>
<body><div class="detail-top"><div class="detail-time"><div {marker}>20/11/2025 09:15 GMT+7</div></div></div>
<h1 class="detail-title">Hà Nội cấm xe máy xăng từ 2026</h1>
<div class="detail-content"><p>Thành phố Hà Nội sẽ cấm xe máy chạy xăng trong vành đai 1 từ giữa năm 2026.</p>
<p>Người dân được khuyến khích chuyển sang xe điện với mức hỗ trợ từ ngân sách thành phố.</p></div></body></html>"""

VNEXPRESS = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Giá vàng tăng mạnh</title></head>
<body><section class="page-detail"><div class="sidebar-1">
<h1 class="title-detail">Giá vàng tăng mạnh</h1>
<p class="description">Giá vàng miếng SJC tăng 2 triệu đồng mỗi lượng sáng nay, lên mức cao nhất từ trước đến nay.</p>
<article class="fck_detail">
<p class="Normal">Giá vàng miếng SJC sáng 4/12 được niêm yết ở mức 150 triệu đồng mỗi lượng, tăng 2 triệu đồng.</p>
<p class="Normal">Các chuyên gia cho rằng giá vàng thế giới tăng là nguyên nhân chính khiến giá trong nước tăng.</p>
</article></div></section></body></html>"""


def read(page: str) -> ArticleRecord:
    [article] = read_articles(page.encode(), "html", ReadOptions()).articles
    return article


def test_a_publication_date_above_the_headline_outside_its_box_dates_the_page() -> None:
    # The page was undated: its date is in a box of its own above the <h1>, not the headline's
    article = read(TUOI_TRE.format(marker='data-role="publishdate"'))
    assert article.published_at == datetime(2025, 11, 20, 2, 15, tzinfo=UTC)


def test_a_date_above_the_headline_that_says_nothing_of_itself_does_not() -> None:
    # a masthead's today, as far as the page says: not the article's
    assert read(TUOI_TRE.format(marker='class="today"')).published_at is None


def test_a_standfirst_above_the_one_article_comes_before_its_story() -> None:
    # The extraction recovered it after the story: it was the text's last paragraph
    paragraphs = read(VNEXPRESS).text.split("\n\n")
    assert paragraphs[1].startswith("Giá vàng miếng SJC tăng 2 triệu")
    assert paragraphs[2].startswith("Giá vàng miếng SJC sáng 4/12")
