"""Internal links in rich text, as the API renders them."""

from django.utils.html import escape
from wagtail.rich_text.pages import PageLinkHandler

from .selectors import public_pages


class PublicPageLinkHandler(PageLinkHandler):
    """A link to another page of the site becomes that page's path in the language being
    served; a link to a page the public cannot see keeps its text but loses its address,
    which would reveal an unpublished page's slug."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        targets = [page.localized if page else None for page in cls.get_many(attrs_list)]
        public_ids = set(
            public_pages()
            .filter(pk__in=[page.pk for page in targets if page])
            .values_list("pk", flat=True)
        )
        return [
            f'<a href="{escape(page.url)}">' if page and page.pk in public_ids else "<a>"
            for page in targets
        ]
