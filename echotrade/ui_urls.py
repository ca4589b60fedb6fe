"""Web UI routes: login, the per-account pages (/a/<name>/...) and their htmx partials."""
from django.contrib.auth.views import LogoutView
from django.urls import path

from accounts import audit_views, settings_views
from accounts import views as account_views
from echotrade import static_assets
from execution import views as execution_views
from signals import views as signal_views
from traders import views as trader_views

urlpatterns = [
    path("login", account_views.UiLoginView.as_view(), name="login"),
    path("logout", LogoutView.as_view(next_page="login"), name="logout"),
    path("assets/plotly-<str:version>.min.js", static_assets.plotly_js, name="plotly-js"),
    path("a/<slug:name>/", account_views.dashboard, name="ui-dashboard"),
    path("a/<slug:name>/metrics", account_views.metrics_partial, name="ui-metrics"),
    path("a/<slug:name>/status", account_views.status_partial, name="ui-status"),
    path("a/<slug:name>/pause", account_views.account_pause_view, name="ui-pause"),
    path("a/<slug:name>/resume", account_views.account_resume_view, name="ui-resume"),
    path("a/<slug:name>/audit", audit_views.audit_page, name="ui-audit"),
    path("a/<slug:name>/audit/export.<str:fmt>", audit_views.audit_export, name="ui-audit-export"),
    path("a/<slug:name>/settings", settings_views.settings_page, name="ui-settings"),
    path("a/<slug:name>/settings/risk", settings_views.settings_risk_view, name="ui-settings-risk"),
    path("a/<slug:name>/settings/pause", settings_views.settings_pause_view, name="ui-settings-pause"),
    path("a/<slug:name>/settings/resume", settings_views.settings_resume_view, name="ui-settings-resume"),
    path("a/<slug:name>/settings/system/start", settings_views.system_start_view, name="ui-system-start"),
    path("a/<slug:name>/settings/system/stop", settings_views.system_stop_view, name="ui-system-stop"),
    path("a/<slug:name>/positions", execution_views.positions_partial, name="ui-positions"),
    path("a/<slug:name>/positions/<int:position_id>/close", execution_views.position_close_view, name="ui-position-close"),
    path(
        "a/<slug:name>/positions/<int:position_id>/protection",
        execution_views.position_protection_view, name="ui-position-protection",
    ),
    path("a/<slug:name>/traders", trader_views.traders_page, name="ui-traders"),
    path("a/<slug:name>/traders/<slug:trader_id>/follow", trader_views.follow_view, name="ui-trader-follow"),
    path("a/<slug:name>/traders/<slug:trader_id>/toggle", trader_views.trader_toggle_view, name="ui-trader-toggle"),
    path("a/<slug:name>/traders/<slug:trader_id>/settings", trader_views.trader_settings_view, name="ui-trader-settings"),
    path("a/<slug:name>/signals", signal_views.signals_page, name="ui-signals"),
    path("a/<slug:name>/signals/<int:decision_id>/approve", signal_views.decision_approve_view, name="ui-decision-approve"),
    path("a/<slug:name>/signals/<int:decision_id>/reject", signal_views.decision_reject_view, name="ui-decision-reject"),
    path("a/<slug:name>/signals/windows", signal_views.window_add_view, name="ui-window-add"),
    path("a/<slug:name>/signals/windows/<int:window_id>/delete", signal_views.window_delete_view, name="ui-window-delete"),
    path("a/<slug:name>/signals/blackouts", signal_views.blackout_add_view, name="ui-blackout-add"),
    path(
        "a/<slug:name>/signals/blackouts/<int:blackout_id>/delete",
        signal_views.blackout_delete_view, name="ui-blackout-delete",
    ),
]
