"""``python manage.py seed_demo``: the demo's accounts, traders, follows, bots and admin user.

DESIGN.md, "Demo data". The command only fills in what is missing: a row that already exists is
left exactly as it is (a user may have changed its settings since), so running it twice creates
nothing new. Everything happens in one transaction; output is written only after it commits, so a
failed run never prints a password for a user that does not exist.
"""
from __future__ import annotations

import secrets
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.models import Account, Membership
from accounts.services import membership_grant
from bots.models import Bot
from bots.services import bot_create
from echotrade.audit import audit_record
from echotrade.exceptions import EchoTradeError
from operations.schedules import schedules_ensure
from operations.services import account_open
from traders.models import Trader, TraderFollow
from traders.services import follow_set, trader_create

ACTOR_LABEL = "seed_demo"
D = Decimal

ACCOUNTS = {
    "woods1": {
        "description": "Conservative profile: only high-confidence signals (85%+), half size, low leverage.",
        "min_confidence": D("0.85"), "risk_multiplier": D("0.5"), "max_leverage": 5,
        "max_open_positions": 5, "daily_loss_limit_pct": D("0.03"),
    },
    "angry": {
        "description": "Aggressive profile: takes signals from 65% confidence at 1.5x size, leverage up to 20x.",
        "min_confidence": D("0.65"), "risk_multiplier": D("1.5"), "max_leverage": 20,
        "max_open_positions": 20, "daily_loss_limit_pct": D("0.10"),
    },
    "handjob": {
        "description": "Hybrid profile: signals from 75% confidence at base size, leverage up to 10x.",
        "min_confidence": D("0.75"), "risk_multiplier": D("1.0"), "max_leverage": 10,
        "max_open_positions": 10, "daily_loss_limit_pct": D("0.05"),
    },
}
STARTING_BALANCE = D("100000")

# id, name, source, position multiplier, min confidence, max leverage, priority, extra settings
TRADERS = [
    ("yun_qiang", "Yun Qiang", "binance", "1.0", "0.7", 10, 1, {"paper_trade_only": True}),
    ("crypto_loby", "Crypto Loby", "binance", "1.0", "0.75", 5, 2, {}),
    ("michael_saylor", "Michael Saylor", "manual", "0.5", "0.85", 1, 3, {"token_whitelist": ["BTC"]}),
    ("plan_b", "Plan B", "tradingview", "0.75", "0.8", 2, 4, {"token_whitelist": ["BTC"]}),
    ("vitalik_buterin", "Vitalik Buterin", "manual", "0.5", "0.85", 1, 5, {"token_whitelist": ["ETH"]}),
    ("cz", "CZ", "binance", "1.25", "0.7", 10, 6, {"token_blacklist": ["DOGE", "SHIB"]}),
    ("raoul_pal", "Raoul Pal", "telegram", "1.0", "0.75", 3, 7, {"token_whitelist": ["BTC", "ETH", "SOL"]}),
    ("coin_bureau", "Coin Bureau Guy", "telegram", "0.75", "0.7", 5, 8, {}),
    ("anthony_pompliano", "Anthony Pompliano", "telegram", "0.5", "0.8", 2, 9, {"token_whitelist": ["BTC", "ETH"]}),
    ("willy_woo", "Willy Woo", "tradingview", "1.0", "0.75", 3, 10, {"token_whitelist": ["BTC"]}),
    ("altcoin_daily", "Altcoin Daily", "telegram", "1.5", "0.65", 10, 11, {"token_blacklist": ["DOGE", "SHIB"]}),
    ("benjamin_cowen", "Benjamin Cowen", "tradingview", "0.75", "0.8", 3, 12, {"token_whitelist": ["BTC", "ETH"]}),
    ("lark_davis", "Lark Davis", "telegram", "1.25", "0.7", 8, 13, {}),
    ("rekt_capital", "Rekt Capital", "tradingview", "1.0", "0.75", 5, 14, {}),
    ("crypto_tony", "Crypto Tony", "telegram", "1.5", "0.65", 15, 15, {"token_blacklist": ["PEPE"]}),
    ("pentoshi", "Pentoshi", "manual", "1.25", "0.7", 10, 16, {}),
    ("credible_crypto", "Credible Crypto", "tradingview", "1.0", "0.75", 5, 17, {}),
    ("hsaka", "Hsaka", "binance", "2.0", "0.6", 20, 18, {"token_blacklist": ["DOGE", "SHIB", "PEPE"]}),
    ("il_capo", "Il Capo of Crypto", "telegram", "0.5", "0.85", 5, 19, {}),
    ("binance_whale_a1", "Binance Whale A1", "binance", "2.0", "0.6", 20, 20, {}),
]

TREND = {"fast": 10, "slow": 30}
MOMENTUM = {"rsi_period": 14, "volume_factor": 1.5}
MEAN_REVERSION = {"bb_period": 20, "bb_std": 2, "rsi_low": 30, "rsi_high": 70}
GRID = {"levels": 10, "spacing_pct": 0.5}
DCA = {"interval_hours": 24, "amount": 100}
REBALANCE = {"targets": {"BTC/USDT": 0.5, "ETH/USDT": 0.3, "SOL/USDT": 0.2}, "drift_pct": 5}

# name, account, strategy, parameters, symbols, timeframe (7 conservative, 7 aggressive, 6 hybrid)
BOTS = [
    ("woods1-dca-btc", "woods1", "dca", DCA, ["BTC/USDT"], "1d"),
    ("woods1-dca-eth", "woods1", "dca", {**DCA, "amount": 50}, ["ETH/USDT"], "1d"),
    ("woods1-rebalance", "woods1", "portfolio_rebalancing", REBALANCE, list(REBALANCE["targets"]), "1d"),
    ("woods1-trend-btc", "woods1", "trend_following", {"fast": 20, "slow": 50}, ["BTC/USDT"], "4h"),
    ("woods1-trend-eth", "woods1", "trend_following", {"fast": 20, "slow": 50}, ["ETH/USDT"], "1d"),
    ("woods1-meanrev-btc", "woods1", "mean_reversion", {**MEAN_REVERSION, "bb_std": 2.5}, ["BTC/USDT"], "1h"),
    ("woods1-grid-btc", "woods1", "grid", {"levels": 6, "spacing_pct": 1.0}, ["BTC/USDT"], "1h"),
    ("angry-momentum-sol", "angry", "momentum", MOMENTUM, ["SOL/USDT"], "15m"),
    ("angry-momentum-btc", "angry", "momentum", {**MOMENTUM, "volume_factor": 2.0}, ["BTC/USDT"], "1h"),
    ("angry-momentum-doge", "angry", "momentum", {"rsi_period": 7, "volume_factor": 2.5}, ["DOGE/USDT"], "5m"),
    ("angry-trend-fast", "angry", "trend_following", {"fast": 5, "slow": 20}, ["BTC/USDT", "ETH/USDT"], "15m"),
    ("angry-grid-sol", "angry", "grid", {"levels": 20, "spacing_pct": 0.25}, ["SOL/USDT"], "5m"),
    ("angry-grid-eth", "angry", "grid", GRID, ["ETH/USDT"], "15m"),
    ("angry-meanrev-eth", "angry", "mean_reversion", MEAN_REVERSION, ["ETH/USDT"], "15m"),
    ("handjob-trend-majors", "handjob", "trend_following", TREND, ["BTC/USDT", "ETH/USDT"], "1h"),
    ("handjob-meanrev-sol", "handjob", "mean_reversion", MEAN_REVERSION, ["SOL/USDT"], "1h"),
    ("handjob-grid-btc", "handjob", "grid", GRID, ["BTC/USDT"], "1h"),
    ("handjob-dca-sol", "handjob", "dca", {"interval_hours": 12, "amount": 100}, ["SOL/USDT"], "1d"),
    ("handjob-momentum-eth", "handjob", "momentum", MOMENTUM, ["ETH/USDT"], "1h"),
    ("handjob-rebalance", "handjob", "portfolio_rebalancing", REBALANCE, list(REBALANCE["targets"]), "4h"),
]


class Command(BaseCommand):
    help = "Create the demo accounts, traders, follows, bots and admin user; fills in only what is missing."

    def handle(self, *args, **options):
        lines: list[str] = []
        try:
            with transaction.atomic():
                accounts = self._accounts(lines)
                self._traders(accounts, lines)
                self._bots(accounts, lines)
                self._admin_user(accounts, lines)
                created, existing = schedules_ensure()
                lines.append(f"Beat schedules: {created} created, {existing} already there")
        except EchoTradeError as error:
            # A service refused something (nothing was written): say what, without a traceback.
            raise CommandError(f"seed_demo wrote nothing: {error.message}") from error
        # Printed after commit, so nothing is announced that a rollback took back.
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
        for line in lines:
            self.stdout.write(line)

    def _accounts(self, lines: list[str]) -> dict[str, Account]:
        accounts, created = {}, 0
        for name, profile in ACCOUNTS.items():
            account = Account.objects.filter(name=name).first()
            if account is None:
                # Traders are added after the accounts, and trader_create makes every account follow them.
                account = account_open(
                    name=name, starting_balance=STARTING_BALANCE, actor_label=ACTOR_LABEL, **profile
                )
                created += 1
            accounts[name] = account
        lines.append(_count_line("Accounts", created, len(ACCOUNTS)))
        return accounts

    def _traders(self, accounts: dict[str, Account], lines: list[str]) -> None:
        created = 0
        follows_before = TraderFollow.objects.filter(account__in=accounts.values()).count()
        for trader_id, name, source, multiplier, confidence, leverage, priority, extra in TRADERS:
            trader = Trader.objects.filter(pk=trader_id).first()
            if trader is None:
                trader = trader_create(
                    id=trader_id, name=name, source=source, position_multiplier=D(multiplier),
                    min_confidence=D(confidence), max_leverage=leverage, priority=priority, simulated=True,
                    notes=f"Demo trader: the signal stream of {name} is simulated for the demo; "
                    "no real signals from this source are received.",
                    follow_all_accounts=True, actor_label=ACTOR_LABEL, **extra,
                )
                created += 1
            if trader.deleted_at is not None:
                continue  # someone deleted it: do not bring it back, not even as a follow
            for account in accounts.values():
                # Only a missing follow is added; a follow someone switched off stays off.
                if not TraderFollow.objects.filter(account=account, trader=trader).exists():
                    follow_set(account=account, trader=trader, enabled=True)
        lines.append(_count_line("Traders", created, len(TRADERS)))
        follows_new = TraderFollow.objects.filter(account__in=accounts.values()).count() - follows_before
        lines.append(f"Follows: {follows_new} created")

    def _bots(self, accounts: dict[str, Account], lines: list[str]) -> None:
        created = 0
        for name, account_name, strategy, parameters, symbols, timeframe in BOTS:
            if not Bot.objects.filter(name=name).exists():
                bot_create(
                    name=name, account=accounts[account_name], strategy=strategy, parameters=parameters,
                    symbols=symbols, timeframe=timeframe, actor_label=ACTOR_LABEL,
                )
                created += 1
        lines.append(_count_line("Bots", created, len(BOTS)))

    def _admin_user(self, accounts: dict[str, Account], lines: list[str]) -> None:
        User = get_user_model()
        username = getattr(settings, "ECHOTRADE_ADMIN_USERNAME", "") or "admin"
        given_password = getattr(settings, "ECHOTRADE_ADMIN_PASSWORD", "")
        user = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first()
        if user is None:
            password = given_password or secrets.token_urlsafe(12)
            user = User._default_manager.create_superuser(
                **{User.USERNAME_FIELD: username}, email="", password=password
            )
            audit_record(
                action="user.created", actor_label=ACTOR_LABEL, obj=user, message=f"Demo admin user {username}"
            )
            if given_password:
                login = f"Log in at /admin/ as {username} with the password from ECHOTRADE_ADMIN_PASSWORD."
            else:
                # Shown this once only: it is stored hashed and never printed again.
                login = f"Log in at /admin/ as {username} with password: {password}  (shown only now)"
            lines.append(f"Admin user {username}: created")
        else:
            # An existing user's password and flags are theirs; the seeder never resets them.
            login = f"Log in at /admin/ as {username} (existing user, password unchanged)."
            lines.append(f"Admin user {username}: already there")
            if not (user.is_staff and user.is_superuser):
                lines.append(f"Note: {username} is not staff and superuser; the seeder leaves that as it is.")
        granted = 0
        for account in accounts.values():
            # A missing membership is added as owner; a role someone changed is kept.
            if not Membership.objects.filter(user=user, account=account).exists():
                membership_grant(user=user, account=account, role=Membership.Role.OWNER, actor_label=ACTOR_LABEL)
                granted += 1
        lines.append(f"Memberships for {username}: {granted} created")
        lines.append(login)


def _count_line(label: str, created: int, total: int) -> str:
    return f"{label}: {created} created, {total - created} already there"
