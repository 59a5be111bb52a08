"""Where media lives: on local disk (``MEDIA_ROOT``) unless ``MEDIA_STORAGE_URL`` names an
S3-compatible bucket (AWS, MinIO, Ceph, Garage, Hetzner…), as ``s3://<bucket>`` or
``s3://<bucket>/<prefix>``.

On a bucket, media is split by who may read it (README, "Media on object storage"):

- ``default``, private: original images and documents. Objects get no ACL (the bucket's own,
  private), and every URL is signed and short-lived (``PRIVATE_MEDIA_URL_EXPIRY`` seconds).
  Documents are linked through Wagtail's serve view, which checks the collection's view
  restriction before it redirects to such a URL; the API never serves an original's URL.
- ``renditions``, public: the image renditions the API and its feeds link to. Unsigned, stable
  URLs (the response cache keeps them), on ``MEDIA_PUBLIC_DOMAIN`` (a CDN) when set, cached by
  browsers for a year: a rendition's file never changes under its name.

Credentials are never storage options: options are what ``Storage.deconstruct()`` returns, and
Wagtail puts that into the arguments of its file-deletion task, which a database task backend
stores as JSON. boto3 reads ``AWS_ACCESS_KEY_ID`` and ``AWS_SECRET_ACCESS_KEY`` itself (or a
profile, or the instance's role).
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

S3_BACKEND = "storages.backends.s3.S3Storage"
#: A rendition is written once under a name of its own (``file_overwrite`` is off), so browsers
#: and CDNs may keep it as long as they like.
RENDITION_CACHE_CONTROL = "public, max-age=31536000, immutable"
DEFAULT_PRIVATE_URL_EXPIRY = 300


def _bucket_and_prefix(storage_url: str) -> tuple[str, str]:
    parts = urlsplit(storage_url)
    if parts.scheme != "s3" or not parts.netloc or parts.query or parts.fragment:
        raise ImproperlyConfigured(
            f"MEDIA_STORAGE_URL={storage_url!r} is not an S3 bucket: write it as "
            "s3://<bucket> or s3://<bucket>/<prefix>, e.g. s3://mklj-media."
        )
    return parts.netloc, parts.path.strip("/")


def _domain_and_protocol(public_domain: str) -> tuple[str, str]:
    """``cdn.example.org`` (HTTPS) or ``http(s)://cdn.example.org[/path]``."""
    if "://" not in public_domain:
        return public_domain.strip("/"), "https:"
    parts = urlsplit(public_domain)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ImproperlyConfigured(
            f"MEDIA_PUBLIC_DOMAIN={public_domain!r} is neither a host name nor an http(s) URL."
        )
    return (parts.netloc + parts.path).rstrip("/"), f"{parts.scheme}:"


def object_storages(
    *,
    storage_url: str,
    region: str = "",
    endpoint_url: str = "",
    public_domain: str = "",
    public_acl: str = "public-read",
    private_url_expiry: int = DEFAULT_PRIVATE_URL_EXPIRY,
) -> dict[str, dict]:
    """The ``default`` (private) and ``renditions`` (public) entries of ``STORAGES`` for the
    bucket of ``storage_url``. ``public_acl`` is the canned ACL of renditions; leave it empty
    for a bucket without ACLs (Garage, or AWS with "bucket owner enforced"), whose policy then
    makes ``<prefix>/images/*`` readable by everyone."""
    if private_url_expiry <= 0:
        raise ImproperlyConfigured("PRIVATE_MEDIA_URL_EXPIRY must be a number of seconds > 0.")
    bucket, prefix = _bucket_and_prefix(storage_url)
    common = {
        "bucket_name": bucket,
        "location": prefix,
        "file_overwrite": False,
        # Signature Version 4, which every current provider and AWS region accepts (boto3
        # still signs URLs with version 2 in some regions).
        "signature_version": "s3v4",
        **({"region_name": region} if region else {}),
        **({"endpoint_url": endpoint_url} if endpoint_url else {}),
    }
    public = {
        **common,
        "default_acl": public_acl or None,
        "querystring_auth": False,
        "object_parameters": {"CacheControl": RENDITION_CACHE_CONTROL},
    }
    if public_domain:
        public["custom_domain"], public["url_protocol"] = _domain_and_protocol(public_domain)
    private = {
        **common,
        "default_acl": None,
        "querystring_auth": True,
        "querystring_expire": private_url_expiry,
    }
    return {
        "default": {"BACKEND": S3_BACKEND, "OPTIONS": private},
        "renditions": {"BACKEND": S3_BACKEND, "OPTIONS": public},
    }
