"""Only the chats and senders a Telegram trader's handle names may reach the pipeline."""
from signals.sources.telegram.handling import telegram_trader_for
from traders.services import trader_create, trader_delete, trader_toggle

CHANNEL_ID = -1001234567890


def test_it_allows_a_channel_by_its_username_without_case_or_at(alpha):
    assert telegram_trader_for(chat_id=CHANNEL_ID, chat_username="ALPHA_SIGNALS") == alpha
    assert telegram_trader_for(chat_id=CHANNEL_ID, chat_username="@alpha_signals") == alpha


def test_it_allows_a_chat_by_its_numeric_id(accounts):
    vip = trader_create(id="vip", name="VIP group", source="telegram", handle=str(CHANNEL_ID))

    assert telegram_trader_for(chat_id=CHANNEL_ID, chat_username=None) == vip


def test_it_allows_a_sender_by_username_in_any_chat(whale):
    assert telegram_trader_for(chat_id=-1005550001111, chat_username=None, user_id=555111, username="WhaleWatcher") == whale


def test_it_allows_a_handle_written_as_a_t_me_link(accounts):
    linked = trader_create(id="linked", name="Linked", source="telegram", handle="https://t.me/Linked_Calls")

    assert telegram_trader_for(chat_id=-1001, chat_username="linked_calls") == linked


def test_it_prefers_the_chat_over_the_sender(alpha, whale):
    found = telegram_trader_for(chat_id=CHANNEL_ID, chat_username="alpha_signals", user_id=555111, username="whalewatcher")

    assert found == alpha


def test_it_refuses_a_chat_nobody_allowed(alpha, whale):
    assert telegram_trader_for(chat_id=-1009876543210, chat_username="moonpumps", user_id=909090, username="pump_king") is None


def test_it_refuses_an_inactive_trader(alpha):
    trader_toggle(trader=alpha)

    assert telegram_trader_for(chat_id=CHANNEL_ID, chat_username="alpha_signals") is None


def test_it_refuses_a_deleted_trader(alpha):
    trader_delete(trader=alpha)

    assert telegram_trader_for(chat_id=CHANNEL_ID, chat_username="alpha_signals") is None


def test_it_refuses_a_trader_of_another_source_with_the_same_handle(accounts):
    trader_create(id="tv_alpha", name="Alpha on TradingView", source="tradingview", handle="alpha_signals")

    assert telegram_trader_for(chat_id=CHANNEL_ID, chat_username="alpha_signals") is None


def test_it_does_not_match_a_handle_that_only_contains_the_name(accounts):
    trader_create(id="alpha_pro", name="Alpha Pro", source="telegram", handle="@alpha_signals_pro")

    assert telegram_trader_for(chat_id=CHANNEL_ID, chat_username="alpha_signals") is None
