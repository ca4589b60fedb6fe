"""Strategies: importing this package registers every one of them in ``base.REGISTRY``."""
# Importing each strategy module registers its class.
from bots.strategies import (  # noqa: F401
    dca,
    grid,
    mean_reversion,
    momentum,
    rebalance,
    trend_following,
)
from bots.strategies.base import (
    REGISTRY,
    Candles,
    Context,
    Contexts,
    Param,
    Range,
    Strategy,
    Vote,
    Votes,
    register,
    strategy_for,
)

__all__ = [
    "REGISTRY", "Candles", "Context", "Contexts", "Param", "Range", "Strategy", "Vote", "Votes", "register",
    "split_parameters", "strategy_for",
]


def split_parameters(strategy_key: str, parameters: dict | None) -> tuple[dict, dict]:
    """Split a bot's ``parameters`` into the strategy's numeric ``Param`` values and the rest.

    ``Bot.parameters`` may hold settings that are not ``Param``s because they are not numbers
    (the rebalancer's ``targets`` mapping); ``Strategy.__init__`` rejects those, so callers build
    the strategy from the first dict and put the second into the strategy's ``state``:

        values, extra = split_parameters(bot.strategy, bot.parameters)
        strategy = strategy_for(bot.strategy, values)
        state.update(extra)

    A strategy declares its non-numeric keys in ``extra_keys`` and may validate them in a
    ``clean_extra(extra) -> extra`` classmethod. Any other key is a typo: ValueError names it,
    as does an unknown strategy. Parameter *values* are checked by ``strategy_for``, not here.
    """
    if strategy_key not in REGISTRY:
        raise ValueError(f"Unknown strategy '{strategy_key}'; known: {', '.join(sorted(REGISTRY))}.")
    cls = REGISTRY[strategy_key]
    parameters = dict(parameters or {})
    allowed_extra = getattr(cls, "extra_keys", ())
    unknown = sorted(set(parameters) - set(cls.params) - set(allowed_extra))
    if unknown:
        takes = ", ".join([*cls.params, *allowed_extra])
        raise ValueError(f"{strategy_key} has no parameter {', '.join(unknown)}; it takes {takes}.")
    values = {name: value for name, value in parameters.items() if name in cls.params}
    extra = {name: value for name, value in parameters.items() if name not in cls.params}
    if hasattr(cls, "clean_extra"):
        extra = cls.clean_extra(extra)
    return values, extra
