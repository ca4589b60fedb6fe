"""The equity projection fan chart: an htmx partial the dashboard loads (``hx-get``).

The fragment carries its own data (``json_script``) and a small script that draws it with Plotly,
which the page has loaded; swapping it in again (another horizon) redraws it.
"""
from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from analytics import projection
from ui.helpers import ui_account, ui_login_required

DAY_CHOICES = (30, 90, 180, 365)
DEFAULT_DAYS = 90
UI_PATHS = 1000


@ui_login_required
@require_safe
def projection_partial(request, name: str):
    account = ui_account(request, name)
    days = _days(request.GET.get("days"))
    if days is None:
        choices = ", ".join(str(d) for d in DAY_CHOICES)
        return HttpResponse(f"days must be one of {choices}.", status=400, content_type="text/plain; charset=utf-8")
    fan = projection.account_projection(account=account, days=days, paths=UI_PATHS)
    return render(request, "ui/partials/projection.html", {
        "account": account, "fan": fan, "days": days, "day_choices": DAY_CHOICES, "paths": UI_PATHS,
        "outcomes": _outcomes(fan),
    })


def _days(text: str | None) -> int | None:
    if text in (None, ""):
        return DEFAULT_DAYS
    return int(text) if text.isdigit() and int(text) in DAY_CHOICES else None


def _outcomes(fan: dict) -> list[dict]:
    """The three outcomes at the horizon, as text beside the chart (what a screen reader gets)."""
    if not fan["p50"]:
        return []
    start = fan["history"]["equity"][-1]
    return [
        {"label": label, "equity": fan[key][-1], "change_pct": (fan[key][-1] / start - 1) * 100 if start else None}
        for label, key in (("Pessimistic (5th percentile)", "p5"), ("Median", "p50"), ("Optimistic (95th percentile)", "p95"))
    ]
