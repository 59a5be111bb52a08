// StreamField blocks (body, goals): switch on __typename; unknown block types are skipped.
import type { ProjectDetailFragment } from "../../../generated/graphql.js";
import { html, trusted, type Html } from "../html.js";
import { image, mediaUrl } from "../media.js";

type Body = NonNullable<ProjectDetailFragment["body"]>;
type Goals = NonNullable<ProjectDetailFragment["goals"]>;
export type Block = NonNullable<Body[number]> | NonNullable<Goals[number]>;

function headingTag(level: string): string {
  const n = Number(/^h?([1-6])$/i.exec(level)?.[1] ?? 2);
  return `h${Math.min(6, Math.max(2, n))}`;
}

export function renderBlock(block: Block): Html {
  switch (block.__typename) {
    case "ParagraphBlock":
      return trusted(block.html);
    case "HeadingBlock": {
      const tag = headingTag(block.level);
      return html`${trusted(`<${tag}>`)}${block.text}${trusted(`</${tag}>`)}`;
    }
    case "GoalBlock":
      return "text" in block ? html`<p>${block.text}</p>` : html``;
    case "QuoteBlock":
      return html`<figure class="quote"><blockquote><p>${block.text}</p></blockquote>${block.attribution ? html`<figcaption>${block.attribution}</figcaption>` : ""}</figure>`;
    case "CaptionedImageBlock":
      return html`<figure>${image({ ...block.image, alt: block.alt || block.image.alt }, { sizes: "(min-width: 50em) 45em, 100vw" })}${block.caption ? html`<figcaption>${block.caption}</figcaption>` : ""}</figure>`;
    case "VideoBlock":
      return html`<p class="video"><a href="${block.videoUrl}">${block.videoTitle || block.videoUrl}</a>${block.videoCaption ? html`<br>${block.videoCaption}` : ""}</p>`;
    case "DocumentBlock":
      return block.documentUrl
        ? html`<p class="document"><a href="${mediaUrl(block.documentUrl)}">${block.documentTitle || block.documentUrl}${block.fileExtension ? ` (${block.fileExtension.toUpperCase()})` : ""}</a></p>`
        : html``;
    case "LinkListBlock": {
      const links = (block.links ?? []).flatMap((link) =>
        link && link.__typename === "LinkBlock" && link.url ? [html`<li><a href="${link.url}">${link.title || link.url}</a></li>`] : [],
      );
      return html`${block.heading ? html`<h2>${block.heading}</h2>` : ""}${links.length ? html`<ul class="link-list">${links}</ul>` : ""}`;
    }
    default:
      return html``;
  }
}

export function renderBlocks(blocks: ReadonlyArray<Block | null> | null | undefined): Html {
  return html`${(blocks ?? []).map((block) => (block ? renderBlock(block) : ""))}`;
}
