from datetime import datetime, timezone
from decimal import Decimal

import pytest

from echotrade.exceptions import MarketDataUnavailable
from execution.market import ReplayPriceSource

BARS = [
    "2021-11-15 00:00:00+00:00,1.00,1.10,0.95,1.05,100",
    "2021-11-15 00:05:00+00:00,1.05,1.20,1.00,1.15,200",
    "2021-11-15 00:10:00+00:00,1.15,1.16,1.01,1.02,300",
]


def test_replay_steps_through_bars_and_loops(write_csv):
    source = ReplayPriceSource(write_csv("XRP_USDT-5m.csv", BARS))
    prices = [source.quote("XRP/USDT").price for _ in range(5)]
    assert prices == [Decimal("1.05"), Decimal("1.15"), Decimal("1.02"), Decimal("1.05"), Decimal("1.15")]


def test_replay_quote_uses_bar_close_volume_and_a_small_spread(write_csv):
    now = datetime(2024, 1, 1, tzinfo=timezone.utc)
    source = ReplayPriceSource(write_csv("XRP_USDT-5m.csv", BARS), clock=lambda: now)
    quote = source.quote("XRP/USDT")
    assert quote.price == Decimal("1.05")
    assert quote.bid < quote.price < quote.ask
    assert (quote.ask - quote.bid) / quote.price < Decimal("0.001")
    assert quote.volume == Decimal("100")
    assert quote.change_24h == 0  # no bar a day earlier
    assert quote.source == "replay:XRP_USDT-5m.csv"
    assert quote.ts == now


def test_replay_derives_the_symbol_from_the_filename_or_takes_it_explicitly(write_csv):
    assert ReplayPriceSource(write_csv("ETH_BTC-5m.csv", BARS)).symbol == "ETH/BTC"
    assert ReplayPriceSource(write_csv("candles.csv", BARS), symbol="SOL/USDT").symbol == "SOL/USDT"
    with pytest.raises(ValueError, match="symbol"):
        ReplayPriceSource(write_csv("candles.csv", BARS))


def test_replay_refuses_other_symbols(write_csv):
    source = ReplayPriceSource(write_csv("XRP_USDT-5m.csv", BARS))
    with pytest.raises(MarketDataUnavailable, match="XRP/USDT only"):
        source.quote("BTC/USDT")


def test_replay_change_24h_compares_with_the_bar_a_day_earlier(write_csv):
    rows = [
        "2021-11-14T23:55:00Z,1.9,2.1,1.9,2.0,1",
        "2021-11-15T00:00:00Z,2.0,2.0,1.5,1.6,1",
        "2021-11-15T23:55:00Z,1.6,2.3,1.6,2.2,1",
        "2021-11-16T00:00:00Z,2.2,2.5,2.2,2.4,1",
    ]
    source = ReplayPriceSource(write_csv("BTC_USDT-5m.csv", rows))
    changes = [source.quote("BTC/USDT").change_24h for _ in range(4)]
    assert changes == [Decimal("0"), Decimal("0"), Decimal("10.00"), Decimal("50.00")]


def test_replay_resamples_to_a_coarser_timeframe(write_csv):
    rows = [
        f"2021-11-15T{h:02d}:{m:02d}:00Z,{h + 1},{h + 2},{h + 0.5},{h + 1.5},10"
        for h in range(3)
        for m in (0, 15, 30, 45)
    ]
    source = ReplayPriceSource(write_csv("XRP_USDT-15m.csv", rows))
    candles = source.candles("XRP/USDT", "1h", limit=2)
    assert [c.ts.hour for c in candles] == [1, 2]
    assert candles[0].open == Decimal("2") and candles[0].close == Decimal("2.5")
    assert candles[0].high == Decimal("3") and candles[0].low == Decimal("1.5")
    assert candles[0].volume == Decimal("40")


def test_replay_refuses_a_finer_timeframe_than_the_file(write_csv):
    source = ReplayPriceSource(write_csv("XRP_USDT-5m.csv", BARS))
    with pytest.raises(MarketDataUnavailable, match="finer"):
        source.candles("XRP/USDT", "1m")


def test_replay_reports_a_missing_file():
    with pytest.raises(MarketDataUnavailable, match="does not exist"):
        ReplayPriceSource("/nonexistent/XRP_USDT-5m.csv")


@pytest.mark.parametrize(
    "bad_row, reason",
    [
        ("2021-11-15 00:15:00+00:00,1.0,abc,0.9,1.0,5", "cannot read"),
        ("yesterday,1.0,1.1,0.9,1.0,5", "cannot read"),
        ("2021-11-15 00:15:00+00:00,1.0,1.1,0.9,1.0", "columns"),
        ("2021-11-15 00:15:00+00:00,1.0,0.9,0.8,1.0,5", "not a valid candle"),
        ("2021-11-15 00:05:00+00:00,1.0,1.1,0.9,1.0,5", "not after"),
    ],
)
def test_replay_names_the_line_of_a_malformed_row(write_csv, bad_row, reason):
    path = write_csv("XRP_USDT-5m.csv", [*BARS, bad_row])
    with pytest.raises(ValueError, match=rf"line 5: .*{reason}"):
        ReplayPriceSource(path)


def test_replay_refuses_a_wrong_header(write_csv):
    with pytest.raises(ValueError, match="line 1"):
        ReplayPriceSource(write_csv("XRP_USDT-5m.csv", BARS, header="time,o,h,l,c,v"))


def test_replay_of_the_recorded_xrp_file(real_xrp_file):
    source = ReplayPriceSource(real_xrp_file)
    assert (source.symbol, source.timeframe) == ("XRP/USDT", "5m")
    first = source.quote("XRP/USDT")
    assert first.price == Decimal("1.1941")  # the close of 2021-11-15T00:00:00Z
    assert first.volume == Decimal("9289043.5")
    hourly = source.candles("XRP/USDT", "1h", limit=24)
    assert len(hourly) == 24
    assert all(c.low <= min(c.open, c.close) and c.high >= max(c.open, c.close) for c in hourly)
    assert hourly[-1].close == source.bars[-1].close
