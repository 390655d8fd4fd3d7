"""The deployments of `deployments/prefect.yaml` as Prefect runner deployments, for `themelake serve`.

`prefect deploy --all` and `themelake serve` read the same file, so a schedule is written once.
"""

from __future__ import annotations

import datetime
import importlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import yaml
from prefect.deployments.runner import EntrypointType, RunnerDeployment
from prefect.flows import Flow
from prefect.schedules import Schedule
from prefect.utilities.templating import apply_values
from pydantic import ValidationError

# The source tree themelake runs from: prefect.yaml's entrypoints are relative to it.
SOURCE_TREE = Path(__file__).resolve().parent.parent
PREFECT_FILE = SOURCE_TREE / "deployments" / "prefect.yaml"
SCHEDULE_KEYS = {
    "cron",
    "interval",
    "rrule",
    "timezone",
    "anchor_date",
    "day_or",
    "active",
    "parameters",
    "slug",
}


class DeploymentFileError(ValueError):
    """prefect.yaml is missing, unreadable or describes a deployment themelake cannot serve."""


@dataclass(frozen=True)
class DeploymentSpec:
    """One entry of prefect.yaml's `deployments:` list, as `prefect deploy` reads it."""

    name: str
    entrypoint: str  # path/to/file.py:flow_function, relative to the source tree
    description: str | None = None
    tags: list[str] = field(default_factory=list)
    parameters: dict[str, Any] = field(default_factory=dict)
    schedules: list[Schedule] = field(default_factory=list)

    def load_flow(self) -> Flow[..., Any]:
        """Import the deployment's flow as a module of the installed themelake."""
        path, _, function = self.entrypoint.partition(":")
        module = ".".join(Path(path).with_suffix("").parts)
        try:
            found = getattr(importlib.import_module(module), function)
        except (ImportError, AttributeError) as error:
            raise DeploymentFileError(
                f"deployment {self.name}: cannot load {self.entrypoint} ({error})"
            ) from None
        if not isinstance(found, Flow):
            raise DeploymentFileError(f"deployment {self.name}: {self.entrypoint} is not a Prefect flow")
        return found


def schedule_from_yaml(entry: dict[str, Any]) -> Schedule:
    """Return the Prefect schedule one `schedules:` item of prefect.yaml describes.

    >>> schedule_from_yaml({"cron": "0 6 * * *", "timezone": "Europe/London"}).cron
    '0 6 * * *'
    >>> schedule_from_yaml({"interval": 60}).interval
    datetime.timedelta(seconds=60)
    """
    unknown = set(entry) - SCHEDULE_KEYS
    if unknown:
        raise DeploymentFileError(f"schedule {entry}: unknown keys {sorted(unknown)}")
    values = dict(entry)
    if isinstance(values.get("interval"), int | float):
        values["interval"] = datetime.timedelta(seconds=values["interval"])
    if isinstance(values.get("anchor_date"), str):
        values["anchor_date"] = datetime.datetime.fromisoformat(values["anchor_date"])
    try:
        return Schedule(**values)
    except ValueError as error:
        raise DeploymentFileError(f"schedule {entry}: {error}") from None


def read_deployment_specs(prefect_file: str | os.PathLike[str] = PREFECT_FILE) -> list[DeploymentSpec]:
    """Return the deployments a prefect.yaml declares, with `{{ $ENV }}` placeholders filled in."""
    if Path(prefect_file).is_dir():
        # `--prefect-file deployments`: the folder said only "Is a directory"; the file in it is likely the one meant.
        inside = Path(prefect_file) / "prefect.yaml"
        if inside.is_file():
            raise DeploymentFileError(f"{prefect_file}: a folder: give its deployments file, `--prefect-file {inside}`")
        raise DeploymentFileError(f"{prefect_file}: a folder, not a deployments file (a prefect.yaml)")
    try:
        config = yaml.safe_load(Path(prefect_file).read_text("utf-8")) or {}
    except OSError as error:
        raise DeploymentFileError(f"{prefect_file}: {error.strerror or error}") from None
    except yaml.YAMLError as error:  # its str() is four lines, with a snippet: one line, where and what
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        raise DeploymentFileError(
            f"{prefect_file}: not valid YAML: {where}{getattr(error, 'problem', None) or error}"
        ) from None
    # Another file given (a label map's TOML reads as one YAML string): 'str' object has no attribute 'get'.
    if not isinstance(config, dict) or not isinstance(config.get("deployments") or [], list):
        raise DeploymentFileError(
            f"{prefect_file}: not a deployments file: it holds a `deployments:` list, as deployments/prefect.yaml does"
        )
    # The same templating `prefect deploy` applies: env placeholders resolve, unknown ones stay.
    config = cast(dict[str, Any], apply_values(config, dict(os.environ), remove_notset=False))
    specs = []
    for number, entry in enumerate(config.get("deployments") or [], start=1):
        # `deployments: [daily]` (names where mappings go) was a traceback: 'str' object has no attribute 'get'.
        if not isinstance(entry, dict):
            raise DeploymentFileError(
                f"{prefect_file}: deployment {number} ({entry!r}) is not a mapping: each deployment is one, with a "
                "name and an entrypoint (`- name: daily` then `entrypoint: flows/ingest.py:ingest_articles`), as "
                "deployments/prefect.yaml's are"
            )
        if not entry.get("name") or not entry.get("entrypoint"):
            raise DeploymentFileError(f"{prefect_file}: every deployment needs a name and an entrypoint")
        try:
            specs.append(deployment_spec(entry))
        except DeploymentFileError as error:
            # A schedule's or a parameter's mistake said neither the file nor the deployment: with several
            # deployments (and files) the user could not tell which cron Prefect refused.
            raise DeploymentFileError(f"{prefect_file}: deployment {entry['name']}: {error}") from None
    return specs


def deployment_spec(entry: dict[str, Any]) -> DeploymentSpec:
    """Return the deployment one mapping of prefect.yaml's `deployments:` list describes."""
    parameters = entry.get("parameters") or {}
    if not isinstance(parameters, dict):
        raise DeploymentFileError("parameters is not a mapping: write them `parameters: {name: value}`")
    schedules = entry.get("schedules") or []
    # One schedule written without its list (`schedules: {cron: ...}`) is still one schedule.
    schedules = schedules if isinstance(schedules, list) else [schedules]
    for schedule in schedules:
        # A bare cron string read its characters as keys ("unknown keys [' ', '*', '0', '6']").
        if not isinstance(schedule, dict):
            written = (f'`- cron: "{schedule}"`' if isinstance(schedule, str)
                       else '`- cron: "0 6 * * *"` or `- interval: 3600`')
            raise DeploymentFileError(
                f"schedule {schedule!r} is not a mapping: write it {written}, with a timezone where it is not UTC "
                "(`timezone: Europe/London`)"
            )
    return DeploymentSpec(
        name=entry["name"],
        entrypoint=entry["entrypoint"],
        description=entry.get("description"),
        # `tags: ingest` (one tag, its list left out) was read letter by letter as tags i, n, g, e, s, t.
        tags=[tags] if isinstance(tags := entry.get("tags") or [], str) else list(tags),
        parameters=dict(parameters),
        schedules=[schedule_from_yaml(s) for s in schedules],
    )


def runner_deployments(
    prefect_file: str | os.PathLike[str] = PREFECT_FILE, names: list[str] | None = None
) -> list[RunnerDeployment]:
    """Return the runner deployments to serve: all of prefect.yaml's, or those named (flow/deployment)."""
    chosen, matched = [], set()
    for spec in read_deployment_specs(prefect_file):
        # Load only the flows asked for: one broken entrypoint must not stop serving the others.
        if names and not any(n.rpartition("/")[2] == spec.name for n in names):
            continue
        flow = spec.load_flow()
        full = f"{flow.name}/{spec.name}"
        if names and full not in names and spec.name not in names:
            continue
        matched.update({full, spec.name})
        try:
            deployment = flow.to_deployment(
                name=spec.name,
                schedules=spec.schedules,
                parameters=spec.parameters,
                description=spec.description,
                tags=spec.tags,
                # Runs import the flow from the installed themelake, wherever `themelake serve` started.
                entrypoint_type=EntrypointType.MODULE_PATH,
            )
        except ValidationError as error:
            # Prefect checks some of a schedule's values (its timezone) only here, as pydantic's many lines.
            first = error.errors()[0]["msg"].removeprefix("Value error, ")
            raise DeploymentFileError(f"{prefect_file}: deployment {spec.name}: {first}") from None
        chosen.append(cast(RunnerDeployment, deployment))
    missing = sorted(set(names or []) - matched)
    if missing:
        raise DeploymentFileError(f"{prefect_file}: no deployment named {', '.join(missing)}")
    return chosen


def work_pool_of(name: str) -> str | None:
    """Return the work pool of the API's deployment `name` (flow/deployment), or None (no pool, no such one)."""
    from prefect import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            return client.read_deployment_by_name(name).work_pool_name
        except ObjectNotFound:
            return None


def pooled_deployments(names: Iterable[str], pool_of: Callable[[str], str | None] | None = None) -> str | None:
    """Return the one line that refuses to serve deployments `prefect deploy` put on a work pool, or None.

    Serving such a deployment registers it again but leaves it on its pool (measured with Prefect
    3.9.1): a worker on that pool then takes its runs too, each run going to whichever asks first.
    """
    pool_of = pool_of or work_pool_of
    held = [(name, pool) for name in names if (pool := pool_of(name))]
    if not held:
        return None
    deletes = "; ".join(f"`prefect deployment delete '{name}'`" for name, _ in held)
    return (
        f"already deployed to a work pool: {', '.join(f'{n} (work pool {p})' for n, p in held)}; a worker on it "
        f"would take runs too, each run going to whichever asks first: to serve here, delete first "
        f"({deletes}), or run a worker instead"
    )
