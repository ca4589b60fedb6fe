"""``load_strategies``: YAML strategy files become bots through the bot services, all or nothing."""
from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

import bots
from echotrade.models import AuditEvent
from accounts.services import account_create
from bots.models import Bot
from bots.strategy_files import collect_files, read_specs

EXAMPLES = Path(bots.__file__).resolve().parent / "strategy_configs"
MOMENTUM = """\
name: btc-momentum-5m
strategy: momentum
account: angry
symbols: [BTCUSDT, eth/usdt]
timeframe: 5m
parameters: {rsi_period: 14, volume_factor: 1.5}
"""


@pytest.fixture
def demo_accounts(db):
    return {name: account_create(name=name) for name in ("woods1", "angry", "handjob")}


def load(*paths, **options) -> str:
    out = StringIO()
    call_command("load_strategies", *map(str, paths), stdout=out, **options)
    return out.getvalue()


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text)
    return path


def problems(tmp_path, text: str) -> list[str]:
    """The messages for one file, from validation alone (no database)."""
    _, errors = read_specs(collect_files([write(tmp_path, "bot.yml", text)]))
    return errors


# --- Loading ----------------------------------------------------------------------------------
def test_the_example_files_create_their_bots_through_the_services(demo_accounts):
    output = load(EXAMPLES)

    assert Bot.objects.count() == 4
    created = AuditEvent.objects.filter(action="bot.created")
    assert created.count() == 4 and set(created.values_list("actor_label", flat=True)) == {"load_strategies"}
    momentum = Bot.objects.get(name="btc-momentum-5m")
    assert (momentum.account.name, momentum.strategy, momentum.timeframe) == ("angry", "momentum", "5m")
    assert momentum.symbols == ["BTC/USDT", "ETH/USDT"] and momentum.parameters["volume_factor"] == 1.5
    rebalance = Bot.objects.get(name="daily-rebalance")
    assert rebalance.parameters["targets"] == {"BTC/USDT": 0.5, "ETH/USDT": 0.3, "SOL/USDT": 0.2}
    assert "created btc-momentum-5m" in output


def test_symbols_are_normalised_and_parameters_stored_as_their_kind(demo_accounts, tmp_path):
    load(write(tmp_path, "m.yml", MOMENTUM.replace("rsi_period: 14", "rsi_period: 14.0")))
    bot = Bot.objects.get(name="btc-momentum-5m")

    assert bot.symbols == ["BTC/USDT", "ETH/USDT"]
    assert bot.parameters == {"rsi_period": 14, "volume_factor": 1.5} and isinstance(bot.parameters["rsi_period"], int)


def test_a_file_may_hold_several_bots_under_bots(demo_accounts, tmp_path):
    load(write(tmp_path, "two.yml", "bots:\n  - {name: a, strategy: grid, account: angry, symbols: [ETH/USDT]}\n"
                                    "  - {name: b, strategy: dca, account: woods1, symbols: [BTC/USDT], enabled: false}\n"))

    assert Bot.objects.get(name="a").timeframe == "15m"  # the strategy's default timeframe
    assert Bot.objects.get(name="b").enabled is False


def test_one_invalid_file_means_nothing_is_written(demo_accounts, tmp_path):
    write(tmp_path, "good.yml", MOMENTUM)
    write(tmp_path, "bad.yml", MOMENTUM.replace("btc-momentum-5m", "other").replace("rsi_period: 14", "rsi_period: 500"))

    with pytest.raises(CommandError, match=r"bad\.yml: parameters\.rsi_period: must be within 2\.\.100, not 500"):
        load(tmp_path)
    assert not Bot.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="bot.").exists()


def test_a_refusal_by_the_service_rolls_back_the_bots_before_it(demo_accounts, tmp_path, monkeypatch):
    from bots import strategy_files
    from echotrade.exceptions import InvalidInput

    calls = []

    def refuse_second(**fields):
        calls.append(fields["name"])
        if len(calls) == 2:
            raise InvalidInput("Refused.", fields={"symbols": ["Refused."]})
        return original(**fields)

    original = strategy_files.bot_create
    monkeypatch.setattr(strategy_files, "bot_create", refuse_second)
    write(tmp_path, "a.yml", MOMENTUM)
    write(tmp_path, "b.yml", MOMENTUM.replace("btc-momentum-5m", "second"))

    with pytest.raises(CommandError, match=r"b\.yml: symbols: Refused\."):
        load(tmp_path)
    assert not Bot.objects.exists()


def test_reloading_a_changed_file_updates_the_bot(demo_accounts, tmp_path):
    path = write(tmp_path, "m.yml", MOMENTUM)
    load(path)
    path.write_text(MOMENTUM.replace("volume_factor: 1.5", "volume_factor: 2.5").replace("timeframe: 5m", "timeframe: 15m"))

    output = load(path)

    bot = Bot.objects.get(name="btc-momentum-5m")
    assert bot.parameters["volume_factor"] == 2.5 and bot.timeframe == "15m"
    updated = AuditEvent.objects.get(action="bot.updated")
    assert updated.after == {"parameters": {"rsi_period": 14, "volume_factor": 2.5}, "timeframe": "15m"}
    assert "updated btc-momentum-5m" in output and "[parameters, timeframe]" in output


def test_reloading_a_file_without_enabled_leaves_a_stopped_bot_stopped(demo_accounts, tmp_path):
    from bots.services import bot_set_enabled

    path = write(tmp_path, "m.yml", MOMENTUM)
    load(path)
    bot_set_enabled(bot=Bot.objects.get(name="btc-momentum-5m"), enabled=False)

    assert "unchanged" in load(path)
    assert Bot.objects.get(name="btc-momentum-5m").enabled is False
    path.write_text(MOMENTUM + "enabled: true\n")
    load(path)
    assert Bot.objects.get(name="btc-momentum-5m").enabled is True


def test_reloading_an_unchanged_file_writes_nothing(demo_accounts):
    load(EXAMPLES)
    events = AuditEvent.objects.count()

    output = load(EXAMPLES)

    assert AuditEvent.objects.count() == events
    assert output.count("unchanged") == 4


def test_dry_run_reports_and_writes_nothing(demo_accounts):
    output = load(EXAMPLES, dry_run=True)

    assert "would create btc-momentum-5m" in output
    assert not Bot.objects.exists()


# --- Accounts ---------------------------------------------------------------------------------
def test_the_account_option_fills_in_a_file_without_one(demo_accounts, tmp_path):
    load(write(tmp_path, "m.yml", MOMENTUM.replace("account: angry\n", "")), account="handjob")

    assert Bot.objects.get(name="btc-momentum-5m").account.name == "handjob"


def test_an_account_option_that_contradicts_the_file_is_refused(demo_accounts, tmp_path):
    with pytest.raises(CommandError, match=r"m\.yml: account: the file says 'angry' but --account says 'woods1'"):
        load(write(tmp_path, "m.yml", MOMENTUM), account="woods1")


def test_a_file_without_an_account_needs_the_option(demo_accounts, tmp_path):
    with pytest.raises(CommandError, match=r"m\.yml: account: required \(or give --account\)"):
        load(write(tmp_path, "m.yml", MOMENTUM.replace("account: angry\n", "")))


def test_an_unknown_account_is_named_with_its_file(demo_accounts, tmp_path):
    with pytest.raises(CommandError, match=r"m\.yml: account: no account named 'grumpy'"):
        load(write(tmp_path, "m.yml", MOMENTUM.replace("angry", "grumpy")))


def test_a_bot_name_taken_in_another_account_is_refused(demo_accounts, tmp_path):
    load(write(tmp_path, "m.yml", MOMENTUM))

    with pytest.raises(CommandError, match=r"name: the bot 'btc-momentum-5m' belongs to account 'angry'"):
        load(write(tmp_path, "m.yml", MOMENTUM.replace("angry", "woods1")))
    assert Bot.objects.get(name="btc-momentum-5m").account.name == "angry"


# --- Validation (no database) -------------------------------------------------------------------
@pytest.mark.parametrize(
    "change, message",
    [
        (("strategy: momentum", "strategy: moonshot"), "bot.yml: strategy: 'moonshot' is not a strategy"),
        (("rsi_period: 14", "rsi_period: 1"), r"bot.yml: parameters.rsi_period: must be within 2..100, not 1"),
        (("rsi_period: 14", "rsi_length: 14"), "bot.yml: parameters.rsi_length: momentum has no such parameter"),
        (("volume_factor: 1.5", "volume_factor: lots"), "bot.yml: parameters.volume_factor: must be a number"),
        (("rsi_period: 14", "rsi_period: 14.5"), "bot.yml: parameters.rsi_period: must be a whole number"),
        (("eth/usdt", "not a pair!"), r"bot.yml: symbols\[1\]: 'not a pair!' is not a trading pair"),
        (("symbols: [BTCUSDT, eth/usdt]", "symbols: []"), "bot.yml: symbols: required"),
        (("timeframe: 5m", "timeframe: 2h"), "bot.yml: timeframe: must be one of 1m, 5m, 15m, 1h, 4h, 1d, not '2h'"),
        (("name: btc-momentum-5m", "name: ''"), "bot.yml: name: required"),
        (("enabled: true", "enabled: yes please"), "bot.yml: enabled: must be true or false"),
        (("timeframe: 5m", "timeframe: 5m\nschedule: hourly"), "bot.yml: schedule: unknown field"),
        (("parameters: {rsi_period: 14, volume_factor: 1.5}", "parameters: [14]"), "bot.yml: parameters: must be a mapping"),
    ],
)
def test_each_invalid_field_is_named_with_its_file(tmp_path, change, message):
    text = MOMENTUM.replace("timeframe: 5m", "timeframe: 5m\nenabled: true")
    errors = problems(tmp_path, text.replace(*change))

    assert len(errors) == 1 and errors[0].startswith(str(tmp_path))
    assert re.search(message, errors[0]), errors


def test_strategy_cross_checks_and_targets_are_validated(tmp_path):
    trend = problems(tmp_path, "name: t\nstrategy: trend_following\nsymbols: [BTC/USDT]\nparameters: {fast: 50, slow: 20}\n")
    weights = problems(tmp_path, "name: r\nstrategy: portfolio_rebalancing\nsymbols: [BTC/USDT]\n"
                                 "parameters: {targets: {BTC/USDT: 0.9, ETH/USDT: 0.4}}\n")

    assert trend == [f"{tmp_path / 'bot.yml'}: parameters: trend_following.fast must be below trend_following.slow, not 50 >= 20."]
    assert "parameters: targets add up to 1.3" in weights[0]


def test_every_problem_is_reported_at_once_with_its_list_position(tmp_path):
    errors = problems(tmp_path, "bots:\n  - {name: a, strategy: grid, symbols: [ETH/USDT], parameters: {levels: 0}}\n"
                                "  - {name: b, strategy: dca, symbols: [BTC/USDT], timeframe: 3d}\n")

    assert [e.split(": ", 1)[1] for e in errors] == [
        "bots[0].parameters.levels: must be within 2..100, not 0.",
        "bots[1].timeframe: must be one of 1m, 5m, 15m, 1h, 4h, 1d, not '3d'.",
    ]


def test_a_name_defined_twice_is_an_error(tmp_path):
    write(tmp_path, "a.yml", MOMENTUM)
    write(tmp_path, "b.yml", MOMENTUM)

    _, errors = read_specs(collect_files([tmp_path]))

    assert errors == [f"{tmp_path / 'b.yml'}: name: 'btc-momentum-5m' is also defined at {tmp_path / 'a.yml'}."]


def test_a_file_that_is_not_yaml_says_where(tmp_path):
    errors = problems(tmp_path, "name: [unclosed\n")

    assert errors[0].startswith(f"{tmp_path / 'bot.yml'}: not valid YAML (line 2)")


def test_a_path_that_does_not_exist_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="no such file or directory"):
        load(tmp_path / "missing.yml")
