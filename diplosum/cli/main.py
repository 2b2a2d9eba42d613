"""The ``diplosum`` command group and its entry point.

Exit codes: 0 every article summarised; 1 at least one article failed (each failure is one
line on stderr, and every other article's result is still written); 2 a usage or
configuration error, or a mistake in the setup that would fail every article (a refused
key, a model that does not exist); 130 interrupted (SIGINT), 143 terminated (SIGTERM).
Errors are one line, never a traceback. API keys are read from the environment only, never
from the command line, where they would reach shell history.
"""

from __future__ import annotations

import sys
import warnings
from typing import Any, TextIO

import click

from ..errors import DiplosumError
from ..pipeline import OfflineFallbackWarning
from .cache import cache
from .eval import eval_command
from .live import batch, record
from .options import fail
from .report import report_command
from .signals import Terminated, raise_on_sigterm
from .summarise import summarise

__all__ = ["Terminated", "cli", "main"]

CLI_NO_MODEL_NOTE = (
    "no model configured: using the offline extractor; set OPENAI_API_KEY (or pass "
    "--base-url) for LLM summaries"
)


def _one_line_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    if issubclass(category, OfflineFallbackWarning):
        click.echo(f"diplosum: {CLI_NO_MODEL_NOTE}", err=True)
        return
    click.echo(f"diplosum: warning: {message}", err=True)


class _Commands(click.Group):
    """The group that turns every failure of a command into one line and an exit status,
    whether it runs as the installed command or in process (click's ``CliRunner``)."""

    def invoke(self, ctx: click.Context) -> Any:
        # The library warns where it goes on without something (a cache it cannot open):
        # the command says so in one line, without the source file and line Python adds.
        with warnings.catch_warnings():
            warnings.showwarning = _one_line_warning
            try:
                return super().invoke(ctx)
            except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
                raise
            except DiplosumError as exc:
                fail(str(exc), 2 if exc.stops_run else 1)
            except Terminated:
                fail("terminated", 143)
            except KeyboardInterrupt:
                fail("interrupted", 130)
            except Exception as exc:  # a bug: one line, the traceback kept off the user
                fail(f"internal error ({type(exc).__name__}): {exc}", 1)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diplosum")
def cli() -> None:
    """Evidence-grounded structured summaries of diplomatic news articles."""


for command in (summarise, report_command, eval_command, cache, record, batch):
    cli.add_command(command)


def main() -> None:
    """Entry point of the installed ``diplosum`` command."""
    raise_on_sigterm()
    try:
        cli.main(prog_name="diplosum", standalone_mode=False)
    except click.exceptions.Abort:
        fail("interrupted", 130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
