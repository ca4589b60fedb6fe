"""Django's ASGI handler, run the way our sync views and middleware want it.

Django's own handler gives every request a thread of its own and runs each async-capable
middleware's hooks in it one by one: about twenty hops between the event loop and a thread per
request, which cost more CPU than a signal's whole ingest (bench/asgi_servers.py). Every view and
middleware here is sync, so this handler runs the whole middleware chain and the view as one sync
call, and all sync code of a process in one thread (asgiref's shared thread-sensitive thread).

What that changes: a web process serves one HTTP request at a time, as a WSGI worker does; the
production layout runs several processes (README, Production). The event loop stays free for the
websockets, which Channels serves beside it. And as the sync code always runs in the same thread,
a process keeps its database connection between requests when ``DB_CONN_MAX_AGE`` says so (with a
thread per request, each would open its own and never close it).
"""
from __future__ import annotations

import django
from asgiref.sync import sync_to_async
from django.core.handlers.asgi import ASGIHandler


class SyncASGIHandler(ASGIHandler):
    def load_middleware(self, is_async: bool = False) -> None:
        # The chain built as for WSGI (no switch between middleware), entered once per request.
        super().load_middleware(is_async=False)
        self._middleware_chain = sync_to_async(self._middleware_chain, thread_sensitive=True)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            raise ValueError(f"Django serves HTTP here, not {scope['type']}.")
        # No ThreadSensitiveContext: thread-sensitive code then runs in the process's one thread.
        await self.handle(scope, receive, send)


def get_http_application() -> SyncASGIHandler:
    """What ``django.core.asgi.get_asgi_application`` does, with this handler."""
    django.setup(set_prefix=False)
    return SyncASGIHandler()
