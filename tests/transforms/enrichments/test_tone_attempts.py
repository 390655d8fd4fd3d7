"""Tone of an attempt that a verb of averting stops: a harm averted, or a good aim undone."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    # a rescue halted or stopped did not happen: the captives stay trapped (it read +4.9, the miners freed)
    "Rain halted an attempt to free the trapped miners.",
    "Storms halted a bid to rescue the stranded sailors.",
    "The government stopped a plan to protect the forest.",
])
def test_a_good_aim_that_a_verb_of_averting_stops_reads_bad(text: str) -> None:
    assert tones(text)[0] < 0


def test_a_good_aim_stopped_reads_as_one_that_failed() -> None:
    halted, failed = tones("Rain halted an attempt to free the miners.", "Rain failed to free the miners.")
    assert halted < 0 and failed < 0


def test_a_good_aim_that_was_not_stopped_and_a_harm_stopped_read_good() -> None:
    # the verb undone lets the rescue go ahead; a plot to bomb that was thwarted is still a harm averted
    not_stopped, plot = tones("Police did not stop an attempt to rescue the hostages.",
                              "Police thwarted a plot to bomb the station.")
    assert not_stopped > 0 and plot > 0
