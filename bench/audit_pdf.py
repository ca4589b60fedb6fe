"""The audit log's PDF export: our own table layout against fpdf2's ``table()`` on the same rows.

Both draw the same seven columns of the same events on landscape A4 with the core Helvetica;
fpdf2's table() breaks lines character by character, which is why the export lays out its own.
No database: the rows are the dicts ``ui.exports.audit_rows`` yields.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "echotrade.settings")

ROWS = 300


def rows(count: int) -> list[dict]:
    return [{
        "created_at": "2026-03-01T00:00:00+00:00", "action": "position.closed", "actor": "position_monitor",
        "object_type": "position", "object_id": str(i),
        "message": f"take profit 1 hit at 68,000 for BTC/USDT long 0.03; the stop moved to break-even ({i})",
        "before": {"status": "open"}, "after": {"status": "closed", "realised_pnl": "-12.34567890", "fees": "1.23400000"},
    } for i in range(count)]


def reference_pdf(events: list[dict]) -> bytes:
    """The same table through fpdf2's table() (what the export first used)."""
    from fpdf import FPDF

    from ui.exports import PDF_COLUMNS, pdf_text

    pdf = FPDF(orientation="landscape", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=7)
    with pdf.table(col_widths=[w for _, w in PDF_COLUMNS], line_height=3.2, text_align="LEFT", repeat_headings=1) as table:
        table.row([name for name, _ in PDF_COLUMNS])
        for row in events:
            obj = f"{row['object_type']} #{row['object_id']}"
            table.row([pdf_text(v) for v in (row["created_at"][:19], row["action"], row["actor"], obj, row["message"],
                                             row["before"], row["after"])])
    return bytes(pdf.output())


def timed(func) -> tuple[float, bytes]:
    started = time.perf_counter()
    result = func()
    return time.perf_counter() - started, result


def main() -> dict:
    import django

    django.setup()
    from ui.exports import audit_pdf
    from accounts.selectors import AuditFilters

    class Account:
        name = "bench"

    events = rows(ROWS)
    timed(lambda: audit_pdf(iter(events[:10]), account=Account, filters=AuditFilters(), total=10))  # warm imports
    ours_s, ours = timed(lambda: audit_pdf(iter(events), account=Account, filters=AuditFilters(), total=ROWS))
    reference_s, reference = timed(lambda: reference_pdf(events))
    assert ours.startswith(b"%PDF") and reference.startswith(b"%PDF")
    return {
        "benchmark": "audit_pdf", "rows": ROWS, "ours_s": round(ours_s, 3), "reference_s": round(reference_s, 3),
        "ours_ms_per_row": round(ours_s / ROWS * 1000, 2), "reference_ms_per_row": round(reference_s / ROWS * 1000, 2),
        "table": [[f"audit PDF, {ROWS} rows (ours vs fpdf2 table())", f"{ours_s * 1000:.0f} ms",
                   f"{reference_s * 1000:.0f} ms", f"×{reference_s / ours_s:.1f} faster"]],
    }


if __name__ == "__main__":
    print(json.dumps(main()))
