"""A local HTTP server that stands in for Telegram's Bot API and the Discord and Slack webhooks:
it records every request and answers what the test tells it to (200 by default)."""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from accounts.models import Account, NotificationSetting
from accounts.notifications import notification_setting_update

BOT_TOKEN = "4242:test-token"


@dataclass(frozen=True)
class Received:
    path: str
    body: dict | None
    content_type: str


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802  (http.server's naming)
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        server: RecordingServer = self.server  # type: ignore[assignment]
        with server.lock:
            server.received.append(Received(self.path, json.loads(raw) if raw else None, self.headers["Content-Type"]))
            scripted = next((queue for prefix, queue in server.script.items() if self.path.startswith(prefix) and queue), None)
            status = scripted.pop(0) if scripted else 200
        body = self._answer(status)
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if body.startswith(b"{") else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _answer(self, status: int) -> bytes:
        # What each service says: Telegram JSON, Discord JSON errors (204 on success), Slack plain text.
        if self.path.startswith("/bot"):
            return json.dumps({"ok": status == 200, "description": "Bad Request: chat not found"}).encode()
        if self.path.startswith("/discord"):
            return b"" if status == 200 else json.dumps({"message": "Unknown Webhook", "code": 10015}).encode()
        return b"ok" if status == 200 else b"invalid_payload"

    def log_message(self, *args):  # quiet
        pass


class RecordingServer(ThreadingHTTPServer):
    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.received: list[Received] = []
        self.script: dict[str, list[int]] = {}
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"

    def answer(self, prefix: str, *statuses: int) -> None:
        """The next requests to paths starting with ``prefix`` get these statuses, in order; then 200."""
        self.script[prefix] = list(statuses)

    def to(self, prefix: str) -> list[Received]:
        return [r for r in self.received if r.path.startswith(prefix)]


@pytest.fixture
def recorder(settings):
    """The server, with Telegram's API, the server-wide webhooks and http:// webhooks pointed at it."""
    server = RecordingServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.TELEGRAM_API_URL = server.url
    settings.TELEGRAM_BOT_TOKEN, settings.TELEGRAM_ALERT_CHAT_ID, settings.ALERT_EMAIL_TO = BOT_TOKEN, "", ""
    settings.DISCORD_WEBHOOK_URL = f"{server.url}/discord/server-default"
    settings.SLACK_WEBHOOK_URL = f"{server.url}/slack/server-default"
    settings.NOTIFY_WEBHOOK_ALLOW_HTTP = True
    settings.NOTIFY_RETRY_BACKOFF_SECONDS = 0
    yield server
    server.shutdown()
    server.server_close()


def wants(account: Account, *, events, channels, **destinations) -> NotificationSetting:
    """Set an account's notifications through the service, as the API and the Settings page do."""
    return notification_setting_update(account=account, changes={"events": list(events), "channels": list(channels), **destinations})
