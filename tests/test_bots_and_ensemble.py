"""Bots as signal sources: votes, the ensemble's confidence, one act per bar, weights from results."""
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from bots.ensemble import bot_weight, ensemble_confidence
from bots.models import Bot, BotVote
from bots.runner import bot_run, bots_due
from bots.services import bot_create
from execution.models import Position
from signals.models import Signal

pytestmark = pytest.mark.usefixtures("market")
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)


def make_bot(account, name, strategy="dca", symbols=("BTC/USDT",), **parameters):
    return bot_create(name=name, account=account, strategy=strategy, symbols=list(symbols), parameters=parameters, timeframe="1h")


def vote(bot, side, strength, symbol="BTC/USDT"):
    return BotVote.objects.create(bot=bot, symbol=symbol, side=side, strength=Decimal(str(strength)))


def test_a_bot_signals_under_its_own_source_that_only_its_account_follows(angry, handjob):
    bot = make_bot(angry, "dca-1")
    assert bot.trader.source == "bot"
    assert list(bot.trader.follows.values_list("account__name", flat=True)) == ["angry"]


def test_a_lone_vote_is_worth_its_own_strength(angry):
    bot = make_bot(angry, "a")
    vote(bot, "long", 0.8)
    confidence, breakdown = ensemble_confidence(account_id=angry.pk, symbol="BTC/USDT", side="long", now=_now())
    assert confidence == Decimal("0.8")
    assert breakdown == [{"bot": "a", "side": "long", "strength": "0.800000", "weight": "1"}]


def test_agreement_raises_and_dissent_lowers_the_confidence(angry):
    a, b, c = make_bot(angry, "a"), make_bot(angry, "b"), make_bot(angry, "c")
    vote(a, "long", 0.6)
    vote(b, "long", 1.0)
    agreeing, _ = ensemble_confidence(account_id=angry.pk, symbol="BTC/USDT", side="long", now=_now())
    assert agreeing == Decimal("0.8")  # (0.6 + 1.0) / 2
    vote(c, "short", 0.9)
    split, _ = ensemble_confidence(account_id=angry.pk, symbol="BTC/USDT", side="long", now=_now())
    assert split == Decimal("0.233333")  # (0.6 + 1.0 - 0.9) / 3
    against, _ = ensemble_confidence(account_id=angry.pk, symbol="BTC/USDT", side="short", now=_now())
    assert against == Decimal("0")  # more disagreement than support never goes below zero


def test_only_the_accounts_own_enabled_bots_and_recent_votes_count(angry, handjob):
    mine, other, off = make_bot(angry, "mine"), make_bot(handjob, "other"), make_bot(angry, "off")
    vote(mine, "long", 0.5)
    vote(other, "short", 1.0)
    vote(off, "short", 1.0)
    Bot.objects.filter(pk=off.pk).update(enabled=False)
    old = vote(mine, "short", 1.0, symbol="ETH/USDT")
    BotVote.objects.filter(pk=old.pk).update(created_at=_now() - timedelta(days=2))
    assert ensemble_confidence(account_id=angry.pk, symbol="BTC/USDT", side="long", now=_now())[0] == Decimal("0.5")
    assert ensemble_confidence(account_id=angry.pk, symbol="ETH/USDT", side="long", now=_now())[0] == Decimal("0")


def test_a_bots_weight_follows_its_recent_results(yun_qiang, angry):
    from tests.helpers import move_market, send_signal

    bot = make_bot(angry, "w")
    assert bot_weight(bot) == Decimal("1")  # no record yet
    for i in range(2):
        send_signal(trader=bot.trader_id, external_id=f"w{i}", take_profits=["67500"])
    move_market("BTC/USDT", "68000")  # both targets hit: two wins
    assert Position.objects.filter(trader=bot.trader, status="closed").count() == 2
    assert bot_weight(bot) == Decimal("1.5")


def test_a_dca_bot_acts_once_per_bar_and_its_signal_carries_the_ensemble_confidence(angry):
    bot = make_bot(angry, "dca", interval_hours=1)
    votes = bot_run(bot=bot, now=_now())
    assert votes[0].act
    signal = Signal.objects.get(trader=bot.trader)
    assert (signal.side, signal.confidence) == ("long", Decimal("0.5"))  # a lone DCA vote: its 0.5 strength
    assert signal.raw["ensemble"][0]["bot"] == "dca"
    bot.refresh_from_db()
    again = bot_run(bot=bot, now=_now() + timedelta(seconds=30))  # same bar
    assert not again[0].act
    assert Signal.objects.filter(trader=bot.trader).count() == 1


def test_a_bot_acting_with_enough_agreement_trades_in_its_account(angry, django_capture_on_commit_callbacks):
    bot = make_bot(angry, "dca-strong", interval_hours=1)
    helper = make_bot(angry, "helper")
    vote(helper, "long", 1.0)
    with django_capture_on_commit_callbacks(execute=True):
        bot_run(bot=bot, now=_now())
    decision = Signal.objects.get(trader=bot.trader).decisions.get()
    assert (decision.account, decision.outcome) == (angry, "executed")  # (0.5 + 1.0) / 2 = 0.75 ≥ angry's 0.65


def test_a_lone_weak_call_is_filtered_by_the_accounts_threshold(woods1, django_capture_on_commit_callbacks):
    bot = make_bot(woods1, "dca-weak", interval_hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        bot_run(bot=bot, now=_now())
    decision = Signal.objects.get(trader=bot.trader).decisions.get()
    assert (decision.outcome, decision.reason) == ("filtered", "confidence_below_threshold")


def test_a_bot_error_is_kept_on_the_bot_not_raised(angry):
    bot = make_bot(angry, "bad-symbol", symbols=["BTC/USDT", "ETH/BTC"])  # the simulator prices USDT pairs only
    bot_run(bot=bot, now=_now())
    bot.refresh_from_db()
    assert "ETH/BTC" in bot.last_error and bot.last_run_at is not None
    assert bot.votes.filter(symbol="BTC/USDT").exists()  # the other symbol still ran


def test_bots_due_are_the_enabled_ones_not_run_lately(angry):
    fresh, stale, never, off = (make_bot(angry, n) for n in ("fresh", "stale", "never", "off"))
    Bot.objects.filter(pk=fresh.pk).update(last_run_at=_now() - timedelta(seconds=10))
    Bot.objects.filter(pk=stale.pk).update(last_run_at=_now() - timedelta(seconds=600))
    Bot.objects.filter(pk=off.pk).update(enabled=False)
    assert set(bots_due(now=_now(), every_seconds=60)) == {stale.pk, never.pk}


def _now():
    from django.utils import timezone as dj

    return dj.now()
