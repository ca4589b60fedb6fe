"""Every route of the web UI: login, the per-account pages (/a/<name>/...) and their htmx partials.

A page called X has its views in ui/views/X.py and its template in templates/ui/X.html.
"""
from django.contrib.auth.views import LogoutView
from django.urls import path

from ui import static_assets
from ui.views import (
    analytics,
    audit,
    bots,
    charts,
    compare,
    dashboard,
    goto,
    home,
    login,
    positions,
    projection,
    settings,
    settings_sizing,
    signals,
    trader_management,
    traders,
)

account = "a/<slug:name>/"

urlpatterns = [
    path("", home.home, name="home"),
    path("login", login.UiLoginView.as_view(), name="login"),
    path("logout", LogoutView.as_view(next_page="login"), name="logout"),
    path("assets/plotly-<str:version>.min.js", static_assets.plotly_js, name="plotly-js"),
    path("favicon.ico", static_assets.favicon, name="favicon"),
    # A page's name without an account: that page of the account used last (ui/views/goto.py).
    *[path(page, goto.goto_page, {"url_name": url_name}, name=f"goto-{page}") for page, url_name in goto.PAGES.items()],
    # Dashboard
    path(account, dashboard.dashboard, name="ui-dashboard"),
    path(account + "metrics", dashboard.metrics_partial, name="ui-metrics"),
    path(account + "status", dashboard.status_partial, name="ui-status"),
    path(account + "pause", dashboard.account_pause_view, name="ui-pause"),
    path(account + "resume", dashboard.account_resume_view, name="ui-resume"),
    path(account + "projection", projection.projection_partial, name="ui-projection"),
    path(account + "positions", positions.positions_partial, name="ui-positions"),
    path(account + "positions/<int:position_id>/close", positions.position_close_view, name="ui-position-close"),
    path(
        account + "positions/<int:position_id>/protection",
        positions.position_protection_view, name="ui-position-protection",
    ),
    # Traders, their analytics and the comparison
    path(account + "traders", traders.traders_page, name="ui-traders"),
    path(account + "traders/add", traders.trader_add_view, name="ui-trader-add"),
    path(account + "traders/compare", compare.traders_compare_page, name="ui-traders-compare"),
    path(account + "traders/<slug:trader_id>/follow", traders.follow_view, name="ui-trader-follow"),
    path(account + "traders/<slug:trader_id>/toggle", traders.trader_toggle_view, name="ui-trader-toggle"),
    path(account + "traders/<slug:trader_id>/settings", traders.trader_settings_view, name="ui-trader-settings"),
    path(account + "traders/<slug:trader_id>/tokens", traders.trader_tokens_view, name="ui-trader-tokens"),
    path(
        account + "traders/<slug:trader_id>/management",
        trader_management.trader_management_view, name="ui-trader-management",
    ),
    path(
        account + "traders/<slug:trader_id>/management/preview",
        trader_management.trader_management_preview_view, name="ui-trader-management-preview",
    ),
    path(account + "traders/<slug:trader_id>/paper", traders.trader_paper_view, name="ui-trader-paper"),
    path(account + "traders/<slug:trader_id>/promote", traders.trader_promote_view, name="ui-trader-promote"),
    path(account + "traders/<slug:trader_id>/duplicate", traders.trader_duplicate_view, name="ui-trader-duplicate"),
    path(account + "traders/<slug:trader_id>/delete", traders.trader_delete_view, name="ui-trader-delete"),
    path(account + "traders/<slug:trader_id>/analytics", analytics.trader_analytics_page, name="ui-trader-analytics"),
    path(account + "traders/<slug:trader_id>/backtest", analytics.trader_backtest_view, name="ui-trader-backtest"),
    path(account + "backtests/<uuid:job_id>", analytics.backtest_job_partial, name="ui-backtest-job"),
    # Signals: the decision feed, the approval queue, trading windows and blackouts
    path(account + "signals", signals.signals_page, name="ui-signals"),
    path(account + "signals/<int:decision_id>/approve", signals.decision_approve_view, name="ui-decision-approve"),
    path(account + "signals/<int:decision_id>/reject", signals.decision_reject_view, name="ui-decision-reject"),
    path(account + "signals/windows", signals.window_add_view, name="ui-window-add"),
    path(account + "signals/windows/<int:window_id>/delete", signals.window_delete_view, name="ui-window-delete"),
    path(account + "signals/blackouts", signals.blackout_add_view, name="ui-blackout-add"),
    path(
        account + "signals/blackouts/<int:blackout_id>/delete",
        signals.blackout_delete_view, name="ui-blackout-delete",
    ),
    # Charts
    path(account + "charts", charts.charts_page, name="ui-charts"),
    path(account + "charts/panel", charts.chart_panel, name="ui-chart-panel"),
    # Bots
    path(account + "bots", bots.bots_page, name="ui-bots"),
    path(account + "bots/votes", bots.bot_votes_partial, name="ui-bot-votes"),
    path(account + "bots/<int:bot_id>/enabled", bots.bot_enabled_view, name="ui-bot-enabled"),
    # Settings and audit
    path(account + "settings", settings.settings_page, name="ui-settings"),
    path(account + "settings/risk", settings.settings_risk_view, name="ui-settings-risk"),
    path(account + "settings/sizing", settings_sizing.settings_sizing_view, name="ui-settings-sizing"),
    path(
        account + "settings/sizing/preview", settings_sizing.settings_sizing_preview, name="ui-settings-sizing-preview",
    ),
    path(account + "settings/pause", settings.settings_pause_view, name="ui-settings-pause"),
    path(account + "settings/resume", settings.settings_resume_view, name="ui-settings-resume"),
    path(account + "settings/notifications", settings.settings_notifications_view, name="ui-settings-notifications"),
    path(account + "settings/system/start", settings.system_start_view, name="ui-system-start"),
    path(account + "settings/system/stop", settings.system_stop_view, name="ui-system-stop"),
    path(account + "audit", audit.audit_page, name="ui-audit"),
    path(account + "audit/export.<str:fmt>", audit.audit_export, name="ui-audit-export"),
]
