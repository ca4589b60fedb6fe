"""Signal-source routes (webhooks, Telegram import)."""
urlpatterns: list = []
