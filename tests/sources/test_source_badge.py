"""The source badge on signals and decisions, and the signal list filtered by source."""
import pytest

from tests.helpers import decision_of, send_signal

pytestmark = pytest.mark.usefixtures("market")


def test_a_signal_and_each_of_its_decisions_carry_the_source(api, yun_qiang):
    signal = send_signal()
    body = api.get(f"/api/signals/{signal.pk}").json()
    assert body["source"] == "binance"
    assert {d["source"] for d in body["decisions"]} == {"binance"}


def test_an_approved_decision_answers_with_its_source(api, yun_qiang, woods1):
    from accounts.services import account_update_risk

    account_update_risk(account=woods1, approval_required=True)
    decision = decision_of(send_signal(), woods1)
    response = api.post(f"/api/decisions/{decision.pk}/approve")
    assert response.status_code == 200, response.json()
    assert response.json()["source"] == "binance"


def test_the_signal_list_filters_by_source(api, yun_qiang, tv_momentum):
    binance = send_signal()
    tradingview = send_signal(trader="tv_momentum")
    listed = lambda query: [s["id"] for s in api.get(f"/api/signals{query}").json()["results"]]
    assert listed("?source=binance") == [binance.pk]
    assert listed("?source=tradingview") == [tradingview.pk]
    assert listed("?source=telegram") == []
    assert set(listed("")) == {binance.pk, tradingview.pk}


def test_an_unknown_source_filter_is_400(api, yun_qiang):
    response = api.get("/api/signals?source=carrier-pigeon")
    assert response.status_code == 400
    assert "source" in response.json()["errors"]


def test_the_source_filter_combines_with_the_others(api, yun_qiang, tv_momentum):
    send_signal(trader="tv_momentum", symbol="ETH/USDT")
    wanted = send_signal(trader="tv_momentum")
    body = api.get("/api/signals?source=tradingview&symbol=BTC/USDT").json()
    assert [s["id"] for s in body["results"]] == [wanted.pk]
