"""Round 62 misses: a titled results recap is no trade; "bump" moves a stop; Turkish plural "stopları"."""
from signals.parsing import parse_message


def _update(text):
    parsed = parse_message(text)
    assert parsed is not None and hasattr(parsed, "kind"), parsed
    return parsed


def test_yesterday_results_review_title_is_no_trade():
    text = (
        "📊 昨日战绩回顾\nSOL 多单 142进 158出 ✅ +11%\nAVAX 空单 38.6进 36.2出 ✅\nOP 止损 2.21 ❌\n"
        "胜率继续稳定，VIP 名额还剩 5 个"
    )
    assert parse_message(text) is None


def test_results_review_word_inside_a_call_line_keeps_the_call():
    parsed = parse_message("昨日战绩不错，今天 SOL 多单 142 止损 138 目标 150")
    assert parsed is not None and parsed.symbol == "SOL/USDT" and parsed.side == "long"


def test_bump_your_stop_up_to_price_is_a_stop_move():
    update = _update("SUI guys — bump your stop up to 3.86 on whatever's left of the position.")
    assert (update.kind, update.symbol, str(update.price)) == ("move_stop", "SUI/USDT", "3.86")


def test_plain_call_without_bump_word_stays_a_signal():
    parsed = parse_message("SUI long 3.90 sl 3.70 tp 4.20")
    assert parsed is not None and not hasattr(parsed, "kind")


def test_turkish_plural_stops_pulled_to_entry_is_a_move_to_entry():
    update = _update("AVAX işleminde stopları giriş seviyesine çekiyoruz, risk sıfır ✅")
    assert (update.kind, update.symbol, update.to_entry) == ("move_stop", "AVAX/USDT", True)


def test_turkish_plural_stops_in_a_plan_stays_a_signal():
    parsed = parse_message("AVAX stopları 36.5 seviyesinde, giriş 38")
    assert parsed is not None and not hasattr(parsed, "kind") and str(parsed.stop_loss) == "36.5"
