"""Every model change ships with its migration, so `migrate` on a deployment matches the code."""

from io import StringIO

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_no_model_change_is_missing_a_migration():
    output = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=output, stderr=output)
    except SystemExit:
        pytest.fail(f"Models have changes without a migration:\n{output.getvalue()}")
    assert "No changes detected" in output.getvalue()
