"""Every filter of the decision step, with its reason code, in DESIGN.md's order."""
from datetime import time, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from accounts.services import account_pause, account_update_risk
from execution.models import Fill, Position
from signals.models import BlackoutPeriod, SignalDecision, TradingWindow
from tests.helpers import decision_of, move_market, send_signal
from traders.services import follow_set, trader_set_tokens, trader_toggle, trader_update

pytestmark = pytest.mark.usefixtures("market")
FILTERED = SignalDecision.Outcome.FILTERED


def test_it_filters_every_account_when_the_trader_is_switched_off(yun_qiang, accounts):
    trader_toggle(trader=yun_qiang)
    signal = send_signal()
    assert {(d.outcome, d.reason) for d in signal.decisions.all()} == {(FILTERED, "trader_inactive")}
    assert signal.decisions.count() == 3
    assert not Position.objects.exists()


def test_it_filters_a_paused_account_only(yun_qiang, angry, handjob):
    account_pause(account=angry, reason="news")
    signal = send_signal()
    assert (decision_of(signal, angry).outcome, decision_of(signal, angry).reason) == (FILTERED, "account_paused")
    assert decision_of(signal, handjob).outcome == "executed"


def test_it_filters_an_account_that_switched_the_trader_off(yun_qiang, angry, handjob):
    follow_set(account=angry, trader=yun_qiang, enabled=False)
    signal = send_signal()
    assert decision_of(signal, angry).reason == "not_following"
    assert decision_of(signal, handjob).outcome == "executed"


def test_it_filters_a_token_missing_from_the_whitelist(yun_qiang, angry):
    trader_set_tokens(trader=yun_qiang, whitelist=["ETH/USDT", "SOL"])
    signal = send_signal(symbol="BTC/USDT")
    assert decision_of(signal, angry).reason == "token_not_whitelisted"


def test_a_whitelisted_base_matches_any_quote(yun_qiang, angry):
    trader_set_tokens(trader=yun_qiang, whitelist=["btc"])
    signal = send_signal(symbol="BTCUSDT")
    assert decision_of(signal, angry).outcome == "executed"


def test_it_filters_a_blacklisted_token(yun_qiang, angry):
    trader_set_tokens(trader=yun_qiang, blacklist=["BTC"])
    signal = send_signal(symbol="BTC/USDT")
    assert decision_of(signal, angry).reason == "token_blacklisted"


def test_it_filters_confidence_below_the_traders_minimum(yun_qiang, angry):
    trader_update(trader=yun_qiang, min_confidence=Decimal("0.95"))
    signal = send_signal(confidence="0.9")
    assert decision_of(signal, angry).reason == "confidence_below_threshold"


def test_it_filters_confidence_below_the_accounts_override(yun_qiang, angry):
    account_update_risk(account=angry, confidence_threshold_override=Decimal("0.95"))
    signal = send_signal(confidence="0.9")
    assert decision_of(signal, angry).reason == "confidence_below_threshold"


def test_it_filters_signal_above_the_traders_max_leverage(yun_qiang, angry):
    signal = send_signal(leverage=11)  # yun_qiang allows 10x, angry 20x
    assert decision_of(signal, angry).reason == "leverage_above_max"


def test_it_filters_signal_above_the_accounts_max_leverage(yun_qiang, woods1, handjob):
    signal = send_signal(leverage=6, confidence="0.9")  # woods1 allows 5x, handjob 10x
    assert decision_of(signal, woods1).reason == "leverage_above_max"
    assert decision_of(signal, handjob).outcome == "executed"


def test_it_filters_outside_the_trading_window(yun_qiang, angry, handjob):
    now = timezone.now()
    start = (now + timedelta(hours=2)).time().replace(microsecond=0)
    end = (now + timedelta(hours=3)).time().replace(microsecond=0)
    TradingWindow.objects.create(account=angry, start_time=start, end_time=end)
    signal = send_signal()
    assert decision_of(signal, angry).reason == "outside_trading_window"
    assert decision_of(signal, handjob).outcome == "executed"


def test_a_window_past_midnight_covers_the_small_hours_of_the_next_day(angry):
    from datetime import datetime, timezone as tz

    from signals.selectors import in_trading_window

    TradingWindow.objects.create(account=angry, weekdays=[4], start_time=time(22, 0), end_time=time(2, 0))  # Friday night
    friday_late = datetime(2026, 11, 20, 23, 30, tzinfo=tz.utc)
    saturday_early = datetime(2026, 11, 21, 1, 30, tzinfo=tz.utc)
    saturday_late = datetime(2026, 11, 21, 23, 30, tzinfo=tz.utc)
    friday_noon = datetime(2026, 11, 20, 12, 0, tzinfo=tz.utc)
    assert in_trading_window(angry, friday_late)
    assert in_trading_window(angry, saturday_early)
    assert not in_trading_window(angry, saturday_late)
    assert not in_trading_window(angry, friday_noon)


def test_it_filters_during_a_blackout(yun_qiang, angry):
    now = timezone.now()
    BlackoutPeriod.objects.create(account=angry, starts_at=now - timedelta(minutes=5), ends_at=now + timedelta(hours=1), reason="FOMC")
    signal = send_signal()
    assert decision_of(signal, angry).reason == "blackout"


def test_an_ended_blackout_no_longer_filters(yun_qiang, angry):
    now = timezone.now()
    BlackoutPeriod.objects.create(account=angry, starts_at=now - timedelta(hours=2), ends_at=now - timedelta(hours=1))
    assert decision_of(send_signal(), angry).outcome == "executed"


def test_it_filters_when_max_open_positions_is_reached(yun_qiang, angry):
    account_update_risk(account=angry, max_positions_override=2)
    send_signal(external_id="a")
    send_signal(external_id="b", symbol="ETH/USDT")
    third = send_signal(external_id="c")
    assert decision_of(third, angry).reason == "max_positions_reached"
    assert Position.objects.filter(account=angry).count() == 2


def test_it_filters_after_the_daily_loss_limit(yun_qiang, angry):
    account_update_risk(account=angry, daily_loss_limit_pct=Decimal("0.0001"))  # $10 on $100k
    send_signal(external_id="loser", stop_loss="66000")
    move_market("BTC/USDT", "65900")  # the stop fills: a loss of about $45 on $3,000
    assert Fill.objects.filter(account=angry, realised_pnl__lt=0).exists()
    later = send_signal(external_id="next")
    assert decision_of(later, angry).reason == "daily_loss_limit"


def test_it_filters_when_free_margin_cannot_pay(yun_qiang, angry):
    angry.cash = Decimal("3")
    angry.save()
    signal = send_signal()
    decision = decision_of(signal, angry)
    assert (decision.outcome, decision.reason) == (FILTERED, "insufficient_funds")


def test_the_first_failing_check_names_the_reason(yun_qiang, angry):
    """A paused account copying an inactive trader is filtered for the trader: that check comes first."""
    account_pause(account=angry)
    trader_toggle(trader=yun_qiang)
    assert decision_of(send_signal(), angry).reason == "trader_inactive"
