"""Metric groups: every group of ``analytics.metrics`` for 20 traders × 3 accounts over two years.

Synthetic, seeded data per (trader, account): 730 daily returns and the equity curve they make,
about three closed trades a day (symbol, leverage, notional, P&L, close time) and one signal per
trade (confidence, outcome, times, expected and fill price).

Ours: ``risk_adjusted``, ``drawdown_stats``, ``leverage_stats``, ``token_stats`` and
``signal_stats`` as the API calls them: on the returns and equity as lists of floats (as
``analytics.inputs.Series`` carries them), and on ``TradeColumns`` / ``SignalColumns`` for the
trades and signals. Reference, in the same run: the same figures computed by a bare vectorised
pass, empyrical's own functions for the risk group and numpy for the others, on columnar arrays
built beforehand. So a group's ratio is the price of its clarity and its input checks against the
fastest plain way to get the same numbers, and its goal is ≤3×. The reference's results are
checked against ours so that both really computed the same thing.

Neither side's groups pay for turning rows into columns, so that conversion has its own row:
ours, ``TradeColumns.from_rows`` and ``SignalColumns.from_rows`` on the rows (dicts with
Decimals and datetimes, as the selectors hand them over; every value converted once), against a
bare list-comprehension conversion into the reference's arrays. It is the boundary the API pays
once per call (from ``values_list`` columns there). Best CPU time of three rounds each (the
machine is shared). Prints one JSON object as its last line.
"""
from __future__ import annotations

import json
import math
import os
import time
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import numpy as np

from _harness import ROOT  # noqa: F401  (puts the project on sys.path)

TRADERS, ACCOUNTS, DAYS, TRADES_PER_DAY = 20, 3, 730, 3
SEED = 5
ROUNDS = 3
TOKENS = ("BTC", "ETH", "SOL", "BNB", "XRP", "ADA", "DOGE", "AVAX", "LINK", "DOT")
START = datetime(2023, 1, 1, tzinfo=timezone.utc)
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
MICROSECOND = timedelta(microseconds=1)
GOAL = 3.0


# --- Data ---------------------------------------------------------------------------------------
def series(rng: np.random.Generator) -> dict:
    """One (trader, account): rows for our functions and columns for the reference."""
    returns = rng.normal(0.0008, 0.02, DAYS)
    equity = 100000 * np.concatenate([[1.0], np.cumprod(1 + returns)])
    n = DAYS * TRADES_PER_DAY
    tokens = rng.choice(len(TOKENS), size=n, p=_token_weights(rng))
    leverage = rng.choice([1, 2, 3, 5, 8, 10, 20], size=n).astype(float)
    notional = np.round(rng.uniform(100, 5000, n), 2)
    pnl = np.round(rng.normal(2, 40, n), 2)
    day = np.sort(rng.integers(0, DAYS, n))
    seconds = day * 86400 + rng.integers(0, 86400, n)
    confidence = np.round(rng.uniform(0.5, 1.0, n), 3)
    lag = rng.uniform(0.2, 5.0, n)
    expected = np.round(rng.uniform(10, 100, n), 4)
    fill = np.round(expected * (1 + rng.normal(0.0005, 0.001, n)), 4)
    short = rng.random(n) < 0.4
    closed = [START + timedelta(seconds=int(s)) for s in seconds]
    trades = [
        {"symbol": f"{TOKENS[t]}/USDT", "leverage": Decimal(str(lv)), "notional": Decimal(str(nt)),
         "pnl": Decimal(str(p)), "closed_at": c, "liquidated": False}
        for t, lv, nt, p, c in zip(tokens, leverage, notional, pnl, closed)
    ]
    signals = [
        {"confidence": Decimal(str(cf)), "pnl": Decimal(str(p)), "received_at": c, "source_time": c,
         "filled_at": c + timedelta(seconds=float(lg)), "side": "short" if sh else "long",
         "expected_price": Decimal(str(ex)), "fill_price": Decimal(str(fl))}
        for cf, p, c, lg, sh, ex, fl in zip(confidence, pnl, closed, lag, short, expected, fill)
    ]
    columns = {"returns": returns, "equity": equity, "tokens": tokens, "leverage": leverage, "notional": notional,
               "pnl": pnl, "day": day, "seconds": seconds.astype(float), "confidence": confidence, "lag": lag,
               "expected": expected, "fill": fill, "short": short}
    return {"rows": {"returns": [float(r) for r in returns], "equity": [float(e) for e in equity],
                     "trades": trades, "signals": signals}, "columns": columns}


def _token_weights(rng: np.random.Generator) -> np.ndarray:
    weights = rng.uniform(0.2, 1.0, len(TOKENS)) ** 3  # each trader leans on a few tokens
    return weights / weights.sum()


# --- Ours ----------------------------------------------------------------------------------------
def our_inputs(rows: dict) -> dict:
    from analytics.metrics.columns import SignalColumns, TradeColumns

    return {"trades": TradeColumns.from_rows(rows["trades"]), "signals": SignalColumns.from_rows(rows["signals"])}


def ours(rows: dict) -> dict:
    from analytics.metrics import drawdown_stats, leverage_stats, risk_adjusted, signal_stats, token_stats

    columns = our_inputs(rows)
    return {
        "risk_adjusted": lambda: risk_adjusted(rows["returns"]),
        "drawdown_stats": lambda: drawdown_stats(rows["equity"]),
        "leverage_stats": lambda: leverage_stats(columns["trades"]),
        "token_stats": lambda: token_stats(columns["trades"]),
        "signal_stats": lambda: signal_stats(columns["signals"]),
    }


# --- The reference: the same figures, vectorised -------------------------------------------------
def reference(c: dict) -> dict:
    import empyrical

    def risk():
        r = c["returns"]
        return {"sharpe_ratio": empyrical.sharpe_ratio(r, annualization=365),
                "sortino_ratio": empyrical.sortino_ratio(r, annualization=365),
                "calmar_ratio": empyrical.calmar_ratio(r, annualization=365),
                "volatility": empyrical.annual_volatility(r, annualization=365),
                "downside_vol": empyrical.downside_risk(r, annualization=365),
                "annual_return": empyrical.annual_return(r, annualization=365)}

    def drawdown():
        e = c["equity"]
        dd = e / np.maximum.accumulate(e) - 1
        under = dd < 0
        starts = np.flatnonzero(under & ~np.concatenate([[False], under[:-1]]))
        ends = np.flatnonzero(under & ~np.concatenate([under[1:], [False]])) + 1
        depths = np.minimum.reduceat(dd, starts) if len(starts) else np.array([])
        return {"max_drawdown": dd.min(), "avg_drawdown": depths.mean() if len(depths) else 0.0,
                "drawdown_count": len(starts), "longest_drawdown": int((ends - starts).max()) if len(starts) else 0,
                "underwater_pct": under.mean(), "current_drawdown": dd[-1]}

    def leverage():
        lev, won = c["leverage"], c["pnl"] > 0
        bucket = np.digitize(lev, [3.0, 5.0, 10.0])
        counts = np.bincount(bucket, minlength=4)
        wins = np.bincount(bucket, weights=won, minlength=4)
        scale = lambda x: min(max(math.log(x) / math.log(20), 0.0), 1.0)  # noqa: E731
        high = np.mean(lev >= 10)
        return {"avg_leverage": lev.mean(), "max_leverage": lev.max(), "frequency": counts / len(lev),
                "win_rate": np.divide(wins, counts, where=counts > 0, out=np.full(4, np.nan)),
                "risk_score": 10 * (0.5 * scale(lev.mean()) + 0.3 * scale(lev.max()) + 0.2 * high),
                "liquidation_risk": np.mean(lev * 0.10 >= 1 - 1e-12)}

    def tokens():
        weights = np.bincount(c["tokens"], weights=np.abs(c["notional"]), minlength=len(TOKENS))
        shares = weights / weights.sum()
        days, day_index = np.unique(c["day"], return_inverse=True)
        table = np.zeros((len(days), len(TOKENS)))
        np.add.at(table, (day_index, c["tokens"]), c["pnl"])
        traded = weights > 0
        rho = np.corrcoef(table[:, traded].T)
        return {"concentration_index": float(shares @ shares), "top_3_exposure": np.sort(shares)[-3:].sum(),
                "unique_tokens_traded": int(traded.sum()), "correlation": rho}

    def signals():
        conf, won = c["confidence"], c["pnl"] > 0
        bucket = np.digitize(conf, [0.6, 0.7, 0.8, 0.9])  # 0 = below every bucket
        decided = np.bincount(bucket, minlength=5)[1:]
        wins = np.bincount(bucket, weights=won, minlength=5)[1:]
        direction = np.where(c["short"], -1.0, 1.0)
        span = (c["seconds"].max() - c["seconds"].min()) / 86400
        confident = conf >= 0.8
        return {"signal_frequency": len(conf) / max(span, 1.0), "signal_accuracy": won.mean(),
                "avg_confidence": conf.mean(), "calibration": wins / decided, "signal_lag": c["lag"].mean(),
                "execution_slippage": np.mean(direction * (c["fill"] - c["expected"]) / c["expected"]),
                "false_positive_rate": 1 - won[confident].mean()}

    return {"risk_adjusted": risk, "drawdown_stats": drawdown, "leverage_stats": leverage,
            "token_stats": tokens, "signal_stats": signals}


def reference_inputs(rows: dict) -> dict:
    """The reference's trade and signal arrays from the same rows, by the plainest conversion."""
    trades, signals = rows["trades"], rows["signals"]
    code = {f"{token}/USDT": i for i, token in enumerate(TOKENS)}

    def floats(items: list, key: str) -> np.ndarray:
        return np.array([float(item[key]) for item in items])

    def micros(items: list, key: str) -> np.ndarray:
        return np.array([(item[key] - EPOCH) // MICROSECOND for item in items])

    closed = micros(trades, "closed_at") - (START - EPOCH) // MICROSECOND
    return {"tokens": np.array([code[t["symbol"]] for t in trades]), "leverage": floats(trades, "leverage"),
            "notional": floats(trades, "notional"), "pnl": floats(trades, "pnl"),
            "day": closed // 86_400_000_000, "seconds": closed / 1e6,
            "confidence": floats(signals, "confidence"), "lag": (micros(signals, "filled_at") - micros(signals, "source_time")) / 1e6,
            "expected": floats(signals, "expected_price"), "fill": floats(signals, "fill_price"),
            "short": np.array([s["side"] == "short" for s in signals])}


def check_same_inputs(rows: dict, columns: dict) -> None:
    """The timed reference conversion must yield the arrays the reference computes on."""
    converted = reference_inputs(rows)
    for key in ("tokens", "leverage", "notional", "pnl", "day", "seconds", "confidence", "expected", "fill", "short"):
        if not np.array_equal(converted[key], columns[key]):
            raise AssertionError(f"reference conversion of {key} differs from the reference's arrays")
    if not np.allclose(converted["lag"], columns["lag"], rtol=0, atol=1e-6):
        raise AssertionError("reference conversion of lag differs from the reference's arrays")


def check_same_figures(mine: dict, theirs: dict) -> None:
    """A reference that computed something else would make the ratio meaningless."""
    pairs = [
        (mine["risk_adjusted"]["sharpe_ratio"], theirs["risk_adjusted"]["sharpe_ratio"]),
        (mine["risk_adjusted"]["calmar_ratio"], theirs["risk_adjusted"]["calmar_ratio"]),
        (mine["drawdown_stats"]["max_drawdown"], theirs["drawdown_stats"]["max_drawdown"]),
        (mine["drawdown_stats"]["avg_drawdown"], theirs["drawdown_stats"]["avg_drawdown"]),
        (mine["drawdown_stats"]["drawdown_count"], theirs["drawdown_stats"]["drawdown_count"]),
        (mine["drawdown_stats"]["longest_drawdown"], theirs["drawdown_stats"]["longest_drawdown"]),
        (mine["leverage_stats"]["avg_leverage"], theirs["leverage_stats"]["avg_leverage"]),
        (mine["leverage_stats"]["risk_score"], theirs["leverage_stats"]["risk_score"]),
        (mine["leverage_stats"]["leverage_win_rate"]["10x+"], theirs["leverage_stats"]["win_rate"][3]),
        (mine["token_stats"]["concentration_index"], theirs["token_stats"]["concentration_index"]),
        (mine["token_stats"]["top_3_exposure"], theirs["token_stats"]["top_3_exposure"]),
        (mine["token_stats"]["token_correlation"]["BTC-ETH"], theirs["token_stats"]["correlation"][0, 1]),
        (mine["signal_stats"]["signal_accuracy"], theirs["signal_stats"]["signal_accuracy"]),
        (mine["signal_stats"]["confidence_calibration"]["70-80%"], theirs["signal_stats"]["calibration"][1]),
        (mine["signal_stats"]["execution_slippage"], theirs["signal_stats"]["execution_slippage"]),
        (mine["signal_stats"]["signal_lag"], theirs["signal_stats"]["signal_lag"]),
        (mine["signal_stats"]["false_positive_rate"], theirs["signal_stats"]["false_positive_rate"]),
    ]
    for i, (a, b) in enumerate(pairs):
        if not math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9):
            raise AssertionError(f"figure {i}: ours {a} != reference {b}")


def timed(jobs: list, group: str | None = None) -> float:
    """Best CPU seconds of ``ROUNDS``: on a shared machine wall time also measures the neighbours."""
    best = math.inf
    for _ in range(ROUNDS):
        started = time.process_time()
        for job in jobs:
            job[group]() if group else job()
        best = min(best, time.process_time() - started)
    return best


def row(label: str, ours_s: float, reference_s: float) -> list[str]:
    ratio = ours_s / reference_s
    return [label, f"{ours_s * 1000:.1f} ms", f"{reference_s * 1000:.1f} ms",
            f"×{ratio:.1f} (goal ≤{GOAL:g}×{'' if ratio <= GOAL else ', missed'})"]


def main() -> dict:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "echotrade.settings")
    import django

    django.setup()
    rng = np.random.default_rng(SEED)
    data = [series(rng) for _ in range(TRADERS * ACCOUNTS)]
    mine_jobs = [ours(d["rows"]) for d in data]
    reference_jobs = [reference(d["columns"]) for d in data]
    check_same_inputs(data[0]["rows"], data[0]["columns"])
    with np.errstate(all="ignore"):
        check_same_figures({g: f() for g, f in mine_jobs[0].items()}, {g: f() for g, f in reference_jobs[0].items()})
        groups = {}
        for group in mine_jobs[0]:
            groups[group] = {"ours_s": timed(mine_jobs, group), "reference_s": timed(reference_jobs, group)}
    inputs = {"ours_s": timed([lambda r=d["rows"]: our_inputs(r) for d in data]),
              "reference_s": timed([lambda r=d["rows"]: reference_inputs(r) for d in data])}
    for figures in [*groups.values(), inputs]:
        figures["ratio"] = round(figures["ours_s"] / figures["reference_s"], 2)
    total_ours = sum(g["ours_s"] for g in groups.values())
    total_reference = sum(g["reference_s"] for g in groups.values())
    series_count = TRADERS * ACCOUNTS
    table = [row(f"metrics {group}, {series_count} series (ours vs vectorised reference)", g["ours_s"], g["reference_s"])
             for group, g in groups.items()]
    table.append(row(f"metrics all groups, {TRADERS} traders × {ACCOUNTS} accounts, {DAYS} days", total_ours, total_reference))
    table.append(row(f"metrics inputs, {series_count} series of Decimal rows → columns (vs bare conversion)",
                     inputs["ours_s"], inputs["reference_s"]))
    table.append(row("metrics all groups with their inputs converted", total_ours + inputs["ours_s"],
                     total_reference + inputs["reference_s"]))
    rounded = {group: {k: round(v, 4) if k.endswith("_s") else v for k, v in g.items()} for group, g in groups.items()}
    return {
        "benchmark": "metrics_groups", "traders": TRADERS, "accounts": ACCOUNTS, "days": DAYS,
        "trades_per_series": DAYS * TRADES_PER_DAY, "signals_per_series": DAYS * TRADES_PER_DAY,
        "groups": rounded, "inputs": {k: round(v, 4) if k.endswith("_s") else v for k, v in inputs.items()},
        "total_ours_s": round(total_ours, 4), "total_reference_s": round(total_reference, 4),
        "ratio": round(total_ours / total_reference, 2), "goal_ratio": GOAL,
        "goal_met": all(g["ratio"] <= GOAL for g in [*groups.values(), inputs]),
        "per_series_ms": round(total_ours / series_count * 1000, 2), "figures_checked": True, "table": table,
    }


if __name__ == "__main__":
    print(json.dumps(main()))
