"""The dashboard of an account: ticker, metrics and risk gauges, equity curve, positions (their
table is in positions.py, the projection in projection.py), and the emergency pause."""
from __future__ import annotations

from decimal import Decimal

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from accounts.models import Account
from accounts.selectors import (
    account_get_for_user,
)
from accounts.services import (
    account_pause,
    account_resume,
)
from echotrade.exceptions import (
    EchoTradeError,
)
from execution.selectors import account_summary, position_list, quotes_list
from signals.selectors import loss_today as pipeline_loss_today
from ui.helpers import (
    ui_account,
    ui_can_act,
    ui_error,
    ui_login_required,
    ui_page_context,
    with_toast,
)
from ui.static_assets import plotly_js_url
from ui.views.positions import positions_context

TICKER_SYMBOLS = ("BTC/USDT", "ETH/USDT", "BNB/USDT", "ADA/USDT", "SOL/USDT", "XRP/USDT")
EQUITY_POINTS = 1000


# --- Dashboard ----------------------------------------------------------------------------------
@ui_login_required
@require_safe
def dashboard(request, name: str):
    account = ui_account(request, name)
    page = ui_page_context(request, account)
    quotes = {q.symbol: q for q in quotes_list(symbols=list(TICKER_SYMBOLS))}
    return render(request, "ui/dashboard.html", {
        **page,
        **metrics_context(account),
        **positions_context(account=account, can_act=page["can_act"]),
        "ticker": [(symbol, quotes.get(symbol)) for symbol in TICKER_SYMBOLS],
        "equity_curve": equity_curve(account),
        "plotly_js_url": plotly_js_url(),
    })


@ui_login_required
@require_safe
def metrics_partial(request, name: str):
    account = ui_account(request, name)
    return render(request, "ui/partials/metrics.html", {"account": account, **metrics_context(account)})


@ui_login_required
@require_safe
def status_partial(request, name: str):
    account = ui_account(request, name)
    return render(request, "ui/partials/status.html", {"account": account, "can_act": ui_can_act(request, account)})


def metrics_context(account: Account) -> dict:
    summary = account_summary(account=account)
    notional = sum(
        (p.quantity * (p.mark_price or p.entry_price or 0) for p in position_list(account=account, status="open")),
        Decimal(0),
    )
    equity = summary.equity
    loss_today = max(pipeline_loss_today(account, timezone.now()), Decimal(0))
    loss_limit = account.daily_loss_limit_pct * account.starting_balance
    exposure = summary.margin_used / equity if equity > 0 else Decimal(0)
    leverage = notional / equity if equity > 0 else Decimal(0)
    return {
        "summary": summary,
        "gauges": [
            _gauge("Exposure", f"{exposure * 100:.1f} %", exposure, Decimal(1),
                   "Margin in use ÷ equity."),
            _gauge("Leverage", f"{leverage:.2f}×", leverage, Decimal(account.max_leverage),
                   f"Open notional ÷ equity; this account allows up to {account.max_leverage}× per trade."),
            _gauge("Loss today", f"{loss_today:,.2f} of {loss_limit:,.2f}", loss_today, loss_limit,
                   "Realised loss since 00:00 UTC, fees in. At the limit, new signals are filtered."),
        ],
    }


def _gauge(label: str, text: str, value: Decimal, limit: Decimal, help_text: str) -> dict:
    ratio = float(min(value / limit, Decimal(1))) if limit > 0 else 0.0
    level = "danger" if ratio >= 0.8 else "warn" if ratio >= 0.5 else "ok"
    return {"label": label, "text": text, "percent": round(ratio * 100, 1), "level": level, "help": help_text}


def equity_curve(account: Account) -> dict:
    """The snapshots' equity, oldest first, plus the equity now (floats: this is only for drawing)."""
    rows = list(account.snapshots.order_by("-taken_at").values_list("taken_at", "equity")[:EQUITY_POINTS])[::-1]
    if not rows:
        return {}
    now = account_summary(account=account).equity
    return {
        "x": [taken_at.isoformat() for taken_at, _ in rows] + [timezone.now().isoformat()],
        "y": [float(equity) for _, equity in rows] + [float(now)],
        "starting_balance": float(account.starting_balance),
    }


# --- Emergency pause ----------------------------------------------------------------------------
@ui_login_required
@require_POST
def account_pause_view(request, name: str):
    try:
        account = account_get_for_user(user=request.user, name=name, act=True)
        account = account_pause(account=account, actor=request.user, reason=request.POST.get("reason", ""))
    except EchoTradeError as error:
        return ui_error(error)
    response = render(request, "ui/partials/status.html", {"account": account, "can_act": True})
    return with_toast(response, f"{account.name} is paused: no new signals are taken. Open positions stay.", "warn")


@ui_login_required
@require_POST
def account_resume_view(request, name: str):
    try:
        account = account_get_for_user(user=request.user, name=name, act=True)
        account = account_resume(account=account, actor=request.user)
    except EchoTradeError as error:
        return ui_error(error)
    response = render(request, "ui/partials/status.html", {"account": account, "can_act": True})
    return with_toast(response, f"{account.name} takes signals again.")
