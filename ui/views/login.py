"""The login page."""
from __future__ import annotations

from django.contrib.auth.views import LoginView
from django.urls import reverse

from accounts.selectors import account_list_for_user
from echotrade.throttles import client_ip, login_failure_record, login_retry_after


# --- Login --------------------------------------------------------------------------------------
class UiLoginView(LoginView):
    """The login form, with failed attempts limited per client IP and per username (LOGIN_RATE)."""

    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def post(self, request, *args, **kwargs):
        wait = login_retry_after(ip=client_ip(request), username=request.POST.get("username", ""))
        if wait:
            # Refused before the password is even checked (the form is given none, so it
            # authenticates nothing), so guessing on cannot find it.
            form = self.get_form_class()(request=request, data={"username": request.POST.get("username", "")})
            form.errors.clear()  # not "password required": this attempt was not judged at all
            form.add_error(None, f"Too many attempts — try again in {wait} seconds.")
            response = self.render_to_response(self.get_context_data(form=form), status=429)
            response["Retry-After"] = str(wait)
            return response
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        login_failure_record(ip=client_ip(self.request), username=self.request.POST.get("username", ""))
        return super().form_invalid(form)

    def get_default_redirect_url(self):
        """Without ``?next``, land on the first account's dashboard (the home page when there is none)."""
        first = account_list_for_user(user=self.request.user).first()
        return reverse("ui-dashboard", kwargs={"name": first.name}) if first else reverse("home")
