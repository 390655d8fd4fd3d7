"""A Vietnamese site's page: its dateline's day first with its GMT offset, and the writer signed under the story."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.formats import ReadOptions, read_articles

PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Giá vàng tăng mạnh</title></head>
<body><section class="page-detail"><div class="sidebar-1">
<div class="header-content"><span class="date">Thứ năm, 4/12/2025, 14:30 (GMT+7)</span></div>
<h1 class="title-detail">Giá vàng tăng mạnh</h1>
<article class="fck_detail">
<p class="Normal">Giá vàng miếng SJC sáng 4/12 được niêm yết ở mức 150 triệu đồng mỗi lượng, tăng 2 triệu đồng.</p>
<p class="Normal">Các chuyên gia cho rằng giá vàng thế giới tăng là nguyên nhân chính khiến giá trong nước tăng.</p>
<p class="Normal" style="text-align:right;"><strong>{signature}</strong></p>
</article></div></section></body></html>"""


def read(signature: str) -> tuple[tuple[str, ...], datetime | None, list[str]]:
    [article] = read_articles(PAGE.format(signature=signature).encode(), "html", ReadOptions()).articles
    return article.authors, article.published_at, article.text.split("\n\n")


def test_the_name_signed_under_the_story_is_its_author_and_no_paragraph() -> None:
    # The page had no author and the name was its last paragraph
    authors, _, paragraphs = read("Minh Sơn")
    assert authors == ("Minh Sơn",) and "Minh Sơn" not in paragraphs


def test_the_dateline_is_read_day_first_at_its_gmt_offset() -> None:
    # "Thứ năm" (Thursday) and "(GMT+7)" left it unread, and Vietnamese wrote no order a slash date was read in
    _, published, _ = read("Minh Sơn")
    assert published == datetime(2025, 12, 4, 7, 30, tzinfo=UTC)


def test_a_right_aligned_line_that_is_no_name_stays_a_paragraph() -> None:
    authors, _, paragraphs = read("Còn tiếp")
    assert authors == () and "Còn tiếp" in paragraphs


@pytest.mark.parametrize("line", [
    "Theo Reuters",  # "according to Reuters", as VnExpress credits a story's source: the author was "Theo Reuters"
    "Theo AFP",
    "Getty Images",  # a photo's credit
    "Read More",
])
def test_a_right_aligned_source_or_credit_is_no_author(line: str) -> None:
    authors, _, paragraphs = read(line)
    assert authors == () and line in paragraphs
