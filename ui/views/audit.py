"""The Audit page: the account's log, searched and filtered, and its JSON, CSV and PDF exports."""
from __future__ import annotations

import json
from urllib.parse import urlencode

from asgiref.sync import sync_to_async
from django.core.handlers.asgi import ASGIRequest
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from accounts.selectors import (
    AUDIT_FILTER_PARAMS,
    audit_facets,
    audit_filters_parse,
    audit_search,
)
from ui.exports import (
    EXPORT_FORMATS,
    audit_pdf,
    audit_rows,
    csv_chunks,
    export_filename,
    json_chunks,
)
from ui.helpers import ui_account, ui_login_required, ui_page_context

AUDIT_PAGE_SIZE = 50


# --- Audit --------------------------------------------------------------------------------------
@ui_login_required
@require_safe
def audit_page(request, name: str):
    account = ui_account(request, name)
    filters, filter_errors = audit_filters_parse(request.GET)
    events = Paginator(audit_search(account=account, filters=filters), AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    for event in events:
        event.changes = _changes(event)
    query = urlencode(filters.as_params())
    return render(request, "ui/audit.html", {
        **ui_page_context(request, account),
        "events": events,
        "filters": {key: request.GET.get(key, "").strip() for key in AUDIT_FILTER_PARAMS},
        "filter_errors": filter_errors,
        "filtered": bool(filters),
        "query": query,
        "facets": audit_facets(account=account),
        "export_formats": list(EXPORT_FORMATS),
    })


def _changes(event) -> list[tuple[str, object, object]]:
    """(field, before, after) for the table; values as stored, with nested ones as compact JSON."""
    before = event.before if isinstance(event.before, dict) else {}
    after = event.after if isinstance(event.after, dict) else {}

    def shown(value):
        return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value

    return [(key, shown(before.get(key)), shown(after.get(key))) for key in {**before, **after}]


@ui_login_required
@require_safe
def audit_export(request, name: str, fmt: str):
    """The filtered log as a download; a filter that cannot be used refuses the export (400), never widens it."""
    account = ui_account(request, name)
    if fmt not in EXPORT_FORMATS:
        raise Http404("No such export format.")
    filters, filter_errors = audit_filters_parse(request.GET)
    if filter_errors:
        text = "Not exported. " + "; ".join(f"{k}: {v}" for k, v in filter_errors.items())
        return HttpResponse(text, status=400, content_type="text/plain; charset=utf-8")
    events = audit_search(account=account, filters=filters)
    rows = audit_rows(events)
    if fmt == "pdf":
        response = HttpResponse(audit_pdf(rows, account=account, filters=filters, total=events.count()),
                                content_type=EXPORT_FORMATS[fmt])
    else:
        chunks = csv_chunks(rows) if fmt == "csv" else json_chunks(rows, account=account, filters=filters)
        response = StreamingHttpResponse(_for_server(request, chunks), content_type=EXPORT_FORMATS[fmt])
    response["Content-Disposition"] = f"attachment; filename={export_filename(account, fmt)}"
    return response


def _for_server(request, chunks):
    """Under ASGI (daphne) Django would read a plain iterator whole before sending it; an async one
    that reads each chunk in the request's thread streams it in bounded memory instead."""
    if not isinstance(request, ASGIRequest):
        return chunks

    async def stream():
        while (chunk := await sync_to_async(next)(chunks, None)) is not None:
            yield chunk

    return stream()
