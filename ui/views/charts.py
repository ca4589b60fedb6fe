"""The Charts page: candles from the price source, the account's fills as markers, and the open
positions' entry, stop and targets as lines (each target with its fraction and state, the stop
with its kind and its trail of moves); a member who may act drags a stop line to move it."""
from __future__ import annotations

from datetime import datetime
from datetime import timezone as dt_timezone
from decimal import Decimal

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from echotrade.exceptions import EchoTradeError, InvalidInput
from echotrade.models import AuditEvent
from echotrade.fields import decimal_text
from echotrade.symbols import normalize_symbol
from execution.market.base import TIMEFRAMES
from execution.market.feed import candles_get
from execution.market.sources import get_price_source
from execution.models import Fill, Order, Position
from execution.selectors import position_list
from ui.helpers import ui_account, ui_can_act, ui_login_required, ui_page_context, with_toast
from ui.static_assets import plotly_js_url
from ui.wording import price, share
from ui.views.dashboard import TICKER_SYMBOLS

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


def chart_levels(*, account, symbol: str, since: datetime | None = None, until: datetime | None = None) -> list[dict]:
    """The open positions' entry, stop loss and targets on ``symbol``: lines across the chart.

    Each target carries its fraction and state (a filled or cancelled one is drawn faint), the stop
    its kind, and ``stop_trail`` where the stop has been since ``since`` when it moved (the audit
    log's stop moves), drawn as a step line up to ``until``. ``protection_url`` is where a dragged
    stop is saved: the dashboard's SL/TP form's own endpoint (ui-position-protection, so
    position_update_protection), which refuses what the form refuses.
    """
    positions = [
        p for p in position_list(account=account, status="open").filter(symbol=symbol).order_by("opened_at", "id")
        if p.entry_price is not None
    ]
    trails = stop_trails(account=account, positions=positions, since=since, until=until)
    return [
        {
            "position": p.pk, "side": p.side, "entry": decimal_text(p.entry_price),
            "stop_loss": None if p.stop_loss is None else decimal_text(p.stop_loss),
            "stop_kind": p.stop_kind,
            "targets": [
                {"price": decimal_text(Decimal(t["price"])), "status": t["status"],
                 "label": f"TP{index} {price(t['price'])} · {share(t['fraction'])}{_MARKS[t['status']]}"}
                for index, t in enumerate(p.targets, 1)
            ],
            "stop_trail": trails.get(p.pk, []),
            "protection_url": reverse("ui-position-protection", kwargs={"name": account.name, "position_id": p.pk}),
        }
        for p in positions
    ]


_MARKS = {"open": "", "filled": " ✓", "cancelled": " ✗"}
# What the audit log says set a position's stop: opening it, the rules moving it, a person moving it.
STOP_EVENTS = ("position.entry_placed", "position.opened", "position.stop_moved", "position.protection_updated")


def stop_trails(*, account, positions: list[Position], since: datetime | None, until: datetime | None) -> dict[int, list[dict]]:
    """Each position's stop over time, from the audit log: ``[{"ts", "price", "kind"}]`` where it
    changed, the level before ``since`` carried to ``since``, and the current level to ``until``.
    Only for a stop that moved: a stop that never did is the line alone."""
    events = (
        AuditEvent.objects.filter(
            account=account, object_type="position", object_id__in=[str(p.pk) for p in positions], action__in=STOP_EVENTS,
        )
        .order_by("created_at", "id")
        .values_list("object_id", "created_at", "after")
    )
    steps: dict[str, list[dict]] = {}
    for object_id, at, after in events:
        if not after or "stop_loss" not in after:
            continue
        level = None if after["stop_loss"] is None else decimal_text(Decimal(str(after["stop_loss"])))
        points = steps.setdefault(object_id, [])
        if points and points[-1]["price"] == level:
            continue
        points.append({"at": at, "price": level, "kind": after.get("stop_kind", "fixed")})
    trails = {}
    for position in positions:
        points = steps.get(str(position.pk), [])
        if len(points) < 2:
            continue
        if since is not None:
            before = [point for point in points if point["at"] < since]
            points = ([{**before[-1], "at": since}] if before else []) + [point for point in points if point["at"] >= since]
        end = max(until, points[-1]["at"]) if until is not None else points[-1]["at"]
        current = None if position.stop_loss is None else decimal_text(position.stop_loss)
        points.append({"at": end, "price": current, "kind": position.stop_kind})
        trails[position.pk] = [
            {"ts": point["at"].astimezone(dt_timezone.utc).isoformat(), "price": point["price"], "kind": point["kind"]}
            for point in points
        ]
    return trails


def chart_context(*, account, symbol: str, timeframe: str, can_act: bool = False) -> dict:
    """Candles, markers and the empty states' facts for one panel; a member who may act can drag
    a stop-loss line (``editable``)."""
    unavailable = ""
    try:
        candles = candles_get(symbol=symbol, timeframe=timeframe, limit=CHART_CANDLES)
    except EchoTradeError as error:  # the source does not list it, or cannot be reached
        candles, unavailable = [], error.message
    since = datetime.fromisoformat(candles[0]["ts"]) if candles else None
    until = datetime.fromisoformat(candles[-1]["ts"]) if candles else None
    markers = chart_markers(account=account, symbol=symbol, since=since)
    levels = chart_levels(account=account, symbol=symbol, since=since, until=until)
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
        "can_act": can_act,
        "chart": {
            "symbol": symbol, "timeframe": timeframe, "candles": candles, "markers": markers, "levels": levels,
            "editable": can_act,
        },
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
    context = chart_context(account=account, symbol=symbol, timeframe=timeframe, can_act=page["can_act"])
    return render(request, "ui/charts.html", {**page, **context})


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
    context = chart_context(account=account, symbol=symbol, timeframe=timeframe, can_act=ui_can_act(request, account))
    return render(request, "ui/partials/chart_panel.html", context)
