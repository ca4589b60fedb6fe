"""The live-trading API: an account's exchange key (write-only) and the paper/live switch."""
from __future__ import annotations

from drf_spectacular.utils import extend_schema, extend_schema_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.selectors import account_get_for_user
from echotrade.exceptions import NotFound
from execution.models import ExchangeCredential
from execution.services import live as services


class CredentialOutput(serializers.ModelSerializer):
    """Metadata only: the key, secret and passphrase are never serialised."""

    account = serializers.SlugRelatedField(slug_field="name", read_only=True)

    class Meta:
        model = ExchangeCredential
        fields = ["account", "exchange", "market_type", "sandbox", "fingerprint", "created_at", "updated_at"]
        read_only_fields = fields


class ModeOutput(serializers.Serializer):
    name = serializers.CharField()
    mode = serializers.CharField()
    credential = CredentialOutput(allow_null=True, source="exchange_credential_or_none")


def _mode_payload(account) -> dict:
    account.exchange_credential_or_none = ExchangeCredential.objects.filter(account=account).first()
    return ModeOutput(account).data


class AccountCredentialsApi(APIView):
    @extend_schema_serializer(component_name="ExchangeCredentialInput")
    class Input(serializers.Serializer):
        exchange = serializers.ChoiceField(choices=ExchangeCredential.Exchange.choices)
        market_type = serializers.ChoiceField(choices=ExchangeCredential.MarketType.choices)
        sandbox = serializers.BooleanField(help_text="Trade on the exchange's testnet (default true).", default=True)
        api_key = serializers.CharField(write_only=True, max_length=services.MAX_KEY_CHARS, trim_whitespace=False)
        secret = serializers.CharField(write_only=True, max_length=services.MAX_KEY_CHARS, trim_whitespace=False)
        password = serializers.CharField(
            write_only=True, required=False, allow_blank=True, max_length=services.MAX_KEY_CHARS,
            trim_whitespace=False, help_text="Passphrase, for exchanges that use one (OKX).",
        )

    @extend_schema(responses=CredentialOutput, description="The stored key's metadata; never the key itself.")
    def get(self, request, name: str):
        account = account_get_for_user(user=request.user, name=name)
        credential = ExchangeCredential.objects.filter(account=account).first()
        if credential is None:
            raise NotFound(f"'{account.name}' has no exchange key stored.")
        return Response(CredentialOutput(credential).data)

    @extend_schema(
        request=Input, responses=CredentialOutput,
        description="Store or replace the account's exchange key, encrypted at rest. Owners only.",
    )
    def put(self, request, name: str):
        account = account_get_for_user(user=request.user, name=name)
        data = self.Input(data=request.data)
        data.is_valid(raise_exception=True)
        credential = services.exchange_credential_store(account=account, actor=request.user, **data.validated_data)
        return Response(CredentialOutput(credential).data)

    @extend_schema(request=None, responses={204: None}, description="Remove the stored key (paper accounts only). Owners only.")
    def delete(self, request, name: str):
        account = account_get_for_user(user=request.user, name=name)
        services.exchange_credential_delete(account=account, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class AccountGoLiveApi(APIView):
    @extend_schema_serializer(component_name="AccountGoLiveInput")
    class Input(serializers.Serializer):
        confirm = serializers.CharField(help_text="The account's name, typed to confirm trading with real money.")

    @extend_schema(
        request=Input, responses=ModeOutput,
        description="Switch the account to live trading on its stored exchange key. Owners only; audited.",
    )
    def post(self, request, name: str):
        account = account_get_for_user(user=request.user, name=name)
        data = self.Input(data=request.data)
        data.is_valid(raise_exception=True)
        account = services.account_go_live(account=account, actor=request.user, confirm=data.validated_data["confirm"])
        return Response(_mode_payload(account))


class AccountGoPaperApi(APIView):
    @extend_schema(request=None, responses=ModeOutput, description="Switch the account back to paper trading. Owners only; audited.")
    def post(self, request, name: str):
        account = account_get_for_user(user=request.user, name=name)
        account = services.account_go_paper(account=account, actor=request.user)
        return Response(_mode_payload(account))
