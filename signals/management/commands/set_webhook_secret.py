"""``python manage.py set_webhook_secret TRADER_ID [--generate | --remove]``: a TradingView trader's
webhook passphrase. Only its SHA-256 is stored, so a generated passphrase is printed this once.
Without ``--generate`` the passphrase is read from standard input (or asked for without echo).
"""
import getpass
import secrets
import sys

from django.core.management.base import BaseCommand, CommandError

from echotrade.exceptions import EchoTradeError
from signals.services.sources import trader_set_webhook_secret
from traders.models import Trader


class Command(BaseCommand):
    help = "Set (or generate, or remove) the webhook passphrase of a TradingView trader."

    def add_arguments(self, parser):
        parser.add_argument("trader_id")
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--generate", action="store_true", help="Make a random passphrase and print it once.")
        group.add_argument("--remove", action="store_true", help="Remove the passphrase: the webhook refuses everything.")

    def handle(self, *args, trader_id: str, generate: bool, remove: bool, **options):
        trader = Trader.objects.filter(pk=trader_id, deleted_at__isnull=True).first()
        if trader is None:
            raise CommandError(f"No trader '{trader_id}'.")
        if remove:
            secret = ""
        elif generate:
            secret = secrets.token_urlsafe(24)
        elif sys.stdin.isatty():
            secret = getpass.getpass("Passphrase (not echoed): ")
        else:
            secret = sys.stdin.readline().strip()
        if not secret and not remove:
            raise CommandError("No passphrase given; use --generate or pipe one in.")
        try:
            trader_set_webhook_secret(trader=trader, secret=secret, actor=None)
        except EchoTradeError as error:
            raise CommandError(error.message) from None
        if generate:
            self.stdout.write(secret)
            self.stderr.write("Put it in the alert's \"passphrase\" field; it is not stored and cannot be shown again.")
        else:
            self.stdout.write(f"Webhook passphrase of {trader_id} {'removed' if remove else 'set'}.")
