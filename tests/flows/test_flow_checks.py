"""A deployment run's bad parameter, and a user's error in it, read in the flow's parameters' words."""

from __future__ import annotations

import pytest

from flows.flow_checks import ParameterError, check_count
from flows.parameter_words import in_parameter_words


@pytest.mark.parametrize(
    ("value", "low", "high", "said"),
    [
        (0, 1, 50, "the parameter top is 0: give a whole number from 1 to 50"),
        (51, 1, 50, "the parameter top is 51: give a whole number from 1 to 50"),
        (0, 1, None, "the parameter top is 0: give a whole number of at least 1"),
    ],
)
def test_a_count_out_of_range_says_the_range_in_plain_words(value, low, high, said) -> None:
    # It said "give a whole number of from 1 to 50" for report's `top`.
    with pytest.raises(ParameterError) as raised:
        check_count("top", value, low, high)
    assert str(raised.value) == said


@pytest.mark.parametrize(
    ("message", "said"),
    [
        (
            "cannot write the report to a/b.html: it is a folder, give a file name (-o report.html)",
            "cannot write the report to a/b.html: it is a folder, give a file name (`output` report.html)",
        ),
        ("a report is written to a local file (-o FILE)", "a report is written to a local file (`output` FILE)"),
        ("read -only, re-o, x-o", "read -only, re-o, x-o"),  # a word's hyphen is no option
        ("cannot read my--lake.txt or a--output", "cannot read my--lake.txt or a--output"),  # nor a name's two
        ("run `themelake report -o r.html` first", "run `themelake report -o r.html` first"),
    ],
)
def test_a_short_option_reads_as_the_parameter_it_sets(message, said) -> None:
    # report-lake's line named the CLI's `-o` in a deployment run, where the parameter is `output`.
    assert in_parameter_words(message, {"lake", "output"}) == said


def test_a_short_option_of_no_parameter_of_the_flow_is_left_alone() -> None:
    assert in_parameter_words("give a file name (-o report.html)", {"lake"}) == "give a file name (-o report.html)"
