"""A taxonomy file given that is not there says how to write one to start from."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from flows.cli.main import app
from transforms.taxonomy import TaxonomyError
from warehouse.taxonomy_files import read_taxonomy

runner = CliRunner()


def test_a_missing_taxonomy_names_the_export_that_writes_one_there(tmp_path) -> None:
    # It said "my-taxonomy.toml: taxonomy file not found", leaving the user to find how a taxonomy is begun.
    path = tmp_path / "my-taxonomy.toml"
    with pytest.raises(TaxonomyError) as caught:
        read_taxonomy(path)
    said = str(caught.value)
    command = said.split("`")[1]
    assert said.startswith(f"{path}: taxonomy file not found") and command.startswith("themelake themes --export > ")
    assert command.endswith(str(path))
    exported = runner.invoke(app, ["themes", "--export"])  # the command named, as its redirect would write it
    path.write_text(exported.output, encoding="utf-8")
    assert len(read_taxonomy(path).themes) == 17


@pytest.mark.parametrize("name", [os.path.join("no-such-folder", "mine.toml"), "mine.json"])
def test_a_missing_taxonomy_the_export_cannot_be_written_to_names_none(tmp_path, name) -> None:
    with pytest.raises(TaxonomyError) as caught:
        read_taxonomy(tmp_path / name)
    assert str(caught.value).endswith("taxonomy file not found") and "--export" not in str(caught.value)
