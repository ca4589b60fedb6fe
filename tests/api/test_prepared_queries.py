"""A query or update compiled once (echotrade/prepared.py) does exactly what its queryset does."""
from decimal import Decimal

import pytest
from django.contrib.auth.models import User

from django.db.models import F, Value
from django.db.models.functions import Concat

from echotrade.prepared import PreparedQuery, PreparedUpdate
from traders.models import Trader
from traders.selectors import trader_get
from traders.services import trader_create


def fields(obj) -> dict:
    return {f.attname: getattr(obj, f.attname) for f in type(obj)._meta.concrete_fields}


@pytest.mark.django_db
def test_a_prepared_trader_read_equals_the_orms_field_for_field():
    trader_create(id="prepared", name="Prepared", token_whitelist=["BTC", "ETH"], min_confidence=Decimal("0.8"))
    Trader.objects.filter(pk="prepared").update(trailing={"kind": "moving_target"}, tp_fractions=["0.5", "0.5"])
    expected = Trader.objects.get(pk="prepared")
    got = trader_get(trader_id="prepared")
    assert fields(got) == fields(expected)
    assert got._state.adding is False and got._state.db == "default"


@pytest.mark.django_db
def test_a_prepared_read_sees_each_call_s_value_and_a_deleted_row_at_once():
    trader_create(id="first", name="First")
    trader_create(id="second", name="Second")
    assert (trader_get(trader_id="first").name, trader_get(trader_id="second").name) == ("First", "Second")
    Trader.objects.filter(pk="second").delete()
    with pytest.raises(Exception, match="No trader"):
        trader_get(trader_id="second")


@pytest.mark.django_db
def test_a_query_with_more_than_its_one_value_is_refused():
    query = PreparedQuery(lambda name: User.objects.filter(username=name, first_name="constant"), probe="probe")
    with pytest.raises(TypeError, match="only parameter"):
        query._compile("default")


RENAME = PreparedUpdate(
    lambda trader_id, suffix: (
        Trader.objects.filter(pk=trader_id, active=True), {"name": Concat(F("name"), Value(suffix)), "handle": suffix}
    ),
    trader_id="\x1fprobe", suffix="\x1fsuffix",
)


@pytest.mark.django_db
def test_a_prepared_update_sends_each_call_s_values_and_counts_the_rows():
    trader_create(id="first", name="First")
    trader_create(id="second", name="Second")
    assert RENAME.run(trader_id="first", suffix=" one") == 1
    assert RENAME.run(trader_id="second", suffix=" two") == 1
    Trader.objects.filter(pk="second").update(active=False)
    assert RENAME.run(trader_id="second", suffix=" again") == 0  # the queryset's own filter still holds
    assert list(Trader.objects.order_by("pk").values_list("name", "handle")) == [("First one", " one"), ("Second two", " two")]


@pytest.mark.django_db
def test_an_update_whose_value_became_sql_is_refused():
    folded = PreparedUpdate(lambda trader_id: (Trader.objects.filter(pk=trader_id[:3]), {"active": False}), trader_id="\x1fprobe")
    with pytest.raises(TypeError, match="became SQL"):
        folded._compile("default")
