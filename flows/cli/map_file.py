"""The label map `learn` and `eval` read from --map, with a YAML file given in its place said as one."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from transforms.evaluation import LabelMap


def read_map(path: str) -> LabelMap:
    """Return the label map in the TOML file `path`, or raise LabelMapError naming what else the file is."""
    from transforms.evaluation import LabelMapError
    from warehouse.labeled import read_label_map

    # `--map deployments/prefect.yaml` said "not valid TOML: Expected '=' after a key (at line 20)", a fault of
    # a line that is good YAML: the file's own suffix says its kind, and a label map is TOML whatever it is named.
    if Path(path).suffix.lower() in {".yaml", ".yml"} and Path(path).is_file():
        raise LabelMapError(f"--map {path}: {yaml_kind(path)}")
    try:
        return read_label_map(path)
    except LabelMapError as error:
        # A map written in YAML but named .toml got only the TOML parser's "Expected '=' after a key" at line 1.
        # Said as YAML only when every line is YAML's `key: value` (or a list item under one): a TOML map with one
        # slip (`sport: "x"` among `key = "id"` lines) keeps the parser's line, which points at the slip.
        if "not valid TOML" not in str(error) or not yaml_shaped(_text(path)):
            raise
        raise LabelMapError(f"{path}: {yaml_kind(path, named_toml=True)}") from None


def yaml_kind(path: str, named_toml: bool = False) -> str:
    """Return what a YAML file given as --map is, and what to give: a label map in YAML is shown its TOML line."""
    import yaml

    try:
        content = yaml.safe_load(_text(path))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        content = None
    # A label map written in YAML (`sport: medtop:15000000`) was called "not a label map": it is one, in the
    # wrong language, and its own first label written as TOML is the mend to copy.
    toml_line = _toml_line(content)
    if toml_line is not None:
        written = "written in YAML (`key: value` lines)" if named_toml else "a label map written in YAML"
        return f"{written}; --map reads TOML: write each label as `{toml_line}`"
    if named_toml:
        return "written in YAML (`key: value` lines), not TOML: a label map's lines read `sport = \"medtop:15000000\"`"
    declares = isinstance(content, dict) and "deployments" in content
    kind = "a YAML file (Prefect's deployments file)" if declares else "a YAML file"
    return f"{kind}, not a label map: give the TOML file mapping each label to its theme ids (--map my-map.toml)"


def yaml_shaped(text: str) -> bool:
    """Return whether every line of `text` that says something is YAML's `key: value`, `key:` or `- item`.

    >>> yaml_shaped('# map\\nsport: medtop:15000000\\nworld:\\n  - a\\n'), yaml_shaped('sport = "x"\\nbiz: y')
    (True, False)
    """
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return bool(lines) and all(_YAML_LINE.match(line) for line in lines)


# `key: value` with a space after the colon (a theme id `medtop:04000000` has none), `key:` opening a list,
# or a list item `- id`; a TOML line (`key = "id"`, `[table]`) matches none of them.
_YAML_LINE = re.compile(r"^\s*(-\s+\S.*|[\"']?[\w .-]+[\"']?\s*:(\s+\S.*)?\s*)$")


def _toml_line(content: object) -> str | None:
    """Return a YAML label map's first label as a TOML line, or None when `content` is no label map."""
    if not isinstance(content, dict) or not content:
        return None
    for ids in content.values():
        listed = ids if isinstance(ids, list) else [ids]
        if not listed or not all(isinstance(i, str) and i.strip() for i in listed):
            return None
    label, ids = next(iter(content.items()))
    key = label if re.fullmatch(r"[A-Za-z0-9_-]+", str(label)) else json.dumps(str(label))
    return f"{key} = {json.dumps(ids)}"  # a JSON string or list of strings is TOML's too


def _text(path: str) -> str:
    """Return the file's text ('' when it cannot be read: the reader's own error is said instead)."""
    try:
        return Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
