"""GET/PUT /api/accounts/{name}/notifications: what an account is told and where; bad input is a 400
with its field, a viewer may look but not change, and a webhook URL is never shown back."""
import pytest
from rest_framework.test import APIClient

from accounts.models import Membership, NotificationSetting
from echotrade.models import AuditEvent
from tests.conftest import make_user

URL = "/api/accounts/woods1/notifications"
DISCORD = "https://discord.com/api/webhooks/1234567890/AbCdEfGhIjKlMnOpQrStUvWxYz-s3cr3t"
SLACK = "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXwxyz"


@pytest.fixture(autouse=True)
def server_channels(settings):
    """The server has a bot and an email address, but no webhooks of its own."""
    settings.TELEGRAM_BOT_TOKEN, settings.TELEGRAM_ALERT_CHAT_ID = "4242:token", "-100200"
    settings.ALERT_EMAIL_TO, settings.DISCORD_WEBHOOK_URL, settings.SLACK_WEBHOOK_URL = "desk@example.com", "", ""
    settings.NOTIFY_WEBHOOK_ALLOW_HTTP = False


def client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_an_account_that_never_chose_is_told_nothing(api, woods1):
    response = api.get(URL)
    assert response.status_code == 200
    assert response.json() == {
        "account": "woods1", "events": [], "channels": [], "telegram_chat_id": "", "email": "",
        "discord_webhook_url": "", "slack_webhook_url": "",
        "server_destinations": {"telegram": True, "email": True, "discord": False, "slack": False},
    }


def test_a_member_who_may_act_chooses_events_channels_and_destinations(api, woods1):
    response = api.put(URL, {
        "events": ["stop", "fill", "daily_summary", "fill"], "channels": ["slack", "telegram", "discord"],
        "telegram_chat_id": " -1001234567890 ", "discord_webhook_url": DISCORD, "slack_webhook_url": SLACK,
    }, format="json")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["events"] == ["fill", "stop", "daily_summary"]  # one order, no repeats
    assert body["channels"] == ["telegram", "discord", "slack"]
    assert body["telegram_chat_id"] == "-1001234567890"
    # Webhook URLs are secrets: a hint to recognise them, never the URL.
    assert body["discord_webhook_url"] == "https://discord.com/…cr3t"
    assert body["slack_webhook_url"] == "https://hooks.slack.com/…wxyz"
    assert "s3cr3t" not in response.content.decode() and "s3cr3t" not in api.get(URL).content.decode()
    setting = NotificationSetting.objects.get(account=woods1)
    assert (setting.discord_webhook_url, setting.slack_webhook_url) == (DISCORD, SLACK)


def test_a_put_changes_only_the_fields_it_names(api, woods1):
    api.put(URL, {"events": ["fill"], "channels": ["discord"], "discord_webhook_url": DISCORD}, format="json")
    response = api.put(URL, {"events": ["alert"]}, format="json")
    assert response.status_code == 200
    assert response.json()["channels"] == ["discord"]
    assert NotificationSetting.objects.get(account=woods1).discord_webhook_url == DISCORD


def test_an_empty_webhook_removes_it_and_a_channel_left_without_one_is_refused(api, woods1):
    api.put(URL, {"events": ["fill"], "channels": ["discord"], "discord_webhook_url": DISCORD}, format="json")
    refused = api.put(URL, {"discord_webhook_url": ""}, format="json")
    assert refused.status_code == 400
    assert refused.json()["errors"] == {"discord_webhook_url": ["Discord is chosen: give a webhook URL (the server has none)."]}
    assert NotificationSetting.objects.get(account=woods1).discord_webhook_url == DISCORD  # nothing saved
    response = api.put(URL, {"channels": [], "discord_webhook_url": None}, format="json")
    assert response.status_code == 200 and response.json()["discord_webhook_url"] == ""


@pytest.mark.parametrize(("body", "field", "message"), [
    ({"events": ["fills"]}, "events", "Unknown event 'fills'"),
    ({"events": "fill"}, "events", "A list of names"),
    ({"channels": ["pigeon"]}, "channels", "Unknown channel 'pigeon'"),
    ({"telegram_chat_id": "my chat"}, "telegram_chat_id", "A chat id is a number"),
    ({"telegram_chat_id": 12345}, "telegram_chat_id", "Must be text."),
    ({"email": "not-an-address"}, "email", "Not an email address."),
    ({"discord_webhook_url": "discord.com/api/webhooks/1/x"}, "discord_webhook_url", "Not a Discord webhook URL"),
    ({"slack_webhook_url": "http://hooks.slack.com/services/T/B/x"}, "slack_webhook_url", "Not a Slack webhook URL"),
    ({"slack_webhook_url": "file:///etc/passwd"}, "slack_webhook_url", "Not a Slack webhook URL"),
    ({"slack_webhook_url": "https://" + "x" * 600}, "slack_webhook_url", "At most 500 characters."),
    ({"colour": "blue"}, "colour", "Unknown setting."),
    ({"account": "angry"}, "account", "Unknown setting."),
])
def test_bad_input_is_a_400_with_its_field_and_nothing_is_saved(api, woods1, body, field, message):
    response = api.put(URL, body, format="json")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert response.json()["errors"][field][0].startswith(message)
    assert "passwd" not in response.content.decode()  # a refused URL is not echoed either
    assert not NotificationSetting.objects.filter(account=woods1).exists()


def test_a_channel_with_nowhere_to_send_is_refused(api, settings, woods1):
    settings.TELEGRAM_BOT_TOKEN = ""
    response = api.put(URL, {"events": ["fill"], "channels": ["telegram", "slack"]}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "telegram_chat_id": ["Telegram needs the server's bot (TELEGRAM_BOT_TOKEN), which is not set."],
        "slack_webhook_url": ["Slack is chosen: give a webhook URL (the server has none)."],
    }


def test_a_body_that_is_not_an_object_is_a_400(api, woods1):
    response = api.put(URL, ["fill"], format="json")
    assert response.status_code == 400


def test_a_viewer_sees_the_setting_but_may_not_change_it(woods1):
    viewer = client_for(make_user("eye", accounts=[woods1], role=Membership.Role.VIEWER))
    assert viewer.get(URL).status_code == 200
    response = viewer.put(URL, {"events": ["fill"]}, format="json")
    assert response.status_code == 403
    assert not NotificationSetting.objects.filter(account=woods1).exists()


def test_another_accounts_setting_is_not_found(woods1, angry):
    stranger = client_for(make_user("other", accounts=[angry]))
    assert stranger.get(URL).status_code == 404
    assert stranger.put(URL, {"events": ["fill"]}, format="json").status_code == 404


def test_a_change_is_audited_without_the_webhook_url(api, woods1):
    api.put(URL, {"events": ["fill"], "channels": ["slack"], "slack_webhook_url": SLACK}, format="json")
    event = AuditEvent.objects.get(account=woods1, action="account.notifications_updated")
    assert event.after == {"events": ["fill"], "channels": ["slack"], "slack_webhook_url": "set"}
    assert event.actor_label == "ops"
    api.put(URL, {"events": ["fill"]}, format="json")  # no change: no second event
    assert AuditEvent.objects.filter(account=woods1, action="account.notifications_updated").count() == 1
