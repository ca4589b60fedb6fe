"""The trader backtest manages each copy with the plan a live copy follows (execution.trade_management).

angry sizes 2 % × 1.5 of the 10,000 backtest = 300 notional: 3 BTC at 100. The replay charges the
taker rate, 0.0005, on every fill (kept from its first version).
"""
from datetime import timedelta
from decimal import Decimal

from signals.models import Signal
from tests.trader_backtest.conftest import record_signal
from tests.trader_backtest.test_backtest_run import run


def manage(trader, **settings):
    for name, value in settings.items():
        setattr(trader, name, value)
    trader.save(update_fields=list(settings))


def record_limit(trader, *, at, entries, stop_loss, take_profits) -> Signal:
    """A long limit signal: one price, or a zone's two ends (ascending)."""
    return Signal.objects.create(
        trader=trader, symbol="BTC/USDT", side="long", leverage=5, confidence=Decimal("0.9"),
        entry_kind=Signal.EntryKind.PRICE if len(entries) == 1 else Signal.EntryKind.ZONE,
        entry_low=Decimal(entries[0]), entry_high=Decimal(entries[-1]), entries=list(entries),
        stop_loss=Decimal(stop_loss), take_profits=list(take_profits), external_id=f"plan-{entries}-{at}",
        source_time=at,
    )


def test_each_target_closes_its_fraction_of_the_trader_s_custom_ladder(yun_qiang, angry, btc_candles):
    manage(yun_qiang, tp_strategy="custom", tp_fractions=[0.5, 0.25, 0.25])
    first = btc_candles([(100, 101, 99, 100), (100, 104.5, 99, 104), (104, 106.5, 103, 106), (106, 106, 94, 95)])
    record_signal(yun_qiang, at=first - timedelta(minutes=30), take_profits=("104", "106", "108"))

    trade = run(yun_qiang, angry)["trades"][0]

    # 1.5 at 104, then the 1.5 left shared 0.25 : 0.25 → 0.75 at 106, and the stop takes the last 0.75 at 95.
    # Gross 1.5 × 4 + 0.75 × 6 − 0.75 × 5 = 6.75; fees 0.0005 × (300 + 156 + 79.5 + 71.25) = 0.303375.
    assert (trade["exit_reason"], trade["exit_price"], trade["fees"], trade["pnl"]) == (
        "stop_loss", "102.25", "0.303375", "6.446625",
    )


def test_the_stop_moves_to_breakeven_after_the_first_target(yun_qiang, angry, btc_candles):
    manage(yun_qiang, breakeven_after=1)
    first = btc_candles([(100, 101, 99, 100), (100, 104.5, 99, 104), (104, 105, 100, 101), (101, 101, 101, 101)])
    record_signal(yun_qiang, at=first - timedelta(minutes=30), take_profits=("104", "108"))

    trade = run(yun_qiang, angry)["trades"][0]

    # After 1.5 at 104 the fees paid are 0.15 + 0.078 = 0.228: breakeven 100 + 0.228 / 1.5 = 100.152, which
    # bar 2 (low 100) reaches. Without the move the 95 stop holds and the trade closes at 101.
    # Gross 1.5 × 4 + 1.5 × 0.152 = 6.228; fees 0.228 + 0.0005 × 1.5 × 100.152 = 0.303114.
    assert (trade["exit_reason"], trade["exit_price"], trade["pnl"]) == ("stop_loss", "102.076", "5.924886")


def test_a_percent_trail_follows_the_highs_after_the_first_target(yun_qiang, angry, btc_candles):
    manage(yun_qiang, trailing={"kind": "percent_below_highest", "callback_pct": "2", "activate_after_target": 1})
    first = btc_candles([(100, 101, 99, 100), (100, 105, 99, 104), (104, 107, 103.5, 106), (106, 106, 104, 104.5)])
    record_signal(yun_qiang, at=first - timedelta(minutes=30), take_profits=("104", "110"))

    trade = run(yun_qiang, angry)["trades"][0]

    # Bar 1: 1.5 at 104, the trail starts at its high: 105 × 0.98 = 102.9. Bar 2 stays above it and
    # lifts it to 107 × 0.98 = 104.86, which bar 3 reaches: 1.5 at 104.86.
    # Gross 1.5 × 4 + 1.5 × 4.86 = 13.29; fees 0.0005 × (300 + 156 + 157.29) = 0.306645.
    assert (trade["exit_reason"], trade["exit_price"], trade["pnl"]) == ("stop_loss", "104.43", "12.983355")


def test_a_zone_is_entered_in_two_parts_at_their_average(yun_qiang, angry, btc_candles):
    first = btc_candles([(100, 101, 99, 100), (100, 101, 95.5, 97), (97, 104.5, 96.5, 104)])
    record_limit(yun_qiang, at=first - timedelta(minutes=30), entries=("96", "100"), stop_loss="90", take_profits=("104",))

    trade = run(yun_qiang, angry)["trades"][0]

    # Sized at the first part's fill (100, marketable at the open): 3 BTC, half per part; 96 fills on bar 1.
    # Average (1.5 × 100 + 1.5 × 96) / 3 = 98; gross 3 × 6 = 18; fees 0.0005 × (150 + 144 + 312) = 0.303.
    assert (trade["quantity"], trade["entry_price"], trade["exit_price"], trade["pnl"]) == ("3", "98", "104", "17.697")


def test_a_signal_without_a_stop_gets_the_account_s_default_from_its_fill_price(yun_qiang, angry, btc_candles):
    angry.default_stop_pct = Decimal("0.05")
    angry.save(update_fields=["default_stop_pct"])
    first = btc_candles([(100, 101, 99, 100), (100, 101, 94, 96), (96, 96, 96, 96)])
    record_signal(yun_qiang, at=first - timedelta(minutes=30), stop_loss=None, take_profits=())

    trade = run(yun_qiang, angry)["trades"][0]

    # Filled at 100: the default stop is 95. 3 × (95 − 100) = −15; fees 0.0005 × 3 × 195 = 0.2925.
    assert (trade["exit_reason"], trade["exit_price"], trade["pnl"]) == ("stop_loss", "95", "-15.2925")


def test_it_withdraws_an_entry_whose_first_target_trades_first(yun_qiang, angry, btc_candles):
    manage(yun_qiang, cancel_if_target_before_entry=True)
    first = btc_candles([(100, 101, 99, 100), (100, 105, 99, 104), (104, 104, 95, 96)])
    signal = record_limit(yun_qiang, at=first - timedelta(minutes=30), entries=("96",), stop_loss="90",
                          take_profits=("104",))

    result = run(yun_qiang, angry)

    assert result["trades"] == []
    assert result["skipped"] == [{"signal": signal.pk, "symbol": "BTC/USDT", "reason": "target_before_entry"}]


def test_it_withdraws_entry_parts_unfilled_in_time(yun_qiang, angry, btc_candles):
    manage(yun_qiang, cancel_unfilled_after_hours=1)
    first = btc_candles([(100, 101, 99, 100), (100, 100, 95, 96), (96, 97, 95, 96)])
    # Sent at first − 30 min: due at first + 30 min, so bar 1 (first + 1 h), which reaches 96, is too late.
    signal = record_limit(yun_qiang, at=first - timedelta(minutes=30), entries=("96",), stop_loss="90",
                          take_profits=("104",))

    result = run(yun_qiang, angry)

    assert result["trades"] == []
    assert result["skipped"] == [{"signal": signal.pk, "symbol": "BTC/USDT", "reason": "entry_expired"}]
