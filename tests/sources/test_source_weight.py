"""Per-source confidence weight: SOURCE_CONFIDENCE_WEIGHTS scales what a source says."""
from decimal import Decimal

import pytest
from django.core.exceptions import ImproperlyConfigured

from signals.services.sources import source_weight, weighted_confidence
from tests.helpers import decision_of, send_signal

pytestmark = pytest.mark.usefixtures("market")


def test_every_source_counts_in_full_by_default(settings):
    del settings.SOURCE_CONFIDENCE_WEIGHTS  # absent from settings.py until the operator sets it
    assert {source_weight(s) for s in ("telegram", "binance", "tradingview", "manual", "bot")} == {Decimal("1")}


@pytest.mark.parametrize("configured", [{"binance": 0.8}, {"binance": "0.8"}, "binance=0.8, telegram=1"])
def test_the_weight_is_read_from_a_dict_or_from_text(settings, configured):
    settings.SOURCE_CONFIDENCE_WEIGHTS = configured
    assert source_weight("binance") == Decimal("0.8")
    assert source_weight("telegram") == Decimal("1")


@pytest.mark.parametrize("configured", [{"binance": "lots"}, {"binance": -0.5}, "binance=nan"])
def test_a_bad_weight_is_a_configuration_error(settings, configured):
    settings.SOURCE_CONFIDENCE_WEIGHTS = configured
    with pytest.raises(ImproperlyConfigured, match="binance"):
        source_weight("binance")


def test_the_weighted_confidence_stays_within_0_and_1(settings):
    settings.SOURCE_CONFIDENCE_WEIGHTS = {"bot": 1.5, "binance": 0.8}
    assert weighted_confidence(Decimal("0.9"), "bot") == Decimal("1")
    assert weighted_confidence(Decimal("0.9"), "binance") == Decimal("0.72")


def test_a_0_8_weight_scales_the_stored_confidence_and_keeps_the_given_one(settings, yun_qiang):
    settings.SOURCE_CONFIDENCE_WEIGHTS = {"binance": 0.8}
    signal = send_signal(confidence="0.9")
    assert signal.confidence == Decimal("0.72")
    assert signal.raw["confidence_given"] == "0.9"


def test_the_weight_applies_to_the_traders_default_confidence_too(settings, yun_qiang):
    settings.SOURCE_CONFIDENCE_WEIGHTS = {"binance": 0.5}
    signal = send_signal(confidence=None)
    assert signal.confidence == yun_qiang.default_confidence * Decimal("0.5")


def test_a_full_weight_leaves_confidence_and_raw_as_sent(yun_qiang):
    signal = send_signal(confidence="0.9")
    assert signal.confidence == Decimal("0.9")
    assert "confidence_given" not in signal.raw


def test_a_lower_weight_makes_an_account_filter_what_it_would_take(settings, yun_qiang, handjob, angry):
    taken = send_signal(confidence="0.9", external_id="full")
    assert decision_of(taken, handjob).outcome == "executed"
    settings.SOURCE_CONFIDENCE_WEIGHTS = {"binance": 0.8}
    weighted = send_signal(confidence="0.9", external_id="weighted")
    decision = decision_of(weighted, handjob)
    assert (decision.outcome, decision.reason) == ("filtered", "confidence_below_threshold")
    assert decision_of(weighted, angry).outcome == "executed"  # 0.72 still clears angry's 0.7


def test_another_sources_weight_leaves_this_source_alone(settings, yun_qiang):
    settings.SOURCE_CONFIDENCE_WEIGHTS = {"telegram": 0.5}
    assert send_signal(confidence="0.9").confidence == Decimal("0.9")
