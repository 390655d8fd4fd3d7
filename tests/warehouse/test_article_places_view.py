"""`article_places`: one row per article and place, with its mentions and the first paragraph that names it."""

from __future__ import annotations

import duckdb

from warehouse.views import derived_views


def test_first_paragraph_id_is_the_earliest_paragraph_that_names_the_place() -> None:
    # It was min(paragraph_id): ids are hashes, so it named the paragraph whose hash sorts first, 788 of
    # bbc-dev's 1,281 places named in more than one paragraph of an article a later paragraph than the first.
    con = duckdb.connect()
    con.execute("create table paragraphs as select * from (values ('p-ff', 'a', 0), ('p-00', 'a', 3), "
                "('p-11', 'a', 1)) t(paragraph_id, article_id, ordinal)")
    con.execute("create table paragraph_places as select * from (values "
                "('p-00', 'a', 'Kenya', 'country', 'KE', 192950, null::double, null::double, 4), "
                "('p-11', 'a', 'Kenya', 'country', 'KE', 192950, null, null, 9), "
                "('p-ff', 'a', 'Kenya', 'country', 'KE', 192950, null, null, 30)) "
                "t(paragraph_id, article_id, name, kind, country_code, geonames_id, latitude, longitude, start)")
    con.execute(f"create view article_places as {dict(derived_views(None))['article_places']}")
    rows = con.execute("select name, mentions, first_paragraph_id from article_places").fetchall()
    assert rows == [("Kenya", 3, "p-ff")]
