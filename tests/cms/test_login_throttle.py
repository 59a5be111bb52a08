"""Admin sign-in is throttled per account and per address (django-axes, cms/auth.py)."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.hashers import check_password

PASSWORD = "correct horse battery staple"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        username="urednica", email="urednica@example.com", password=PASSWORD
    )


@pytest.fixture
def limit(settings):
    settings.AXES_FAILURE_LIMIT = 3
    return settings


def sign_in(client, username, password, address="198.51.100.4", language="en"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


@pytest.mark.django_db
def test_an_account_is_paused_after_the_limit_even_with_the_right_password(client, editor, limit):
    for _ in range(2):
        assert sign_in(client, "urednica", "wrong").status_code == 200  # the form, with an error
    assert sign_in(client, "urednica", "wrong").status_code == 429  # the third failure pauses

    refused = sign_in(client, "urednica", PASSWORD)

    assert refused.status_code == 429
    assert b"Too many failed sign-ins" in refused.content
    assert b"15 minutes" in refused.content
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_an_address_is_paused_whatever_account_it_tries(client, editor, limit):
    for name in ("a", "b", "c"):
        sign_in(client, name, "wrong", address="203.0.113.9")

    assert sign_in(client, "urednica", PASSWORD, address="203.0.113.9").status_code == 429
    # Another address still signs the editor in: the account itself was not guessed at.
    assert sign_in(client, "urednica", PASSWORD, address="192.0.2.1").status_code == 302


@pytest.mark.django_db
def test_a_paused_sign_in_checks_no_password(client, editor, limit, monkeypatch):
    """What made guessing expensive for everyone: each wrong password cost a full hash."""
    for _ in range(3):
        sign_in(client, "urednica", "wrong")
    checked = []
    monkeypatch.setattr(
        "django.contrib.auth.base_user.check_password",
        lambda *args, **kwargs: checked.append(args) or check_password(*args, **kwargs),
    )

    assert sign_in(client, "urednica", "wrong").status_code == 429
    assert checked == []


@pytest.mark.django_db
def test_a_success_resets_the_accounts_count(client, editor, limit):
    sign_in(client, "urednica", "wrong")
    sign_in(client, "urednica", "wrong")
    assert sign_in(client, "urednica", PASSWORD).status_code == 302
    client.logout()

    sign_in(client, "urednica", "wrong", address="192.0.2.77")
    assert sign_in(client, "urednica", PASSWORD, address="192.0.2.77").status_code == 302


@pytest.mark.django_db
def test_the_address_behind_trusted_proxies_is_the_forwarded_one(client, editor, limit, settings):
    settings.HEADLESS_RATE_LIMIT_TRUSTED_PROXIES = 1
    for _ in range(3):
        client.post(
            "/admin/login/",
            {"username": "nobody", "password": "wrong"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="203.0.113.50",
        )

    assert AccessAttempt.objects.filter(ip_address="203.0.113.50").exists()
    assert not AccessAttempt.objects.filter(ip_address="10.0.0.1").exists()


@pytest.mark.django_db
def test_the_refusal_is_in_the_admins_language(client, editor, limit):
    for _ in range(3):
        sign_in(client, "urednica", "wrong", language="sl")

    refused = sign_in(client, "urednica", PASSWORD, language="sl")

    assert refused.status_code == 429
    assert "Preveč neuspešnih prijav" in refused.content.decode()
    assert "15 minut" in refused.content.decode()


@pytest.mark.django_db
def test_signing_in_without_a_request_is_not_refused(editor):
    """manage.py commands and the test client authenticate without a request."""
    assert authenticate(username="urednica", password=PASSWORD) == editor
