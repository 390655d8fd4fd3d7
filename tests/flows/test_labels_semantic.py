"""`learn` with theme vectors, `eval --explain`, and the sidecar file, through the CLI."""

from __future__ import annotations

import json
import tomllib

import numpy as np
from typer.testing import CliRunner

from flows.cli.main import app
from warehouse.taxonomy_files import read_taxonomy
from warehouse.theme_vectors import read_theme_vectors

runner = CliRunner()

# A base taxonomy for tests/data/labeled/ with a fourth theme no folder maps to.
BASE = """
[taxonomy]
name = "labeled"
[[themes]]
id = "medtop:04000000"
name = "economy"
description = "Companies, markets and money."
terms = ["bank", "profit"]
[[themes]]
id = "medtop:15000000"
name = "sport"
terms = ["match", "goal"]
[[themes]]
id = "medtop:13000000"
name = "technology"
terms = ["phone", "software"]
[[themes]]
id = "weather"
name = "weather"
description = "Rain, storms, heat and the forecast."
terms = ["rain", "storm"]
"""


def test_learn_writes_theme_vectors_beside_the_taxonomy_and_they_read_back(data_dir, tmp_path) -> None:
    base = tmp_path / "base.toml"
    base.write_text(BASE)
    out_file = tmp_path / "learned.toml"
    args = ["--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(base), "-o", str(out_file)]
    result = runner.invoke(app, ["learn", str(data_dir / "labeled"), *args])
    assert result.exit_code == 0, result.output
    sidecar = tmp_path / "learned.vectors.npz"
    printed = result.output.replace("\n", "")  # rich wraps long paths
    assert sidecar.exists() and "learned.vectors.npz" in printed
    assert tomllib.loads(out_file.read_text())["taxonomy"]["vectors"] == "learned.vectors.npz"

    learned = read_taxonomy(out_file)
    assert learned.version in printed  # the file as read is the taxonomy that was learned
    vectors = read_theme_vectors(sidecar)
    assert sorted(vectors) == ["medtop:04000000", "medtop:13000000", "medtop:15000000", "weather"]
    # Taught themes moved away from their text-made vectors; the untaught one kept its direction
    # (as the layer compares themes: unit vectors, their mean taken off) at a quarter of the taught
    # vectors' mean length.
    from_text = read_taxonomy(base)
    from transforms.semantic.theme_vectors import raw_theme_vectors

    raw = raw_theme_vectors(from_text).astype(np.float64)
    unit = raw / np.linalg.norm(raw, axis=1, keepdims=True)
    before = dict(zip([t.id for t in from_text.themes], unit - unit.mean(axis=0), strict=True))
    weather = np.array(vectors["weather"])
    cosine = weather @ before["weather"] / (np.linalg.norm(weather) * np.linalg.norm(before["weather"]))
    assert cosine > 0.9999
    taught = [np.linalg.norm(vectors[i]) for i in ("medtop:04000000", "medtop:13000000", "medtop:15000000")]
    assert np.isclose(np.linalg.norm(weather), 0.25 * np.mean(taught), rtol=1e-4)
    sport, sport_before = np.array(vectors["medtop:15000000"]), before["medtop:15000000"]
    assert sport @ sport_before / (np.linalg.norm(sport) * np.linalg.norm(sport_before)) < 0.99

    # Editing the sidecar's vectors changes the taxonomy's version: relabel would pick it up.
    with np.load(sidecar) as data:
        ids, rows = data["ids"], data["vectors"].copy()
    rows[0] *= 2
    np.savez(sidecar, ids=ids, vectors=rows)
    assert read_taxonomy(out_file).version != learned.version


def test_a_learn_that_cannot_write_its_taxonomy_leaves_the_files_it_would_replace(data_dir, tmp_path) -> None:
    base = tmp_path / "base.toml"
    base.write_text(BASE)
    sidecar = tmp_path / "learned.vectors.npz"
    sidecar.write_bytes(b"the vectors of an earlier learn")
    (tmp_path / "learned.toml").mkdir()  # the TOML cannot be written where a folder stands
    args = ["--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(base), "-o", str(tmp_path / "learned.toml")]
    result = runner.invoke(app, ["learn", str(data_dir / "labeled"), *args])
    assert result.exit_code == 2 and "learned.toml: is a folder" in result.output
    assert sidecar.read_bytes() == b"the vectors of an earlier learn"  # not replaced by vectors no TOML names
    assert sorted(p.name for p in tmp_path.iterdir()) == ["base.toml", "learned.toml", "learned.vectors.npz"]


def test_learn_into_a_folder_that_does_not_exist_names_the_taxonomy_file(data_dir, tmp_path) -> None:
    # It named the sidecar it writes first: "x.vectors.npz: cannot write the taxonomy file".
    base = tmp_path / "base.toml"
    base.write_text(BASE)
    out = tmp_path / "missing" / "learned.toml"
    args = ["--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(base), "-o", str(out)]
    result = runner.invoke(app, ["learn", str(data_dir / "labeled"), *args])
    assert result.exit_code == 2 and f"{out}: cannot write the taxonomy file: no folder" in result.output
    assert not (tmp_path / "missing").exists()


def test_a_missing_sidecar_is_one_clear_line(data_dir, tmp_path) -> None:
    taxonomy = tmp_path / "t.toml"
    taxonomy.write_text(BASE.replace('name = "labeled"', 'name = "labeled"\nvectors = "gone.npz"'))
    args = ["eval", str(data_dir / "labeled"), "--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(taxonomy)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "gone.npz: theme vectors file not found" in result.output


def test_eval_explain_shows_the_evidence_of_both_themes(data_dir, tmp_path) -> None:
    # Sport's terms hold business and tech words, weighed heavily: those articles become mistakes.
    taxonomy = tmp_path / "t.toml"
    taxonomy.write_text(
        BASE.replace('terms = ["match", "goal"]', 'terms = ["match", "goal", "bank", "profit", "phone", "software"]')
        .replace('id = "medtop:15000000"', 'id = "medtop:15000000"\nweight = 5.0')
    )
    args = ["eval", str(data_dir / "labeled"), "--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(taxonomy)]
    result = runner.invoke(app, [*args, "--explain", "2"])
    assert result.exit_code == 0, result.output
    assert result.output.count("mistake ") == 2
    assert "given: " in result.output and "expected: " in result.output and "semantic" in result.output
    assert "medtop:15000000 (sport)" in result.output  # names next to ids
    figures = json.loads(runner.invoke(app, [*args, "--explain", "3", "--json"]).output)
    assert len(figures["explained"]) == 3
    for case in figures["explained"]:
        assert case["given"]["theme_id"] != case["expected"]["theme_id"]
        for side in (case["given"], case["expected"]):
            assert all(kind in ("term", "semantic") for _, _, kind, _ in side["evidence"])
            weights = [w for *_, w in side["evidence"]]
            assert weights == sorted(weights, reverse=True)


def test_learn_through_a_link_writes_the_vectors_beside_the_file_it_leads_to(data_dir, tmp_path) -> None:
    base = tmp_path / "base.toml"
    base.write_text(BASE)
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "mine.toml").write_text("old")
    (tmp_path / "link.toml").symlink_to(tmp_path / "real" / "mine.toml")
    args = ["--map", str(data_dir / "labeled-map.toml"), "--taxonomy", str(base), "-o", str(tmp_path / "link.toml")]
    result = runner.invoke(app, ["learn", str(data_dir / "labeled"), *args])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "link.toml").is_symlink() and (tmp_path / "real" / "mine.vectors.npz").exists()
    assert read_taxonomy(tmp_path / "real" / "mine.toml").semantic.theme_vectors  # found where the TOML is


def test_learn_refuses_an_output_it_cannot_write_before_it_learns(data_dir, tmp_path, monkeypatch) -> None:
    import flows.cli.learn

    def never(*args, **kwargs):
        raise AssertionError("learned before checking where to write")

    monkeypatch.setattr("transforms.learning.learn_taxonomy", never)
    monkeypatch.setattr(flows.cli.learn, "labeled_articles", never)
    for output, said in ((tmp_path, "is a folder"), (tmp_path / "missing" / "x.toml", "no folder"),
                         (f"{tmp_path / 'new'}/", "is a folder")):
        args = ["--map", str(data_dir / "labeled-map.toml"), "-o", str(output)]
        result = runner.invoke(app, ["learn", str(data_dir / "labeled"), *args])
        assert result.exit_code == 2 and said in result.output and "Traceback" not in result.output
