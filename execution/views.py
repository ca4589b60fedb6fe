"""The open-positions table of an account's dashboard, and its actions: close, partial close, SL/TP;
and the Charts page (at the end of the file).

Every action runs the same service as the API and Telegram (execution/services/positions.py) and
answers with the redrawn table: on success with a toast, on bad input with status 400 and the
message next to the field it is about.
"""
from __future__ import annotations

import re
from datetime import datetime
from datetime import timezone as dt_timezone
from decimal import Decimal, InvalidOperation

from django.shortcuts import render
from django.views.decorators.http import require_POST, require_safe

from accounts.selectors import account_get_for_user
from accounts.views import (
    TICKER_SYMBOLS,
    ui_account,
    ui_can_act,
    ui_error,
    ui_login_required,
    ui_page_context,
    with_toast,
)
from echotrade.exceptions import EchoTradeError, InvalidInput, NotFound
from echotrade.fields import decimal_text
from echotrade.static_assets import plotly_js_url
from echotrade.symbols import normalize_symbol
from execution.market.base import TIMEFRAMES
from execution.market.feed import candles_get
from execution.market.sources import get_price_source
from execution.models import Fill, Order, Position
from execution.selectors import position_get_for_user, position_list
from execution.services import position_close, position_update_protection

FRACTIONS = (("0.25", "25 %"), ("0.5", "50 %"), ("0.75", "75 %"))


def positions_context(*, account, can_act: bool, errors: dict | None = None, values: dict | None = None) -> dict:
    """Rows of the table; ``errors``/``values`` are one position's field errors and what was typed."""
    errors, values = errors or {}, values or {}
    rows = []
    for position in position_list(account=account).order_by("-opened_at", "-id"):
        rows.append({
            "position": position,
            "stop_loss": values.get(position.pk, {}).get(
                "stop_loss", "" if position.stop_loss is None else position.stop_loss.normalize()
            ),
            "take_profits": values.get(position.pk, {}).get("take_profits", ", ".join(position.take_profits)),
            "errors": errors.get(position.pk, {}),
        })
    return {"account": account, "can_act": can_act, "rows": rows, "fractions": FRACTIONS}


@ui_login_required
@require_safe
def positions_partial(request, name: str):
    account = ui_account(request, name)
    return render(request, "ui/partials/positions.html", positions_context(account=account, can_act=ui_can_act(request, account)))


def _position_of(request, name: str, position_id: int) -> Position:
    """The position, if it is in the account named in the URL and the user may act on that account."""
    account = account_get_for_user(user=request.user, name=name, act=True)
    position = position_get_for_user(user=request.user, position_id=position_id)
    if position.account_id != account.pk:
        raise NotFound(f"No position #{position_id} in {name}.")
    return position


def _refused(request, position: Position, error: InvalidInput, values: dict | None = None):
    """400 with the table redrawn, the message under the field it names (or under the row)."""
    fields = error.fields or {"row": [error.message]}
    context = positions_context(
        account=position.account, can_act=True, errors={position.pk: fields}, values={position.pk: values or {}}
    )
    response = render(request, "ui/partials/positions.html", context, status=400)
    return with_toast(response, error.message, "error")


@ui_login_required
@require_POST
def position_close_view(request, name: str, position_id: int):
    fraction = request.POST.get("fraction", "1")
    try:
        position = _position_of(request, name, position_id)
    except EchoTradeError as error:
        return ui_error(error)
    try:
        position = position_close(position=position, fraction=fraction, actor=request.user)
    except InvalidInput as error:
        return _refused(request, position, error)
    except EchoTradeError as error:
        return ui_error(error)
    done = "Closed" if position.status != Position.Status.OPEN else f"Closed {Decimal(fraction) * 100:.0f} % of"
    response = render(request, "ui/partials/positions.html", positions_context(account=position.account, can_act=True))
    return with_toast(response, f"{done} {position.symbol} {position.side} #{position.pk}.")


@ui_login_required
@require_POST
def position_protection_view(request, name: str, position_id: int):
    typed = {"stop_loss": request.POST.get("stop_loss", "").strip(), "take_profits": request.POST.get("take_profits", "").strip()}
    try:
        position = _position_of(request, name, position_id)
    except EchoTradeError as error:
        return ui_error(error)
    changes = _protection_changes(position, typed)
    if not changes:
        response = render(request, "ui/partials/positions.html", positions_context(account=position.account, can_act=True))
        return with_toast(response, "Nothing to change.", "info")
    try:
        position = position_update_protection(position=position, actor=request.user, **changes)
    except InvalidInput as error:
        return _refused(request, position, error, typed)
    except EchoTradeError as error:
        return ui_error(error)
    response = render(request, "ui/partials/positions.html", positions_context(account=position.account, can_act=True))
    return with_toast(response, f"Stop loss and targets of {position.symbol} #{position.pk} saved.")


def _protection_changes(position: Position, typed: dict) -> dict:
    """Only the fields the user changed, so an untouched target is not re-checked against a moved price.

    An empty stop-loss field removes the stop; targets are separated by commas or spaces. Text that
    is not a number goes to the service as typed: it says what is wrong with it.
    """
    changes: dict = {}
    stop_loss = typed["stop_loss"] or None
    if _as_decimal(stop_loss) != position.stop_loss or (stop_loss is not None and _as_decimal(stop_loss) is None):
        changes["stop_loss"] = stop_loss
    targets = [t for t in re.split(r"[,\s]+", typed["take_profits"]) if t]
    parsed = [_as_decimal(t) for t in targets]
    if None in parsed or parsed != [Decimal(t) for t in position.take_profits]:
        changes["take_profits"] = targets
    return changes


def _as_decimal(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


# --- Charts -------------------------------------------------------------------------------------
# The Charts page: candles of one symbol and timeframe, the account's own entries and exits drawn
# on them, and the last candle moved by the live quotes of /stream (static/ui/charts.js). Symbol
# tabs and timeframe buttons fetch only the panel (htmx) and push the page URL, so a link or a
# reload shows the same chart.
CHART_CANDLES = 200
CHART_MARKERS = 500
DEFAULT_TIMEFRAME = "1h"


def chart_symbols(account, *, also: str | None = None) -> list[str]:
    """The tabs: the ticker's symbols, then the others this account has traded, then ``also``."""
    symbols = list(TICKER_SYMBOLS)
    traded = Position.objects.filter(account=account).values_list("symbol", flat=True).distinct()
    symbols += sorted(set(traded) - set(symbols))
    if also and also not in symbols:
        symbols.append(also)
    return symbols


def chart_query(params, account) -> tuple[str, str]:
    """The symbol and timeframe asked for; InvalidInput names the field that is wrong."""
    timeframe = params.get("timeframe", DEFAULT_TIMEFRAME).strip() or DEFAULT_TIMEFRAME
    if timeframe not in TIMEFRAMES:
        raise InvalidInput(
            f"Unknown timeframe '{timeframe[:20]}': use one of {', '.join(TIMEFRAMES)}.",
            fields={"timeframe": [f"One of {', '.join(TIMEFRAMES)}."]},
        )
    raw_symbol = params.get("symbol", "").strip()
    if not raw_symbol:
        return chart_symbols(account)[0], timeframe
    try:
        return normalize_symbol(raw_symbol[:50]), timeframe
    except InvalidInput as error:
        raise InvalidInput(error.message, fields={"symbol": [error.message]}) from None


def chart_markers(*, account, symbol: str, since=None) -> list[dict]:
    """The account's fills on ``symbol`` (from ``since``): an entry fill opens or adds, any other closes."""
    fills = (
        Fill.objects.filter(account=account, position__symbol=symbol)
        .select_related("order", "position")
        .order_by("-created_at", "-id")
    )
    if since is not None:
        fills = fills.filter(created_at__gte=since)
    markers = []
    for fill in reversed(fills[:CHART_MARKERS]):
        entry = fill.order.purpose == Order.Purpose.ENTRY
        markers.append({
            "ts": fill.created_at.astimezone(dt_timezone.utc).isoformat(),
            "price": decimal_text(fill.price),
            "quantity": decimal_text(fill.quantity),
            "kind": "entry" if entry else "exit",
            "side": fill.position.side,
            "purpose": fill.order.get_purpose_display(),
            "position": fill.position_id,
        })
    return markers


def chart_levels(*, account, symbol: str) -> list[dict]:
    """The open positions' entry, stop loss and take profits on ``symbol``: lines across the chart."""
    return [
        {
            "position": p.pk, "side": p.side, "entry": decimal_text(p.entry_price),
            "stop_loss": None if p.stop_loss is None else decimal_text(p.stop_loss),
            "take_profits": [decimal_text(Decimal(tp)) for tp in p.take_profits],
        }
        for p in position_list(account=account, status="open").filter(symbol=symbol).order_by("opened_at", "id")
        if p.entry_price is not None
    ]


def chart_context(*, account, symbol: str, timeframe: str) -> dict:
    """Candles, markers and the empty states' facts for one panel."""
    unavailable = ""
    try:
        candles = candles_get(symbol=symbol, timeframe=timeframe, limit=CHART_CANDLES)
    except EchoTradeError as error:  # the source does not list it, or cannot be reached
        candles, unavailable = [], error.message
    since = datetime.fromisoformat(candles[0]["ts"]) if candles else None
    markers = chart_markers(account=account, symbol=symbol, since=since)
    levels = chart_levels(account=account, symbol=symbol)
    return {
        "account": account,
        "symbol": symbol,
        "timeframe": timeframe,
        "timeframes": TIMEFRAMES,
        "symbols": chart_symbols(account, also=symbol),
        "candles": candles,
        "unavailable": unavailable,
        "markers": markers,
        "trades_on_symbol": Fill.objects.filter(account=account, position__symbol=symbol).count(),
        "source": get_price_source().name,
        "chart": {"symbol": symbol, "timeframe": timeframe, "candles": candles, "markers": markers, "levels": levels},
    }


@ui_login_required
@require_safe
def charts_page(request, name: str):
    account = ui_account(request, name)
    page = {**ui_page_context(request, account), "plotly_js_url": plotly_js_url()}
    try:
        symbol, timeframe = chart_query(request.GET, account)
    except InvalidInput as error:
        return render(request, "ui/charts.html", {**page, "error": error}, status=400)
    return render(request, "ui/charts.html", {**page, **chart_context(account=account, symbol=symbol, timeframe=timeframe)})


@ui_login_required
@require_safe
def chart_panel(request, name: str):
    """The panel alone, for the tabs and timeframe buttons; bad input answers 400 with the message."""
    account = ui_account(request, name)
    try:
        symbol, timeframe = chart_query(request.GET, account)
    except InvalidInput as error:
        response = render(request, "ui/partials/chart_panel.html", {"account": account, "error": error}, status=400)
        return with_toast(response, error.message, "error")
    return render(request, "ui/partials/chart_panel.html", chart_context(account=account, symbol=symbol, timeframe=timeframe))
