"""Pages written in bulk, exactly as treebeard and Wagtail would have stored them, and their
body text."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page

from .vocabulary import COMMON_WORD


def bulk_pages(parent: Page, pages: list[Page]) -> list[Page]:
    """Insert ``pages`` (unsaved instances of one specific model) as the next children of
    ``parent``, as treebeard and Wagtail would have stored them."""
    model = type(pages[0])
    parent.refresh_from_db()
    last = parent.get_last_child()
    step = Page.numconv_obj().str2int(last.path[-Page.steplen :]) if last else 0
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for offset, page in enumerate(pages, start=1):
        page.path = Page._get_path(parent.path, parent.depth + 1, step + offset)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now
    base_fields = Page._meta.concrete_fields
    bases = Page.objects.bulk_create(
        [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in pages]
    )
    for page, base in zip(pages, bases, strict=True):
        page.id = page.page_ptr_id = base.id
    model.objects.all()._batched_insert(pages, model._meta.local_concrete_fields, None)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return pages


def paragraphs(rng, language: str, topic: str, count: int) -> list[dict]:
    word = COMMON_WORD[language]
    text = {
        "sl": "<p>V projektu {t} {w} sodeluje s partnerji iz Evrope. Razvijamo nove storitve, "
        "usposabljamo zaposlene in delimo dobre prakse z drugimi ustanovami.</p>",
        "en": "<p>In the {t} project the {w} works with partners across Europe. We develop new "
        "services, train staff and share good practice with other institutions.</p>",
    }[language]
    blocks = [{"type": "heading", "value": {"text": topic.capitalize(), "level": "h2"}}]
    blocks += [
        {"type": "paragraph", "value": {"text": text.format(t=topic, w=word)}}
        for _ in range(rng.randint(count, count + 2))
    ]
    return blocks
