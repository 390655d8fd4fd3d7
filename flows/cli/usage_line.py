"""A command's usage line with its arguments named as the README and the errors name them."""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand


class PlainUsage(TyperCommand):
    """A command whose usage line names a required argument bare (`learn [OPTIONS] DIR`): typer wrote
    `{DIR}`, a form the README, Click's usage lines and "Missing argument 'DIR'" never use."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [piece[1:-1] if piece.startswith("{") and piece.endswith("}") else piece
                for piece in super().collect_usage_pieces(ctx)]
