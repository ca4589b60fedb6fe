"""A trader's analytics page (its metric groups in one account, and the backtest) and the comparison page.

The figures come from ``traders.analytics`` (the same code as the metrics and compare APIs),
narrowed to the account in the URL. The backtest starts through ``backtest_job_create``, the
service the API uses; the page then polls a small partial every second until the job is done.
Viewers see the figures and past backtests, not the form, and cannot start one by POSTing.
"""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe

from accounts.models import Account
from accounts.selectors import account_get_for_user, account_list_for_user
from accounts.views import ui_account, ui_can_act, ui_error, ui_login_required, with_toast
from echotrade.exceptions import EchoTradeError, NotFound
from echotrade.static_assets import plotly_js_url
from signals.models import SignalDecision
from traders import analytics
from traders.analytics.inputs import trader_series
from traders.analytics.ranking import (
    DRAWDOWN_FOR_ZERO,
    SORTINO_FOR_FULL_MARKS,
    _calibration_component,  # the ranking's own calibration score, so radar and ranking agree
)
from traders.backtest import backtest_signal_count
from traders.backtest_apis import BacktestInput
from traders.backtest_tasks import backtest_job_create
from traders.metrics.signals import CALIBRATION_BUCKETS
from traders.models import BacktestJob, Trader
from traders.selectors import trader_get, trader_list

DEFAULT_DAYS, DEFAULT_CAPITAL = 30, Decimal(10000)
MAX_COMPARED = 10
# The pipeline's reason labels, and the two only a backtest gives.
SKIP_LABELS = {
    **dict(SignalDecision.Reason.choices),
    "not_filled": "Entry price never reached", "no_price": "No candles for the symbol",
}
RADAR_AXES = ("Return", "Sharpe", "Drawdown", "Win rate", "Calibration", "Diversification")


# --- Shared -------------------------------------------------------------------------------------
def _page(request, account: Account, url_for) -> dict:
    """base.html's context; the switcher keeps this page (and its trader or selection) for each account."""
    return {
        "account": account,
        "can_act": ui_can_act(request, account),
        "switcher": [(other, url_for(other.name)) for other in account_list_for_user(user=request.user)],
        "plotly_js_url": plotly_js_url(),
    }


def _trader_or_404(trader_id: str) -> Trader:
    try:
        return trader_get(trader_id=trader_id)
    except NotFound as error:
        raise Http404(error.message) from error


def _only(account: Account):
    return Account.objects.filter(pk=account.pk)


# --- Trader analytics ---------------------------------------------------------------------------
@ui_login_required
@require_safe
def trader_analytics_page(request, name: str, trader_id: str):
    account = ui_account(request, name)
    trader = _trader_or_404(trader_id)
    page = _page(request, account, lambda other: reverse("ui-trader-analytics", args=[other, trader.pk]))
    metrics = analytics.trader_metrics(trader=trader, accounts=_only(account))
    return render(request, "ui/trader_analytics.html", {
        **page,
        "trader": trader,
        "basic": metrics["basic"],
        "copied": metrics["basic"]["signals_copied"].get(account.name, {"decided": 0, "executed": 0}),
        "groups": metric_groups(metrics),
        "per_token": [
            {"token": token, "trades": row["trades"], "win_rate": _pct(row["win_rate"]), "roi": _pct(row["roi"]),
             "sign": "up" if (row["roi"] or 0) > 0 else "down" if (row["roi"] or 0) < 0 else ""}
            for token, row in metrics["per_token"].items()
        ],
        "token_correlation": sorted(metrics["token"]["token_correlation"].items()),
        "charts": _analytics_charts(trader, account, metrics),
        **_backtest_context(account, trader, can_act=page["can_act"]),
    })


def metric_groups(metrics: dict) -> list[dict]:
    """Each group's figures as (label, text, explanation) rows, in the units people read."""
    b, lev, risk = metrics["basic"], metrics["leverage"], metrics["risk_adjusted"]
    tok, dd, sig = metrics["token"], metrics["drawdown"], metrics["signal_quality"]
    return [
        {"key": "basic", "title": "Basic", "rows": [
            ("ROI 30 days", _pct(b["roi_30d"]), "Net P&L over the margin of the copies closed in 30 days."),
            ("ROI 90 days", _pct(b["roi_90d"]), "The same over 90 days."),
            ("ROI all time", _pct(b["roi_all_time"]), "The same over every closed copy."),
            ("Win rate", _pct(b["win_rate"]), "Closed copies with a net profit."),
            ("Max drawdown", _pct(b["max_drawdown"]), "Deepest fall of the copies' equity from a peak."),
            ("Closed copies", str(b["closed_trades"]), ""),
            ("Net P&L", _money(b["net_pnl"]), "Realised P&L − fees − funding."),
            ("Share of account P&L", _pct(b["pnl_contribution"]["pct"], scale=1),
             "This trader's net P&L over the account's; above 100 % when other sources lost."),
        ]},
        {"key": "leverage", "title": "Leverage", "rows": [
            ("Average leverage", _times(lev["avg_leverage"]), ""),
            ("Max leverage", _times(lev["max_leverage"]), ""),
            ("Risk score", _of_ten(lev["risk_score"]), "0 = all spot, 10 = everything at 20× or more."),
            ("Liquidation risk", _pct(lev["liquidation_risk"]), "Copies liquidated, or at 10× or more."),
        ]},
        {"key": "risk_adjusted", "title": "Risk-adjusted", "rows": [
            ("Sharpe", _num(risk["sharpe_ratio"]), "Daily returns, annualised over 365 days."),
            ("Sortino", _num(risk["sortino_ratio"]), "Like Sharpe, counting only the downside."),
            ("Calmar", _num(risk["calmar_ratio"]), "Annual return over the max drawdown."),
            ("Volatility", _pct(risk["volatility"]), "Annualised."),
            ("Downside volatility", _pct(risk["downside_vol"]), "Annualised."),
            ("Annual return", _pct(risk["annual_return"]), "Compounded (CAGR)."),
        ]},
        {"key": "token", "title": "Tokens", "rows": [
            ("Tokens traded", str(tok["unique_tokens_traded"]), ""),
            ("Diversification", _of_ten(tok["diversification_score"]), "10 × (1 − Herfindahl index)."),
            ("Concentration", _num(tok["concentration_index"], 3), "Herfindahl: 1 = one token."),
            ("Top 3 exposure", _pct(tok["top_3_exposure"]), "Share of notional in the three largest."),
        ]},
        {"key": "drawdown", "title": "Drawdown", "rows": [
            ("Max drawdown", _pct(dd["max_drawdown"]), ""),
            ("Average drawdown", _pct(dd["avg_drawdown"]), "Mean depth of the episodes."),
            ("Current drawdown", _pct(dd["current_drawdown"]), ""),
            ("Drawdowns", str(dd["drawdown_count"]), ""),
            ("Longest", _days(dd["longest_drawdown"]), "Days below the previous peak."),
            ("Average recovery", _days(dd["avg_recovery_time"]), "Days from a peak back to it."),
            ("Time underwater", _pct(dd["underwater_pct"]), ""),
        ]},
        {"key": "signal_quality", "title": "Signal quality", "rows": [
            ("Accuracy", _pct(sig["signal_accuracy"]), "Signals whose copies made money, of the decided ones."),
            ("Average confidence", _pct(sig["avg_confidence"]), ""),
            ("Signals per day", _num(sig["signal_frequency"]), ""),
            ("False positives", _pct(sig["false_positive_rate"]), "Losses among signals at 80 % confidence or more."),
            ("Lag", _seconds(sig["signal_lag"]), "From the source's time to our fill."),
            ("Slippage", _bps(sig["execution_slippage"]), "Fill against the expected price; positive costs."),
        ]},
    ]


def _analytics_charts(trader: Trader, account: Account, metrics: dict) -> dict:
    """The data the page's Plotly charts draw (static/ui/analytics.js)."""
    calibration = metrics["signal_quality"]["confidence_calibration"]
    leverage = metrics["leverage"]
    series = trader_series(trader=trader, accounts=_only(account))
    equity = None
    if series.days:
        equity = {"x": [(series.days[0] - timedelta(days=1)).isoformat(), *(d.isoformat() for d in series.days)],
                  "y": series.equity}
    return {
        "calibration": {
            "buckets": [name for name, _ in CALIBRATION_BUCKETS],
            "win_rate": [calibration[name] for name, _ in CALIBRATION_BUCKETS],
            "ideal": [lower + 0.05 for _, lower in CALIBRATION_BUCKETS],
        } if any(value is not None for value in calibration.values()) else None,
        "leverage": {
            "buckets": list(leverage["leverage_frequency"]),
            "frequency": list(leverage["leverage_frequency"].values()),
            "win_rate": list(leverage["leverage_win_rate"].values()),
        } if leverage["avg_leverage"] is not None else None,
        "tokens": {
            "tokens": list(metrics["token"]["token_distribution"])[:12],
            "shares": list(metrics["token"]["token_distribution"].values())[:12],
        } if metrics["token"]["token_distribution"] else None,
        "equity": equity,
    }


# --- Backtest -----------------------------------------------------------------------------------
def _backtest_context(account: Account, trader: Trader, *, can_act: bool, values: dict | None = None,
                      errors: dict | None = None, job: BacktestJob | None = None) -> dict:
    job = job or BacktestJob.objects.filter(trader=trader, account=account).first()
    return {
        "account": account,
        "trader": trader,
        "can_act": can_act,
        "job": job,
        "result": _result_view(job),
        "values": values or {
            "days": (job.parameters.get("days") if job else None) or DEFAULT_DAYS,
            "initial_capital": (job.parameters.get("initial_capital") if job else None) or DEFAULT_CAPITAL,
        },
        "errors": errors or {},
    }


@ui_login_required
@require_POST
def trader_backtest_view(request, name: str, trader_id: str):
    typed = {key: request.POST.get(key, "").strip() for key in ("days", "initial_capital")}
    try:
        account = account_get_for_user(user=request.user, name=name, act=True)
        trader = trader_get(trader_id=trader_id)
    except EchoTradeError as error:
        return ui_error(error)
    serializer = BacktestInput(data={**typed, "account": account.name})
    errors = {} if serializer.is_valid() else {k: [str(m) for m in v] for k, v in serializer.errors.items()}
    if not errors:
        days = serializer.validated_data["days"]
        if not backtest_signal_count(trader=trader, days=days):
            errors["days"] = [f"{trader.name} sent no signal in the last {days} days: nothing to replay. Try a longer period."]
    if errors:
        context = _backtest_context(account, trader, can_act=True, values=typed, errors=errors)
        message = "; ".join(messages[0] for messages in errors.values())
        return with_toast(render(request, "ui/partials/analytics_backtest.html", context, status=400), message, "error")
    job = backtest_job_create(
        trader=trader, account=account, days=serializer.validated_data["days"],
        initial_capital=serializer.validated_data["initial_capital"], actor=request.user,
    )
    job.refresh_from_db()  # an eager worker (tests, `make run` without Redis) has already run it
    context = _backtest_context(account, trader, can_act=True, values=typed, job=job)
    response = render(request, "ui/partials/analytics_backtest.html", context, status=200)
    return with_toast(response, f"Backtest of {trader.name} started: last {typed['days']} days.")


@ui_login_required
@require_safe
def backtest_job_partial(request, name: str, job_id):
    account = ui_account(request, name)
    job = BacktestJob.objects.select_related("trader").filter(pk=job_id, account=account).first()
    if job is None:
        raise Http404("No such backtest.")
    return render(request, "ui/partials/analytics_backtest_job.html", {
        "account": account, "trader": job.trader, "job": job, "result": _result_view(job),
    })


def _result_view(job: BacktestJob | None) -> dict | None:
    """A finished job's figures, worded; the equity curve goes to the chart as it is."""
    if job is None or job.status != BacktestJob.Status.DONE or not job.result:
        return None
    result = job.result
    reasons: dict[str, int] = {}
    for row in result.get("skipped", []):
        label = SKIP_LABELS.get(row["reason"], row["reason"])
        reasons[label] = reasons.get(label, 0) + 1
    return {
        "figures": [
            ("Final value", _money(result["final_value"])),
            ("ROI", _pct(result["roi"])),
            ("Max drawdown", _pct(result["max_drawdown"])),
            ("Sharpe", _num(result["sharpe_ratio"])),
            ("Trades", str(result["trade_count"])),
            ("Win rate", _pct(result["win_rate"])),
        ],
        "signal_count": result.get("signal_count"),
        "skipped": sorted(reasons.items(), key=lambda item: -item[1]),
        "equity": {
            "x": [point["ts"] for point in result["equity_curve"]],
            "y": [float(point["equity"]) for point in result["equity_curve"]],
            "initial": float(job.parameters["initial_capital"]),
        },
    }


# --- Comparison ---------------------------------------------------------------------------------
@ui_login_required
@require_safe
def traders_compare_page(request, name: str):
    account = ui_account(request, name)
    ids = list(dict.fromkeys(
        part.strip() for value in request.GET.getlist("ids") for part in value.split(",") if part.strip()
    ))
    query = f"?ids={','.join(ids)}" if ids else ""
    page = _page(request, account, lambda other: reverse("ui-traders-compare", args=[other]) + query)
    known = {t.pk: t for t in trader_list()}
    unknown = [i for i in ids if i not in known]
    traders = [known[i] for i in ids if i in known]
    error = None
    if unknown:
        error = f"No trader with id {', '.join(unknown)}."
    elif len(traders) > MAX_COMPARED:
        error, traders = f"Compare at most {MAX_COMPARED} traders at a time; the first {MAX_COMPARED} are shown.", traders[:MAX_COMPARED]
    context = {**page, "choices": list(known.values()), "selected": {t.pk for t in traders}, "error": error,
               "traders": traders, "cards": [], "charts": None, "overlap": []}
    if traders:
        comparison = analytics.trader_compare(traders=traders, accounts=_only(account))
        context["cards"] = [_compare_card(t, comparison["metrics"][t.pk]) for t in traders]
        if len(traders) >= 2:
            context["charts"] = _compare_charts(traders, comparison)
            context["overlap"] = _overlap_rows(traders, comparison)
    return render(request, "ui/trader_compare.html", context, status=400 if error and not traders else 200)


def _compare_card(trader: Trader, metrics: dict) -> dict:
    b, risk = metrics["basic"], metrics["risk_adjusted"]
    return {"trader": trader, "rows": [
        ("ROI all time", _pct(b["roi_all_time"])),
        ("Win rate", _pct(b["win_rate"])),
        ("Max drawdown", _pct(metrics["drawdown"]["max_drawdown"])),
        ("Sharpe", _num(risk["sharpe_ratio"])),
        ("Sortino", _num(risk["sortino_ratio"])),
        ("Closed copies", str(b["closed_trades"])),
        ("Net P&L", _money(b["net_pnl"])),
        ("Signal accuracy", _pct(metrics["signal_quality"]["signal_accuracy"])),
        ("Average leverage", _times(metrics["leverage"]["avg_leverage"])),
        ("Diversification", _of_ten(metrics["token"]["diversification_score"])),
    ], "scores": radar_scores(metrics)}


def radar_scores(metrics: dict) -> list[float]:
    """Six scores in [0, 1], fixed scales (not relative to the others compared), as the caption says."""
    b, sig = metrics["basic"], metrics["signal_quality"]
    clip = lambda v: min(max(v, 0.0), 1.0)  # noqa: E731
    roi, sharpe, drawdown = b["roi_all_time"], metrics["risk_adjusted"]["sharpe_ratio"], metrics["drawdown"]["max_drawdown"]
    diversification = metrics["token"]["diversification_score"]
    return [
        clip((float(roi) + 1) / 2) if roi is not None else 0.0,
        clip(sharpe / SORTINO_FOR_FULL_MARKS) if sharpe is not None else 0.0,  # the ranking's scale: 3 = full marks
        clip(1 - abs(drawdown) / DRAWDOWN_FOR_ZERO) if drawdown is not None else 0.0,
        float(b["win_rate"]) if b["win_rate"] is not None else 0.0,
        _calibration_component(sig["confidence_calibration"]),
        clip(diversification / 10) if diversification is not None else 0.0,
    ]


def _compare_charts(traders: list[Trader], comparison: dict) -> dict:
    ids = [t.pk for t in traders]
    return {
        "axes": list(RADAR_AXES),
        "radar": [{"name": t.name, "scores": radar_scores(comparison["metrics"][t.pk])} for t in traders],
        "names": [t.name for t in traders],
        "correlation": [[comparison["correlation"][a][b] for b in ids] for a in ids],
    }


def _overlap_rows(traders: list[Trader], comparison: dict) -> list[dict]:
    rows = []
    for i, a in enumerate(traders):
        for b in traders[i + 1:]:
            rows.append({
                "a": a, "b": b, "jaccard": _pct(comparison["token_overlap"][a.pk][b.pk]),
                "shared": comparison["shared_tokens"][a.pk][b.pk],
            })
    return rows


# --- Wording ------------------------------------------------------------------------------------
DASH = "—"


def _pct(value, scale: float = 100) -> str:
    return DASH if value is None else f"{float(value) * scale:,.2f} %"


def _num(value, places: int = 2) -> str:
    return DASH if value is None else f"{float(value):,.{places}f}"


def _money(value) -> str:
    return DASH if value is None else f"{Decimal(str(value)):,.2f}"


def _times(value) -> str:
    return DASH if value is None else f"{float(value):.1f}×"


def _of_ten(value) -> str:
    return DASH if value is None else f"{float(value):.1f} / 10"


def _days(value) -> str:
    return DASH if value is None else f"{float(value):g} d"


def _bps(value) -> str:
    return DASH if value is None else f"{float(value) * 10000:.1f} bps"


def _seconds(value) -> str:
    if value is None:
        return DASH
    seconds = float(value)
    return f"{seconds:.1f} s" if abs(seconds) < 120 else f"{seconds / 60:.1f} min"
