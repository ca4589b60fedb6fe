"""A trader's analytics page (its metric groups in one account, and the backtest) and the comparison page.

The figures come from ``analytics`` (the same code as the metrics and compare APIs),
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
from accounts.selectors import account_get_for_user
from analytics.apis import BacktestInput
from analytics.backtests.trader_replay import backtest_signal_count
from analytics.inputs import trader_series
from analytics.metrics.signals import CALIBRATION_BUCKETS
from analytics.tasks import backtest_job_create
from analytics.trader_metrics import trader_metrics
from echotrade.exceptions import EchoTradeError, NotFound
from execution import trade_management as management
from signals.models import SignalDecision
from traders.models import BacktestJob, Trader
from traders.selectors import trader_get
from ui.helpers import (
    account_only,
    ui_account,
    ui_error,
    ui_login_required,
    ui_page_keeping,
    with_toast,
)
from ui.wording import bps, days, money, num, of_ten, pct, seconds, times

DEFAULT_DAYS, DEFAULT_CAPITAL = 30, Decimal(10000)
# The pipeline's reason labels, and the two only a backtest gives.
SKIP_LABELS = {
    **dict(SignalDecision.Reason.choices),
    "not_filled": "Entry price never reached", "no_price": "No candles for the symbol",
    management.ENTRY_EXPIRED: "Entry withdrawn: not filled in time",
    management.TARGET_BEFORE_ENTRY: "Entry withdrawn: target 1 traded first",
}


def _trader_or_404(trader_id: str) -> Trader:
    try:
        return trader_get(trader_id=trader_id)
    except NotFound as error:
        raise Http404(error.message) from error


@ui_login_required
@require_safe
def trader_analytics_page(request, name: str, trader_id: str):
    account = ui_account(request, name)
    trader = _trader_or_404(trader_id)
    page = ui_page_keeping(request, account, lambda other: reverse("ui-trader-analytics", args=[other, trader.pk]))
    metrics = trader_metrics(trader=trader, accounts=account_only(account))
    return render(request, "ui/trader_analytics.html", {
        **page,
        "trader": trader,
        "basic": metrics["basic"],
        "copied": metrics["basic"]["signals_copied"].get(account.name, {"decided": 0, "executed": 0}),
        "groups": metric_groups(metrics),
        "per_token": [
            {"token": token, "trades": row["trades"], "win_rate": pct(row["win_rate"]), "roi": pct(row["roi"]),
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
            ("ROI 30 days", pct(b["roi_30d"]), "Net P&L over the margin of the copies closed in 30 days."),
            ("ROI 90 days", pct(b["roi_90d"]), "The same over 90 days."),
            ("ROI all time", pct(b["roi_all_time"]), "The same over every closed copy."),
            ("Win rate", pct(b["win_rate"]), "Closed copies with a net profit."),
            ("Max drawdown", pct(b["max_drawdown"]), "Deepest fall of the copies' equity from a peak."),
            ("Closed copies", str(b["closed_trades"]), ""),
            ("Net P&L", money(b["net_pnl"]), "Realised P&L − fees − funding."),
            ("Share of account P&L", pct(b["pnl_contribution"]["pct"], scale=1),
             "This trader's net P&L over the account's; above 100 % when other sources lost."),
        ]},
        {"key": "leverage", "title": "Leverage", "rows": [
            ("Average leverage", times(lev["avg_leverage"]), ""),
            ("Max leverage", times(lev["max_leverage"]), ""),
            ("Risk score", of_ten(lev["risk_score"]), "0 = all spot, 10 = everything at 20× or more."),
            ("Liquidation risk", pct(lev["liquidation_risk"]), "Copies liquidated, or at 10× or more."),
        ]},
        {"key": "risk_adjusted", "title": "Risk-adjusted", "rows": [
            ("Sharpe", num(risk["sharpe_ratio"]), "Daily returns, annualised over 365 days."),
            ("Sortino", num(risk["sortino_ratio"]), "Like Sharpe, counting only the downside."),
            ("Calmar", num(risk["calmar_ratio"]), "Annual return over the max drawdown."),
            ("Volatility", pct(risk["volatility"]), "Annualised."),
            ("Downside volatility", pct(risk["downside_vol"]), "Annualised."),
            ("Annual return", pct(risk["annual_return"]), "Compounded (CAGR)."),
        ]},
        {"key": "token", "title": "Tokens", "rows": [
            ("Tokens traded", str(tok["unique_tokens_traded"]), ""),
            ("Diversification", of_ten(tok["diversification_score"]), "10 × (1 − Herfindahl index)."),
            ("Concentration", num(tok["concentration_index"], 3), "Herfindahl: 1 = one token."),
            ("Top 3 exposure", pct(tok["top_3_exposure"]), "Share of notional in the three largest."),
        ]},
        {"key": "drawdown", "title": "Drawdown", "rows": [
            ("Max drawdown", pct(dd["max_drawdown"]), ""),
            ("Average drawdown", pct(dd["avg_drawdown"]), "Mean depth of the episodes."),
            ("Current drawdown", pct(dd["current_drawdown"]), ""),
            ("Drawdowns", str(dd["drawdown_count"]), ""),
            ("Longest", days(dd["longest_drawdown"]), "Days below the previous peak."),
            ("Average recovery", days(dd["avg_recovery_time"]), "Days from a peak back to it."),
            ("Time underwater", pct(dd["underwater_pct"]), ""),
        ]},
        {"key": "signal_quality", "title": "Signal quality", "rows": [
            ("Accuracy", pct(sig["signal_accuracy"]), "Signals whose copies made money, of the decided ones."),
            ("Average confidence", pct(sig["avg_confidence"]), ""),
            ("Signals per day", num(sig["signal_frequency"]), ""),
            ("False positives", pct(sig["false_positive_rate"]), "Losses among signals at 80 % confidence or more."),
            ("Lag", seconds(sig["signal_lag"]), "From the source's time to our fill."),
            ("Slippage", bps(sig["execution_slippage"]), "Fill against the expected price; positive costs."),
        ]},
    ]


def _analytics_charts(trader: Trader, account: Account, metrics: dict) -> dict:
    """The data the page's Plotly charts draw (static/ui/analytics.js)."""
    calibration = metrics["signal_quality"]["confidence_calibration"]
    leverage = metrics["leverage"]
    series = trader_series(trader=trader, accounts=account_only(account))
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
            ("Final value", money(result["final_value"])),
            ("ROI", pct(result["roi"])),
            ("Max drawdown", pct(result["max_drawdown"])),
            ("Sharpe", num(result["sharpe_ratio"])),
            ("Trades", str(result["trade_count"])),
            ("Win rate", pct(result["win_rate"])),
        ],
        "signal_count": result.get("signal_count"),
        "skipped": sorted(reasons.items(), key=lambda item: -item[1]),
        "equity": {
            "x": [point["ts"] for point in result["equity_curve"]],
            "y": [float(point["equity"]) for point in result["equity_curve"]],
            "initial": float(job.parameters["initial_capital"]),
        },
    }


