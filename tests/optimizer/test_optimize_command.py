"""``manage.py optimize``: progress, the current-vs-best table, and a change only on confirmation."""
from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from echotrade.models import AuditEvent
from bots.models import Bot
from tests.optimizer.conftest import BAD_TREND, bars_from_closes, cycle_closes, write_csv


def optimize(*args, answer: str | None = None) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    extra = {"stdin": StringIO(answer)} if answer is not None else {}
    call_command("optimize", *args, stdout=out, stderr=err, **extra)
    return out.getvalue(), err.getvalue()


def updates_of(bot: Bot):
    return AuditEvent.objects.filter(action="bot.updated", object_type="bot", object_id=str(bot.pk))


def test_no_answer_changes_nothing(slow_bot, cycle_csv):
    out, _ = optimize("--bot", slow_bot.name, "--trials", "15", "--candles", str(cycle_csv), answer="n\n")
    assert "Apply? [y/N]" in out
    assert "Not applied" in out
    slow_bot.refresh_from_db()
    assert slow_bot.parameters == BAD_TREND
    assert not updates_of(slow_bot).exists()


def test_end_of_input_changes_nothing(slow_bot, cycle_csv):
    out, _ = optimize("--bot", slow_bot.name, "--trials", "15", "--candles", str(cycle_csv), answer="")
    assert "Apply? [y/N]" in out
    slow_bot.refresh_from_db()
    assert slow_bot.parameters == BAD_TREND
    assert not updates_of(slow_bot).exists()


def test_yes_applies_the_best_parameters_and_audits_the_change(slow_bot, cycle_csv):
    args = ("--bot", slow_bot.name, "--trials", "15", "--candles", str(cycle_csv), "--json")
    proposed = json.loads(optimize(*args)[0])["best"]["parameters"]
    out, _ = optimize("--bot", slow_bot.name, "--trials", "15", "--candles", str(cycle_csv), answer="y\n")
    assert "Applied to woods1-trend-btc" in out
    slow_bot.refresh_from_db()
    assert slow_bot.parameters == proposed != BAD_TREND
    event = updates_of(slow_bot).get()
    assert event.before == {"parameters": BAD_TREND}
    assert event.after == {"parameters": proposed}
    assert event.account == slow_bot.account
    assert event.actor_label == "optimizer" and event.message.startswith("15 trials, sharpe; out-of-sample ")


def test_the_yes_option_applies_without_asking(slow_bot, cycle_csv):
    out, _ = optimize("--bot", slow_bot.name, "--trials", "15", "--candles", str(cycle_csv), "--yes", answer="n\n")
    assert "Apply?" not in out
    slow_bot.refresh_from_db()
    assert slow_bot.parameters != BAD_TREND
    assert updates_of(slow_bot).count() == 1


def test_json_never_prompts_and_applies_only_with_yes(slow_bot, cycle_csv):
    out, _ = optimize("--bot", slow_bot.name, "--trials", "10", "--candles", str(cycle_csv), "--json", answer="y\n")
    report = json.loads(out)
    assert report["applied"] is False and report["improved"] is True
    assert not updates_of(slow_bot).exists()
    out, _ = optimize("--bot", slow_bot.name, "--trials", "10", "--candles", str(cycle_csv), "--json", "--yes")
    assert json.loads(out)["applied"] is True
    slow_bot.refresh_from_db()
    assert slow_bot.parameters == report["best"]["parameters"]


def test_it_shows_progress_on_stderr_and_the_current_against_best_table(slow_bot, cycle_csv):
    out, err = optimize("--bot", slow_bot.name, "--trials", "8", "--candles", str(cycle_csv), answer="n\n")
    assert "8/8 trials" in err and "[" + "#" * 30 + "]" in err
    assert "1/8 trials" in err
    for heading in ("parameter", "current", "best", "current IS", "best IS", "current OOS", "best OOS"):
        assert heading in out
    for row in ("fast", "slow", "stop_pct", "roi", "sharpe", "max drawdown", "trades"):
        assert any(line.startswith(row) for line in out.splitlines()), row
    assert "420 in-sample bars" in out and "180 out-of-sample bars" in out


def test_it_says_so_and_does_not_ask_when_nothing_beats_the_current_parameters(slow_bot, cycle_csv):
    optimize("--bot", slow_bot.name, "--trials", "25", "--candles", str(cycle_csv), "--yes")
    slow_bot.refresh_from_db()
    out, _ = optimize("--bot", slow_bot.name, "--trials", "2", "--seed", "5", "--candles", str(cycle_csv), answer="y\n")
    assert "nothing to apply" in out and "Apply?" not in out
    assert updates_of(slow_bot).count() == 1


def test_without_a_file_it_uses_the_bots_recorded_candles(slow_bot):
    # The test price source is the simulator: the same 1,000-bar feed the bot's runner reads.
    out, _ = optimize("--bot", slow_bot.name, "--trials", "3", "--json")
    report = json.loads(out)
    assert report["symbol"] == "BTC/USDT"
    assert 998 <= report["in_sample_bars"] + report["out_of_sample_bars"] <= 1000


@pytest.mark.parametrize(("args", "message"), [
    (("--bot", "nobody"), "No bot named 'nobody'"),
    (("--trials", "0"), "at least 1"),
    (("--split", "1.5"), "between 0 and 1"),
    (("--split", "0"), "between 0 and 1"),
    (("--objective", "profit"), "sharpe, roi"),
    (("--candles", "/nonexistent/candles.csv"), "candles.csv"),
])
def test_bad_input_is_a_readable_command_error(slow_bot, cycle_csv, args, message):
    base = {"--bot": slow_bot.name, "--trials": "3", "--candles": str(cycle_csv)}
    base.update(dict(zip(args[::2], args[1::2])))
    with pytest.raises(CommandError, match=message):
        optimize(*[part for pair in base.items() for part in pair])
    assert not updates_of(slow_bot).exists()


def test_too_few_candles_is_a_command_error(slow_bot, tmp_path):
    short = write_csv(tmp_path / "short.csv", bars_from_closes(cycle_closes(30)))
    with pytest.raises(CommandError, match="30 candles split at 0.7 give 21 in-sample and 9 out-of-sample"):
        optimize("--bot", slow_bot.name, "--trials", "3", "--candles", str(short))
