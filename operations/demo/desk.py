"""What the demo's simulated traders post: one signal, drawn from a seeded generator.

The history and the live desk share it. A signal's confidence and leverage come from a *tier*
chosen so the three demo profiles answer differently (woods1 asks 0.85 and at most 5x, handjob
0.75 and 10x, angry 0.65 and 20x): "all" is copied by every account, "levered" and "bold" by
handjob and angry (woods1 filters one for its leverage, the other for its confidence), "wild" by
angry only, and "weak" is below every account's minimum. The trader is one whose own settings let
the tier through, and the symbol one its token lists allow. Entry, stop and targets are placed
around the given price on the right sides, the stop inside the liquidation distance.
"""
from __future__ import annotations

import hashlib
import math
import random
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from echotrade.fields import decimal_text
from execution.market.sim import KNOWN_MARKETS, UNKNOWN_VOLATILITY, quantize_price
from signals.services import SignalInput
from traders.models import Trader


@dataclass(frozen=True)
class Tier:
    confidence: tuple[float, float]
    leverage: tuple[int, int]


TIERS = {
    "all": Tier((0.86, 0.95), (1, 5)),
    "levered": Tier((0.86, 0.95), (6, 10)),
    "bold": Tier((0.76, 0.84), (2, 10)),
    "wild": Tier((0.66, 0.74), (6, 20)),
    "weak": Tier((0.45, 0.64), (1, 8)),
}
# The history's mix; the live desk cycles so its first signals already reach every account.
HISTORY_TIER_WEIGHTS = {"all": 3, "levered": 2, "bold": 3, "wild": 3, "weak": 1}
LIVE_CYCLE = ("all", "bold", "wild", "levered", "weak", "bold", "wild", "all", "levered", "wild")

# Symbols a trader without a whitelist posts on, with how often.
UNIVERSE = {
    "BTC/USDT": 4, "ETH/USDT": 3, "SOL/USDT": 2, "BNB/USDT": 1, "XRP/USDT": 1, "DOGE/USDT": 1,
    "ADA/USDT": 1, "AVAX/USDT": 1, "LINK/USDT": 1,
}
TARGET_R = (1.0, 1.8, 3.0)  # targets at these multiples of the stop distance
ZONE_HALF_WIDTH = Decimal("0.0015")  # a zone around the price: the long side's top is marketable


def simulated_traders() -> list[Trader]:
    """The demo's simulated signal sources that are listed and switched on (bots are not among them)."""
    return list(
        Trader.objects.filter(simulated=True, active=True, deleted_at__isnull=True)
        .exclude(source=Trader.Source.BOT).order_by("priority", "pk")
    )


def trader_edge(trader_id: str, seed: int) -> float:
    """How often, beyond chance, a simulated trader's history calls the next move right (−0.08..0.22)."""
    digest = int.from_bytes(hashlib.sha256(f"{seed}:{trader_id}:edge".encode()).digest()[:8], "big")
    return -0.08 + 0.30 * digest / 2**64


def admits(trader: Trader, tier: Tier) -> bool:
    return float(trader.min_confidence) <= tier.confidence[1] and trader.max_leverage >= tier.leverage[0]


def trader_symbols(trader: Trader) -> dict[str, int]:
    """The symbols the trader may post on, weighted; its token lists decide."""
    blocked = {_base(token) for token in trader.token_blacklist}
    if trader.token_whitelist:
        return {_pair(token): 1 for token in trader.token_whitelist if _base(token) not in blocked}
    return {symbol: weight for symbol, weight in UNIVERSE.items() if _base(symbol) not in blocked}


def _base(token: str) -> str:
    return token.split("/")[0].upper()


def _pair(token: str) -> str:
    return token.upper() if "/" in token else f"{token.upper()}/USDT"


def pick(
    rng: random.Random, traders: list[Trader], tier_name: str, *, posted: Counter | None = None
) -> tuple[Trader, str] | None:
    """A trader the tier suits and one of its symbols; None when no trader suits it.

    With ``posted`` (the history: signals so far by trader id), the trader is one of the suited
    that have posted least. Drawn at random, a strict trader that fits only the "all" tier could
    go weeks without a signal, and its card would be empty.
    """
    fitting = [t for t in traders if admits(t, TIERS[tier_name]) and trader_symbols(t)]
    if not fitting:
        return None
    if posted is not None:
        least = min(posted[t.pk] for t in fitting)
        fitting = [t for t in fitting if posted[t.pk] == least]
    trader = rng.choice(fitting)
    symbols = trader_symbols(trader)
    return trader, rng.choices(list(symbols), weights=list(symbols.values()))[0]


def signal_draw(
    rng: random.Random, *, trader: Trader, symbol: str, tier_name: str, price: Decimal, now: datetime,
    external_id: str, side: str | None = None,
) -> SignalInput:
    """One signal of ``trader`` on ``symbol`` around ``price``; ``side`` None draws one."""
    tier = TIERS[tier_name]
    low = max(tier.confidence[0], float(trader.min_confidence)) if tier_name != "weak" else tier.confidence[0]
    confidence = Decimal(str(round(rng.uniform(low, tier.confidence[1]), 2)))
    leverage = rng.randint(tier.leverage[0], max(tier.leverage[0], min(tier.leverage[1], trader.max_leverage)))
    side = side or rng.choice(("long", "short"))
    sign = 1 if side == "long" else -1
    volatility = KNOWN_MARKETS[symbol][1] if symbol in KNOWN_MARKETS else UNKNOWN_VOLATILITY
    # A stop a third of a day's typical move away (trades last hours), well inside the liquidation distance.
    stop_distance = min(volatility * math.sqrt(1440) * rng.uniform(0.25, 0.5), 0.7 / leverage)
    stop = quantize_price(price * Decimal(str(1 - sign * stop_distance)))
    targets = [quantize_price(price * Decimal(str(1 + sign * stop_distance * r))) for r in TARGET_R[: rng.choice((2, 3))]]
    entry = None
    if rng.random() < 0.5:
        entry = [quantize_price(price * (1 - ZONE_HALF_WIDTH)), quantize_price(price * (1 + ZONE_HALF_WIDTH))]
    text = (
        f"{side.upper()} {symbol} {leverage}x entry {'market' if entry is None else '-'.join(map(decimal_text, entry))} "
        f"SL {decimal_text(stop)} TP {' / '.join(map(decimal_text, targets))} ({int(confidence * 100)}% sure)"
    )
    return SignalInput(
        trader=trader.pk, symbol=symbol, side=side, entry=entry, stop_loss=stop, take_profits=targets,
        leverage=leverage, confidence=confidence, external_id=external_id, source_time=now,
        raw={"text": text, "simulated": True, "tier": tier_name},
    )
