from __future__ import annotations

import pytest

from transforms.evaluation import (
    LabeledArticle,
    LabelMapError,
    LeftOut,
    check_label_map,
    evaluate,
    left_out_summary,
    parse_label_map,
)
from transforms.pipeline import ArticleFile
from transforms.taxonomy import parse_taxonomy

# Terms only (semantic = false): the expected figures below follow from which terms each text holds.
TAX = parse_taxonomy(
    """
[taxonomy]
semantic = false
[[themes]]
id = "sport"
terms = ["match", "goal", "coach"]
[[themes]]
id = "economy"
terms = ["profit", "bank", "market"]
[[themes]]
id = "politics"
terms = ["minister", "election"]
"""
)
MAP = {"sport": ("sport",), "business": ("economy",), "world": ("politics", "economy")}


def article(label: str, name: str, text: str) -> LabeledArticle:
    return LabeledArticle(ArticleFile(source=f"/{label}/{name}", data=text.encode()), label)


ARTICLES = [
    article("sport", "1", "Late goal wins it\n\nThe coach praised the match.\n\nFans went home happy."),
    article("sport", "2", "Bank profit up\n\nThe coach of the team was asked about the bank."),
    article("business", "1", "Profit falls\n\nThe bank said its market share fell."),
    article("world", "1", "Vote called\n\nThe bank profit matters in the election, the minister said."),
    article("world", "2", "Quiet day\n\nNothing happened at all."),
]


def test_accuracy_counts_the_primary_theme_against_the_accepted_set() -> None:
    result = evaluate(ARTICLES, MAP, TAX)
    # sport/2 is about a bank (title and a body word): wrong; world/1 is economy, which world accepts.
    assert result.n_articles == 5
    assert result.accuracy == 0.6
    assert ("/sport/2", "sport", "economy") in result.mistakes
    assert result.no_theme == ["/world/2"]
    assert result.confusion["sport"] == {"sport": 1, "economy": 1}


def test_coverage_is_the_share_of_body_paragraphs_with_a_theme() -> None:
    result = evaluate(ARTICLES, MAP, TAX)
    assert result.n_body_paragraphs == 6
    assert result.coverage == round(4 / 6, 4)


def test_per_theme_precision_recall_and_macro_f1() -> None:
    scores = {s.theme_id: s for s in evaluate(ARTICLES, MAP, TAX).per_theme}
    assert (scores["sport"].precision, scores["sport"].recall) == (1.0, 0.5)
    assert scores["economy"].predicted == 3 and scores["economy"].support == 2


def test_folders_without_a_theme_and_unknown_ids_are_errors() -> None:
    with pytest.raises(LabelMapError, match="no theme for folder.*tech"):
        check_label_map(MAP, ["sport", "tech"], TAX)
    with pytest.raises(LabelMapError, match="not in taxonomy.*medtop:99"):
        check_label_map({"sport": ("medtop:99",)}, ["sport"], TAX)


@pytest.mark.parametrize("text", ["x = 3", "x = []", "[[a]", ""])
def test_bad_label_maps_name_the_file(text: str) -> None:
    with pytest.raises(LabelMapError, match="^m.toml: "):
        parse_label_map(text, "m.toml")


def test_macro_f1_is_the_mean_of_per_theme_f1_worked_out_by_hand() -> None:
    # The five ARTICLES, by hand (title counted twice; ties to the smaller id):
    #   sport/1    goal (title), coach, match       -> sport    accepted: sport
    #   sport/2    bank, profit (title), coach, bank -> economy  should be: sport
    #   business/1 profit (title), bank, market     -> economy  accepted: economy
    #   world/1    bank, profit vs election, minister: 2 = 2 -> economy (smaller id); world accepts it
    #   world/2    nothing                           -> (none)   should be: politics (world's first id)
    # Confusion (should be -> given): sport->sport 1, sport->economy 1, economy->economy 2,
    # politics->(none) 1.
    #   economy:  tp 2, given 3, support 2: P = 2/3, R = 1,   F1 = 2 * (2/3) / (5/3) = 0.8
    #   politics: tp 0, given 0, support 1: P = 0,   R = 0,   F1 = 0
    #   sport:    tp 1, given 1, support 2: P = 1,   R = 1/2, F1 = 2 * (1/2) / (3/2) = 2/3
    # Macro F1 = (0.8 + 0 + 2/3) / 3 = 0.48889 (micro F1 would be the accuracy, 0.6; F1 weighted by
    # support 0.5867; a mean over predicted themes only 0.7333; F1 of mean P and R 0.5263).
    result = evaluate(ARTICLES, MAP, TAX)
    scores = {s.theme_id: (s.precision, s.recall, s.f1, s.support, s.predicted) for s in result.per_theme}
    assert scores == {
        "economy": (0.6667, 1.0, 0.8, 2, 3),
        "politics": (0.0, 0.0, 0.0, 1, 0),
        "sport": (1.0, 0.5, 0.6667, 2, 1),
    }
    assert result.macro_f1 == 0.4889


def test_macro_f1_leaves_out_themes_no_article_should_have() -> None:
    # Only business articles: economy is the only theme with support, so macro F1 is its F1.
    # business/1 -> economy (right); business/2 -> sport ("match", "coach"), wrong.
    # economy: tp 1, given 1, support 2: P = 1, R = 1/2, F1 = 2/3. sport and politics: support 0.
    articles = [ARTICLES[2], article("business", "2", "Cup final\n\nThe coach and the match.")]
    result = evaluate(articles, MAP, TAX)
    assert result.accuracy == 0.5
    assert result.macro_f1 == 0.6667


def test_left_out_files_are_reported_beside_the_figures_not_in_them() -> None:
    left_out = [LeftOut("/sport/3.pdf", "sport", "unsupported_format", "a 'pdf' file"),
                LeftOut("/sport/4.txt", "sport", "empty", "the file is empty")]
    result = evaluate(ARTICLES, MAP, TAX, left_out=left_out)
    assert (result.n_articles, result.accuracy) == (5, 0.6)  # as without them
    assert result.to_dict()["left_out"][1] == {
        "source": "/sport/4.txt", "label": "sport", "reason": "empty", "detail": "the file is empty"
    }
    assert left_out_summary(left_out) == "left out 2 files that run would quarantine: 1 unsupported format, 1 empty"
    one_record = [LeftOut("/feed.jsonl#record=4", None, "no_text", "record 4: no text")]
    assert left_out_summary(one_record) == "left out 1 record that run would quarantine: 1 no text"


def test_a_miss_of_a_folder_accepting_several_themes_counts_against_the_one_it_scored_highest() -> None:
    # "world" accepts politics or economy; this item is about sport first, economy second: the miss is
    # economy's (the theme --explain names), not politics' because politics is listed first.
    tax = parse_taxonomy(
        '[taxonomy]\nsemantic = false\n'
        '[[themes]]\nid = "politics"\nterms = ["minister"]\n'
        '[[themes]]\nid = "economy"\nterms = ["bank"]\n'
        '[[themes]]\nid = "sport"\nterms = ["goal", "coach"]\n'
    )
    world = {"world": ("politics", "economy")}
    items = [article("world", "1", "Goal for the coach\n\nThe coach scored a goal, the bank said.")]
    result = evaluate(items, world, tax)
    scores = {s.theme_id: s for s in result.per_theme}
    assert result.mistakes == [("/world/1", "world", "sport")]
    assert (scores["economy"].support, scores["politics"].support) == (1, 0)
    assert result.confusion["world"] == {"sport": 1}


def test_explain_names_the_expected_theme_the_per_theme_figures_count_the_miss_against() -> None:
    # Paragraph scores 0.1 + 0.2 sum to 0.30000000000000004: rollup rounds it to 0.3, a tie with the
    # other accepted theme's 0.3 that the first listed wins; --explain took the unrounded sum.
    from types import SimpleNamespace

    from transforms.evaluation import explanations
    from transforms.pipeline import article_id

    aid = article_id("world/1.txt")
    columns = ("paragraph_id", "article_id", "theme_id", "score", "evidence")
    rows = [("p1", aid, "politics", 0.3, []), ("p1", aid, "disaster", 0.1, []), ("p2", aid, "disaster", 0.2, []),
            ("p3", aid, "sport", 0.9, [])]
    batch = SimpleNamespace(paragraph_themes={c: [r[i] for r in rows] for i, c in enumerate(columns)})
    [explained] = explanations(
        [("world/1.txt", "world", "sport")], batch, {"p1": "body", "p2": "body", "p3": "body"},
        {"world": ["politics", "disaster"]},
    )
    assert explained.expected.theme_id == "politics"
