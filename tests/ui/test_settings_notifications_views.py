"""The Settings page's Notifications block through Django's test client: what saves, what is refused
and shown next to its field, who may change it, and a webhook URL never written back into a page."""
import pytest

from accounts.models import NotificationSetting
from accounts.notifications import notification_setting_update
from tests.ui.conftest import toast

URL = "/a/handjob/settings/notifications"
SLACK = "https://hooks.slack.com/services/T000/B000/s3cr3tXXXXXXXXwxyz"


@pytest.fixture(autouse=True)
def server_channels(settings):
    settings.TELEGRAM_BOT_TOKEN, settings.TELEGRAM_ALERT_CHAT_ID = "4242:token", ""
    settings.ALERT_EMAIL_TO, settings.DISCORD_WEBHOOK_URL, settings.SLACK_WEBHOOK_URL = "", "", ""
    settings.NOTIFY_WEBHOOK_ALLOW_HTTP = False


def _setting(handjob) -> NotificationSetting:
    return NotificationSetting.objects.get(account=handjob)


def test_the_page_offers_every_event_and_channel_to_a_member_who_may_act(member_client):
    page = member_client.get("/a/handjob/settings").content.decode()
    assert 'id="settings-notifications"' in page and f'hx-post="{URL}"' in page
    for event in ("fill", "stop", "liquidation", "alert", "auto_pause", "daily_summary"):
        assert f'name="events" value="{event}"' in page
    for channel in ("telegram", "email", "discord", "slack"):
        assert f'name="channels" value="{channel}"' in page


def test_a_member_saves_events_channels_and_destinations(member_client, handjob):
    response = member_client.post(URL, {
        "events": ["fill", "daily_summary"], "channels": ["telegram", "slack"],
        "telegram_chat_id": "-1001234567890", "email": "", "slack_webhook_url": SLACK,
    })
    assert response.status_code == 200
    assert toast(response) == {"level": "ok", "message": "handjob's notifications saved."}
    setting = _setting(handjob)
    assert (setting.events, setting.channels) == (["fill", "daily_summary"], ["telegram", "slack"])
    assert (setting.telegram_chat_id, setting.slack_webhook_url) == ("-1001234567890", SLACK)
    page = response.content.decode()
    assert "s3cr3t" not in page and "saved: https://hooks.slack.com/…wxyz" in page
    assert 'name="events" value="fill" checked' in page


def test_an_empty_webhook_field_keeps_the_saved_one_and_remove_clears_it(member_client, handjob):
    notification_setting_update(account=handjob, changes={"slack_webhook_url": SLACK})
    member_client.post(URL, {"events": ["fill"], "channels": ["slack"], "slack_webhook_url": ""})
    assert _setting(handjob).slack_webhook_url == SLACK
    response = member_client.post(URL, {"events": ["fill"], "slack_webhook_url_remove": "on"})
    assert response.status_code == 200
    assert _setting(handjob).slack_webhook_url == ""


def test_bad_input_is_a_400_with_the_message_under_its_field_and_nothing_is_saved(member_client, handjob):
    response = member_client.post(URL, {
        "events": ["fill"], "channels": ["slack"], "telegram_chat_id": "my chat",
        "slack_webhook_url": "http://hooks.slack.com/s3cr3t",
    })
    assert response.status_code == 400
    assert toast(response)["level"] == "error"
    page = response.content.decode()
    assert 'id="notify-telegram-error">A chat id is a number' in page
    assert 'id="notify-slack-error">Not a Slack webhook URL' in page
    assert 'value="my chat"' in page  # what was typed comes back to be corrected...
    assert "s3cr3t" not in page  # ...except a webhook URL
    assert not NotificationSetting.objects.filter(account=handjob).exists()


def test_an_unknown_event_is_refused(member_client, handjob):
    response = member_client.post(URL, {"events": ["fill", "moon"]})
    assert response.status_code == 400
    assert 'id="notify-events-error">Unknown event &#x27;moon&#x27;' in response.content.decode()


def test_a_viewer_sees_the_choices_but_cannot_change_them(viewer_client, handjob):
    notification_setting_update(account=handjob, changes={"events": ["fill", "stop"], "channels": ["slack"], "slack_webhook_url": SLACK})
    page = viewer_client.get("/a/handjob/settings").content.decode()
    assert 'data-value="events">Fills, Stops moved or hit</dd>' in page and 'data-value="channels">Slack</dd>' in page
    assert "https://hooks.slack.com/…wxyz" in page and "s3cr3t" not in page
    assert f'hx-post="{URL}"' not in page
    response = viewer_client.post(URL, {"events": []})
    assert response.status_code == 403
    assert _setting(handjob).events == ["fill", "stop"]


def test_another_accounts_notifications_are_not_found(member_client, angry):
    assert member_client.post("/a/angry/settings/notifications", {"events": ["fill"]}).status_code == 404
    assert not NotificationSetting.objects.filter(account=angry).exists()
