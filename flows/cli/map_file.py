"""The label map `learn` and `eval` read from --map, with a YAML file given in its place said as one."""

from __future__ import annotations

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
        raise LabelMapError(f"--map {path}: {yaml_kind(path)}, not a label map: give the TOML file mapping each "
                            "label to its theme ids (--map my-map.toml)")
    return read_label_map(path)


def yaml_kind(path: str) -> str:
    """Return what a YAML file is: Prefect's deployments file when it declares `deployments:`, else a YAML file."""
    import yaml

    try:
        content = yaml.safe_load(Path(path).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return "a YAML file"
    declares = isinstance(content, dict) and "deployments" in content
    return "a YAML file (Prefect's deployments file)" if declares else "a YAML file"
