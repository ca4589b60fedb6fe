"""``manage.py seed_demo``: the demo data DESIGN.md promises, created once and never overwritten."""
from __future__ import annotations

from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from accounts.models import Account, Membership
from echotrade.models import AuditEvent
from accounts.services import account_update_risk
from bots.models import Bot
from traders.models import Trader, TraderFollow
from traders.services import follow_set

pytestmark = pytest.mark.django_db

SIX_STRATEGIES = {"trend_following", "grid", "dca", "momentum", "mean_reversion", "portfolio_rebalancing"}


def seed() -> str:
    out = StringIO()
    # The history is tested in tests/demo; these tests are about the set-up, which they run often.
    call_command("seed_demo", "--no-history", stdout=out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def generated_password(settings):
    """Most tests want the generated-password path, whatever the environment says."""
    settings.ECHOTRADE_ADMIN_USERNAME = "admin"
    settings.ECHOTRADE_ADMIN_PASSWORD = ""


@pytest.mark.parametrize(
    "name, min_confidence, risk_multiplier, max_leverage, max_open_positions, daily_loss_limit_pct",
    [
        ("woods1", "0.85", "0.5", 5, 5, "0.03"),
        ("angry", "0.65", "1.5", 20, 20, "0.10"),
        ("handjob", "0.75", "1.0", 10, 10, "0.05"),
    ],
)
def test_it_creates_the_three_risk_profiles_with_exact_values(
    name, min_confidence, risk_multiplier, max_leverage, max_open_positions, daily_loss_limit_pct
):
    seed()
    account = Account.objects.get(name=name)
    assert account.min_confidence == Decimal(min_confidence)
    assert account.risk_multiplier == Decimal(risk_multiplier)
    assert account.max_leverage == max_leverage
    assert account.max_open_positions == max_open_positions
    assert account.daily_loss_limit_pct == Decimal(daily_loss_limit_pct)
    assert account.starting_balance == account.cash == Decimal("100000")
    assert account.quote_currency == "USDT"
    assert account.mode == Account.Mode.PAPER
    assert account.description
    assert AuditEvent.objects.filter(action="account.created", account=account).count() == 1


def test_it_creates_twenty_simulated_traders_including_yun_qiang_and_crypto_loby():
    seed()
    assert Trader.objects.exclude(source="bot").count() == 20
    yun = Trader.objects.get(pk="yun_qiang")
    assert (yun.name, yun.source, yun.priority, yun.max_leverage) == ("Yun Qiang", "binance", 1, 10)
    assert (yun.position_multiplier, yun.min_confidence) == (Decimal("1.0"), Decimal("0.7"))
    assert yun.paper_trade_only is True
    loby = Trader.objects.get(pk="crypto_loby")
    assert (loby.name, loby.source, loby.priority, loby.max_leverage) == ("Crypto Loby", "binance", 2, 5)
    assert (loby.position_multiplier, loby.min_confidence) == (Decimal("1.0"), Decimal("0.75"))
    followed = Trader.objects.exclude(source="bot")
    assert not followed.filter(simulated=False).exists()
    assert all("simulated" in notes for notes in followed.values_list("notes", flat=True))


def test_the_other_traders_mix_sources_settings_and_token_filters():
    seed()
    others = Trader.objects.exclude(source="bot").exclude(pk__in=["yun_qiang", "crypto_loby"])
    assert {"Michael Saylor", "Plan B", "Vitalik Buterin", "CZ", "Raoul Pal", "Willy Woo"} <= set(
        others.values_list("name", flat=True)
    )
    assert set(others.values_list("source", flat=True)) == {"binance", "telegram", "tradingview", "manual"}
    assert sorted(others.values_list("priority", flat=True)) == list(range(3, 21))
    for trader in others:
        assert Decimal("0.5") <= trader.position_multiplier <= Decimal("2.0")
        assert Decimal("0.6") <= trader.min_confidence <= Decimal("0.85")
        assert 1 <= trader.max_leverage <= 20
    assert any(t.token_whitelist for t in others) and any(t.token_blacklist for t in others)


def test_every_account_follows_every_trader():
    seed()
    assert TraderFollow.objects.filter(enabled=True).exclude(trader__source="bot").count() == 60
    for account in Account.objects.all():
        followed = set(account.follows.exclude(trader__source="bot").values_list("trader_id", flat=True))
        assert followed == set(Trader.objects.exclude(source="bot").values_list("pk", flat=True))


def test_it_creates_twenty_bots_over_three_accounts_with_the_six_strategies():
    seed()
    assert Bot.objects.count() == 20
    per_account = {a.name: a.bots.count() for a in Account.objects.all()}
    assert per_account == {"woods1": 7, "angry": 7, "handjob": 6}
    assert SIX_STRATEGIES <= set(Bot.objects.values_list("strategy", flat=True))
    for bot in Bot.objects.all():
        assert bot.enabled and bot.symbols and bot.parameters and bot.trader is not None
    momentum = Bot.objects.get(name="handjob-momentum-eth")
    assert momentum.parameters == {"rsi_period": 14, "volume_factor": 1.5}


def test_admin_user_is_staff_superuser_and_owner_of_all_three_accounts():
    seed()
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_staff and admin.is_superuser
    roles = dict(Membership.objects.filter(user=admin).values_list("account__name", "role"))
    assert roles == {"woods1": "owner", "angry": "owner", "handjob": "owner"}


def test_running_twice_creates_nothing_new():
    seed()
    counts = [m.objects.count() for m in (Account, Trader, TraderFollow, Bot, Membership, get_user_model())]
    audit_count = AuditEvent.objects.count()
    output = seed()
    assert [m.objects.count() for m in (Account, Trader, TraderFollow, Bot, Membership, get_user_model())] == counts
    assert AuditEvent.objects.count() == audit_count
    assert "Traders: 0 created, 20 already there" in output
    assert "Bots: 0 created, 20 already there" in output


def test_re_seeding_keeps_settings_a_user_changed():
    seed()
    woods1 = Account.objects.get(name="woods1")
    account_update_risk(account=woods1, min_confidence=Decimal("0.9"))
    follow_set(account=woods1, trader=Trader.objects.get(pk="cz"), enabled=False)
    seed()
    assert Account.objects.get(name="woods1").min_confidence == Decimal("0.9")
    assert TraderFollow.objects.get(account=woods1, trader_id="cz").enabled is False


def test_re_seeding_fills_in_a_missing_follow_and_membership():
    seed()
    TraderFollow.objects.filter(account__name="angry", trader_id="yun_qiang").delete()
    Membership.objects.filter(user__username="admin", account__name="angry").delete()
    seed()
    assert TraderFollow.objects.filter(account__name="angry", trader_id="yun_qiang", enabled=True).exists()
    assert Membership.objects.filter(user__username="admin", account__name="angry", role="owner").exists()


def test_generated_password_is_printed_only_when_the_user_is_created():
    first = seed()
    line = next(line for line in first.splitlines() if "with password:" in line)
    password = line.split("with password:")[1].split()[0]
    assert get_user_model().objects.get(username="admin").check_password(password)
    second = seed()
    assert "with password:" not in second
    assert password not in second
    assert "password unchanged" in second


def test_an_existing_users_password_is_never_changed():
    get_user_model().objects.create_user(username="admin", password="mine-123")
    output = seed()
    user = get_user_model().objects.get(username="admin")
    assert user.check_password("mine-123")
    assert "with password:" not in output
    assert Membership.objects.filter(user=user).count() == 3


def test_it_honours_echotrade_admin_username_and_password(settings):
    settings.ECHOTRADE_ADMIN_USERNAME = "ops"
    settings.ECHOTRADE_ADMIN_PASSWORD = "s3cret-from-env"
    output = seed()
    user = get_user_model().objects.get(username="ops")
    assert user.check_password("s3cret-from-env")
    assert user.is_staff and user.is_superuser
    assert "s3cret-from-env" not in output
    assert "ECHOTRADE_ADMIN_PASSWORD" in output


def test_each_bot_signals_under_its_own_source_that_only_its_account_follows():
    seed()
    for bot in Bot.objects.select_related("trader", "account"):
        assert bot.trader.source == "bot"
        assert list(bot.trader.follows.values_list("account__name", flat=True)) == [bot.account.name]


def test_it_creates_the_beat_schedule_once():
    from django_celery_beat.models import PeriodicTask

    seed()
    seed()
    tasks = set(PeriodicTask.objects.values_list("task", flat=True))
    assert {"execution.tasks.market_tick", "bots.tasks.run_due_bots", "signals.tasks.sweep_undecided_signals",
            "analytics.tasks.daily_snapshots"} <= tasks
    assert PeriodicTask.objects.filter(task="execution.tasks.market_tick").count() == 1
