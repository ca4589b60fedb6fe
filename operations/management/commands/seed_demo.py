"""``python manage.py seed_demo``: the demo's accounts, traders, follows, bots, admin user, beat
schedule, and N days of simulated history (DESIGN.md, "Demo data"; README, "Demo data").

Idempotent. The set-up fills in only what is missing, in one transaction whose output is printed
after it commits, so a failed run never prints a password for a user that does not exist. The
history (``operations.demo.history``) then writes the days still missing, one transaction a day,
with a progress line on stderr.
"""
from __future__ import annotations

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from echotrade.exceptions import EchoTradeError
# Re-exported: the tests and benchmarks build the same accounts from here.
from operations.demo.catalog import ACCOUNTS, STARTING_BALANCE  # noqa: F401
from operations.demo.history import history_backfill
from operations.demo.setup import demo_accounts_ensure, demo_admin_ensure, demo_bots_ensure, demo_traders_ensure
from operations.schedules import schedules_ensure

DEFAULT_HISTORY_DAYS = 90


class Command(BaseCommand):
    help = (
        "Create the demo accounts, traders, follows, bots and admin user, and backfill their history; "
        "fills in only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--history-days", type=int, default=DEFAULT_HISTORY_DAYS,
                            help=f"Days of simulated history to backfill (default {DEFAULT_HISTORY_DAYS}).")
        parser.add_argument("--no-history", action="store_true", help="Create the demo without any history.")
        parser.add_argument("--seed", type=int, default=None, help="Seed of the history (default MARKET_DATA_SEED).")

    def handle(self, *args, history_days: int, no_history: bool, seed: int | None, **options):
        if history_days < 1:
            raise CommandError("--history-days must be at least 1 (use --no-history for none).")
        lines: list[str] = []
        try:
            with transaction.atomic():
                accounts = demo_accounts_ensure(lines)
                demo_traders_ensure(accounts, lines)
                demo_bots_ensure(accounts, lines)
                demo_admin_ensure(accounts, lines)
                created, existing = schedules_ensure()
                lines.append(f"Beat schedules: {created} created, {existing} already there")
        except EchoTradeError as error:
            # A service refused something (nothing was written): say what, without a traceback.
            raise CommandError(f"seed_demo wrote nothing: {error.message}") from error
        # Printed after commit, so nothing is announced that a rollback took back.
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
        for line in lines:
            self.stdout.write(line)
        if no_history:
            self.stdout.write("History: not written (--no-history)")
            return
        self._history(history_days, settings.MARKET_DATA_SEED if seed is None else seed)

    def _history(self, days: int, seed: int) -> None:
        started = time.monotonic()
        result = history_backfill(days=days, seed=seed, progress=self._progress)
        if result.added and self.stderr.isatty():
            self.stderr.write("", style_func=_plain)  # ends the progress line
        span = f"{result.first} to {result.last}"
        if result.skipped:
            self.stdout.write(f"History: nothing added: {result.skipped}.")
        elif not result.added:
            self.stdout.write(f"History: {result.present} days already there ({span}); nothing added.")
        else:
            counts = result.counts
            self.stdout.write(
                f"History: {result.added} days added ({span}) in {time.monotonic() - started:.1f} s: "
                f"{counts['signals']} signals, {counts['decision.executed']} copies executed, "
                f"{counts['decision.filtered']} filtered, {counts['closed']} positions closed, "
                f"{counts['funding']} funding payments, {counts['bot_votes']} bot votes"
            )
            if counts["flattened"]:
                self.stdout.write(
                    f"History: its {counts['flattened']} open positions were closed as it ended: the live market data "
                    f"({settings.MARKET_DATA}) is not the simulator its prices come from."
                )

    def _progress(self, done: int, total: int, day, counts) -> None:
        line = f"History: day {done}/{total} ({day}): {counts['signals']} signals, {counts['closed']} positions closed"
        # Plain: stderr is styled as an error by default, and this is news, not trouble.
        if self.stderr.isatty():
            self.stderr.write(f"\r{line}", style_func=_plain, ending="")
        elif done == total or done % 10 == 0:
            self.stderr.write(line, style_func=_plain)
        self.stderr.flush()


def _plain(text: str) -> str:
    return text
