"""POST /api/traders/{id}/import-telegram and ``manage.py import_telegram``."""
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from signals.models import Signal
from signals.sources.telegram import apis
from tests.conftest import make_user
from tests.telegram.conftest import FIXTURES


URL = "/api/traders/alpha_signals/import-telegram"
EXPORT = FIXTURES / "channel_export.json"


def upload(name="result.json", content=None):
    return SimpleUploadedFile(name, EXPORT.read_bytes() if content is None else content, content_type="application/json")


def test_staff_uploads_an_export_and_gets_the_report(api, alpha, market):
    response = api.post(URL, {"file": upload()}, format="multipart")

    assert response.status_code == 200, response.json()
    body = response.json()
    assert (body["messages"], body["signals_imported"], body["updates_seen"], body["invalid"]) == (9, 3, 2, 1)
    assert body["errors"][0]["message_id"] == 7 and body["first_message_at"].startswith("2024-01-05T09:05:00")
    assert Signal.objects.filter(trader=alpha).count() == 3


def test_staff_may_post_the_export_as_the_json_body(api, alpha, market):
    response = api.post(URL, json.loads(EXPORT.read_text()), format="json")

    assert response.status_code == 200 and response.json()["signals_imported"] == 3


def test_uploading_twice_imports_once(api, alpha, market):
    api.post(URL, {"file": upload()}, format="multipart")

    body = api.post(URL, {"file": upload()}, format="multipart").json()

    assert (body["signals_imported"], body["duplicates_skipped"]) == (0, 3)


def test_a_member_who_is_not_staff_is_refused(alpha, accounts):
    client = APIClient()
    client.force_authenticate(make_user("viewer", accounts=accounts.values()))

    response = client.post(URL, {"file": upload()}, format="multipart")

    assert response.status_code == 403 and "Only staff" in response.json()["detail"]
    assert not Signal.objects.exists()


def test_an_anonymous_request_is_refused(alpha):
    response = APIClient().post(URL, {"file": upload()}, format="multipart")

    assert response.status_code in (401, 403) and not Signal.objects.exists()


def test_an_unknown_trader_is_404(api, db):
    response = api.post("/api/traders/nobody/import-telegram", {"file": upload()}, format="multipart")

    assert response.status_code == 404


def test_a_file_that_is_not_an_export_is_400_saying_what_was_expected(api, alpha):
    response = api.post(URL, {"file": upload("notes.txt", b"hello, these are my notes")}, format="multipart")

    assert response.status_code == 400
    assert "not JSON" in response.json()["detail"] and "result.json" in response.json()["detail"]


def test_json_that_is_not_an_export_is_400(api, alpha):
    response = api.post(URL, {"file": upload(content=b'{"hello": "world"}')}, format="multipart")

    assert response.status_code == 400 and "Telegram Desktop chat export" in response.json()["detail"]


def test_a_body_that_is_not_an_export_is_400(api, alpha):
    response = api.post(URL, {"signals": []}, format="json")

    assert response.status_code == 400 and "Telegram Desktop chat export" in response.json()["detail"]


def test_a_form_without_the_file_field_is_400(api, alpha):
    response = api.post(URL, {"upload": upload()}, format="multipart")

    assert response.status_code == 400 and response.json()["errors"] == {"file": ["Required."]}


def test_an_upload_over_the_limit_is_400(api, alpha, monkeypatch):
    monkeypatch.setattr(apis, "MAX_BYTES", 1000)
    monkeypatch.setattr(apis, "MAX_REQUEST_BYTES", 10**9)

    response = api.post(URL, {"file": upload()}, format="multipart")

    assert response.status_code == 400 and "larger than" in response.json()["detail"]


def test_a_request_over_the_limit_is_refused_before_it_is_read(api, alpha, monkeypatch):
    monkeypatch.setattr(apis, "MAX_REQUEST_BYTES", 1000)

    response = api.post(URL, json.loads(EXPORT.read_text()), format="json")

    assert response.status_code == 400 and "larger than" in response.json()["detail"]


def test_a_trader_of_another_source_is_400(api, yun_qiang):
    response = api.post("/api/traders/yun_qiang/import-telegram", {"file": upload()}, format="multipart")

    assert response.status_code == 400 and "only Telegram traders" in response.json()["detail"]


# --- manage.py import_telegram ----------------------------------------------------------------
def test_the_command_imports_a_file(alpha, market, capsys):
    call_command("import_telegram", "alpha_signals", str(EXPORT))

    assert Signal.objects.filter(trader=alpha).count() == 3
    assert "3 signals imported from 9 messages of Alpha Signals" in capsys.readouterr().out


def test_the_command_explains_a_bad_file(alpha, tmp_path):
    path = tmp_path / "result.json"
    path.write_text("[]")

    with pytest.raises(CommandError, match="Telegram Desktop chat export"):
        call_command("import_telegram", "alpha_signals", str(path))


def test_the_command_explains_a_missing_file(alpha, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_telegram", "alpha_signals", str(tmp_path / "missing.json"))


def test_the_command_explains_an_unknown_trader(db):
    with pytest.raises(CommandError, match="No trader with id 'nobody'"):
        call_command("import_telegram", "nobody", str(EXPORT))
