"""Telegram traders and recorded Bot API updates. No test here talks to api.telegram.org."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from telegram import Bot, Update

from traders.services import trader_create

FIXTURES = Path(__file__).parent / "fixtures"
CHANNEL_ID = -1001234567890


@pytest.fixture
def alpha(accounts):
    """A signal channel, allowed by its @username (written the way people type it)."""
    return trader_create(id="alpha_signals", name="Alpha Signals", source="telegram", handle="@Alpha_Signals")


@pytest.fixture
def whale(accounts):
    """A trader who sends signals to the bot privately, allowed by his @username."""
    return trader_create(id="whale", name="Whale Watcher", source="telegram", handle="whalewatcher")


@pytest.fixture
def bot() -> Bot:
    """A Bot with a made-up token: Update.de_json needs one, and nothing here calls its network methods."""
    return Bot("123456:TEST-TOKEN-never-used")


def update_json(name: str, *, posted_ago: float = 0) -> dict:
    """A recorded update, its dates moved to now (minus ``posted_ago`` seconds) so a signal is fresh."""
    data = json.loads((FIXTURES / "updates" / f"{name}.json").read_text())
    now = int(time.time() - posted_ago)
    for message in (v for k, v in data.items() if k != "update_id"):
        shift = now - message["date"]
        for part in (message, message.get("reply_to_message") or {}):
            for key in ("date", "edit_date"):
                if key in part:
                    part[key] += shift
    return data


@pytest.fixture
def load_update(bot):
    def load(name: str, **kwargs) -> Update:
        return Update.de_json(update_json(name, **kwargs), bot)

    return load
