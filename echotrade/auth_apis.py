"""``POST /api/auth/token`` {"username", "password"} → {"token"}."""
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.exceptions import Throttled
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from echotrade.throttles import LoginIpRateThrottle, LoginUsernameRateThrottle


class TokenApi(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]
    # Every attempt counts (a right password too): the token is for scripts, which log in rarely.
    throttle_classes = [LoginIpRateThrottle, LoginUsernameRateThrottle]

    def throttled(self, request, wait):
        raise Throttled(wait, detail="Too many login attempts.")

    @extend_schema(
        request=AuthTokenSerializer,
        responses=inline_serializer("TokenOutput", {"token": serializers.CharField()}),
        auth=[],
        description="Too many attempts from one address or for one username answer 429 with Retry-After (LOGIN_RATE).",
    )
    def post(self, request):
        serializer = AuthTokenSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        token, _ = Token.objects.get_or_create(user=serializer.validated_data["user"])
        return Response({"token": token.key})
