"""Exchange keys at rest: encrypted with a key from the environment, rotatable, never printed."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.db import connection

from echotrade.models import AuditEvent
from echotrade.exceptions import PermanentExchangeError
from execution import credentials
from execution.credentials import CredentialsKeyMissing, CredentialsUnreadable
from execution.models import ExchangeCredential
from execution.services.live import exchange_credential_store, exchange_credentials_rotate
from tests.live_exchange.conftest import API_KEY, PASSWORD, SECRET

BASE_DIR = Path(__file__).resolve().parents[2]


def test_a_stored_key_is_ciphertext_in_the_database_and_decrypts_back(store_key):
    credential = store_key(exchange="okx", password=PASSWORD)

    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM execution_exchangecredential WHERE id = %s", [credential.pk])
        row = " ".join(str(value) for value in cursor.fetchone())
    for plain in (API_KEY, SECRET, PASSWORD):
        assert plain not in row
    stored = ExchangeCredential.objects.get(pk=credential.pk)
    assert (stored.api_key(), stored.secret(), stored.password()) == (API_KEY, SECRET, PASSWORD)


def test_the_fingerprint_recognises_the_key_without_revealing_it(store_key):
    credential = store_key()

    assert credential.fingerprint == credentials.fingerprint(API_KEY)
    assert len(credential.fingerprint) == 12 and credential.fingerprint not in API_KEY


def test_str_and_repr_show_the_fingerprint_never_the_key(store_key):
    credential = store_key()

    for text in (str(credential), repr(credential)):
        assert credential.fingerprint in text
        assert API_KEY not in text and SECRET not in text
        assert credential.api_key_encrypted not in text


def test_without_a_configured_key_storing_fails_and_names_the_setting_to_set(no_fernet_key, owner, angry):
    with pytest.raises(CredentialsKeyMissing) as raised:
        exchange_credential_store(
            account=angry, actor=owner, exchange="binance", market_type="spot", sandbox=True, api_key=API_KEY,
            secret=SECRET,
        )

    assert "ECHOTRADE_CREDENTIALS_KEY" in raised.value.message and "Fernet" in raised.value.message
    assert not ExchangeCredential.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="exchange_credential").exists()


def test_a_malformed_key_is_refused_without_echoing_it(settings, owner, angry):
    settings.ECHOTRADE_CREDENTIALS_KEYS = ["not-a-fernet-key-but-a-secret-value"]

    with pytest.raises(CredentialsKeyMissing) as raised:
        credentials.encrypt("x")

    assert "not a valid Fernet key" in raised.value.message
    assert "not-a-fernet-key-but-a-secret-value" not in raised.value.message


def test_rotation_reencrypts_under_the_new_key_and_the_old_key_can_then_go(settings, store_key):
    old_key = settings.ECHOTRADE_CREDENTIALS_KEYS[0]
    credential = store_key()
    new_key = Fernet.generate_key().decode()
    settings.ECHOTRADE_CREDENTIALS_KEYS = [new_key, old_key]  # new first: encrypts; old still decrypts

    assert ExchangeCredential.objects.get(pk=credential.pk).secret() == SECRET
    assert exchange_credentials_rotate() == 1

    settings.ECHOTRADE_CREDENTIALS_KEYS = [new_key]
    assert ExchangeCredential.objects.get(pk=credential.pk).secret() == SECRET
    assert AuditEvent.objects.filter(action="exchange_credential.rotated").exists()


def test_a_key_stored_under_a_key_the_server_lost_says_so(settings, store_key):
    credential = store_key()
    settings.ECHOTRADE_CREDENTIALS_KEYS = [Fernet.generate_key().decode()]

    with pytest.raises(CredentialsUnreadable, match="Store the keys again"):
        ExchangeCredential.objects.get(pk=credential.pk).api_key()


def test_storing_and_using_a_key_logs_nothing_secret(store_key, caplog, exchange_http):
    from execution.exchanges.live import LiveExchange
    from tests.live_exchange.test_live_adapter import QUOTE, make_order

    caplog.set_level(logging.DEBUG)
    credential = store_key()
    exchange_http.answer("POST", "/api/v3/order", {"code": -2015, "msg": "Invalid API-key, IP, or permissions."}, 401)
    with pytest.raises(PermanentExchangeError):
        LiveExchange(credential).submit(make_order(credential.account), QUOTE)

    assert caplog.records  # something was logged (the refusal, ccxt's and urllib's debug lines)
    assert API_KEY not in caplog.text and SECRET not in caplog.text


def test_the_audit_records_only_metadata_and_the_fingerprint(store_key):
    credential = store_key(exchange="okx", password=PASSWORD)

    event = AuditEvent.objects.get(action="exchange_credential.stored")
    dumped = f"{event.message} {event.before} {event.after}"
    assert event.after == {"exchange": "okx", "market_type": "spot", "sandbox": True, "fingerprint": credential.fingerprint}
    for secret in (API_KEY, SECRET, PASSWORD, credential.api_key_encrypted, credential.secret_encrypted):
        assert secret not in dumped


@pytest.mark.parametrize("how", ["variable", "file"])
def test_settings_read_the_key_list_from_the_environment_or_a_file(tmp_path, how):
    keys = [Fernet.generate_key().decode(), Fernet.generate_key().decode()]
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ECHOTRADE_CREDENTIALS_KEY")}
    if how == "variable":
        environment["ECHOTRADE_CREDENTIALS_KEY"] = " , ".join(keys)
    else:
        key_file = tmp_path / "credentials.key"
        key_file.write_text("\n".join(keys) + "\n")
        environment["ECHOTRADE_CREDENTIALS_KEY_FILE"] = str(key_file)
    script = "import echotrade.settings as s; print(','.join(s.ECHOTRADE_CREDENTIALS_KEYS))"

    result = subprocess.run([sys.executable, "-c", script], cwd=BASE_DIR, env=environment, capture_output=True, text=True)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ",".join(keys)


def test_without_the_variable_the_settings_have_no_key_and_load_fine():
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ECHOTRADE_CREDENTIALS_KEY")}
    script = "import echotrade.settings as s; print(repr(s.ECHOTRADE_CREDENTIALS_KEYS))"

    result = subprocess.run([sys.executable, "-c", script], cwd=BASE_DIR, env=environment, capture_output=True, text=True)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
