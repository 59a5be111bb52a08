import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Documents and images the examples create go to a temporary folder, not .test-media."""
    settings.MEDIA_ROOT = tmp_path
