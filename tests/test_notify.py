"""echotrade.notify: every outbound message, its typed errors (temporary or permanent), never the trade's failure.

Telegram is tested against a local HTTP server standing in for the Bot API (``TELEGRAM_API_URL``),
which records what it was sent and answers what the test tells it to.
"""
import json
import logging
import smtplib
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core import mail

from echotrade import notify
from echotrade.exceptions import NotifyPermanentError, NotifyTemporaryError
from echotrade.notify import notify_on_commit

TOKEN, CHAT = "123:abc", "-100200"


class BotApi(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802  (http.server's naming)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.requests.append((self.path, json.loads(body)))
        status, answer, delay = self.server.answer
        time.sleep(delay)
        payload = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):  # quiet
        pass


@pytest.fixture
def bot_api(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), BotApi)
    server.requests, server.answer = [], (200, {"ok": True, "result": {}}, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.TELEGRAM_API_URL = f"http://127.0.0.1:{server.server_port}/"
    settings.TELEGRAM_BOT_TOKEN, settings.TELEGRAM_ALERT_CHAT_ID = TOKEN, CHAT
    settings.ALERT_EMAIL_TO = ""
    yield server
    server.shutdown()
    server.server_close()


# --- Telegram ----------------------------------------------------------------------------------
def test_it_posts_the_message_to_the_bot_apis_send_message(bot_api):
    assert notify.notify(text="BTC/USDT reached 70000") == ["telegram"]
    assert bot_api.requests == [
        (f"/bot{TOKEN}/sendMessage", {"chat_id": CHAT, "text": "BTC/USDT reached 70000", "disable_web_page_preview": True}),
    ]


@pytest.mark.parametrize("token, chat", [("", CHAT), (TOKEN, "")])
def test_telegram_stays_quiet_without_a_token_and_a_chat(bot_api, settings, token, chat):
    settings.TELEGRAM_BOT_TOKEN, settings.TELEGRAM_ALERT_CHAT_ID = token, chat
    assert notify.notify(text="hello") == []
    assert bot_api.requests == []


@pytest.mark.parametrize("status", [500, 502, 503, 429])
def test_a_server_error_or_flood_control_is_a_temporary_failure(bot_api, status):
    bot_api.answer = (status, {"ok": False, "description": "Too Many Requests: retry after 5"}, 0)
    with pytest.raises(NotifyTemporaryError) as failed:
        notify.notify(text="hello")
    assert not failed.value.permanent and failed.value.transport == "telegram"
    assert str(status) in failed.value.message


@pytest.mark.parametrize("status, description", [
    (400, "Bad Request: chat not found"), (401, "Unauthorized"), (403, "Forbidden: bot was blocked by the user"),
])
def test_a_refusal_is_a_permanent_failure_in_telegrams_words_without_the_token(bot_api, status, description):
    bot_api.answer = (status, {"ok": False, "error_code": status, "description": description}, 0)
    with pytest.raises(NotifyPermanentError) as failed:
        notify.notify(text="hello")
    assert failed.value.permanent and description in failed.value.message
    assert TOKEN not in failed.value.message


def test_a_timeout_is_a_temporary_failure(bot_api, monkeypatch):
    monkeypatch.setattr(notify, "TELEGRAM_TIMEOUT_SECONDS", 0.2)
    bot_api.answer = (200, {"ok": True}, 1)
    with pytest.raises(NotifyTemporaryError, match="could not be reached"):
        notify.notify(text="hello")


def test_an_unreachable_api_is_a_temporary_failure(bot_api, settings):
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    settings.TELEGRAM_API_URL = f"http://127.0.0.1:{port}"
    with pytest.raises(NotifyTemporaryError, match="could not be reached"):
        notify.notify(text="hello")


# --- Email -------------------------------------------------------------------------------------
def test_email_goes_to_every_listed_address_with_the_subject(bot_api, settings):
    settings.ALERT_EMAIL_TO = "ops@example.com, risk@example.com"
    assert notify.notify(text="drawdown 3 %", subject="EchoTrade trader alert") == ["telegram", "email"]
    assert [(m.subject, m.to, m.body) for m in mail.outbox] == [
        ("EchoTrade trader alert", ["ops@example.com", "risk@example.com"], "drawdown 3 %"),
    ]


@pytest.mark.parametrize("error, permanent", [
    (smtplib.SMTPRecipientsRefused({"ops@example.com": (550, b"No such user")}), True),
    (smtplib.SMTPSenderRefused(553, b"Sender address rejected", "echotrade@localhost"), True),
    (smtplib.SMTPAuthenticationError(535, b"Authentication failed"), True),
    (smtplib.SMTPDataError(451, b"Try again later"), False),
    (smtplib.SMTPServerDisconnected("Connection unexpectedly closed"), False),
    (ConnectionRefusedError(111, "Connection refused"), False),
])
def test_an_smtp_5xx_is_permanent_and_a_4xx_or_a_lost_connection_temporary(settings, monkeypatch, error, permanent):
    settings.TELEGRAM_BOT_TOKEN, settings.ALERT_EMAIL_TO = "", "ops@example.com"

    def refuse(*args, **kwargs):
        raise error

    monkeypatch.setattr(notify, "send_mail", refuse)
    with pytest.raises(NotifyPermanentError if permanent else NotifyTemporaryError) as failed:
        notify.notify(text="hello")
    assert failed.value.permanent is permanent and failed.value.transport == "email"


# --- Several transports, and the callers' side ---------------------------------------------------
def test_every_transport_is_tried_and_one_error_names_what_failed(bot_api, settings):
    settings.ALERT_EMAIL_TO = "ops@example.com"
    bot_api.answer = (500, {"ok": False, "description": "Internal Server Error"}, 0)
    with pytest.raises(NotifyTemporaryError) as failed:
        notify.notify(text="hello")
    assert failed.value.transport == "telegram" and failed.value.message.startswith("telegram: Telegram answered 500")
    assert len(mail.outbox) == 1  # email went anyway


def test_the_error_is_permanent_only_when_every_failure_is(bot_api, settings, monkeypatch):
    settings.ALERT_EMAIL_TO = "ops@example.com"
    bot_api.answer = (400, {"ok": False, "description": "Bad Request: chat not found"}, 0)

    def unreachable(*args, **kwargs):
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr(notify, "send_mail", unreachable)
    with pytest.raises(NotifyTemporaryError) as failed:
        notify.notify(text="hello")
    assert failed.value.transport == "telegram,email"


def test_only_the_named_transports_are_used(bot_api, settings):
    settings.ALERT_EMAIL_TO = "ops@example.com"
    assert notify.notify(text="hello", transports=["telegram"]) == ["telegram"]
    assert mail.outbox == []
    with pytest.raises(ValueError, match="carrier_pigeon"):
        notify.notify(text="hello", transports=["carrier_pigeon"])


def test_a_transport_that_breaks_its_contract_still_fails_as_a_notify_error(settings, monkeypatch):
    settings.TELEGRAM_BOT_TOKEN, settings.TELEGRAM_ALERT_CHAT_ID, settings.ALERT_EMAIL_TO = TOKEN, CHAT, ""

    def broken(**kwargs):
        raise KeyError("surprise")

    monkeypatch.setattr(notify, "telegram_send", broken)
    with pytest.raises(NotifyTemporaryError, match="KeyError"):
        notify.notify(text="hello")


@pytest.mark.django_db
def test_sending_after_commit_logs_a_failure_and_never_raises(bot_api, caplog, django_capture_on_commit_callbacks):
    bot_api.answer = (403, {"ok": False, "description": "Forbidden: bot was kicked"}, 0)
    with caplog.at_level(logging.WARNING, logger="echotrade.notify"):
        with django_capture_on_commit_callbacks(execute=True):
            notify_on_commit(text="BTC/USDT reached 70000", subject="EchoTrade price alert")
    assert len(bot_api.requests) == 1
    [record] = [r for r in caplog.records if r.name == "echotrade.notify"]
    assert "permanent failure" in record.getMessage() and "bot was kicked" in record.getMessage()
