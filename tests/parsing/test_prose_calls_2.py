"""Signals told as conversational prose in Russian, Turkish, Spanish and Portuguese: "right from here" before
the entry, a first-person added leg, an hourly close as a stop's condition, a zone liked for the called side,
a time past that is not "now", an opening-now call closed by a tag question, and Turkish verb-final exits
and added legs. Each rule tried on a wording of its own, with a variant in other languages and a near miss
that must stay out of trades (building on ``test_prose_calls``)."""
from __future__ import annotations

from decimal import Decimal

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices, signal_read


def test_it_reads_a_russian_right_from_here_price_and_a_first_person_added_leg_as_two_entries():
    parsed = signal_read("Беру лонг по #SOL прямо отсюда 148,6, если прольют — добираю на 145,2. Стоп под 141,9. Цели 153 / 157,5")
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("long", prices("145.2", "148.6"), Decimal("141.9"))


def test_it_reads_right_here_and_an_added_leg_in_spanish_and_portuguese():
    spanish = signal_read("Compro SOL justo aquí 148,6, si lo barren agrego en 145,2. SL 141,9. TP 153 / 157,5")
    portuguese = signal_read("Compro SOL daqui mesmo 148,6, se derrubar coloco mais em 145,2. Stop 141,9. Alvos 153 / 157,5")
    assert spanish.entry == portuguese.entry == prices("145.2", "148.6")


def test_a_question_about_taking_from_right_here_is_no_signal():
    assert not isinstance(parse_message("брать SOL прямо отсюда 148,6 или ждать 145,2?"), ParsedSignal)


def test_it_reads_a_russian_hourly_close_beyond_a_price_as_the_stop():
    parsed = signal_read("шорчу BTC если пробьём вниз 67 250. Стоп — закрытие часовки выше 68 400. Цели 66 000, 65 300, 64 100.")
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("short", prices("67250"), Decimal("68400"))


def test_it_reads_an_hourly_close_in_spanish_and_portuguese_as_the_stop():
    spanish = signal_read("Vendo BTC si rompe 67.250. Stop: cierre horario por encima de 68.400. TP 66.000, 65.300")
    portuguese = signal_read("Vendo BTC se perder 67.250. Stop: fechamento horário acima de 68.400. Alvos 66.000, 65.300")
    assert spanish.stop_loss == portuguese.stop_loss == Decimal("68400")


def test_a_remark_on_an_hourly_close_is_no_signal():
    assert not isinstance(parse_message("BTC: закрытие часовки выше 68 400 было бы бычьим"), ParsedSignal)


def test_it_reads_a_spanish_zone_liked_for_selling_as_a_shorts_entry_zone():
    parsed = signal_read(
        "Me estoy metiendo en corto en DOT, me gusta muchísimo la zona de 7,35-7,48 para vender. SL por encima de 7,72 y TPs en 7,10, 6,85 y 6,50."
    )
    assert (parsed.side, parsed.entry, parsed.take_profits) == ("short", prices("7.35", "7.48"), prices("7.10", "6.85", "6.50"))


def test_it_reads_a_zone_for_the_called_side_in_portuguese_english_russian_and_turkish():
    texts = (
        "Tô entrando short em DOT, gosto muito da zona de 7,35-7,48 para vender. Stop acima de 7,72, alvos 7,10 e 6,85",
        "Going short DOT, I like the 7.35-7.48 zone to sell. Stop above 7.72, targets 7.10 and 6.85",
        "Шорт DOT, нравится зона 7,35-7,48 для продажи. Стоп 7,72, цели 7,10 и 6,85",
        "DOT short, 7,35-7,48 bölgesi satış için güzel. Stop 7,72, hedef 7,10 ve 6,85",
    )
    assert all(signal_read(text).entry == prices("7.35", "7.48") for text in texts)


def test_a_holders_zone_to_sell_is_no_short_entry():
    assert not isinstance(parse_message("Compré DOT en 6,50, me gusta la zona de 7,35-7,48 para vender"), ParsedSignal)
    assert not isinstance(parse_message("Держу DOT с 6,50, зона 7,35-7,48 для продажи"), ParsedSignal)


def test_a_portuguese_a_little_while_ago_is_not_a_market_entry():
    parsed = signal_read(
        "Entrei em ARB agora há pouco. Pra quem quiser seguir: compra entre 0,8120 e 0,8350, stop 0,7790. Alvos 0,86 / 0,89 / 0,94."
    )
    assert (parsed.side, parsed.entry) == ("long", prices("0.8120", "0.8350"))


def test_it_reads_buy_between_two_prices_in_spanish_too():
    parsed = signal_read("ARB: compra entre 0,8120 y 0,8350, stop 0,7790. Objetivos 0,86 / 0,89 / 0,94.")
    assert parsed.entry == prices("0.8120", "0.8350")


def test_it_reads_a_portuguese_opening_now_call_that_ends_on_a_tag_question():
    parsed = signal_read(
        "Galera, tô abrindo short em DOGE agora a mercado 📉 Stop em 0,1748, alvos 0,1655 - 0,1610 - 0,1540. "
        "Realizem 40% no primeiro alvo, 30% no segundo e o resto no último, beleza?"
    )
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("short", [], Decimal("0.1748"))


def test_it_reads_an_opening_now_call_with_a_tag_in_russian_and_english():
    russian = signal_read("Народ, открываю шорт по DOGE по рынку. Стоп 0,1748, цели 0,1655 - 0,1610 - 0,1540, понятно?")
    english = signal_read("Guys, I'm opening a short on DOGE at market. Stop 0.1748, targets 0.1655 - 0.1610 - 0.1540, ok?")
    assert russian.stop_loss == english.stop_loss == Decimal("0.1748")


def test_a_past_opening_or_a_question_repeating_a_plan_stays_a_question():
    assert parse_message("Galera, abri short em DOGE a mercado, stop em 0,1748, alvos 0,1655 - 0,1610, beleza?") is None
    assert parse_message("Então você tá short em DOGE com stop 0,1748 e alvos 0,1655 - 0,1610, certo?") is None


def test_it_reads_a_turkish_verb_final_exit_and_added_leg_as_stop_and_second_entry():
    parsed = signal_read(
        "Arkadaşlar WLD'de 2,31 civarından alıyoruz, 2,24'e kadar ekleme yapılabilir. 2,12'nin altında günlük kapanış "
        "gelirse çıkıyoruz. İlk kâr alımı 2,52, sonra 2,75, en son 3,10. Kaldıraç 3-5x yeter, abartmayın."
    )
    assert (parsed.entry, parsed.stop_loss, parsed.take_profits, parsed.leverage) == (
        prices("2.24", "2.31"), Decimal("2.12"), prices("2.52", "2.75", "3.10"), 3
    )


def test_it_reads_a_turkish_exit_after_a_four_hour_close():
    parsed = signal_read("SOL'de 148,6'dan alıyoruz, 145,2'ye kadar ekleme yapılabilir. 141,9 altında 4 saatlik kapanış gelirse çıkıyoruz. Hedef 153, 157,5")
    assert (parsed.entry, parsed.stop_loss) == (prices("145.2", "148.6"), Decimal("141.9"))


def test_a_turkish_exit_told_in_the_past_or_asked_is_no_signal():
    assert not isinstance(parse_message("WLD'den dün 2,12'nin altında çıktık, zarar kes oldu"), ParsedSignal)
    assert not isinstance(parse_message("WLD 2,12'nin altında kapanırsa çıkıyor muyuz?"), ParsedSignal)
