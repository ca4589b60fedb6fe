"""Holders' talk and management notices: a position the writer still holds from before ("还拿着", "tô
posicionado", "I'm still holding", "ещё держу", "hâlâ tutuyorum", "vẫn đang giữ") is his story, no call, even
with a whole plan; a cancel said as a participle ("صفقة OP ملغية") or closed by a tag question ("…, beleza?")
is the cancel; a TP-hit notice that asks holders politely to put the stop at entry ("SL एंट्री पे कर दें") is
that move_stop. Calls that say "I'm in" and lay out a whole plan still read."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message


@pytest.mark.parametrize("text", [
    "我 0.512 的 ENA 多单还拿着，止损放 0.488，目标 0.58，有一起扛的吗 😂",
    "我 0.512 的 ENA 多單還拿著，止損 0.488，目標 0.58",
    "galera quem pegou o ARB na faixa de 1,09? tô posicionado com stop no 1,032 e pensando em realizar uma parcial já no 1,16 kkkk",
    "tô posicionado no ARB long 1,09, stop 1,032, alvo 1,16",
    "I'm still holding my SOL long from 142, stop 136, tp 150. anyone else?",
    "Ещё держу лонг по SUI с 3,12, стоп 2,98, тейк 3,40",
    "SUI long 3,12'den hâlâ tutuyorum, stop 2,98, hedef 3,40",
    "Mình vẫn đang giữ SOL long 142, SL 136, TP 150 ae ạ",
    "sigo dentro de SOL long desde 142, stop 136, tp 150",
])
def test_a_position_still_held_from_before_is_no_call(text):
    assert parse_message(text) is None


@pytest.mark.parametrize("text", [
    "I'm in! SOL long 142, SL 136, TP 150 / 158",
    "Entrei! ARB long 1,09, stop 1,032, alvo 1,16 / 1,22",
    "我进了 ENA 多 0.512，止损 0.488，目标 0.58 / 0.62",
])
def test_a_call_that_says_im_in_with_a_whole_plan_still_reads(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.side == "long" and parsed.stop_loss is not None and parsed.take_profits


@pytest.mark.parametrize("text, symbol", [
    ("صفقة OP ملغية يا جماعة ❌ ما وصل سعر الدخول والسوق تغير، لا أحد يدخلها الحين", "OP/USDT"),
    ("صفقة #LINK ملغاة ❌ لا أحد يدخل", "LINK/USDT"),
    ("⚠️ ATENÇÃO VIP: call do #INJ cancelada ❌ bateu perto do alvo antes de pegar a entrada. Quem não entrou, não entra mais, beleza?", "INJ/USDT"),
    ("#INJ call cancelled ❌ it ran before our entry. If you're not in, don't enter, ok?", "INJ/USDT"),
])
def test_a_cancel_notice_reads_as_a_cancel(text, symbol):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.symbol) == ("cancel", symbol)


def test_a_question_ending_on_a_tag_without_a_cancel_stays_a_question():
    assert parse_message("ETH long at 3000 with stop 2900, ok?") is None


@pytest.mark.parametrize("text, to_entry, price", [
    ("ETH/USDT शॉर्ट अपडेट 📉\nTP2 हिट ✅✅ (2,412 तक आया)\nजो अभी भी होल्ड कर रहे हैं वो SL एंट्री पे कर दें, अब ये ट्रेड रिस्क-फ्री है 😎", True, None),
    ("SOL TP1 hit ✅ SL entry pe kar dein sab", True, None),
    ("BTC TP1 हिट ✅ SL 64800 पर कर दीजिए", False, Decimal("64800")),
])
def test_a_tp_hit_that_asks_politely_to_move_the_stop_is_that_move(text, to_entry, price):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.to_entry, parsed.price) == ("move_stop", to_entry, price)


@pytest.mark.parametrize("text, to_entry, price", [
    ("BTC chạm TP2 rồi ae ✅✅ ai chưa dời SL thì dời về 64.800 nhé, phần còn lại cứ để chạy, khỏi canh chart 🍻", False, Decimal("64800")),
    ("ETH chạm TP1 ✅ ae nào chưa dời SL thì dời SL về entry nhé", True, None),
    ("ETH chạm TP1 ✅ ai chưa kéo SL thì kéo lên 3.350 nha", False, Decimal("3350")),
    ("✅✅ BTC/USDT LONG\nEntry 67200\nTP1 68000 ✅\nTP2 68900 ✅\nTP3 70100\nSL 66400\n\n"
     "Kèo hôm qua ăn 2 TP rồi ae 🎉 ai chưa chốt thì dời SL về entry nha, phần còn lại để chạy TP3.", True, None),
])
def test_a_vietnamese_order_to_holders_who_have_not_moved_yet_is_a_move_now(text, to_entry, price):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.to_entry, parsed.price) == ("move_stop", to_entry, price)


def test_a_vietnamese_break_even_rule_with_then_stays_part_of_the_plan():
    parsed = parse_message("BTC LONG\nEntry 67200\nSL 66400\nTP1 68000\nTP2 68900\nChạm TP1 thì dời SL về entry")
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.breakeven_after) == ("BTC/USDT", 1)


@pytest.mark.parametrize("text", [
    "📊 Daily wrap\n\nSOL long 139.80–142.50 ➜ TP2 150.5 hit ✅ +38% (10x)\nETH short 3465 ➜ TP1 3380 ✅ then closed at BE\n"
    "OP short ➜ stopped at 2.238 ❌\nDOGE 0.1642 ➜ still running 🏃\n\nNet +71% on lev. GN fam, new calls from 8am UTC 💤",
    "Dünkü #OP işlemi ✅✅\n1,845'ten girdik, 1,960 ve 2,040 hedefleri geldi. Toplam +%42 (10x). Stopu takip edenler kârda, tebrikler 🎉",
    "Вчерашняя сделка по SOL: TP2 взят ✅ +30%",
    "Operação de ontem: #SOL bateu alvo 2 ✅ +25%",
])
def test_a_post_titled_as_a_recap_of_past_trades_is_no_update(text):
    assert parse_message(text) is None


def test_a_plain_tp_hit_notice_still_reads():
    parsed = parse_message("#OP TP2 hit ✅✅ 2,040")
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "tp_hit"
