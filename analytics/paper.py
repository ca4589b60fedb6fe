"""A trader's paper record and whether it meets the criteria for live copying."""
from __future__ import annotations

from django.conf import settings
from django.db import transaction

from accounts.models import Account
from analytics.inputs import closed_copies, series_from
from analytics.metrics import drawdown_stats
from echotrade.audit import audit_record
from echotrade.exceptions import Conflict
from echotrade.fields import ZERO
from traders.models import Trader
from traders.services import trader_update

DEFAULT_PROMOTION_CRITERIA = {"min_trades": 5, "min_win_rate": 0.6, "max_drawdown": 0.05}


def promotion_criteria() -> dict:
    """``settings.TRADER_PROMOTION_CRITERIA`` (any of the keys) over the defaults.

    ``min_trades`` closed paper copies, ``min_win_rate`` as a fraction, ``max_drawdown`` as a
    positive fraction of the paper copies' capital (0.05: the record may not have fallen more
    than 5 % below a peak).
    """
    configured = getattr(settings, "TRADER_PROMOTION_CRITERIA", None) or {}
    return {
        "min_trades": int(configured.get("min_trades", DEFAULT_PROMOTION_CRITERIA["min_trades"])),
        "min_win_rate": float(configured.get("min_win_rate", DEFAULT_PROMOTION_CRITERIA["min_win_rate"])),
        "max_drawdown": float(configured.get("max_drawdown", DEFAULT_PROMOTION_CRITERIA["max_drawdown"])),
    }


def paper_accounts(*, trader, accounts=None):
    """Where the trader's copies ran on paper: every account (of ``accounts``, default all) while
    the trader is paper-only (its orders never reach a live exchange), else those in paper mode."""

    accounts = Account.objects.all() if accounts is None else accounts
    return accounts if trader.paper_trade_only else accounts.filter(mode=Account.Mode.PAPER)


def trader_paper_record(*, trader, accounts=None) -> dict:
    """The trader's closed paper copies (one per account and signal) against the promotion criteria.

    ``accounts`` narrows the record to what a user may see; the promotion judges every account.

    ``label`` reads "4/5 profitable" (winning / closed copies), ``win_rate`` and ``max_drawdown``
    are fractions (drawdown negative, of the equity curve of ``analytics.inputs``), and
    ``unmet`` names each criterion the record misses; ``meets_criteria`` is True when none.
    """
    accounts = paper_accounts(trader=trader, accounts=accounts)
    closed = closed_copies(trader=trader, accounts=accounts)
    held = {p.account_id: p.account.starting_balance for p in closed}
    equity = series_from(closed, sum(held.values(), ZERO)).equity
    max_drawdown = drawdown_stats(equity)["max_drawdown"] if equity else None
    wins = sum(1 for p in closed if p.net_pnl > 0)
    rate = wins / len(closed) if closed else None
    criteria = promotion_criteria()
    unmet = []
    if len(closed) < criteria["min_trades"]:
        unmet.append(f"{len(closed)} closed paper trades; {criteria['min_trades']} needed.")
    if rate is None or rate < criteria["min_win_rate"]:
        shown = "no" if rate is None else f"{rate:.0%}"
        unmet.append(f"Win rate {shown}; at least {criteria['min_win_rate']:.0%} needed.")
    if max_drawdown is not None and -max_drawdown > criteria["max_drawdown"]:
        unmet.append(f"Drawdown {-max_drawdown:.2%}; at most {criteria['max_drawdown']:.2%} allowed.")
    return {
        "trader": trader.pk,
        "paper_trade_only": trader.paper_trade_only,
        "label": f"{wins}/{len(closed)} profitable",
        "trades": len(closed),
        "wins": wins,
        "win_rate": rate,
        "net_pnl": sum((p.net_pnl for p in closed), ZERO),
        "max_drawdown": max_drawdown,
        "meets_criteria": not unmet,
        "unmet": unmet,
        "criteria": criteria,
    }


@transaction.atomic
def trader_promote_to_live(*, trader: Trader, actor=None, force: bool = False) -> Trader:
    """Clear ``paper_trade_only`` once the paper record meets the criteria (or with ``force``), audited."""
    trader = Trader.objects.select_for_update().get(pk=trader.pk)
    if trader.deleted_at is not None:
        raise Conflict(f"{trader.name} is deleted.")
    if not trader.paper_trade_only:
        raise Conflict(f"{trader.name} already trades live.")
    record = trader_paper_record(trader=trader)
    if not record["meets_criteria"] and not force:
        raise Conflict(
            f"{trader.name}'s paper record ({record['label']}) misses the promotion criteria: "
            + " ".join(record["unmet"]) + " Send force to promote anyway.",
            fields={"force": ["The paper record misses the criteria; set force to promote anyway."]},
        )
    trader = trader_update(trader=trader, actor=actor, paper_trade_only=False)
    audit_record(
        action="trader.promoted", actor=actor, obj=trader,
        message=f"{trader.name} promoted to live after {record['label']}" + (" (forced)" if not record["meets_criteria"] else ""),
        before={"paper_trade_only": True},
        after={
            "paper_trade_only": False, "forced": not record["meets_criteria"],
            "paper_record": {k: record[k] for k in ("label", "trades", "wins", "win_rate", "net_pnl", "max_drawdown", "unmet")},
        },
    )
    return trader
