"""The audit log as files people keep: JSON, CSV and PDF of one account's (filtered) events.

JSON and CSV stream in keyset pages, so a log of any size is sent in bounded memory; the PDF is
built in memory and so holds at most ``PDF_MAX_ROWS`` events (it says so when it stops short).
Values are written as stored: the before/after columns are the JSON the log holds, so the
Decimal strings in them keep every digit.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime

from django.db.models import Q, QuerySet

from accounts.models import Account
from accounts.selectors import AuditFilters
from echotrade.models import AuditEvent

EXPORT_FORMATS = {
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "pdf": "application/pdf",
}
COLUMNS = ("id", "created_at", "account", "actor", "action", "object_type", "object_id", "message", "before", "after")
PAGE_ROWS = 1000
PDF_MAX_ROWS = 2000
# Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_filename(account: Account, fmt: str, *, today=None) -> str:
    today = today or datetime.now(UTC).date()
    return f"{account.name}-audit-{today.isoformat()}.{fmt}"


def audit_rows(events: QuerySet[AuditEvent]) -> Iterator[dict]:
    """Every event of ``events`` (newest first) as a plain dict, read PAGE_ROWS at a time.

    Keyset pages on (created_at, id) rather than one open cursor: each page is its own short
    query, so a slow download holds no transaction or server-side cursor open.
    """
    fields = ("id", "created_at", "account__name", "actor_label", "action", "object_type", "object_id",
              "message", "before", "after")
    query = events.order_by("-created_at", "-id").values(*fields)
    page = list(query[:PAGE_ROWS])
    while page:
        for row in page:
            yield {
                "id": row["id"], "created_at": row["created_at"].astimezone(UTC).isoformat(),
                "account": row["account__name"], "actor": row["actor_label"], "action": row["action"],
                "object_type": row["object_type"], "object_id": row["object_id"], "message": row["message"],
                "before": row["before"], "after": row["after"],
            }
        if len(page) < PAGE_ROWS:
            return
        last = page[-1]
        page = list(query.filter(
            Q(created_at__lt=last["created_at"]) | Q(created_at=last["created_at"], id__lt=last["id"])
        )[:PAGE_ROWS])


# --- JSON ---------------------------------------------------------------------------------------
def json_chunks(rows: Iterator[dict], *, account: Account, filters: AuditFilters) -> Iterator[str]:
    """One JSON document: the account, the filters used and the events, written row by row."""
    head = {"account": account.name, "exported_at": datetime.now(UTC).isoformat(), "filters": filters.as_params()}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "events": ['
    for index, row in enumerate(rows):
        yield ("," if index else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]}\n"


# --- CSV ----------------------------------------------------------------------------------------
def csv_safe(value) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula gets a leading quote."""
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_chunks(rows: Iterator[dict]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for count, row in enumerate(rows, start=1):
        writer.writerow([csv_safe(row[column]) for column in COLUMNS])
        if count % 200 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


# --- PDF ----------------------------------------------------------------------------------------
# The PDF's built-in Helvetica covers Latin-1 only; these are the other characters the log uses.
PDF_REPLACEMENTS = str.maketrans({"×": "x", "→": "->", "≥": ">=", "≤": "<=", "–": "-", "—": "-", "…": "...",
                                  "“": '"', "”": '"', "‘": "'", "’": "'", "·": "-", "≠": "!="})


def pdf_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False)
    return str(value).translate(PDF_REPLACEMENTS).encode("latin-1", "replace").decode("latin-1")


PDF_COLUMNS = (("When (UTC)", 26), ("Action", 30), ("Actor", 22), ("Object", 22), ("Message", 70),
               ("Before", 50), ("After", 50))  # widths in mm; 270 fill a landscape A4 inside its margins
PDF_LINE = 3.2  # mm per line of 7 pt text
PDF_CELL_MAX_LINES = 40  # one row always fits on a page


def audit_pdf(rows: Iterator[dict], *, account: Account, filters: AuditFilters, total: int,
              compress: bool = True) -> bytes:
    """A landscape A4 table of up to PDF_MAX_ROWS events, with the filters that chose them.

    The table is laid out here, not with fpdf2's table(): its per-character line breaking made a
    big export take minutes (bench/audit_pdf.py measures both on the same rows).
    """
    from fpdf import FPDF

    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_compression(compress)
    pdf.set_title(f"{account.name} audit log")
    pdf.set_creator("EchoTrade")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, pdf_text(f"Audit log - {account.name}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9)
    used = ", ".join(f"{name}={value}" for name, value in filters.as_params().items()) or "none"
    shown = min(total, PDF_MAX_ROWS)
    pdf.multi_cell(0, 5, pdf_text(
        f"Exported {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. Filters: {used}. {shown} of {total} event(s)."
        + (f" The PDF stops at {PDF_MAX_ROWS}; the CSV and JSON exports hold them all." if total > shown else "")
    ), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _pdf_row(pdf, [name for name, _ in PDF_COLUMNS], bold=True)
    for count, row in enumerate(rows):
        if count >= PDF_MAX_ROWS:
            break
        obj = f"{row['object_type']} #{row['object_id']}" if row["object_type"] else ""
        cells = [row["created_at"][:19].replace("T", " "), row["action"], row["actor"], obj, row["message"],
                 row["before"], row["after"]]
        _pdf_row(pdf, [pdf_text(value) for value in cells])
    return bytes(pdf.output())


def _pdf_row(pdf, cells: list[str], *, bold: bool = False) -> None:
    pdf.set_font("Helvetica", "B" if bold else "", 7)
    wrapped = [_wrap(pdf, text, width - 2) for text, (_, width) in zip(cells, PDF_COLUMNS)]
    height = max(len(lines) for lines in wrapped) * PDF_LINE + 1.5
    if pdf.get_y() + height > pdf.h - pdf.b_margin:
        pdf.add_page()
        if not bold:
            _pdf_row(pdf, [name for name, _ in PDF_COLUMNS], bold=True)  # the headings on every page
            pdf.set_font("Helvetica", "", 7)
    x, y = pdf.l_margin, pdf.get_y()
    for lines, (_, width) in zip(wrapped, PDF_COLUMNS):
        pdf.rect(x, y, width, height)
        for number, line in enumerate(lines, start=1):
            pdf.text(x + 1, y + number * PDF_LINE, line)
        x += width
    pdf.set_y(y + height)


def _wrap(pdf, text: str, width: float) -> list[str]:
    """Greedy word wrap to ``width`` mm; a word longer than a line is cut where it must be.

    Widths come straight from the core font's table (every character is Latin-1 by now):
    fpdf2's get_string_width parses each string again and was most of the time spent here.
    """
    widths, scale = pdf.current_font.cw, pdf.font_size_pt * 0.001 / pdf.k

    def measure(chunk: str) -> float:
        return sum(widths.get(ch, 600) for ch in chunk) * scale

    space = measure(" ")
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line, line_width = "", 0.0
        for word in paragraph.split(" "):
            word_width = measure(word)
            if line and line_width + space + word_width <= width:
                line, line_width = f"{line} {word}", line_width + space + word_width
                continue
            if line:
                lines.append(line)
            while word_width > width:
                cut = max(1, int(len(word) * width / word_width))
                lines.append(word[:cut])
                word = word[cut:]
                word_width = measure(word)
            line, line_width = word, word_width
        lines.append(line)
    if len(lines) > PDF_CELL_MAX_LINES:
        lines = [*lines[:PDF_CELL_MAX_LINES - 1], "... (cut here; the CSV and JSON hold it whole)"]
    return lines
