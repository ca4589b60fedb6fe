"""Websockets: ``/stream`` (live quotes by subscription) and ``/ws/accounts/{name}`` (an account's events).

Consumers authenticate, subscribe and relay; no business logic lives here. A bad message gets an
error frame and the connection stays open. ``/stream`` is open to anyone (public prices); the
account stream wants a member, by the session a page sends or by a script's API token
(``Authorization: Token <key>`` or ``?token=<key>``). Which origins may connect at all:
echotrade/origins.py.
"""
from __future__ import annotations

import json
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from rest_framework.exceptions import AuthenticationFailed

from accounts.selectors import account_get_for_user
from echotrade.api import TokenAuthentication
from echotrade.events import account_group
from echotrade.exceptions import EchoTradeError
from echotrade.symbols import normalize_symbol
from execution.market.feed import quote_message
from execution.models import Quote
from execution.quote_hub import quote_hub

MAX_SYMBOLS = 50
CLOSE_FORBIDDEN = 4403


class JsonConsumer(AsyncJsonWebsocketConsumer):
    """Answers unparsable frames with an error frame instead of dropping the connection."""
    async def receive(self, text_data=None, bytes_data=None, **kwargs):
        if text_data is None:
            await self.send_error("Send JSON text frames, not binary.")
            return
        try:
            content = json.loads(text_data)
        except ValueError:
            await self.send_error("That frame is not JSON.")
            return
        if not isinstance(content, dict):
            await self.send_error('Send a JSON object such as {"action": "subscribe", "symbols": ["BTC/USDT"]}.')
            return
        await self.receive_json(content)

    async def send_error(self, message: str) -> None:
        await self.send_json({"type": "error", "message": message})


class StreamConsumer(JsonConsumer):
    """``{"action": "subscribe" | "unsubscribe", "symbols": [...]}`` → ``{"type": "quote", ...}`` frames.

    Quotes arrive through the process's quote hub (execution/quote_hub.py): one subscription per
    symbol, one JSON encoding per quote, however many clients watch it.
    """
    async def connect(self):
        self.symbols: set[str] = set()
        await self.accept()

    async def disconnect(self, code):
        hub = quote_hub(self.channel_layer)
        for symbol in list(getattr(self, "symbols", ())):
            await hub.discard(symbol, self)

    async def receive_json(self, content, **kwargs):
        action, raw_symbols = content.get("action"), content.get("symbols")
        if action not in ("subscribe", "unsubscribe"):
            await self.send_error('"action" must be "subscribe" or "unsubscribe".')
            return
        if not isinstance(raw_symbols, list) or not raw_symbols or not all(isinstance(s, str) for s in raw_symbols):
            await self.send_error('"symbols" must be a non-empty list such as ["BTC/USDT", "ETH/USDT"].')
            return
        try:
            symbols = {normalize_symbol(s) for s in raw_symbols}
        except EchoTradeError as error:
            await self.send_error(error.message)
            return
        if action == "subscribe":
            if len(self.symbols | symbols) > MAX_SYMBOLS:
                await self.send_error(f"At most {MAX_SYMBOLS} symbols per connection.")
                return
            hub = quote_hub(self.channel_layer)
            for symbol in symbols - self.symbols:
                await hub.add(symbol, self, self._send_text)
            self.symbols |= symbols
            for frame in await _latest_quotes(symbols):  # no blank ticker while waiting for the next tick
                await self.send_json(frame)
        else:
            hub = quote_hub(self.channel_layer)
            for symbol in symbols & self.symbols:
                await hub.discard(symbol, self)
            self.symbols -= symbols
        await self.send_json({"type": "subscribed", "symbols": sorted(self.symbols)})

    async def _send_text(self, text: str) -> None:
        # Called once per client for every quote: straight to the ASGI send, past the two generic
        # send() layers, which only build this same message.
        await self.base_send({"type": "websocket.send", "text": text})


class AccountConsumer(JsonConsumer):
    """The account's own events, for a member of that account only (session or token)."""
    async def connect(self):
        name = self.scope["url_route"]["kwargs"]["name"]
        user, key = self.scope.get("user"), token_from_scope(self.scope)
        if key is not None:
            # A token that is sent decides, as in the REST API: a wrong one is refused, not taken
            # for whatever session the same client may also hold.
            user = await _token_user(key)
        account_id = await _member_account_id(user, name)
        if account_id is None:
            await self.close(code=CLOSE_FORBIDDEN)
            return
        self.group = account_group(account_id)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()
        await self.send_json({"type": "hello", "account": name})

    async def disconnect(self, code):
        if hasattr(self, "group"):
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive_json(self, content, **kwargs):
        if content.get("action") == "ping":
            await self.send_json({"type": "pong"})
        else:
            await self.send_error('This stream only sends; the one action it takes is {"action": "ping"}.')

    async def account_event(self, event):
        await self.send_json({"type": "event", **event["event"]})


def token_from_scope(scope) -> str | None:
    """The API token a script sent: ``Authorization: Token <key>`` or ``?token=<key>``; None if neither."""
    for header, value in scope.get("headers", ()):
        if header == b"authorization":
            keyword, _, key = value.decode("latin1").strip().partition(" ")
            if keyword.lower() == TokenAuthentication.keyword.lower():
                return key.strip()
    found = parse_qs(scope.get("query_string", b"").decode("latin1"), keep_blank_values=True).get("token")
    return found[0].strip() if found else None


@database_sync_to_async
def _token_user(key: str):
    """The active user the token belongs to, or None (unknown key, inactive user)."""
    if not key:
        return None
    try:
        user, _ = TokenAuthentication().authenticate_credentials(key)
    except AuthenticationFailed:
        return None
    return user


@database_sync_to_async
def _latest_quotes(symbols: set[str]) -> list[dict]:
    return [quote_message(q) for q in Quote.objects.filter(symbol__in=symbols)]


@database_sync_to_async
def _member_account_id(user, name: str) -> int | None:
    if user is None or not user.is_authenticated:
        return None
    try:
        return account_get_for_user(user=user, name=name).pk
    except EchoTradeError:
        return None
