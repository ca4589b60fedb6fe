"""The Audit page and its exports through Django's test client: search, filters, pages, JSON/CSV/PDF."""
import csv
import io
import json
import re
import zlib
from datetime import UTC, date, datetime

import pytest
from asgiref.sync import async_to_sync
from django.test import AsyncClient
from django.utils import timezone

from ui import exports
from accounts.models import Membership
from echotrade.models import AuditEvent
from tests.conftest import make_user


def event_at(when: datetime, monkeypatch, **fields) -> AuditEvent:
    """An event as the log would have written it at ``when`` (created_at is set by the clock)."""
    fields.setdefault("actor_label", "system")
    with monkeypatch.context() as clock:
        clock.setattr(timezone, "now", lambda: when)
        return AuditEvent.objects.create(**fields)


@pytest.fixture
def log(handjob, woods1, monkeypatch):
    """Five handjob events over three days, and one of woods1's that must never show."""
    day = lambda d, h=12: datetime(2026, 3, d, h, 0, tzinfo=UTC)  # noqa: E731
    return {
        "opened": event_at(day(1), monkeypatch, account=handjob, action="position.opened", object_type="position",
                           object_id="41", message="BTC/USDT long 0.03 @ 67001.5",
                           after={"entry_price": "67001.50000001", "quantity": "0.03"}),
        "closed": event_at(day(2), monkeypatch, account=handjob, action="position.closed", object_type="position",
                           object_id="41", actor_label="position_monitor", message="take profit 1 hit",
                           before={"status": "open"}, after={"status": "closed", "realised_pnl": "-12.34567890"}),
        "risk": event_at(day(2, 18), monkeypatch, account=handjob, action="account.risk_updated",
                         object_type="account", object_id=str(handjob.pk), actor_label="boss",
                         before={"global_position_multiplier": "1.000000"}, after={"global_position_multiplier": "1.5"}),
        "formula": event_at(day(3), monkeypatch, account=handjob, action="signal.received", object_type="signal",
                            object_id="7", actor_label="=cmd|' /C calc'!A0", message="+SUM(A1:A2)"),
        "at": event_at(day(3, 13), monkeypatch, account=handjob, action="note", message="@admin -check"),
        "other": event_at(day(2), monkeypatch, account=woods1, action="position.opened", message="woods1 secret"),
    }


def _ids(page_html: str) -> list[int]:
    return [int(i) for i in re.findall(r'<tr id="audit-(\d+)"', page_html)]


def _get_ids(client, query: str = "") -> list[int]:
    response = client.get(f"/a/handjob/audit{query}")
    assert response.status_code == 200
    return _ids(response.content.decode())


# --- The page -----------------------------------------------------------------------------------
def test_the_page_lists_only_this_accounts_events_newest_first(member_client, log):
    page = member_client.get("/a/handjob/audit").content.decode()
    assert _ids(page) == [log[k].pk for k in ("at", "formula", "risk", "closed", "opened")]
    assert "woods1 secret" not in page
    assert "global_position_multiplier</span> 1.000000 → 1.5" in page  # the change, values as stored


def test_free_text_searches_action_message_actor_and_object(member_client, log):
    assert _get_ids(member_client, "?q=TAKE+PROFIT") == [log["closed"].pk]
    assert _get_ids(member_client, "?q=boss") == [log["risk"].pk]
    assert _get_ids(member_client, "?q=risk_upd") == [log["risk"].pk]
    assert _get_ids(member_client, "?q=signal") == [log["formula"].pk]
    assert _get_ids(member_client, "?q=%2341") == [log["closed"].pk, log["opened"].pk]  # "#41", the object id


def test_the_filters_narrow_by_action_actor_object_type_and_days(member_client, log):
    assert _get_ids(member_client, "?action=position") == [log["closed"].pk, log["opened"].pk]
    assert _get_ids(member_client, "?actor=Position_Monitor") == [log["closed"].pk]
    assert _get_ids(member_client, "?object_type=account") == [log["risk"].pk]
    # Whole UTC days, both ends included: the 2nd at 12:00 and at 18:00.
    assert _get_ids(member_client, "?date_from=2026-03-02&date_to=2026-03-02") == [log["risk"].pk, log["closed"].pk]
    assert _get_ids(member_client, "?date_from=2026-03-03") == [log["at"].pk, log["formula"].pk]
    assert _get_ids(member_client, "?action=position&date_to=2026-03-01") == [log["opened"].pk]


def test_the_filter_choices_come_from_this_accounts_log(member_client, log):
    page = member_client.get("/a/handjob/audit").content.decode()
    assert '<option value="position">position</option>' in page
    assert '<option value="position_monitor">' in page and '<option value="account.risk_updated">' in page


@pytest.mark.parametrize(
    ("query", "field_id", "message"),
    [
        ("?date_from=2026-13-01", "a-from-error", "A date such as 2026-01-31."),
        ("?date_from=2026-03-03&date_to=2026-03-01", "a-to-error", "Must not be before the start date."),
        ("?q=" + "x" * 201, "a-q-error", "At most 200 characters."),
        ("?date_to=9999-12-31&date_from=0001-01-01", None, None),
    ],
)
def test_a_bad_filter_is_reported_next_to_its_field_and_left_out(member_client, log, query, field_id, message):
    response = member_client.get(f"/a/handjob/audit{query}")
    assert response.status_code == 200
    page = response.content.decode()
    if field_id:
        assert page.split(f'id="{field_id}">', 1)[1].startswith(message)
        assert 'aria-invalid="true"' in page
    assert len(_ids(page)) >= 2  # the bad filter narrowed nothing


def test_the_page_is_paginated_and_the_pages_keep_the_filters(member_client, handjob):
    AuditEvent.objects.bulk_create(
        [AuditEvent(account=handjob, action="bot.voted", message=f"vote {i}") for i in range(60)]
        + [AuditEvent(account=handjob, action="note", message="not a vote")]
    )
    first = member_client.get("/a/handjob/audit?action=bot").content.decode()
    assert len(_ids(first)) == 50 and "Page 1 of 2 · 60 event(s)" in first
    assert 'href="?action=bot&amp;page=2"' in first
    second = member_client.get("/a/handjob/audit?action=bot&page=2").content.decode()
    assert len(_ids(second)) == 10 and "not a vote" not in second
    assert member_client.get("/a/handjob/audit?page=banana").status_code == 200


def test_the_empty_states_say_why_the_table_is_empty(member_client, handjob):
    assert "Nothing has happened in handjob yet." in member_client.get("/a/handjob/audit").content.decode()
    AuditEvent.objects.create(account=handjob, action="note", message="one event")
    page = member_client.get("/a/handjob/audit?q=nothing-like-this").content.decode()
    assert "No event matches these filters." in page and "Nothing has happened" not in page


def test_a_non_member_gets_404_for_the_page_and_the_exports(member_client, angry):
    for url in ("/a/angry/audit", "/a/angry/audit/export.csv", "/a/angry/audit/export.json", "/a/angry/audit/export.pdf"):
        assert member_client.get(url).status_code == 404, url


def test_a_viewer_reads_and_exports_the_log(client, handjob, log):
    client.force_login(make_user("eye", accounts=[handjob], role=Membership.Role.VIEWER))
    assert len(_get_ids(client)) == 5
    assert client.get("/a/handjob/audit/export.csv").status_code == 200


# --- Exports ------------------------------------------------------------------------------------
def _csv(response) -> list[dict]:
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_the_csv_export_is_the_filtered_set_as_an_attachment(member_client, log):
    response = member_client.get("/a/handjob/audit/export.csv?action=position")
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = datetime.now(UTC).date().isoformat()
    assert response["Content-Disposition"] == f"attachment; filename=handjob-audit-{today}.csv"
    rows = _csv(response)
    assert [int(r["id"]) for r in rows] == [log["closed"].pk, log["opened"].pk]
    assert list(rows[0]) == list(exports.COLUMNS)
    assert json.loads(rows[1]["after"]) == {"entry_price": "67001.50000001", "quantity": "0.03"}  # exact, as stored
    assert rows[0]["created_at"] == "2026-03-02T12:00:00+00:00" and rows[0]["account"] == "handjob"


def test_the_csv_export_defuses_spreadsheet_formulas(member_client, log):
    rows = {int(r["id"]): r for r in _csv(member_client.get("/a/handjob/audit/export.csv"))}
    assert rows[log["formula"].pk]["actor"] == "'=cmd|' /C calc'!A0"
    assert rows[log["formula"].pk]["message"] == "'+SUM(A1:A2)"
    assert rows[log["at"].pk]["message"] == "'@admin -check"
    assert rows[log["opened"].pk]["message"] == "BTC/USDT long 0.03 @ 67001.5"  # nothing else changes
    assert exports.csv_safe("-12.5") == "'-12.5" and exports.csv_safe("\tx") == "'\tx"


def test_the_json_export_holds_the_filters_and_the_events_as_stored(member_client, log):
    response = member_client.get("/a/handjob/audit/export.json?date_from=2026-03-02&date_to=2026-03-02")
    assert response["Content-Type"] == "application/json" and response.streaming
    assert response["Content-Disposition"].endswith(".json") and "filename=handjob-audit-" in response["Content-Disposition"]
    body = json.loads(b"".join(response.streaming_content))
    assert body["account"] == "handjob"
    assert body["filters"] == {"date_from": "2026-03-02", "date_to": "2026-03-02"}
    assert [e["id"] for e in body["events"]] == [log["risk"].pk, log["closed"].pk]
    assert body["events"][1]["after"] == {"status": "closed", "realised_pnl": "-12.34567890"}
    assert body["events"][1]["actor"] == "position_monitor"


def test_an_empty_export_is_still_a_valid_file(member_client, log):
    body = json.loads(b"".join(member_client.get("/a/handjob/audit/export.json?q=zzz").streaming_content))
    assert body["events"] == []
    assert _csv(member_client.get("/a/handjob/audit/export.csv?q=zzz")) == []


def pdf_text(data: bytes) -> str:
    """The text drawing operators of every content stream (fpdf2 deflates them)."""
    parts = []
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            parts.append(zlib.decompress(stream).decode("latin-1"))
        except zlib.error:
            parts.append(stream.decode("latin-1"))
    # PDF string literals escape parentheses and backslashes.
    return re.sub(r"\\([()\\])", r"\1", "".join(parts))


def test_the_pdf_export_is_a_pdf_of_the_filtered_rows(member_client, log):
    response = member_client.get("/a/handjob/audit/export.pdf?action=position")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert re.fullmatch(r"attachment; filename=handjob-audit-\d{4}-\d{2}-\d{2}\.pdf", response["Content-Disposition"])
    assert response.content.startswith(b"%PDF-")
    text = pdf_text(response.content)
    assert "take profit 1 hit" in text and "BTC/USDT long 0.03 @ 67001.5" in text
    assert "position.closed" in text and "position_monitor" in text
    assert "-12.34567890" in text  # the stored Decimal string, every digit
    assert "signal.received" not in text and "woods1 secret" not in text
    assert "2 of 2 event(s)" in text and "action=position" in text


def test_the_pdf_says_when_it_stops_short(handjob):
    rows = ({"created_at": "2026-03-01T00:00:00+00:00", "action": "a", "actor": "x", "object_type": "", "object_id": "",
             "message": f"row {i} ×→", "before": None, "after": None} for i in range(3))
    from accounts.selectors import AuditFilters

    original = exports.PDF_MAX_ROWS
    exports.PDF_MAX_ROWS = 2
    try:
        data = exports.audit_pdf(rows, account=handjob, filters=AuditFilters(), total=3, compress=False)
    finally:
        exports.PDF_MAX_ROWS = original
    text = pdf_text(data)
    assert "2 of 3 event(s)" in text and "The PDF stops at 2" in text
    assert "row 1 x->" in text and "row 2" not in text  # characters Helvetica lacks are spelled out


def test_an_export_refuses_a_bad_filter_rather_than_export_more(member_client, log):
    response = member_client.get("/a/handjob/audit/export.csv?date_from=yesterday")
    assert response.status_code == 400
    assert "date_from: A date such as 2026-01-31." in response.content.decode()
    assert member_client.get("/a/handjob/audit/export.xlsx").status_code == 404


def test_the_export_reads_a_big_log_in_pages_without_losing_or_repeating_a_row(member_client, handjob, monkeypatch):
    monkeypatch.setattr(exports, "PAGE_ROWS", 10)
    same_moment = datetime(2026, 3, 5, tzinfo=UTC)
    with monkeypatch.context() as clock:
        clock.setattr(timezone, "now", lambda: same_moment)
        AuditEvent.objects.bulk_create([AuditEvent(account=handjob, action="bulk", message=str(i)) for i in range(35)])
    rows = _csv(member_client.get("/a/handjob/audit/export.csv?action=bulk"))
    ids = [int(r["id"]) for r in rows]
    assert len(ids) == 35 and ids == sorted(set(ids), reverse=True)


def test_under_asgi_the_export_streams_from_an_async_iterator(member, handjob, log):
    client = AsyncClient()

    async def download():
        await client.aforce_login(member)
        response = await client.get("/a/handjob/audit/export.csv?actor=boss")
        assert response.is_async
        return response, b"".join([chunk async for chunk in response.streaming_content])

    response, content = async_to_sync(download)()
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(content.decode())))
    assert [int(r["id"]) for r in rows] == [log["risk"].pk]


# --- The API reads the log through the same selector --------------------------------------------
def test_the_api_takes_the_same_filters(api, handjob, log):
    body = api.get("/api/accounts/handjob/audit?q=profit&date_from=2026-03-02").json()
    assert [e["id"] for e in body["results"]] == [log["closed"].pk]
    assert [e["id"] for e in api.get("/api/accounts/handjob/audit?action=position").json()["results"]] == [
        log["closed"].pk, log["opened"].pk]
    response = api.get("/api/accounts/handjob/audit?date_to=31/12/2026")
    assert response.status_code == 400
    assert response.json()["errors"] == {"date_to": ["A date such as 2026-01-31."]}


def test_filters_parse_to_query_parameters_and_back():
    from accounts.selectors import audit_filters_parse

    filters, errors = audit_filters_parse({"q": " btc ", "date_from": "2026-03-01", "actor": ""})
    assert errors == {} and filters.q == "btc" and filters.date_from == date(2026, 3, 1)
    assert filters.as_params() == {"q": "btc", "date_from": "2026-03-01"}
