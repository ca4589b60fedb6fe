"""echotrade.services.model_update: only what changed is set, validated and saved, and the diff comes back."""
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from echotrade.services import changed_before_after, model_update
from traders.models import Trader

FIELDS = ("name", "position_multiplier", "max_leverage", "token_whitelist", "notes")


def test_it_returns_before_and_after_of_the_changed_fields_only(yun_qiang):
    trader, changed = model_update(
        instance=yun_qiang, fields=FIELDS,
        data={"name": "Yun Qiang", "position_multiplier": Decimal("1.0"), "max_leverage": 12, "notes": "watch"},
    )
    assert changed == {"max_leverage": (10, 12), "notes": ("", "watch")}
    assert changed_before_after(changed) == ({"max_leverage": 10, "notes": ""}, {"max_leverage": 12, "notes": "watch"})
    trader.refresh_from_db()
    assert (trader.max_leverage, trader.notes) == (12, "watch")


def test_it_saves_only_the_changed_columns_and_moves_updated_at(yun_qiang):
    stamp = yun_qiang.updated_at
    # Another writer changed a column this instance holds a stale value of: it must survive.
    Trader.objects.filter(pk=yun_qiang.pk).update(priority=7)
    model_update(instance=yun_qiang, fields=FIELDS, data={"max_leverage": 12})
    yun_qiang.refresh_from_db()
    assert (yun_qiang.priority, yun_qiang.max_leverage) == (7, 12)
    assert yun_qiang.updated_at > stamp


def test_nothing_changed_saves_nothing(yun_qiang):
    Trader.objects.filter(pk=yun_qiang.pk).update(priority=7)
    trader, changed = model_update(instance=yun_qiang, fields=FIELDS, data={"max_leverage": 10, "token_whitelist": []})
    assert changed == {}
    assert Trader.objects.get(pk=yun_qiang.pk).updated_at == yun_qiang.updated_at


def test_values_are_compared_as_the_field_stores_them(yun_qiang):
    _, changed = model_update(instance=yun_qiang, fields=FIELDS, data={"max_leverage": "10"})
    assert changed == {}  # "10" cleans to 10: no change, so no audit noise
    _, changed = model_update(instance=yun_qiang, fields=FIELDS, data={"max_leverage": "11"})
    assert changed == {"max_leverage": (10, 11)}


def test_keys_outside_fields_are_ignored(yun_qiang):
    _, changed = model_update(instance=yun_qiang, fields=("notes",), data={"notes": "x", "max_leverage": 50})
    assert changed == {"notes": ("", "x")}
    assert Trader.objects.get(pk=yun_qiang.pk).max_leverage == 10


@pytest.mark.parametrize("data, field", [
    ({"name": ""}, "name"),  # the field's own validation
    ({"position_multiplier": Decimal("9")}, "__all__"),  # a model constraint
])
def test_an_invalid_value_raises_and_saves_nothing(yun_qiang, data, field):
    with pytest.raises(ValidationError) as refused:
        model_update(instance=yun_qiang, fields=FIELDS, data={**data, "notes": "not saved either"})
    assert field in refused.value.message_dict
    stored = Trader.objects.get(pk=yun_qiang.pk)
    assert (stored.name, stored.position_multiplier, stored.notes) == ("Yun Qiang", 1, "")


def test_a_name_that_is_not_a_field_is_a_programming_error(yun_qiang):
    with pytest.raises(ValueError, match="no field colour"):
        model_update(instance=yun_qiang, fields=("colour",), data={"colour": "red"})
