"""The landing page: what is running, where the prices come from, where to go next."""
from django.shortcuts import render

from accounts.selectors import account_list_for_user
from execution.market.sources import get_price_source
from execution.models import Quote
from execution.selectors import account_summary


def home(request):
    accounts = []
    if request.user.is_authenticated:
        accounts = [(a, account_summary(account=a)) for a in account_list_for_user(user=request.user)]
    quotes = Quote.objects.all()[:12]
    latest_source = quotes[0].source if quotes else get_price_source().name
    return render(request, "home.html", {"accounts": accounts, "quotes": quotes, "price_source": latest_source})
