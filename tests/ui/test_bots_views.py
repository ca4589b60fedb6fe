"""The Bots page through Django's test client: access, status, ranking, votes, start/stop, bad input, CSRF."""
import json
from datetime import timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone

from echotrade.models import AuditEvent
from accounts.services import account_pause
from bots.models import Bot, BotVote
from bots.services import bot_create, bot_set_enabled
from tests.conftest import make_user
from tests.helpers import move_market, send_signal
from tests.ui.conftest import toast

pytestmark = pytest.mark.usefixtures("market")


def make_bot(account, name, symbols=("BTC/USDT",), strategy="dca", timeframe="1h"):
    return bot_create(name=name, account=account, strategy=strategy, symbols=list(symbols), timeframe=timeframe)


def vote(bot, side, strength, symbol="BTC/USDT", **fields):
    return BotVote.objects.create(bot=bot, symbol=symbol, side=side, strength=Decimal(str(strength)), **fields)


@pytest.fixture
def dca(handjob):
    return make_bot(handjob, "hj-dca")


@pytest.fixture
def trend(handjob):
    return make_bot(handjob, "hj-trend", strategy="trend_following", symbols=("BTC/USDT", "ETH/USDT"), timeframe="4h")


def _card(page: str, bot) -> str:
    start = page.index(f'id="bot-{bot.pk}"')
    return page[start:page.index("</article>", start)]


def _enabled(bot) -> bool:
    bot.refresh_from_db(fields=["enabled"])
    return bot.enabled


def test_it_answers_404_to_a_non_member(member_client, angry):
    bot = make_bot(angry, "angry-dca")
    assert member_client.get("/a/angry/bots").status_code == 404
    assert member_client.get("/a/angry/bots/votes").status_code == 404
    response = member_client.post(f"/a/angry/bots/{bot.pk}/enabled", {"enabled": "off"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 404 and _enabled(bot)


def test_another_accounts_bot_is_not_found_under_this_account(member_client, angry):
    bot = make_bot(angry, "angry-dca")
    response = member_client.post(f"/a/handjob/bots/{bot.pk}/enabled", {"enabled": "off"})
    assert response.status_code == 404 and "No bot" in toast(response)["message"]
    assert _enabled(bot)


def test_it_lists_the_accounts_bots_with_their_settings_and_status(member_client, dca, trend, woods1):
    make_bot(woods1, "woods-grid", strategy="grid")
    now = timezone.now()
    Bot.objects.filter(pk=dca.pk).update(last_run_at=now - timedelta(seconds=30))
    Bot.objects.filter(pk=trend.pk).update(last_run_at=now - timedelta(hours=1), last_error="ETH/USDT: no candles")
    page = member_client.get("/a/handjob/bots").content.decode()
    assert "woods-grid" not in page and 'id="bots-paused"' not in page
    assert 'href="/a/handjob/bots"' in page and 'href="/a/woods1/bots"' in page  # nav link and switcher
    card = _card(page, dca)
    assert ">Running</span>" in card and "dca</span> 1h · BTC/USDT" in card and "ago</time>" in card
    card = _card(page, trend)
    assert ">Late</span>" in card and "trend_following</span> 4h · BTC/USDT, ETH/USDT" in card
    assert "Last run: ETH/USDT: no candles" in card
    bot_set_enabled(bot=trend, enabled=False)
    assert ">Stopped</span>" in _card(member_client.get("/a/handjob/bots").content.decode(), trend)


def test_a_bot_that_never_ran_says_it_is_starting(member_client, dca):
    card = _card(member_client.get("/a/handjob/bots").content.decode(), dca)
    assert ">Starting</span>" in card and ">never</dd>" in card and "none yet" in card


def test_the_card_shows_the_last_signal_and_what_this_account_decided(member_client, dca, handjob):
    send_signal(trader=dca.trader_id, external_id="s1")
    card = _card(member_client.get("/a/handjob/bots").content.decode(), dca)
    assert "long</span> BTC/USDT" in card and "· 90 %" in card and ">Executed</span>" in card
    account_pause(account=handjob)
    send_signal(trader=dca.trader_id, external_id="s2", side="short")
    card = _card(member_client.get("/a/handjob/bots").content.decode(), dca)
    assert "short</span> BTC/USDT" in card and ">Filtered</span>" in card and "Account is paused" in card
    assert 'id="bots-paused"' in member_client.get("/a/handjob/bots").content.decode()


def test_the_ranking_puts_the_bot_with_the_better_results_first(member_client, dca, trend):
    send_signal(trader=trend.trader_id, external_id="win", take_profits=["67500"])
    send_signal(trader=dca.trader_id, external_id="loss", stop_loss="66000")
    move_market("BTC/USDT", "68000")  # trend's target: a win; dca stays open
    move_market("BTC/USDT", "65000")  # dca's stop: a loss
    idle = make_bot(dca.account, "hj-idle")
    page = member_client.get("/a/handjob/bots").content.decode()
    ranking = page[page.index('<table class="bot-ranking">'):page.index("</table>", page.index('<table class="bot-ranking">'))]
    assert ranking.index(f'id="rank-{trend.pk}"') < ranking.index(f'id="rank-{dca.pk}"') < ranking.index(f'id="rank-{idle.pk}"')
    row = ranking[ranking.index(f'id="rank-{trend.pk}"'):]
    assert '<td data-stat="win-rate">100 %</td>' in row.split("</tr>")[0]
    assert '<td data-stat="closed">1</td>' in row.split("</tr>")[0]
    row = ranking[ranking.index(f'id="rank-{dca.pk}"'):].split("</tr>")[0]
    assert '<td data-stat="win-rate">0 %</td>' in row and 'class="down"' in row


def test_the_votes_board_shows_each_bots_latest_vote_and_the_ensembles_confidence(member_client, dca, trend, handjob):
    vote(dca, "short", 0.3)  # older: replaced by the next one
    vote(dca, "long", 0.6, reason="DCA interval reached")
    vote(trend, "long", 1.0, act=True)
    stopped = make_bot(handjob, "hj-off")
    vote(stopped, "short", 1.0)
    bot_set_enabled(bot=stopped, enabled=False)
    page = member_client.get("/a/handjob/bots/votes").content.decode()
    board = page[page.index('id="votes-btcusdt"'):]
    assert "Long <strong class=\"up\">0.80</strong>" in board  # (0.6 + 1.0) / 2: the stopped bot does not count
    assert "Short <strong class=\"\">0.00</strong>" in board
    assert "DCA interval reached" in board and ">acted</span>" in board
    assert "not counted: bot stopped" in board
    assert board.count(f'data-bot="{dca.pk}"') == 1


def test_the_boards_confidence_is_the_one_the_pipeline_uses(handjob, dca, trend):
    from bots.ensemble import ensemble_confidence
    from bots.selectors import ensemble_board
    from execution.models import Position

    vote(dca, "long", 0.35)
    vote(trend, "short", 0.9)
    vote(trend, "long", 0.25, symbol="ETH/USDT")
    Position.objects.create(account=handjob, trader=trend.trader, symbol="BTC/USDT", side="long", status="closed",
                            quantity=0, initial_quantity=1, entry_price=1, realised_pnl=5)  # a win: trend weighs 1.5
    now = timezone.now()
    for group in ensemble_board(account=handjob, now=now):
        for side in ("long", "short"):
            expected, _ = ensemble_confidence(account_id=handjob.pk, symbol=group["symbol"], side=side, now=now)
            assert group[side] == expected, (group["symbol"], side)
    btc = ensemble_board(account=handjob, now=now)[0]
    assert btc["short"] == Decimal("0.4")  # (1.5 × 0.9 − 1 × 0.35) / 2.5


def test_there_is_an_empty_state_without_bots_and_without_votes(member_client, woods1, handjob):
    assert "woods1 has no bots" in member_client.get("/a/woods1/bots").content.decode()
    make_bot(handjob, "hj-new")
    assert 'id="no-votes"' in member_client.get("/a/handjob/bots").content.decode()


def test_stopping_a_bot_saves_audits_and_answers_with_the_card_and_a_toast(member_client, member, dca):
    page = member_client.get("/a/handjob/bots").content.decode()
    assert 'hx-confirm="Stop hj-dca?' in _card(page, dca)
    response = member_client.post(f"/a/handjob/bots/{dca.pk}/enabled", {"enabled": "off"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and not _enabled(dca)
    assert toast(response) == {"level": "warn", "message": "hj-dca stopped: no new votes or signals. Its open positions stay open."}
    assert "bots-changed" in json.loads(response["HX-Trigger"])
    card = response.content.decode()
    assert ">Stopped</span>" in card and ">Start hj-dca</button>" in card
    event = AuditEvent.objects.get(action="bot.stopped")
    assert event.actor == member and event.after == {"enabled": False}


def test_starting_a_bot_saves_and_audits(member_client, dca):
    bot_set_enabled(bot=dca, enabled=False)
    response = member_client.post(f"/a/handjob/bots/{dca.pk}/enabled", {"enabled": "on"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and _enabled(dca)
    assert toast(response)["message"] == "hj-dca started: it runs with the next beat."
    assert AuditEvent.objects.filter(action="bot.started").count() == 1
    assert ">Stop hj-dca</button>" in response.content.decode()


def test_a_bad_value_answers_400_with_the_message_on_the_card_and_changes_nothing(member_client, dca):
    response = member_client.post(f"/a/handjob/bots/{dca.pk}/enabled", {"enabled": "maybe"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    assert "&#x27;enabled&#x27; must be &#x27;on&#x27; or &#x27;off&#x27;, not &#x27;maybe&#x27;." in response.content.decode()
    assert toast(response)["level"] == "error"
    assert _enabled(dca) and not AuditEvent.objects.filter(action__startswith="bot.s").exists()


def test_a_viewer_sees_no_controls_and_cannot_stop_a_bot(viewer_client, dca):
    page = viewer_client.get("/a/handjob/bots").content.decode()
    assert "hj-dca" in page and "hx-post" not in _card(page, dca) and "Stop hj-dca" not in page
    response = viewer_client.post(f"/a/handjob/bots/{dca.pk}/enabled", {"enabled": "off"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 403 and "may view" in toast(response)["message"]
    assert _enabled(dca)


def test_actions_need_the_csrf_token(handjob, dca):
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("hj", accounts=[handjob]))
    assert client.post(f"/a/handjob/bots/{dca.pk}/enabled", {"enabled": "off"}).status_code == 403
    assert _enabled(dca)
    client.get("/a/handjob/bots")
    token = client.cookies["csrftoken"].value
    response = client.post(f"/a/handjob/bots/{dca.pk}/enabled", {"enabled": "off"}, HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 200 and not _enabled(dca)


def test_actions_answer_only_post(member_client, dca):
    assert member_client.get(f"/a/handjob/bots/{dca.pk}/enabled").status_code == 405
    assert member_client.post("/a/handjob/bots").status_code == 405
    assert _enabled(dca)
