"""Live pushes on the Redis pub/sub channel layer, published from synchronous code
(echotrade/events.py): a consumer of the real layer receives them, in order, and a Redis that
does not answer loses the push but never fails the write that made it."""
import asyncio
import logging
import time

import pytest
import redis
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.test import override_settings

from echotrade import events
from operations.embedded_redis import free_port
from tests.live.conftest import redis_url  # noqa: F401  (the fixture, reused as it is)


def redis_layer(url: str) -> dict:
    return {"default": {"BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer", "CONFIG": {"hosts": [url]}}}


async def subscribed(url: str, *groups: str) -> None:
    """Wait until Redis has the layer's subscriptions: ``group_add`` sends SUBSCRIBE without
    waiting for it, and a message published before it lands would be lost (not a test of ours)."""
    channels = [f"asgi__group__{group}" for group in groups]
    client = redis.Redis.from_url(url)

    def wait() -> None:
        deadline = time.monotonic() + 5
        while not all(count >= 1 for _, count in client.pubsub_numsub(*channels)):
            assert time.monotonic() < deadline, f"Redis never had the subscriptions {channels}"
            time.sleep(0.01)

    await asyncio.get_running_loop().run_in_executor(None, wait)


def test_a_subscriber_of_the_redis_layer_receives_what_is_published_in_order(redis_url):  # noqa: F811
    with override_settings(CHANNEL_LAYERS=redis_layer(redis_url)):
        layer = get_channel_layer()

        async def scenario() -> list[dict]:
            channel = await layer.new_channel()
            await layer.group_add("account.7", channel)
            await layer.group_add("quotes.BTC_USDT", channel)
            await subscribed(redis_url, "account.7", "quotes.BTC_USDT")
            # Published from a worker's thread, as a copy's on-commit hook does.
            await asyncio.get_running_loop().run_in_executor(None, events.publish_many_now, [
                ("account.7", {"type": "account.event", "n": 1}),
                ("quotes.BTC_USDT", {"type": "quote", "price": "67000"}),
                ("account.7", {"type": "account.event", "n": 2}),
                ("account.8", {"type": "account.event", "n": 3}),  # another account's: not ours
            ])
            received = [await asyncio.wait_for(layer.receive(channel), 5) for _ in range(3)]
            await layer.flush()
            return received

        received = async_to_sync(scenario)()
    assert received == [
        {"type": "account.event", "n": 1}, {"type": "quote", "price": "67000"}, {"type": "account.event", "n": 2},
    ]


def test_a_redis_that_does_not_answer_loses_the_push_without_raising(caplog):
    with override_settings(CHANNEL_LAYERS=redis_layer(f"redis://127.0.0.1:{free_port()}/0")), caplog.at_level(logging.WARNING):
        events.publish_many_now([("account.7", {"type": "account.event"})])
    assert "Could not push 1 message(s)" in caplog.text


@pytest.mark.django_db(transaction=True)
def test_a_push_goes_out_only_once_its_write_commits(redis_url):  # noqa: F811
    from django.db import transaction

    with override_settings(CHANNEL_LAYERS=redis_layer(redis_url)):
        layer = get_channel_layer()

        async def subscribe() -> str:
            channel = await layer.new_channel()
            await layer.group_add("account.9", channel)
            await subscribed(redis_url, "account.9")
            return channel

        async def next_message(channel: str, timeout: float):
            try:
                return await asyncio.wait_for(layer.receive(channel), timeout)
            except asyncio.TimeoutError:
                return None

        async def scenario():
            channel = await subscribe()
            loop = asyncio.get_running_loop()

            def rolled_back_then_committed():
                try:
                    with transaction.atomic():
                        events.publish_many_after_commit([("account.9", {"type": "account.event", "n": "lost"})])
                        raise RuntimeError("the write fails")
                except RuntimeError:
                    pass
                with transaction.atomic():
                    events.publish_many_after_commit([("account.9", {"type": "account.event", "n": "kept"})])

            await loop.run_in_executor(None, rolled_back_then_committed)
            first, second = await next_message(channel, 5), await next_message(channel, 0.3)
            await layer.flush()
            return first, second

        first, second = async_to_sync(scenario)()
    assert first == {"type": "account.event", "n": "kept"} and second is None


def test_the_in_memory_layer_delivers_to_a_member_in_this_process_and_skips_empty_groups():
    inmemory = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    with override_settings(CHANNEL_LAYERS=inmemory):
        layer = get_channel_layer()
        member = async_to_sync(layer.new_channel)()
        async_to_sync(layer.group_add)("account.1", member)
        events.publish_many_now([("account.2", {"type": "nobody.here"}), ("account.1", {"type": "first"}), ("account.1", {"type": "second"})])
        received = [async_to_sync(layer.receive)(member)["type"] for _ in range(2)]
        assert received == ["first", "second"]
        assert "account.2" not in layer.groups  # nothing was sent to create or fill it
