"""The Traders page's newer actions (/a/<name>/traders/...); the page, follow, toggle and settings are in echotrade/ui_urls.py."""
from django.urls import path

from traders import views

urlpatterns = [
    path("a/<slug:name>/traders/add", views.trader_add_view, name="ui-trader-add"),
    path("a/<slug:name>/traders/<slug:trader_id>/tokens", views.trader_tokens_view, name="ui-trader-tokens"),
    path("a/<slug:name>/traders/<slug:trader_id>/paper", views.trader_paper_view, name="ui-trader-paper"),
    path("a/<slug:name>/traders/<slug:trader_id>/promote", views.trader_promote_view, name="ui-trader-promote"),
    path("a/<slug:name>/traders/<slug:trader_id>/duplicate", views.trader_duplicate_view, name="ui-trader-duplicate"),
    path("a/<slug:name>/traders/<slug:trader_id>/delete", views.trader_delete_view, name="ui-trader-delete"),
]
