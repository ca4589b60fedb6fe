"""The Audit page in Chromium against a real daphne: search, then download the filtered CSV."""
from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect

from echotrade.models import AuditEvent
from tests.conftest import make_user
from tests.ui.conftest import log_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def log(handjob, woods1):
    return [
        AuditEvent.objects.create(account=handjob, action="account.paused", actor_label="hj", object_type="account",
                                  object_id=str(handjob.pk), message="=exchange outage", after={"paused": True}),
        AuditEvent.objects.create(account=handjob, action="position.closed", actor_label="position_monitor",
                                  message="take profit hit", after={"realised_pnl": "12.34567891"}),
        AuditEvent.objects.create(account=woods1, action="account.paused", message="woods1 outage"),
    ]


def test_search_then_download_the_filtered_csv(page, web, handjob, log):
    make_user("hj", accounts=[handjob])
    log_in(page, web, "hj")
    page.goto(f"{web}/a/handjob/audit")
    expect(page.locator("tbody tr")).to_have_count(2)
    page.get_by_role("searchbox", name="Search").fill("outage")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("tbody tr")).to_have_count(1)
    expect(page.locator("tbody")).to_contain_text("=exchange outage")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").click()
    download = download_info.value
    assert download.suggested_filename == f"handjob-audit-{datetime.now(UTC).date().isoformat()}.csv"
    with open(download.path(), encoding="utf-8") as file:
        rows = list(csv.DictReader(io.StringIO(file.read())))
    assert [(r["action"], r["actor"], r["message"]) for r in rows] == [("account.paused", "hj", "'=exchange outage")]
    assert rows[0]["after"] == '{"paused": true}'


def test_a_bad_date_is_explained_next_to_the_field(page, web, handjob, log):
    make_user("hj", accounts=[handjob])
    log_in(page, web, "hj")
    page.goto(f"{web}/a/handjob/audit?date_from=2026-02-30")
    expect(page.locator("#a-from-error")).to_have_text("A date such as 2026-01-31.")
    expect(page.locator("tbody tr")).to_have_count(2)
