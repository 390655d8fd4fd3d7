"""A flow run's parameters reach the API as Prefect's own encoder would send them, without importing FastAPI."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path

import pytest
from prefect import Flow

from flows.flow_parameters import plain_parameters
from flows.ingest import ingest_articles
from flows.report import report_lake

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "parameters",
    [
        {"source": "articles", "lake": None, "batch_size": 2000, "compact": True, "fields": ["text=body"]},
        {"include": ("*.txt", "*.html"), "exclude": [], "workers": None, "report": False},
        {"nested": {"a": [1, 2.5, None, "x"]}},
    ],
)
def test_plain_parameters_are_sent_as_prefect_sends_them(parameters: dict) -> None:
    assert ingest_articles.serialize_parameters(parameters) == Flow.serialize_parameters(ingest_articles, parameters)


def test_other_parameters_go_to_prefects_encoder() -> None:
    parameters = {"lake": "lake", "since": date(2005, 3, 1), "output": Path("out.html")}
    sent = report_lake.serialize_parameters(parameters)
    assert sent == {"lake": "lake", "since": "2005-03-01", "output": "out.html"}


class Colour(StrEnum):
    RED = "red"


@pytest.mark.parametrize(
    "parameters",
    [{"colour": Colour.RED}, {"options": {"_sa_instance_state": 1, "ok": 2}}, {"n": True, "m": 10**30}],
)
def test_what_is_not_plain_json_as_it_is_goes_to_prefects_encoder(parameters: dict) -> None:
    sent = ingest_articles.serialize_parameters(parameters)
    expected = Flow.serialize_parameters(ingest_articles, parameters)
    assert sent == expected and [type(v) for v in sent.values()] == [type(v) for v in expected.values()]


def test_a_parameter_that_holds_itself_gets_prefects_placeholder() -> None:
    loop: list = []
    loop.append(loop)
    assert ingest_articles.serialize_parameters({"loop": loop}) == Flow.serialize_parameters(
        ingest_articles, {"loop": loop}
    )


def test_a_flow_copied_with_options_is_made_plain_again() -> None:
    copy = plain_parameters(ingest_articles.with_options(name="copy"))
    assert copy.serialize_parameters({"fields": ("a=b",)}) == {"fields": ["a=b"]}


@pytest.mark.slow
def test_plain_parameters_do_not_import_fastapi() -> None:
    code = (
        "import sys\n"
        "from flows.ingest import ingest_articles\n"
        "ingest_articles.serialize_parameters({'source': 'a', 'fields': ['text=body'], 'workers': None})\n"
        "print('fastapi' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
