"""Bots from YAML strategy files (the trader-dashboard's ``momentum_strategy.yml`` style).

A file holds one bot, or several in a list under ``bots:``::

    name: btc-momentum-5m        # required; bot names are unique across all accounts
    strategy: momentum           # required; a registered key (bots.strategies.REGISTRY)
    account: angry               # the account's name; may be left out when --account is given
    symbols: [BTC/USDT, ETH/USDT]  # required, non-empty; BTCUSDT, btc/usdt ... are normalised
    timeframe: 5m                # 1m 5m 15m 1h 4h 1d; default: the strategy's own
    enabled: true                # a new bot: default true; a reloaded bot: left as it is if absent
    parameters:                  # default {}: the strategy's defaults
      rsi_period: 14             # numbers within the strategy's ranges
      volume_factor: 1.5
      # portfolio_rebalancing also takes targets: {BTC/USDT: 0.5, ETH/USDT: 0.3, SOL/USDT: 0.2}

    bots:                        # or: several bots in one file
      - {name: ..., strategy: ..., ...}

Unknown keys are errors, not ignored, so a typo cannot silently leave a default in place. A file
without ``account`` takes the command's ``--account``; a file naming a *different* account than
``--account`` is an error rather than an override, because loading it would otherwise move an
existing bot of that name between accounts.

Loading is all or nothing: every file is read and validated first, every problem reported at
once as ``FILE: FIELD: message`` (e.g. ``m.yml: bots[1].parameters.rsi_period: must be within
2..100, not 500.``), and bots are created (``bot_create``) or changed (``bot_update``) through
the bot services in one transaction only when there is none. A bot whose file matches what is
stored is left alone, so loading the same files twice writes nothing the second time.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.db import transaction

from accounts.models import Account
from bots.models import Bot
from bots.services import bot_create, bot_update
from bots.strategies import REGISTRY, split_parameters, strategy_for
from echotrade.exceptions import EchoTradeError
from echotrade.symbols import normalize_symbol

BOT_KEYS = ("name", "strategy", "account", "symbols", "timeframe", "enabled", "parameters")
COMPARED_FIELDS = ("strategy", "symbols", "parameters", "timeframe", "enabled")
NAME_MAX_LENGTH = Bot._meta.get_field("name").max_length


class StrategyFileError(Exception):
    """One or more files are invalid; ``errors`` holds one ``FILE: FIELD: message`` line each."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class BotSpec:
    where: str  # "FILE: " or "FILE: bots[2]." — the prefix of every message about this bot
    name: str
    strategy: str
    account: str | None
    symbols: list[str]
    timeframe: str
    enabled: bool | None  # None: not in the file
    parameters: dict


@dataclass
class Planned:
    action: str  # "create" | "update" | "unchanged"
    spec: BotSpec
    account: Account
    bot: Bot | None = None
    changes: dict = field(default_factory=dict)


def load_strategy_files(
    paths: list[str | Path], *, account: str | None = None, dry_run: bool = False, actor_label: str = "load_strategies",
) -> list[Planned]:
    """Validate every file, then (unless ``dry_run``) create or update its bots in one transaction."""
    specs, errors = read_specs(collect_files(paths))
    with transaction.atomic():
        planned, account_errors = plan(specs, account)
        # One report for everything: the bots with valid files are checked against the database
        # too, so a user fixes all problems in one round.
        if errors or account_errors:
            raise StrategyFileError(errors + account_errors)
        if not dry_run:
            _apply(planned, actor_label)
    return planned


def collect_files(paths: list[str | Path]) -> list[Path]:
    """The files named, and the ``*.yml``/``*.yaml`` files directly inside the directories named."""
    files, errors = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in (".yml", ".yaml") and p.is_file())
            if not found:
                errors.append(f"{path}: no .yml or .yaml files in this directory.")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(f"{path}: no such file or directory.")
    if errors:
        raise StrategyFileError(errors)
    return files


def read_specs(files: list[Path]) -> tuple[list[BotSpec], list[str]]:
    """The valid bots of every file, checked without the database, and a message per problem."""
    specs, errors = [], []
    for path in files:
        for where, entry in _entries(path, errors):
            spec = _spec(where, entry, errors)
            if spec is not None:
                specs.append(spec)
    seen: dict[str, str] = {}
    for spec in specs:
        if spec.name in seen:
            errors.append(f"{spec.where}name: '{spec.name}' is also defined at {seen[spec.name].rstrip(': .')}.")
        seen.setdefault(spec.name, spec.where)
    return specs, errors


def _entries(path: Path, errors: list[str]) -> list[tuple[str, object]]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        errors.append(f"{path}: not valid YAML{line}: {getattr(error, 'problem', None) or error}")
        return []
    except (OSError, UnicodeDecodeError) as error:
        errors.append(f"{path}: cannot read the file ({error}).")
        return []
    if isinstance(document, dict) and "bots" in document:
        extra = sorted(set(document) - {"bots"})
        if extra:
            errors.append(f"{path}: {', '.join(extra)}: a file with 'bots:' holds nothing else; put these in each bot.")
        if not isinstance(document["bots"], list) or not document["bots"]:
            errors.append(f"{path}: bots: must be a non-empty list of bot mappings.")
            return []
        return [(f"{path}: bots[{i}].", entry) for i, entry in enumerate(document["bots"])]
    if not isinstance(document, dict):
        errors.append(f"{path}: expected a bot mapping (name, strategy, symbols, ...) or a 'bots:' list.")
        return []
    return [(f"{path}: ", document)]


def _spec(where: str, entry: object, errors: list[str]) -> BotSpec | None:
    if not isinstance(entry, dict):
        errors.append(f"{where.rstrip('.: ')}: expected a mapping with name, strategy, symbols, ...")
        return None
    before = len(errors)
    for key in sorted(set(entry) - set(BOT_KEYS), key=str):
        errors.append(f"{where}{key}: unknown field; a bot takes {', '.join(BOT_KEYS)}.")
    name = _name(where, entry.get("name"), errors)
    strategy = _strategy_key(where, entry.get("strategy"), errors)
    account = _optional_text(where, "account", entry.get("account"), errors)
    symbols = _symbols(where, entry.get("symbols"), errors)
    enabled = entry.get("enabled")
    if enabled is not None and not isinstance(enabled, bool):
        errors.append(f"{where}enabled: must be true or false, not {enabled!r}.")
    timeframe = entry.get("timeframe")
    if timeframe is None and strategy:
        timeframe = REGISTRY[strategy].default_timeframe
    elif timeframe is not None and timeframe not in Bot.Timeframe.values:
        errors.append(f"{where}timeframe: must be one of {', '.join(Bot.Timeframe.values)}, not {timeframe!r}.")
    parameters = _parameters(where, strategy, entry.get("parameters"), errors) if strategy else None
    if len(errors) > before:
        return None
    return BotSpec(where, name, strategy, account, symbols, timeframe, enabled, parameters)


def _name(where: str, value, errors: list[str]) -> str | None:
    if not isinstance(value, str) or not value.strip():
        errors.append(f"{where}name: required, a non-empty text.")
        return None
    if len(value.strip()) > NAME_MAX_LENGTH:
        errors.append(f"{where}name: at most {NAME_MAX_LENGTH} characters.")
    return value.strip()


def _strategy_key(where: str, value, errors: list[str]) -> str | None:
    if value not in REGISTRY:
        errors.append(f"{where}strategy: {value!r} is not a strategy; use one of {', '.join(sorted(REGISTRY))}.")
        return None
    return value


def _optional_text(where: str, key: str, value, errors: list[str]) -> str | None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        errors.append(f"{where}{key}: must be a name, not {value!r}.")
        return None
    return value.strip() if value else None


def _symbols(where: str, value, errors: list[str]) -> list[str] | None:
    if not isinstance(value, list) or not value:
        errors.append(f"{where}symbols: required, a non-empty list such as [BTC/USDT, ETH/USDT].")
        return None
    symbols = []
    for i, raw in enumerate(value):
        try:
            symbols.append(normalize_symbol(raw if isinstance(raw, str) else ""))
        except EchoTradeError:
            errors.append(f"{where}symbols[{i}]: {raw!r} is not a trading pair; write it as BASE/QUOTE, e.g. BTC/USDT.")
    return list(dict.fromkeys(symbols))


def _parameters(where: str, strategy: str, value, errors: list[str]) -> dict | None:
    """The parameters as they will be stored: numbers coerced to each Param's kind, extras cleaned."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        errors.append(f"{where}parameters: must be a mapping such as {{rsi_period: 14}}, not {value!r}.")
        return None
    before = len(errors)
    cls = REGISTRY[strategy]
    takes = [*cls.params, *getattr(cls, "extra_keys", ())]
    for name in sorted(set(value) - set(takes), key=str):
        errors.append(f"{where}parameters.{name}: {strategy} has no such parameter; it takes {', '.join(takes)}.")
    known = {name: raw for name, raw in value.items() if name in takes}
    try:
        values, extra = split_parameters(strategy, known)
    except ValueError as error:  # an invalid extra, e.g. targets
        errors.append(f"{where}parameters: {error}")
        values, extra = {name: raw for name, raw in known.items() if name in cls.params}, {}
    coerced = {name: _number(where, strategy, name, raw, errors) for name, raw in values.items()}
    if len(errors) > before:
        return None
    try:
        strategy_for(strategy, coerced)  # the strategy's own cross-checks, e.g. fast < slow
    except ValueError as error:
        errors.append(f"{where}parameters: {error}")
        return None
    return {**coerced, **extra}


def _number(where: str, strategy: str, name: str, raw, errors: list[str]):
    spec = REGISTRY[strategy].params[name]
    label = f"{where}parameters.{name}"
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        errors.append(f"{label}: must be a number, not {raw!r}.")
        return None
    if spec.kind is int and raw != int(raw):
        errors.append(f"{label}: must be a whole number, not {raw!r}.")
        return None
    value = spec.kind(raw)
    if not spec.low <= value <= spec.high:
        errors.append(f"{label}: must be within {spec.low}..{spec.high}, not {raw!r}.")
        return None
    return value


def plan(specs: list[BotSpec], account_override: str | None) -> tuple[list[Planned], list[str]]:
    """What loading would do to each bot, and a message per unknown account or name clash."""
    accounts = {account.name: account for account in Account.objects.all()}
    planned, errors = [], []
    for spec in specs:
        account_name = _account_name(spec, account_override, errors)
        if account_name is None:
            continue
        account = accounts.get(account_name)
        if account is None:
            errors.append(f"{spec.where}account: no account named '{account_name}'; there are {', '.join(sorted(accounts)) or 'none'}.")
            continue
        bot = Bot.objects.filter(name=spec.name).first()
        if bot is not None and bot.account_id != account.pk:
            errors.append(
                f"{spec.where}name: the bot '{spec.name}' belongs to account '{bot.account.name}'; "
                f"bot names are unique across accounts, so pick another name."
            )
            continue
        planned.append(_planned(spec, account, bot))
    return planned, errors


def _account_name(spec: BotSpec, override: str | None, errors: list[str]) -> str | None:
    if spec.account and override and spec.account != override:
        errors.append(f"{spec.where}account: the file says '{spec.account}' but --account says '{override}'.")
        return None
    if not (spec.account or override):
        errors.append(f"{spec.where}account: required (or give --account).")
        return None
    return spec.account or override


def _planned(spec: BotSpec, account: Account, bot: Bot | None) -> Planned:
    if bot is None:
        return Planned("create", spec, account)
    wanted = {name: getattr(spec, name) for name in COMPARED_FIELDS}
    if spec.enabled is None:
        # Starting and stopping bots is an operator's switch (and the emergency stop's): a file
        # that does not mention it must not switch a stopped bot back on.
        del wanted["enabled"]
    changes = {name: value for name, value in wanted.items() if getattr(bot, name) != value}
    return Planned("update" if changes else "unchanged", spec, account, bot, changes)


def _apply(planned: list[Planned], actor_label: str) -> None:
    """Write through the services; the caller's transaction undoes everything if one of them refuses."""
    for item in planned:
        spec = item.spec
        try:
            if item.action == "create":
                item.bot = bot_create(
                    name=spec.name, account=item.account, strategy=spec.strategy, symbols=spec.symbols,
                    parameters=spec.parameters, timeframe=spec.timeframe, enabled=spec.enabled is not False,
                    actor_label=actor_label,
                )
            elif item.action == "update":
                item.bot = bot_update(bot=item.bot, **item.changes)
        except EchoTradeError as error:
            raise StrategyFileError([f"{spec.where}{_first_field(error)}{error.message}"]) from None


def _first_field(error: EchoTradeError) -> str:
    return f"{next(iter(error.fields))}: " if error.fields else ""
