"""traders.services.trader_duplicate: a new trader with the original's copy settings and alert rules, not its history."""
from decimal import Decimal

import pytest

from echotrade.models import AuditEvent
from echotrade.exceptions import Conflict
from signals.models import Signal
from traders.models import Trader, TraderAlert, TraderFollow
from traders.services import alert_rule_set, trader_create, trader_delete, trader_duplicate, trader_update


def _configured(trader: Trader) -> Trader:
    return trader_update(
        trader=trader, handle="@yq_channel", position_multiplier=Decimal("1.5"), min_confidence=Decimal("0.85"),
        max_leverage=15, token_whitelist=["BTC", "ETH/USDT"], token_blacklist=["DOGE"], paper_trade_only=False,
        priority=3, default_confidence=Decimal("0.6"), notes="copy me",
    )


def test_it_copies_the_configuration_under_a_new_id(yun_qiang, staff_user):
    original = _configured(yun_qiang)
    copy = trader_duplicate(trader=original, actor=staff_user)
    assert copy.pk == "yun_qiang_copy" and copy.name == "Yun Qiang (copy)"
    assert (copy.source, copy.position_multiplier, copy.min_confidence, copy.max_leverage) == ("binance", Decimal("1.5"), Decimal("0.85"), 15)
    assert copy.token_whitelist == ["BTC", "ETH/USDT"] and copy.token_blacklist == ["DOGE"]
    assert (copy.paper_trade_only, copy.priority, copy.default_confidence, copy.notes) == (False, 3, Decimal("0.6"), "copy me")


def test_it_leaves_the_source_handle_and_the_history_behind(yun_qiang, handjob):
    original = _configured(yun_qiang)
    Signal.objects.create(trader=original, symbol="BTC/USDT", side="long", confidence=Decimal("0.9"), external_id="m1")
    copy = trader_duplicate(trader=original)
    assert copy.handle == "" and copy.webhook_secret_hash == "" and copy.sharing_positions is None
    assert copy.signals.count() == 0 and original.signals.count() == 1
    # It starts off (nothing to copy until it has a source), and every account follows it as any new trader.
    assert not copy.active
    assert TraderFollow.objects.filter(trader=copy, enabled=True).count() == 3


def test_it_is_audited_as_a_creation_and_a_duplication(yun_qiang, staff_user):
    copy = trader_duplicate(trader=yun_qiang, actor=staff_user)
    assert AuditEvent.objects.filter(action="trader.created", object_id=copy.pk, actor_label="ops").exists()
    event = AuditEvent.objects.get(action="trader.duplicated", object_id=copy.pk)
    assert event.actor_label == "ops" and event.after == {"from": "yun_qiang", "id": "yun_qiang_copy"}


def test_each_copy_gets_a_free_id_even_past_a_deleted_one(yun_qiang):
    first = trader_duplicate(trader=yun_qiang)
    trader_delete(trader=first)  # a deleted trader keeps its id for the record
    second = trader_duplicate(trader=yun_qiang)
    third = trader_duplicate(trader=yun_qiang)
    assert (first.pk, second.pk, third.pk) == ("yun_qiang_copy", "yun_qiang_copy2", "yun_qiang_copy3")


def test_a_copy_of_a_trader_with_a_64_character_id_still_fits(accounts):
    long = trader_create(id="x" * 64, name="Long")
    copy = trader_duplicate(trader=long)
    assert len(copy.pk) == 64 and copy.pk.endswith("_copy")


def test_a_taken_id_given_by_the_caller_is_refused_and_nothing_is_created(yun_qiang, crypto_loby):
    with pytest.raises(Conflict) as refused:
        trader_duplicate(trader=yun_qiang, new_id="crypto_loby")
    assert "id" in refused.value.fields
    assert Trader.objects.count() == 2
    assert not AuditEvent.objects.filter(action="trader.duplicated").exists()


def test_it_copies_the_alert_rules_and_audits_each_one(yun_qiang, staff_user):
    alert_rule_set(trader=yun_qiang, kind="drawdown", threshold="0.15", auto_pause=True)
    alert_rule_set(trader=yun_qiang, kind="win_rate", threshold="0.4", window=30, enabled=False)
    rule = alert_rule_set(trader=yun_qiang, kind="consecutive_losses", threshold=4)
    TraderAlert.objects.create(rule=rule, trader=yun_qiang, kind=rule.kind, message="4 losing trades in a row")

    copy = trader_duplicate(trader=yun_qiang, actor=staff_user)

    fields = ("kind", "threshold", "window", "auto_pause", "enabled")
    rules = lambda trader: list(trader.alert_rules.order_by("kind").values_list(*fields))  # noqa: E731
    assert rules(copy) == rules(yun_qiang) == [
        ("consecutive_losses", Decimal("4"), None, False, True),
        ("drawdown", Decimal("0.15"), None, True, True),
        ("win_rate", Decimal("0.4"), 30, False, False),
    ]
    assert not TraderAlert.objects.filter(trader=copy).exists()  # the fired alerts are history: they stay
    copied = AuditEvent.objects.filter(action="trader.alert_rule_set", actor_label="ops")
    assert sorted(e.after["kind"] for e in copied) == ["consecutive_losses", "drawdown", "win_rate"]
    assert {e.after["trader"] for e in copied} == {copy.pk}
