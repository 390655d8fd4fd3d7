"""transforms.formats.layout_tables: which tables of a page are its layout, read as <div>s."""

from __future__ import annotations

import pytest
from lxml import html

from transforms.formats.layout_tables import unwrap_layout_tables

STORY = ("Heavy rain flooded dozens of homes in the valley overnight, and the river burst its banks, the fire "
         "service said.")
DATA = "<table><tr><th>Time</th><th>Level</th></tr><tr><td>Midnight</td><td>2.1 m</td></tr></table>"


@pytest.mark.parametrize(
    ("page", "tags"),
    [
        (f"<div><table><tr><td>Home</td><td>{STORY}</td></tr></table></div>", ["div", "div", "div", "div", "div"]),
        # A data table nested in the story's cell stays a table; the layout around it does not.
        (f"<div><table><tr><td><p>{STORY}</p>{DATA}</td></tr></table></div>",
         ["div", "div", "div", "div", "table", "tr", "th", "th", "tr", "td", "td"]),
        # A story in a table nested in another: both are layout.
        (f"<div><table><tr><td>Menu</td><td><table><tr><td>{STORY}</td></tr></table></td></tr></table></div>",
         ["div", "div", "div", "div", "div", "div", "div", "div"]),
    ],
    ids=["story-cell", "data-table-in-story", "nested-layout"],
)
def test_tables_holding_a_story_become_divs_and_data_tables_stay(page: str, tags: list[str]) -> None:
    tree = html.fromstring(page)
    assert unwrap_layout_tables(tree)
    assert [element.tag for element in tree.iter("div", "table", "tr", "td", "th")] == tags


def test_a_page_of_data_tables_only_has_no_layout_table() -> None:
    tree = html.fromstring(f"<div><p>{STORY}</p>{DATA}</div>")
    assert not unwrap_layout_tables(tree)
    assert tree.find(".//table") is not None


def test_a_table_holding_a_chinese_story_is_layout() -> None:
    # The story's cell was a few "words" (hanzi have no spaces between them): a data table, its story lost.
    story = "立法院今天三讀通過明年度中央政府總預算案，總額約2兆8,800億元新台幣，其中國防預算創下歷史新高。"
    tree = html.fromstring(f"<div><table><tr><td>首頁</td><td>{story}</td></tr></table></div>")
    assert unwrap_layout_tables(tree)
    assert [element.tag for element in tree.iter()] == ["div"] * 5
