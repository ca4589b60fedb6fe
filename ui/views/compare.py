"""The Compare page: traders side by side, a radar of six fixed-scale scores, a correlation
heatmap of their daily returns, and the tokens they share."""
from __future__ import annotations

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from analytics.compare import trader_compare
from analytics.ranking import (
    DRAWDOWN_FOR_ZERO,
    SORTINO_FOR_FULL_MARKS,
    calibration_component,
)
from traders.models import Trader
from traders.selectors import trader_list
from ui.helpers import account_only, ui_account, ui_login_required, ui_page_keeping
from ui.wording import money, num, of_ten, pct, times


@ui_login_required
@require_safe
def traders_compare_page(request, name: str):
    account = ui_account(request, name)
    ids = list(dict.fromkeys(
        part.strip() for value in request.GET.getlist("ids") for part in value.split(",") if part.strip()
    ))
    query = f"?ids={','.join(ids)}" if ids else ""
    page = ui_page_keeping(request, account, lambda other: reverse("ui-traders-compare", args=[other]) + query)
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
        comparison = trader_compare(traders=traders, accounts=account_only(account))
        context["cards"] = [_compare_card(t, comparison["metrics"][t.pk]) for t in traders]
        context["no_closed_copies"] = not any(comparison["metrics"][t.pk]["basic"]["closed_trades"] for t in traders)
        if len(traders) >= 2:
            context["charts"] = _compare_charts(traders, comparison)
            context["overlap"] = _overlap_rows(traders, comparison)
    return render(request, "ui/trader_compare.html", context, status=400 if error and not traders else 200)


def _compare_card(trader: Trader, metrics: dict) -> dict:
    b, risk = metrics["basic"], metrics["risk_adjusted"]
    return {"trader": trader, "rows": [
        ("ROI all time", pct(b["roi_all_time"])),
        ("Win rate", pct(b["win_rate"])),
        ("Max drawdown", pct(metrics["drawdown"]["max_drawdown"])),
        ("Sharpe", num(risk["sharpe_ratio"])),
        ("Sortino", num(risk["sortino_ratio"])),
        ("Closed copies", str(b["closed_trades"])),
        ("Net P&L", money(b["net_pnl"])),
        ("Signal accuracy", pct(metrics["signal_quality"]["signal_accuracy"])),
        ("Average leverage", times(metrics["leverage"]["avg_leverage"])),
        ("Diversification", of_ten(metrics["token"]["diversification_score"])),
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
        calibration_component(sig["confidence_calibration"]),
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
                "a": a, "b": b, "jaccard": pct(comparison["token_overlap"][a.pk][b.pk]),
                "shared": comparison["shared_tokens"][a.pk][b.pk],
            })
    return rows


MAX_COMPARED = 10


RADAR_AXES = ("Return", "Sharpe", "Drawdown", "Win rate", "Calibration", "Diversification")
