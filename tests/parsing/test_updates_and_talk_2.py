"""Management updates and non-signals, second round: a recap line's "SL at entry" is the trade's state, not a
move; a TP-hit notice telling holders to bring the stop to entry ("SL अपनी entry पे ले आओ") is that move_stop;
banking a share in slang ("Amankan 50%", "paying myself on half", "заберите 50%") is a close; a close now whose
rest keeps its stop ("Fechem 50% … o resto segue com stop no 1,42") never becomes a trade; a holder telling his own
position and asking whether to cut ("e đang long ARB từ 0.92 … có nên cắt k ạ") stays out."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import update_read


@pytest.mark.parametrize("text", [
    "📊 Daily wrap-up\n\nBTC long 66,420 → TP3 ✅ +4.1%\nLINK short 14.85 → SL ❌ -1.8%\nOP long 1.912 → TP2 ✅ +2.6%\n"
    "AVAX long 26.90–27.45 → TP1 ✅ running, SL at entry\n\nNet +9.6% today 💰 Next calls from 09:00 UTC, stay tuned 👀",
    "📊 Daily wrap up\nAVAX long 26.90–27.45 → TP1 ✅ running, SL at entry",
    "📊 Итоги дня\nBTC лонг 66420 → TP3 ✅ +4.1%\nAVAX лонг 26.90–27.45 → TP1 ✅ в работе, стоп в безубытке",
    "📊 Resumo do dia\nBTC long 66.420 → TP3 ✅ +4,1%\nAVAX long 26,90–27,45 → TP1 ✅ rodando, stop na entrada",
])
def test_a_recap_whose_line_has_the_stop_at_entry_is_no_update(text):
    assert parse_message(text) is None


def test_a_recap_that_moves_a_stop_now_is_still_the_move():
    text = ("✅✅ BTC/USDT LONG\nEntry 67200\nTP1 68000 ✅\nTP2 68900 ✅\nTP3 70100\nSL 66400\n\n"
            "Kèo hôm qua ăn 2 TP rồi ae 🎉 ai chưa chốt thì dời SL về entry nha, phần còn lại để chạy TP3.")
    update = update_read(text)
    assert (update.kind, update.to_entry) == ("move_stop", True)


@pytest.mark.parametrize("text", [
    "SOL अपडेट 🔥\nपहला टारगेट 145 हिट ✅ (+41% @20x)\nजिनकी position खुली है वो SL अपनी entry पे ले आओ, अब free trade है 😎",
    "SOL TP1 hit ✅ SL apni entry pe le aao",
    "SOL TP1 हिट ✅ SL entry पर ले आइए",
    "SOL TP1 hit ✅ bring your SL to entry",
])
def test_a_tp_hit_telling_holders_to_bring_the_stop_to_entry_is_that_move(text):
    update = update_read(text)
    assert (update.kind, update.symbol, update.to_entry, update.price) == ("move_stop", "SOL/USDT", True, None)


def test_a_plain_hindi_tp_hit_stays_a_tp_hit():
    update = update_read("SOL अपडेट 🔥\nपहला टारगेट 145 हिट ✅ (+41% @20x)")
    assert update.kind == "tp_hit"


@pytest.mark.parametrize("text, symbol", [
    ("Update #ETH 📈 udah jalan +18% (10x)\nAmankan 50% posisi sekarang ya guys, sisanya hold dulu sambil nunggu TP berikutnya 💪", "ETH/USDT"),
    ("ETH update: amanin 50% posisi dulu ya", "ETH/USDT"),
    ("$LINK update 📈 paying myself on half here, rest rides with the stop where it is. BTC dragging everything so not getting greedy.", "LINK/USDT"),
    ("$SOL paid myself on 50% here", "SOL/USDT"),
    ("#SOL заберите 50% прибыли здесь", "SOL/USDT"),
    ("#SOL cebe atın %50 burada", "SOL/USDT"),
    ("#SOL 锁定利润50%", "SOL/USDT"),
    ("#SOL embolsem 50% aqui", "SOL/USDT"),
    ("#SOL أمنوا الأرباح 50% من الصفقة الآن", "SOL/USDT"),
    ("SOL bỏ túi 50% nhé", "SOL/USDT"),
    ("SOL 50% profit secure karo abhi", "SOL/USDT"),
])
def test_banking_a_share_in_slang_is_a_close(text, symbol):
    update = update_read(text)
    assert (update.kind, update.symbol, update.fraction) == ("close", symbol, Decimal("0.5"))


def test_a_suggestion_that_holders_may_secure_part_stays_the_tp_hit():
    update = update_read("#ARB/USDT TP2 udah kena ✅✅ profit +42% (lev 10x). Yang masih hold boleh amankan sebagian ya")
    assert (update.kind, update.target_index) == ("tp_hit", 2)


def test_securing_the_capital_is_the_stop_at_entry_not_a_close():
    update = update_read("#ETH TP1 kena ✅ amankan modal, geser SL ke entry ya")
    assert (update.kind, update.to_entry) == ("move_stop", True)


def test_a_plan_that_secures_a_share_at_a_target_stays_a_signal():
    parsed = parse_message("ETH LONG\nEntry: 3.000\nSL: 2.900\nTP1: 3.100\nTP2: 3.200\nAmankan 50% di TP1, sisanya di TP2.")
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.stop_loss) == ("ETH/USDT", "long", Decimal("2900"))


@pytest.mark.parametrize("text, symbol", [
    ("SUI bateu bem perto do alvo 2 🔥 Fechem 50% da posição aqui, o resto segue com stop no 1,42", "SUI/USDT"),
    ("ETH: cierren 50% aquí, el resto sigue con stop en 3100", "ETH/USDT"),
    ("ETH: close half here, the rest runs with SL at 3100", "ETH/USDT"),
])
def test_a_share_closed_now_with_the_rest_kept_on_its_stop_is_a_close_never_a_trade(text, symbol):
    update = update_read(text)
    assert (update.kind, update.symbol, update.fraction) == ("close", symbol, Decimal("0.5"))


def test_a_plan_whose_rule_keeps_the_rest_on_a_stop_stays_a_signal():
    parsed = parse_message("ETH LONG 3000, SL 2900, TP 3100/3200. Close 50% at 3100, rest with SL at entry")
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.entry, parsed.stop_loss) == ([Decimal("3000")], Decimal("2900"))


@pytest.mark.parametrize("text", [
    "mn ơi e đang long ARB từ 0.92, sl 0.88, tp 1.0 mà giờ nó sideway mãi 😩 có nên cắt k ạ",
    "e đang short OP từ 2.10, sl 2.2, tp 1.9 giờ có nên cắt không",
    "gw lagi long ARB dari 0.92, sl 0.88, tp 1.0 tapi sideways mulu 😩 cut ga ya",
    "main long hoon ARB 0.92 se, sl 0.88, tp 1.0, cut kar du kya",
])
def test_a_holder_asking_whether_to_cut_his_own_trade_stays_out(text):
    assert parse_message(text) is None


def test_a_vietnamese_call_inviting_readers_in_still_reads():
    parsed = parse_message("ARB long 0.92, sl 0.88, tp 1.0 ae vào đi")
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.entry) == ("ARB/USDT", "long", [Decimal("0.92")])
