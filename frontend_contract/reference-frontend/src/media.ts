// Images: rendition URLs are relative to the CMS, which serves them.
import type { ImageFragment } from "../../generated/graphql.js";
import { CMS_URL } from "./config.js";
import { html, type Html } from "./html.js";

export function mediaUrl(url: string): string {
  return /^https?:\/\//.test(url) ? url : `${CMS_URL}${url.startsWith("/") ? "" : "/"}${url}`;
}

/** An <img> with a srcset of the fragment's two renditions; `alt` falls back to `fallbackAlt`. */
export function image(img: ImageFragment, options: { fallbackAlt?: string; sizes?: string; className?: string } = {}): Html {
  const alt = img.alt || options.fallbackAlt || "";
  const srcset = [img.small, img.large]
    .filter((rendition, index, all) => all.findIndex((other) => other.width === rendition.width) === index)
    .map((rendition) => `${mediaUrl(rendition.url)} ${rendition.width}w`)
    .join(", ");
  return html`<img src="${mediaUrl(img.small.url)}" srcset="${srcset}" sizes="${options.sizes ?? "(min-width: 40em) 20em, 100vw"}" width="${img.small.width}" height="${img.small.height}" alt="${alt}"${options.className ? html` class="${options.className}"` : ""} loading="lazy">`;
}
