"""analytics.backtests.trader_replay.trader_backtest_run on hand-worked candles."""
from datetime import timedelta
from decimal import Decimal

from execution.models import Position
from tests.trader_backtest.conftest import record_signal
from analytics.backtests.trader_replay import trader_backtest_run

# Bar 0 is the entry bar (open 100); bar 1's high reaches the 104 target, its low stays above the 95 stop.
TARGET_HIT = [(100, 101, 99, 100), (100, 105, 98, 103), (103, 103, 102, 102)]


def run(trader, account, **kwargs):
    return trader_backtest_run(trader=trader, account=account, days=30, initial_capital=Decimal(10000), **kwargs)


def test_it_exits_a_long_at_the_first_target_with_fees_on_both_fills(yun_qiang, angry, btc_candles):
    first = btc_candles(TARGET_HIT)
    signal = record_signal(yun_qiang, at=first - timedelta(minutes=30))

    result = run(yun_qiang, angry)

    # angry: 2 % base × 1.5 risk multiplier of 10,000 = 300 notional → 3 BTC at 100.
    # gross 3 × (104 − 100) = 12; fees 0.0005 × 3 × (100 + 104) = 0.306; net 11.694.
    assert result["trade_count"] == 1
    trade = result["trades"][0]
    assert (trade["signal"], trade["quantity"], trade["entry_price"], trade["exit_price"]) == (signal.pk, "3", "100", "104")
    assert (trade["exit_reason"], trade["fees"], trade["pnl"]) == ("take_profit", "0.306", "11.694")
    assert result["final_value"] == "10011.694"
    assert result["roi"] == float(Decimal("11.694") / 10000)
    assert result["win_rate"] == 1.0
    assert result["max_drawdown"] == 0.0
    assert result["equity_curve"][0]["equity"] == "10000"
    assert result["equity_curve"][-1]["equity"] == "10011.694"


def test_it_takes_the_stop_first_when_one_candle_touches_both(yun_qiang, angry, btc_candles):
    first = btc_candles([(100, 101, 99, 100), (100, 105, 94, 100), (100, 100, 100, 100)])
    record_signal(yun_qiang, at=first - timedelta(minutes=30))

    trade = run(yun_qiang, angry)["trades"][0]

    # 3 × (95 − 100) = −15; fees 0.0005 × 3 × 195 = 0.2925.
    assert (trade["exit_reason"], trade["exit_price"], trade["pnl"]) == ("stop_loss", "95", "-15.2925")


def test_it_closes_an_untouched_trade_at_the_last_close(yun_qiang, angry, btc_candles):
    first = btc_candles([(100, 101, 99, 100), (100, 102, 98, 101), (101, 102, 100, 102)])
    record_signal(yun_qiang, at=first - timedelta(minutes=30))

    trade = run(yun_qiang, angry)["trades"][0]

    assert (trade["exit_reason"], trade["exit_price"]) == ("end_of_window", "102")


def test_it_filters_a_signal_below_the_account_confidence_threshold(yun_qiang, angry, btc_candles):
    first = btc_candles(TARGET_HIT)
    angry.min_confidence = Decimal("0.85")
    angry.save(update_fields=["min_confidence"])
    signal = record_signal(yun_qiang, at=first - timedelta(minutes=30), confidence="0.8")

    result = run(yun_qiang, angry)

    assert result["trade_count"] == 0
    assert result["final_value"] == "10000"
    assert result["win_rate"] is None
    assert result["skipped"] == [{"signal": signal.pk, "symbol": "BTC/USDT", "reason": "confidence_below_threshold"}]


def test_it_ignores_signals_older_than_the_window_and_writes_no_positions(yun_qiang, angry, btc_candles):
    first = btc_candles(TARGET_HIT)
    record_signal(yun_qiang, at=first - timedelta(days=31))
    progress = []

    result = run(yun_qiang, angry, progress=progress.append)

    assert result["trade_count"] == 0
    assert progress == []  # no signal in the window, nothing to report
    assert not Position.objects.exists()


def test_it_exits_a_short_along_its_target_ladder(yun_qiang, angry, btc_candles):
    first = btc_candles([(100, 101, 99, 100), (100, 101, 95, 97), (97, 98, 96, 97)])
    record_signal(yun_qiang, at=first - timedelta(minutes=30), side="short", stop_loss="105", take_profits=("96", "90"))

    trade = run(yun_qiang, angry)["trades"][0]

    # The even ladder (yun_qiang's tp_strategy): 1.5 of the 3 at 96 on bar 1; 90 is never reached, so
    # the other 1.5 closes at the last close, 97. Gross 1.5 × 4 + 1.5 × 3 = 10.5; fees
    # 0.0005 × (3 × 100 + 1.5 × 96 + 1.5 × 97) = 0.29475; exit price (1.5 × 96 + 1.5 × 97) / 3 = 96.5.
    assert (trade["side"], trade["exit_reason"], trade["exit_price"], trade["pnl"]) == (
        "short", "end_of_window", "96.5", "10.20525",
    )


def test_it_skips_repeat_deliveries(yun_qiang, angry, btc_candles):
    first = btc_candles(TARGET_HIT)
    original = record_signal(yun_qiang, at=first - timedelta(minutes=30))
    repeat = record_signal(yun_qiang, at=first - timedelta(minutes=20))
    repeat.duplicate_of = original
    repeat.save(update_fields=["duplicate_of"])

    result = run(yun_qiang, angry)

    assert [trade["signal"] for trade in result["trades"]] == [original.pk]
