"""The production settings the two-server test runs, less one thing: the servers answer plain
HTTP on loopback, where a browser (and urllib) would keep a ``Secure`` cookie to itself, so the
session and CSRF cookies are sent without TLS there. Everything else is ``cms.settings.production``
as deployed."""

from cms.settings.production import *  # noqa: F403

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
