// Images: every media URL the CMS gives is absolute; `mediaUrl` still prefixes a relative one
// (document and material URLs of older servers).
import type { ImageFragment } from "../../generated/graphql.js";
import { CMS_URL } from "./config.js";
import { html, type Html } from "./html.js";

export function mediaUrl(url: string): string {
  return /^https?:\/\//.test(url) ? url : `${CMS_URL}${url.startsWith("/") ? "" : "/"}${url}`;
}

/**
 * A <picture> with the fragment's AVIF `srcset` before its WebP <img>: the server's `srcSet`s hold
 * every offered width up to the original's, once each; `sizes` says how wide the slot is (README,
 * Images). `object-position` keeps the editor's focal point in view when CSS crops the image.
 * `alt` falls back to `fallbackAlt`.
 */
export function image(img: ImageFragment, options: { fallbackAlt?: string; sizes?: string; className?: string } = {}): Html {
  const alt = img.alt || options.fallbackAlt || "";
  const sizes = options.sizes ?? "(min-width: 40em) 20em, 100vw";
  return html`<picture><source type="image/avif" srcset="${img.avifSrcSet}" sizes="${sizes}"><img src="${mediaUrl(img.small.url)}" srcset="${img.srcSet}" sizes="${sizes}" width="${img.small.width}" height="${img.small.height}" alt="${alt}" style="object-position: ${img.objectPosition}"${options.className ? html` class="${options.className}"` : ""} loading="lazy"></picture>`;
}
