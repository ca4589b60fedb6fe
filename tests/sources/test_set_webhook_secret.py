"""Setting a TradingView trader's webhook passphrase: the service and the management command."""
import hashlib
import io

import pytest
from django.core.management import CommandError, call_command

from echotrade.models import AuditEvent
from echotrade.exceptions import InvalidInput
from signals.services.sources import trader_set_webhook_secret, webhook_secret_matches
from traders.models import Trader


def test_it_stores_only_the_sha256_and_audits_without_the_secret(tv_momentum):
    secret = "another-long-passphrase"
    trader_set_webhook_secret(trader=tv_momentum, secret=secret, actor=None)
    tv_momentum.refresh_from_db()
    assert tv_momentum.webhook_secret_hash == hashlib.sha256(secret.encode()).hexdigest()
    event = AuditEvent.objects.filter(action="trader.webhook_secret_set").latest("id")
    assert secret not in str(event.message) + str(event.after)
    assert tv_momentum.webhook_secret_hash not in str(event.message) + str(event.after)


def test_it_refuses_a_short_passphrase(tv_momentum):
    with pytest.raises(InvalidInput, match="16 characters"):
        trader_set_webhook_secret(trader=tv_momentum, secret="short", actor=None)


def test_it_refuses_a_passphrase_for_a_trader_of_another_source(yun_qiang):
    with pytest.raises(InvalidInput, match="TradingView"):
        trader_set_webhook_secret(trader=yun_qiang, secret="a-long-enough-passphrase", actor=None)


def test_the_comparison_matches_only_the_right_passphrase(tv_momentum):
    from tests.sources.conftest import PASSPHRASE

    assert webhook_secret_matches(trader=tv_momentum, passphrase=PASSPHRASE)
    assert not webhook_secret_matches(trader=tv_momentum, passphrase=PASSPHRASE + "x")
    assert not webhook_secret_matches(trader=None, passphrase=PASSPHRASE)
    assert not webhook_secret_matches(trader=Trader(), passphrase="")


def test_the_command_generates_a_passphrase_and_prints_it_once(tv_momentum):
    out = io.StringIO()
    call_command("set_webhook_secret", "tv_momentum", "--generate", stdout=out, stderr=io.StringIO())
    secret = out.getvalue().strip()
    assert len(secret) >= 16
    tv_momentum.refresh_from_db()
    assert webhook_secret_matches(trader=tv_momentum, passphrase=secret)


def test_the_command_reads_a_passphrase_from_stdin(tv_momentum, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("piped-in-passphrase-123\n"))
    out = io.StringIO()
    call_command("set_webhook_secret", "tv_momentum", stdout=out)
    assert "piped-in-passphrase-123" not in out.getvalue()
    tv_momentum.refresh_from_db()
    assert webhook_secret_matches(trader=tv_momentum, passphrase="piped-in-passphrase-123")


def test_the_command_removes_the_passphrase(tv_momentum):
    call_command("set_webhook_secret", "tv_momentum", "--remove", stdout=io.StringIO())
    tv_momentum.refresh_from_db()
    assert tv_momentum.webhook_secret_hash == ""


def test_the_command_names_an_unknown_trader(db):
    with pytest.raises(CommandError, match="No trader 'ghost'"):
        call_command("set_webhook_secret", "ghost", "--generate", stdout=io.StringIO())
