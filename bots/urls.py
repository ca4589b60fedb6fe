"""The Bots page of the web UI: the account's bots, start/stop, and the ensemble's votes."""
from django.urls import path

from bots import views

urlpatterns = [
    path("a/<slug:name>/bots", views.bots_page, name="ui-bots"),
    path("a/<slug:name>/bots/votes", views.bot_votes_partial, name="ui-bot-votes"),
    path("a/<slug:name>/bots/<int:bot_id>/enabled", views.bot_enabled_view, name="ui-bot-enabled"),
]
