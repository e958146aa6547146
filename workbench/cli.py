"""The `workbench` command line: one thin command per verb, loaded only when used.

Subcommands live in workbench/commands/ and are imported lazily, so
`workbench --help` and starting the TUI do not pay for exporters or reports.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from typing import Any

import click

# name -> (module, attribute, one-line help shown in `workbench --help`)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "annotate": ("workbench.commands.annotate", "annotate", "Open the annotation workbench (the default)."),
    "init": ("workbench.commands.init", "init", "Start a project: labels.yaml and an empty corpus/."),
    "import": ("workbench.commands.import_", "import_command", "Turn .txt, .md and .html files into corpus articles."),
    "validate": ("workbench.commands.validate", "validate", "Check the label scheme, corpus and annotations."),
    "show": ("workbench.commands.show", "show", "Print an article as the workbench sees it."),
    "suggest": ("workbench.commands.suggest", "suggest", "Print suggested claims and labels as JSON Lines."),
    "export": ("workbench.commands.export", "export", "Export labels as a dataset (jsonl, csv, parquet, conll, brat)."),
    "stats": ("workbench.commands.stats", "stats", "Label shares per outlet, article or annotator."),
    "report": ("workbench.commands.report", "report", "Write a self-contained HTML report per outlet."),
    "agree": ("workbench.commands.agree", "agree", "Inter-annotator agreement (alpha, kappa, span F1)."),
    "review": ("workbench.commands.review", "review", "Adjudicate disagreements between annotators."),
    "evaluate": ("workbench.commands.evaluate", "evaluate", "Score the suggester against labelled articles."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use; bare invocation runs `annotate`."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name, (module, _, _) in COMMANDS.items() if importlib.util.find_spec(module)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module_name, attribute, _ = entry
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                return None
            raise
        command: click.Command = getattr(module, attribute)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # `workbench`, `workbench --project X` and the like open the TUI.
        if not args or (args[0].startswith("-") and args[0] not in ("--help", "-h", "--version")):
            args = ["annotate", *args]
        return super().parse_args(ctx, args)


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="Run `workbench COMMAND --help` for a command's options and examples.",
)
@click.version_option(package_name="source-bias-workbench", prog_name="workbench")
def cli() -> None:
    """Label news claims as reported fact, quotation or editorial framing.

    With no command, opens the annotation workbench on the project in the
    current folder (labels.yaml, corpus/, annotations/).
    """


def main(argv: list[str] | None = None) -> Any:
    try:
        return cli.main(args=argv, prog_name="workbench", standalone_mode=True)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(141)


if __name__ == "__main__":
    main()
