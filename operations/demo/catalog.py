"""What the demo is made of (DESIGN.md, "Demo data"): its accounts, followed traders and bots.

Plain data: ``operations.demo.setup`` creates what is missing from it, the history and the live
desk make its simulated traders and bots trade.
"""
from __future__ import annotations

from decimal import Decimal

D = Decimal
ACTOR_LABEL = "seed_demo"

ACCOUNTS = {
    "woods1": {
        "description": "Conservative profile: only high-confidence signals (85%+), half size, low leverage.",
        "min_confidence": D("0.85"), "risk_multiplier": D("0.5"), "max_leverage": 5,
        "max_open_positions": 5, "daily_loss_limit_pct": D("0.03"),
    },
    "angry": {
        "description": "Aggressive profile: takes signals from 65% confidence at 1.5x size, leverage up to 20x.",
        "min_confidence": D("0.65"), "risk_multiplier": D("1.5"), "max_leverage": 20,
        "max_open_positions": 20, "daily_loss_limit_pct": D("0.10"),
    },
    "handjob": {
        "description": "Hybrid profile: signals from 75% confidence at base size, leverage up to 10x.",
        "min_confidence": D("0.75"), "risk_multiplier": D("1.0"), "max_leverage": 10,
        "max_open_positions": 10, "daily_loss_limit_pct": D("0.05"),
    },
}
STARTING_BALANCE = D("100000")

# id, name, source, position multiplier, min confidence, max leverage, priority, extra settings
TRADERS = [
    # A few show trade management (README, "Managing a copied trade") on the desk from the first minute.
    ("yun_qiang", "Yun Qiang", "binance", "1.0", "0.7", 10, 1,
     {"paper_trade_only": True, "tp_strategy": "first_heavy", "breakeven_after": 1}),
    ("crypto_loby", "Crypto Loby", "binance", "1.0", "0.75", 5, 2, {}),
    ("michael_saylor", "Michael Saylor", "manual", "0.5", "0.85", 1, 3, {"token_whitelist": ["BTC"]}),
    ("plan_b", "Plan B", "tradingview", "0.75", "0.8", 2, 4, {"token_whitelist": ["BTC"]}),
    ("vitalik_buterin", "Vitalik Buterin", "manual", "0.5", "0.85", 1, 5, {"token_whitelist": ["ETH"]}),
    ("cz", "CZ", "binance", "1.25", "0.7", 10, 6, {"token_blacklist": ["DOGE", "SHIB"]}),
    ("raoul_pal", "Raoul Pal", "telegram", "1.0", "0.75", 3, 7, {"token_whitelist": ["BTC", "ETH", "SOL"]}),
    ("coin_bureau", "Coin Bureau Guy", "telegram", "0.75", "0.7", 5, 8, {}),
    ("anthony_pompliano", "Anthony Pompliano", "telegram", "0.5", "0.8", 2, 9, {"token_whitelist": ["BTC", "ETH"]}),
    ("willy_woo", "Willy Woo", "tradingview", "1.0", "0.75", 3, 10, {"token_whitelist": ["BTC"]}),
    ("altcoin_daily", "Altcoin Daily", "telegram", "1.5", "0.65", 10, 11, {"token_blacklist": ["DOGE", "SHIB"]}),
    ("benjamin_cowen", "Benjamin Cowen", "tradingview", "0.75", "0.8", 3, 12, {"token_whitelist": ["BTC", "ETH"]}),
    ("lark_davis", "Lark Davis", "telegram", "1.25", "0.7", 8, 13, {"tp_strategy": "decreasing", "entry_strategy": "increasing"}),
    ("rekt_capital", "Rekt Capital", "tradingview", "1.0", "0.75", 5, 14, {}),
    ("crypto_tony", "Crypto Tony", "telegram", "1.5", "0.65", 15, 15, {
        "token_blacklist": ["PEPE"],
        "trailing": {"kind": "percent_below_highest", "callback_pct": "1.5", "activate_after_target": 1},
    }),
    ("pentoshi", "Pentoshi", "manual", "1.25", "0.7", 10, 16, {}),
    ("credible_crypto", "Credible Crypto", "tradingview", "1.0", "0.75", 5, 17, {}),
    ("hsaka", "Hsaka", "binance", "2.0", "0.6", 20, 18,
     {"token_blacklist": ["DOGE", "SHIB", "PEPE"], "trailing": {"kind": "moving_target"}, "max_open_trades": 3}),
    ("il_capo", "Il Capo of Crypto", "telegram", "0.5", "0.85", 5, 19, {}),
    ("binance_whale_a1", "Binance Whale A1", "binance", "2.0", "0.6", 20, 20, {}),
]

TREND = {"fast": 10, "slow": 30}
MOMENTUM = {"rsi_period": 14, "volume_factor": 1.5}
# Each account's band trader: narrow bands and RSI at 35/65 act every few days on 4h bars, and
# its target (the middle band) and stop close its copies on their own, so the Bots page ranks
# results from the first minute. Its coin is one no other bot of its account trades: the
# ensemble's confidence is then its own strength, which the stricter profiles require.
BAND_REVERSION = {"bb_period": 20, "bb_std": 1.0, "rsi_low": 35, "rsi_high": 65, "stop_band_pct": 2.5}
GRID = {"levels": 10, "spacing_pct": 0.5}
DCA = {"interval_hours": 24, "amount": 100}
REBALANCE = {"targets": {"BTC/USDT": 0.5, "ETH/USDT": 0.3, "SOL/USDT": 0.2}, "drift_pct": 5}

# name, account, strategy, parameters, symbols, timeframe (7 conservative, 7 aggressive, 6 hybrid)
BOTS = [
    ("woods1-dca-btc", "woods1", "dca", DCA, ["BTC/USDT"], "1d"),
    ("woods1-dca-eth", "woods1", "dca", {**DCA, "amount": 50}, ["ETH/USDT"], "1d"),
    ("woods1-rebalance", "woods1", "portfolio_rebalancing", REBALANCE, list(REBALANCE["targets"]), "1d"),
    ("woods1-trend-btc", "woods1", "trend_following", {"fast": 20, "slow": 50}, ["BTC/USDT"], "4h"),
    ("woods1-trend-eth", "woods1", "trend_following", {"fast": 20, "slow": 50}, ["ETH/USDT"], "1d"),
    ("woods1-meanrev-bnb", "woods1", "mean_reversion", {**BAND_REVERSION, "stop_band_pct": 3.0}, ["BNB/USDT"], "4h"),
    ("woods1-grid-btc", "woods1", "grid", {"levels": 6, "spacing_pct": 1.0}, ["BTC/USDT"], "1h"),
    ("angry-momentum-sol", "angry", "momentum", MOMENTUM, ["SOL/USDT"], "15m"),
    ("angry-momentum-btc", "angry", "momentum", {**MOMENTUM, "volume_factor": 2.0}, ["BTC/USDT"], "1h"),
    ("angry-momentum-doge", "angry", "momentum", {"rsi_period": 7, "volume_factor": 2.5}, ["DOGE/USDT"], "5m"),
    ("angry-trend-fast", "angry", "trend_following", {"fast": 5, "slow": 20}, ["BTC/USDT", "ETH/USDT"], "15m"),
    ("angry-grid-sol", "angry", "grid", {"levels": 20, "spacing_pct": 0.25}, ["SOL/USDT"], "5m"),
    ("angry-grid-eth", "angry", "grid", GRID, ["ETH/USDT"], "15m"),
    ("angry-meanrev-avax", "angry", "mean_reversion", {**BAND_REVERSION, "stop_band_pct": 2.0}, ["AVAX/USDT"], "4h"),
    ("handjob-trend-majors", "handjob", "trend_following", TREND, ["BTC/USDT", "ETH/USDT"], "1h"),
    ("handjob-meanrev-link", "handjob", "mean_reversion", BAND_REVERSION, ["LINK/USDT"], "4h"),
    ("handjob-grid-btc", "handjob", "grid", GRID, ["BTC/USDT"], "1h"),
    ("handjob-dca-sol", "handjob", "dca", {"interval_hours": 12, "amount": 100}, ["SOL/USDT"], "1d"),
    ("handjob-momentum-eth", "handjob", "momentum", MOMENTUM, ["ETH/USDT"], "1h"),
    ("handjob-rebalance", "handjob", "portfolio_rebalancing", REBALANCE, list(REBALANCE["targets"]), "4h"),
]
