"""A query over the themes that finds nothing because a theme's name is misspelt says the name meant."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli.main import app
from flows.cli.theme_names import theme_name_note
from tests.warehouse.report_lake import make_report_lake

runner = CliRunner()


@pytest.fixture(scope="module")
def labelled_lake(tmp_path_factory) -> Path:
    return make_report_lake(tmp_path_factory.mktemp("lake"))


def query(lake: Path, sql: str, *options: str):
    return runner.invoke(app, ["query", sql, "--lake", str(lake), *options])


# The lake's themes: 'economy, business and finance', 'conflict, war and peace', 'society'.
@pytest.mark.parametrize(("sql", "meant"), [
    ("select * from themes where name = 'Ecnomy'", "economy, business and finance"),  # a word of the name
    ("select theme_id from themes where name='socity'", "society"),
    ("select count(*) n, t.name from paragraph_themes p join themes t using (theme_id) "
     "where t.name = 'conflict war and peace' group by t.name", "conflict, war and peace"),
    ("select * from themes where name in ('econmy')", "economy, business and finance"),
    ("select * from themes where 'Society' = name", "society"),
])
@pytest.mark.parametrize("form", ["table", "csv"])
def test_no_row_for_a_misspelt_themes_name_names_the_theme_meant(labelled_lake, sql, meant, form) -> None:
    result = query(labelled_lake, sql, "--format", form)
    assert result.exit_code == 0, result.output
    note = [line for line in result.output.splitlines() if line.startswith("note: no theme is named")]
    assert len(note) == 1 and f"did you mean '{meant}'?" in note[0], result.output
    # The name meant finds the rows: the note mends the query.
    said = note[0].split("no theme is named ")[1].split(":")[0]
    mended = query(labelled_lake, sql.replace(said, f"'{meant}'"), "--format", "csv")
    assert len(mended.output.splitlines()) > 1 and "note:" not in mended.output, mended.output


@pytest.mark.parametrize("sql", [
    "select * from themes where name = 'society' and n_terms < 0",  # a theme's name: something else found nothing
    "select * from themes where name = 'Society' or name = 'society'",  # rows found, a variant of a name listed
    "select * from themes where name = 'sport' or name = 'society'",  # rows found, a value near no theme
    "select * from articles where title = 'Ecnomy'",  # no theme's name compared
    "select * from themes where description = 'sprot'",
    "select * from themes where name like 'sprot%'",  # a pattern, not a name
    "select name from paragraph_places where name = 'Londn'",  # a place's name
])
def test_no_note_where_no_themes_name_is_misspelt(labelled_lake, sql) -> None:
    result = query(labelled_lake, sql)
    assert result.exit_code == 0 and "no theme is named" not in result.output, result.output


def test_a_value_near_no_themes_name_says_where_the_names_are(labelled_lake) -> None:
    result = query(labelled_lake, "select * from themes where name = 'sport'")
    assert result.exit_code == 0, result.output
    assert "note: no theme is named 'sport' (`select name from themes` lists them)" in result.output, result.output


@pytest.mark.parametrize("sql", [
    # A view of the query's own named themes: its names are the query's, not the lake's themes'.
    "with themes as (select 'Londn' as name) select * from themes where name = 'Londn' and false",
    "with places as (select 1), Themes as (select 'x' as name) select * from themes where name = 'Ecnomy'",
])
def test_no_note_over_a_view_the_query_names_themes(labelled_lake, sql) -> None:
    result = query(labelled_lake, sql)
    assert result.exit_code == 0 and "no theme is named" not in result.output, result.output


@pytest.mark.parametrize("form", ["table", "csv", "json"])
def test_a_count_of_no_row_for_a_misspelt_name_names_the_theme_meant(labelled_lake, form) -> None:
    # A count is one row, of 0: as few rows as a select's none.
    sql = "select count(*) from paragraph_themes p join themes t using (theme_id) where t.name = 'socity'"
    result = query(labelled_lake, sql, "--format", form)
    assert result.exit_code == 0, result.output
    assert "note: no theme is named 'socity': did you mean 'society'?" in result.output, result.output


@pytest.mark.parametrize("sql", [
    "select count(*) from themes where name = 'society' and n_terms < 0",  # a theme's name: the filter found none
    "select count(*) from themes where name in ('society', 'Society')",  # a count of 1
    "select 0 as n from themes where name in ('society', 'sport')",  # a row of 0 found, no count of none
])
def test_no_note_on_a_count_the_names_did_not_empty(labelled_lake, sql) -> None:
    result = query(labelled_lake, sql, "--format", "csv")
    assert result.exit_code == 0 and "no theme is named" not in result.output, result.output


@pytest.mark.parametrize("sql", ["select name from themes where name in ('socity', 'conflict, war and peace')",
                                 "select name from themes where name = 'conflict, war and peace' or name = 'socity'"])
def test_a_listed_name_one_slip_from_a_theme_is_noted_though_the_others_found_rows(labelled_lake, sql) -> None:
    result = query(labelled_lake, sql)
    assert result.exit_code == 0 and "conflict, war and peace" in result.output, result.output
    assert "note: no theme is named 'socity': did you mean 'society'?" in result.output, result.output


@pytest.mark.parametrize("sql", [
    "select name from themes where name in ('society', 'societies')",  # a variant of a name listed beside it
    "select name from themes where name in ('society', 'sport')",  # far from every name, with rows: left alone
])
def test_no_note_with_rows_where_no_listed_name_is_a_slip(labelled_lake, sql) -> None:
    result = query(labelled_lake, sql)
    assert result.exit_code == 0 and "no theme is named" not in result.output, result.output



# The lake's ids: 'war', 'economy', 'society' (the bundled taxonomy's are numbers, 'medtop:04000000').
@pytest.mark.parametrize(("sql", "note"), [
    ("select count(*) from paragraph_themes where theme_id = 'econmy'",
     "note: no theme's id is 'econmy': did you mean 'economy' (economy, business and finance)?"),
    ("select * from article_themes where theme_id = 'conflict, war and peace'",
     "note: 'conflict, war and peace' is a theme's name, not its id: its theme_id is 'war'"),
    ("select * from paragraph_themes p where p.theme_id in ('society', 'wra')",  # rows found by the other
     "note: no theme's id is 'wra': did you mean 'war' (conflict, war and peace)?"),
])
def test_a_theme_id_no_theme_has_names_the_id_meant(labelled_lake, sql, note) -> None:
    result = query(labelled_lake, sql, "--format", "json")
    assert result.exit_code == 0 and note in result.output, result.output


@pytest.mark.parametrize("sql", [
    "select * from paragraph_themes where theme_id = 'war' and false",  # an id: something else found nothing
    "select * from paragraph_themes where theme_id in ('war', 'medtop:16000000')",  # rows found, near no id
    "select * from articles where title = 'econmy'",  # no theme's id compared
])
def test_no_note_where_every_theme_id_is_one(labelled_lake, sql) -> None:
    result = query(labelled_lake, sql, "--format", "csv")
    assert result.exit_code == 0 and "theme's id" not in result.output, result.output


@pytest.mark.parametrize("sql", [
    "select * from themes where lower(name) = 'socity'",  # a name folded to one case: a slip is still a slip
    "select * from themes t where upper(t.name) = 'SOCITY'",
    "select * from themes where 'socity' = lcase(name)",
    "select * from themes where name ilike 'Socity'",  # a pattern without a wildcard is one name
    "select * from themes where name like 'socity'",
    "select name from themes where lower(name) in ('socity', 'conflict, war and peace')",  # rows found by the other
])
def test_a_slip_compared_in_any_case_or_by_like_names_the_theme_meant(labelled_lake, sql) -> None:
    result = query(labelled_lake, sql)
    assert result.exit_code == 0, result.output
    assert "did you mean 'society'?" in result.output, result.output


@pytest.mark.parametrize("sql", [
    "select * from themes where lower(name) = 'society'",
    "select * from themes where upper(name) = 'SOCIETY'",  # a name's case ignored: every name equals it
    "select * from themes where name ilike 'SOCIETY'",
    "select * from themes where lower(name) like 'socit%'",  # a pattern, not a name
    "select * from themes where name not like 'socity'",
    "select name from paragraph_places where lower(name) = 'londn'",  # a place's name
])
def test_no_note_where_a_name_compared_in_any_case_or_by_like_is_a_theme(labelled_lake, sql) -> None:
    result = query(labelled_lake, sql)
    assert result.exit_code == 0 and "note:" not in result.output, result.output


def test_a_themes_id_compared_with_its_name_names_the_theme(labelled_lake) -> None:
    # `name = 'war'` found nothing, and the note said 'war' was a slip of 'conflict, war and peace'.
    result = query(labelled_lake, "select * from themes where name = 'war'")
    assert result.exit_code == 0, result.output
    assert ("note: 'war' is a theme's id, not its name: its name is 'conflict, war and peace' (or compare theme_id)"
            in result.output), result.output
    mended = query(labelled_lake, "select * from themes where theme_id = 'war'", "--format", "csv")
    assert len(mended.output.splitlines()) == 2 and "note:" not in mended.output, mended.output
    listed = query(labelled_lake, "select * from themes where name in ('war', 'conflict, war and peace')")
    assert listed.exit_code == 0 and "note:" not in listed.output, listed.output  # its theme listed beside it


@pytest.mark.parametrize(("value", "note"), [
    ("medtop:7000000", "has the form of a theme's id, not of a name: did you mean theme_id 'medtop:07000000' "
                       "(health)?"),
    ("medtop:20000763", "has the form of a theme's id, not of a name, and no theme's id is 'medtop:20000763' "
                        "either"),
    ("covid19", "no theme is named 'covid19' (`select name from themes` lists them)"),  # no id's form
])
def test_a_value_of_an_ids_form_compared_with_a_name_is_said_to_be_one(value, note) -> None:
    ids = {"medtop:07000000": "health", "medtop:15000000": "sport"}
    said = theme_name_note(f"select * from themes where name = '{value}'", list(ids.values()),
                           lambda column: ["themes"], ids=ids)
    assert said is not None and note in said, said


@pytest.mark.parametrize(("sql", "note"), [
    ("select * from themes where upper(name) = 'society'", "upper(name) is in upper case, so it never equals "
                                                             "'society': compare it with 'SOCIETY'"),
    ("select count(*) from themes where lower(name) = 'Society'", "lower(name) is in lower case, so it never "
                                                                  "equals 'Society': compare it with 'society'"),
    ("select * from themes where 'SOCIETY' = lcase(name)", "compare it with 'society'"),
    # The note quotes the column as written: `upper(name)` under `upper(t.name)` read as another column's.
    ("select * from themes t where upper(t.name) in ('SPORT', 'society')",
     "upper(t.name) is in upper case, so it never equals 'society'"),
    ('select * from themes as th where lower("th".name) = \'Society\'', "lower(th.name) is in lower case"),
    # Rows found by the other value listed: the one in the other case still finds none, whatever it names.
    ("select * from themes where lower(name) in ('Society', 'conflict, war and peace')",
     "never equals 'Society'"),
])
def test_a_name_folded_to_one_case_compared_with_another_case_is_said_to_match_nothing(labelled_lake, sql,
                                                                                        note) -> None:
    # `upper(name) = 'sport'` found no row and said nothing: no theme's name can ever equal it.
    result = query(labelled_lake, sql)
    assert result.exit_code == 0, result.output
    (said,) = [line for line in result.output.splitlines() if line.startswith("note:")]
    assert note in said, result.output
    mended = query(labelled_lake, sql.replace(said.split("never equals ")[1].split(":")[0],
                                              said.split("compare it with ")[1]), "--format", "csv")
    assert "note:" not in mended.output and len(mended.output.splitlines()) >= 2, mended.output


@pytest.mark.parametrize("sql", [
    "select * from themes where lower(name) ilike 'Society'",  # ILIKE ignores the case it is given
    "select * from themes where lower(name) = '42'",  # no letter has a case
    "select * from articles where lower(title) = 'Society'",  # no theme's name
    # A query's own column called name (a CTE's theme_id as name) is no theme's name.
    "with t as (select theme_id as name from themes) select * from t where name = 'medtop:20000002'",
    "with t as (select theme_id as name from themes) select * from t where name = 'socity'",
])
def test_no_note_where_the_case_can_match_or_the_name_is_the_querys_own(labelled_lake, sql) -> None:
    result = query(labelled_lake, sql)
    assert result.exit_code == 0 and "never equals" not in result.output, result.output
    assert "note: 'medtop" not in result.output and "no theme is named 'socity'" not in result.output, result.output


@pytest.mark.parametrize(("sql", "mended"), [
    ("select * from themes where lower(name) like 'Society%'", "'society%'"),
    ("select * from themes t where upper(t.name) like '%war%'", "'%WAR%'"),
    ("select * from themes where lcase(name) like 'Econ_my%'", "'econ_my%'"),
])
def test_a_folded_name_matched_by_a_pattern_in_another_case_is_said_to_match_nothing(labelled_lake, sql,
                                                                                      mended) -> None:
    # `lower(name) like 'Sport%'` found no row and said nothing: a pattern's letters have a case as a value's do.
    result = query(labelled_lake, sql)
    (said,) = [line for line in result.output.splitlines() if line.startswith("note:")]
    assert "never matches" in said and said.endswith(f"compare it with {mended}"), result.output
    pattern = said.split("never matches ")[1].split(":")[0]
    again = query(labelled_lake, sql.replace(pattern, mended), "--format", "csv")
    assert "note:" not in again.output and len(again.output.splitlines()) >= 2, again.output


@pytest.mark.parametrize("sql", [
    "select * from themes where lower(name) like 'soc%'",  # in the fold's case
    "select * from themes where lower(name) ilike 'Soc%'",  # ILIKE: any case
    "select * from themes where lower(name) like '%'",  # no letter
    "select * from themes where name like 'Soc%'",  # no fold: the names' own case is the lake's to say
])
def test_no_note_where_a_pattern_can_match_a_folded_name(labelled_lake, sql) -> None:
    result = query(labelled_lake, sql)
    assert result.exit_code == 0 and "note:" not in result.output, result.output


IPTC = {"medtop:04000000": "economy, business and finance", "medtop:15000000": "sport"}


@pytest.mark.parametrize("value", ["medtop:20000002", "medtop:20000763"])
def test_an_id_of_a_level_below_the_taxonomy_s_themes_is_said_to_be_one(value) -> None:
    # It said "no theme's id is 'medtop:20000002'" alone, of a real IPTC id the lake can never have labelled.
    from flows.cli.theme_ids import theme_id_note

    note = theme_id_note(f"select * from article_themes where theme_id = '{value}'", IPTC, ["article_themes"])
    assert note is not None and note.startswith(f"no theme's id is '{value}': the lake labels its taxonomy's 2 "
                                                "themes only, their ids all ending in 000000")


@pytest.mark.parametrize(("value", "said"), [
    ("medtop:21000000", "the lake labels its taxonomy's 2 themes only ("),  # its level: no level said
    ("custom-7", "no theme's id is 'custom-7' ("),  # another form of id: nothing of the lake's said
    ("medtop:4000000", "did you mean 'medtop:04000000'"),  # a slip: the id meant
])
def test_an_id_of_the_themes_level_or_of_another_form_is_said_as_before(value, said) -> None:
    from flows.cli.theme_ids import theme_id_note

    note = theme_id_note(f"select * from article_themes where theme_id = '{value}'", IPTC, ["article_themes"])
    assert note is not None and said in note and "level" not in note
