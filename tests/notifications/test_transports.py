"""echotrade.notify's Discord and Slack webhooks against the recording server: each service's payload,
the temporary/permanent split of their answers, and a webhook URL never quoted in an error."""
import pytest

from echotrade import notify
from echotrade.exceptions import NotifyPermanentError, NotifyTemporaryError


def test_discord_gets_its_content_and_can_never_ping_everyone(recorder):
    assert notify.notify(text="@everyone woods1 · fill", transports=["discord"]) == ["discord"]
    [sent] = recorder.received
    assert sent.path == "/discord/server-default" and sent.content_type == "application/json"
    assert sent.body == {"content": "@everyone woods1 · fill", "allowed_mentions": {"parse": []}}


def test_slack_gets_its_text(recorder):
    assert notify.notify(text="woods1 · fill", transports=["slack"]) == ["slack"]
    assert [(r.path, r.body) for r in recorder.received] == [("/slack/server-default", {"text": "woods1 · fill"})]


def test_a_destination_of_its_own_replaces_the_servers(recorder):
    sent = notify.notify(
        text="hello", transports=["discord", "slack"],
        destinations={"discord": f"{recorder.url}/discord/mine", "slack": f"{recorder.url}/slack/mine"},
    )
    assert sent == ["discord", "slack"]
    assert [r.path for r in recorder.received] == ["/discord/mine", "/slack/mine"]


def test_a_message_longer_than_discord_takes_is_cut_to_its_limit(recorder):
    notify.notify(text="x" * 2500, transports=["discord"])
    assert len(recorder.received[0].body["content"]) == 2000


def test_without_a_webhook_nothing_is_sent(recorder, settings):
    settings.DISCORD_WEBHOOK_URL = settings.SLACK_WEBHOOK_URL = ""
    assert notify.notify(text="hello", transports=["discord", "slack"]) == []
    assert recorder.received == []


@pytest.mark.parametrize(("status", "error"), [
    (500, NotifyTemporaryError), (503, NotifyTemporaryError), (429, NotifyTemporaryError),
    (400, NotifyPermanentError), (403, NotifyPermanentError), (404, NotifyPermanentError), (410, NotifyPermanentError),
])
@pytest.mark.parametrize("channel", ["discord", "slack"])
def test_their_answers_are_split_into_temporary_and_permanent(recorder, channel, status, error):
    recorder.answer(f"/{channel}", status)
    with pytest.raises(error) as raised:
        notify.notify(text="hello", transports=[channel])
    assert raised.value.transport == channel
    assert f"answered {status}: " in raised.value.message
    assert recorder.url not in raised.value.message and "server-default" not in raised.value.message


def test_their_own_words_are_in_the_error(recorder):
    recorder.answer("/discord", 404)
    recorder.answer("/slack", 400)
    with pytest.raises(NotifyPermanentError) as raised:
        notify.notify(text="hello", transports=["discord", "slack"])
    assert raised.value.message == "discord: Discord answered 404: Unknown Webhook; slack: Slack answered 400: invalid_payload"


def test_an_unreachable_webhook_is_temporary_and_its_url_is_not_quoted(recorder, settings):
    recorder.shutdown()
    recorder.server_close()
    settings.SLACK_WEBHOOK_URL = f"{recorder.url}/slack/T000-s3cr3t"
    with pytest.raises(NotifyTemporaryError) as raised:
        notify.notify(text="hello", transports=["slack"])
    assert raised.value.message.startswith("slack: Slack could not be reached: ")
    assert "s3cr3t" not in raised.value.message


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/hook", "not a url"])
def test_a_webhook_that_is_not_http_is_refused_for_good_without_being_opened(recorder, settings, url):
    settings.DISCORD_WEBHOOK_URL = url
    with pytest.raises(NotifyPermanentError, match="must start with https://") as raised:
        notify.notify(text="hello", transports=["discord"])
    assert "passwd" not in raised.value.message and recorder.received == []
