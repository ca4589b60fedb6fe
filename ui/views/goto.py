"""The page names without an account (``/traders``, ``/signals`` ...): that page of the account the
user opened last, or of their first account. A user without an account lands on the home page,
which says how to get one."""
from __future__ import annotations

from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_safe

from ui.helpers import ui_last_account, ui_login_required

# The path without an account → the page's url name.
PAGES = {
    "dashboard": "ui-dashboard",
    "traders": "ui-traders",
    "signals": "ui-signals",
    "charts": "ui-charts",
    "bots": "ui-bots",
    "settings": "ui-settings",
    "audit": "ui-audit",
}


@ui_login_required
@require_safe
def goto_page(request, url_name: str):
    account = ui_last_account(request)
    if account is None:
        return redirect("home")
    target = reverse(url_name, kwargs={"name": account.name})
    query = request.META.get("QUERY_STRING", "")
    return redirect(f"{target}?{query}" if query else target)  # /signals?outcome=filtered keeps its filter
