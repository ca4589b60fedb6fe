"""``python manage.py load_strategies DIR_OR_FILE... [--account NAME] [--dry-run]``.

Creates or updates bots from YAML strategy files; the file format and the all-or-nothing rule
are in ``bots/strategy_files.py``.
"""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from bots.strategy_files import Planned, StrategyFileError, load_strategy_files

VERBS = {"create": "created", "update": "updated", "unchanged": "unchanged"}
DRY_VERBS = {"create": "would create", "update": "would update", "unchanged": "unchanged"}


class Command(BaseCommand):
    help = "Create or update bots from YAML strategy files (all files or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="DIR_OR_FILE", help="YAML files, or directories of *.yml/*.yaml.")
        parser.add_argument("--account", help="The account for bots whose file names none.")
        parser.add_argument("--dry-run", action="store_true", help="Validate and show what would change; write nothing.")

    def handle(self, *args, **options):
        try:
            planned = load_strategy_files(options["paths"], account=options["account"], dry_run=options["dry_run"])
        except StrategyFileError as error:
            count = len(error.errors)
            raise CommandError(
                f"Nothing was loaded; {count} problem{'s' if count != 1 else ''}:\n  " + "\n  ".join(error.errors)
            ) from None
        verbs = DRY_VERBS if options["dry_run"] else VERBS
        for item in planned:
            self.stdout.write(f"{verbs[item.action]} {_describe(item)}")


def _describe(item: Planned) -> str:
    spec = item.spec
    text = f"{spec.name}: {spec.strategy} on {', '.join(spec.symbols)} ({spec.timeframe}) in {item.account.name}"
    if item.action == "update":
        text += f" [{', '.join(item.changes)}]"
    return text
