"""`themelake serve`: run the deployments of prefect.yaml from one process, without a worker."""

from __future__ import annotations

from typing import Annotated

import typer

from flows.cli.app import app, err, fail, whole_number


@app.command()
def serve(
    names: Annotated[
        list[str] | None,
        typer.Option("--name", "-n", help="Serve only this deployment (flow/deployment); repeat for more."),
    ] = None,
    prefect_file: Annotated[
        str | None,
        typer.Option("--prefect-file", help="Deployments file (default: deployments/prefect.yaml)."),
    ] = None,
    limit: Annotated[int | None, typer.Option(callback=whole_number(1), help="Most flow runs at once.")] = None,
) -> None:
    """Serve deployments/prefect.yaml's deployments, schedules included, until stopped (needs a server)."""
    from prefect import serve as prefect_serve
    from prefect.settings import get_current_settings

    from flows.api_server import ApiError, check_api
    from flows.serve import PREFECT_FILE, DeploymentFileError, pooled_deployments, runner_deployments

    # The file and the names are read first, needing no server: a missing file or a deployment named wrong was
    # said only once a server answered, after the user had started one for a command that could not run.
    try:
        deployments = runner_deployments(prefect_file or PREFECT_FILE, names)
    except DeploymentFileError as error:
        fail(str(error))
    if not deployments:
        fail(f"{prefect_file or PREFECT_FILE}: no deployments to serve")
    # The ephemeral API has no scheduler: without a server the schedules would silently never fire.
    if not get_current_settings().api.url:
        fail(
            "no Prefect server: start one with `prefect server start`, then "
            "`prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api`"
        )
    try:
        check_api()
    except ApiError as error:
        fail(str(error))
    pooled = pooled_deployments(f"{d.flow_name}/{d.name}" for d in deployments)
    if pooled:
        fail(pooled)
    err.print(
        f"serving {', '.join(f'{d.flow_name}/{d.name}' for d in deployments)}; Ctrl+C stops", highlight=False
    )
    prefect_serve(*deployments, limit=limit)
