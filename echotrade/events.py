"""Live pushes to websocket clients, sent only after the data they announce is committed.

A push that fails (no layer, Redis down) is logged and dropped: it must never undo or fail the
trade it reports. Clients that missed one catch up from the API.
"""
from __future__ import annotations

import logging

import redis
from asgiref.sync import async_to_sync
from channels.layers import InMemoryChannelLayer, get_channel_layer
from channels_redis.pubsub import RedisPubSubChannelLayer
from channels_redis.utils import _consistent_hash
from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)


def account_group(account_id: int) -> str:
    return f"account.{account_id}"


def quote_group(symbol: str) -> str:
    # Group names allow letters, digits, hyphens, underscores and periods only.
    return "quotes." + symbol.replace("/", "_")


def publish_after_commit(group: str, message: dict) -> None:
    transaction.on_commit(lambda: publish_now(group, message))


def publish_many_after_commit(messages: list[tuple[str, dict]]) -> None:
    """``publish_after_commit`` for many (group, message) pairs: sent together, in order."""
    if messages:
        transaction.on_commit(lambda: publish_many_now(messages))


def publish_now(group: str, message: dict) -> None:
    publish_many_now([(group, message)])


def publish_many_now(messages: list[tuple[str, dict]]) -> None:
    """Send each (group, message) in order. A lost push is logged, never raised."""
    layer = get_channel_layer()
    if isinstance(layer, InMemoryChannelLayer):
        # The in-memory layer lives in this process: a group with no member here (in a worker, a
        # command, a benchmark) has no one to tell, and an event loop to find that out costs 1.5 ms.
        messages = [(group, message) for group, message in messages if layer.groups.get(group)]
    if layer is None or not messages:
        return
    try:
        if isinstance(layer, RedisPubSubChannelLayer) and _redis_publish(layer, messages):
            return
        async_to_sync(_send_all)(layer, messages)
    except Exception:  # noqa: BLE001  (a lost push is reported, never allowed to break a write)
        logger.warning("Could not push %d message(s)", len(messages), exc_info=True)


async def _send_all(layer, messages: list[tuple[str, dict]]) -> None:
    # One event loop for all: each ``async_to_sync`` starts a loop of its own (about 1.5 ms).
    for group, message in messages:
        try:
            await layer.group_send(group, message)
        except Exception:  # noqa: BLE001
            logger.warning("Could not push %s to %s", message.get("type"), group, exc_info=True)


_publishers: dict[str, redis.Redis] = {}


def _redis_publish(layer: RedisPubSubChannelLayer, messages: list[tuple[str, dict]]) -> bool:
    """Publish on the Redis pub/sub layer's own channels from synchronous code, every message in
    one round trip per Redis host; False when the layer is configured in a way this does not
    know (it then sends through the layer itself).

    The layer's ``group_send`` is a PUBLISH of the serialised message on ``<prefix>__group__<group>``
    (channels_redis's pub/sub layer); from a worker or a view it costs an event loop started by
    ``async_to_sync`` and its own connection, about 3 ms per copied signal. Same serialiser, same
    channel names, same host choice as the layer: a subscriber cannot tell the difference
    (tests/test_events.py checks that a consumer of the real layer receives these).
    """
    config = settings.CHANNEL_LAYERS["default"].get("CONFIG", {})
    hosts, prefix = config.get("hosts") or [], config.get("prefix", "asgi")
    if not hosts or not all(isinstance(host, str) for host in hosts):
        return False
    pipelines = {}
    for group, message in messages:
        channel = f"{prefix}__group__{group}"
        address = hosts[_consistent_hash(channel, len(hosts))]
        if address not in pipelines:
            if address not in _publishers:
                _publishers[address] = redis.Redis.from_url(address, socket_timeout=2, socket_connect_timeout=2)
            pipelines[address] = _publishers[address].pipeline(transaction=False)
        pipelines[address].publish(channel, layer.serialize(message))
    for pipeline in pipelines.values():
        pipeline.execute()
    return True
