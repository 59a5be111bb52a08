// The shell around every screen: <head>, skip link, header with the main menu and the language
// switcher, <main>, and the footer with partner logos and the cookie notice.
import type { SiteShellQuery } from "../../generated/graphql.js";
import { html, inlineScript, type Child, type Html } from "./html.js";
import type { Dictionary } from "./i18n.js";
import { image } from "./media.js";

export interface Locale {
  code: string;
  name: string;
  isDefault: boolean;
}

/** What every renderer gets: the language, its UI strings and the site shell's data. */
export interface Context {
  locale: string;
  t: Dictionary;
  shell: SiteShellQuery | null;
  locales: Locale[];
  siteName: string;
}

export interface PageMeta {
  title: string;
  description?: string | null;
  /** The page's own frontend path, to mark the current menu item. */
  url?: string | null;
  alternates?: ReadonlyArray<{ hreflang: string; href: string }>;
  translations?: ReadonlyArray<{ locale: string; url: string | null }>;
  preview?: boolean;
}

export function homeUrl(locales: Locale[], code: string): string {
  const locale = locales.find((item) => item.code === code);
  return !locale || locale.isDefault ? "/" : `/${code}/`;
}

function languageSwitcher(ctx: Context, meta: PageMeta): Html {
  if (ctx.locales.length < 2) return html``;
  const items = ctx.locales.map((locale) => {
    if (locale.code === ctx.locale) {
      return html`<li><span aria-current="true" lang="${locale.code}">${locale.name}</span></li>`;
    }
    const href = meta.translations?.find((item) => item.locale === locale.code)?.url || homeUrl(ctx.locales, locale.code);
    return html`<li><a href="${href}" hreflang="${locale.code}" lang="${locale.code}">${locale.name}</a></li>`;
  });
  return html`<nav class="language-switcher" aria-label="${ctx.t.language}"><ul>${items}</ul></nav>`;
}

function mainMenu(ctx: Context, meta: PageMeta): Html {
  const menu = ctx.shell?.mainMenu;
  const items = menu?.items ?? [];
  if (!menu || !items.length) return html``;
  const home = homeUrl(ctx.locales, ctx.locale);
  // A fallback menu's labels are in the default language: say so for screen readers.
  const lang = menu.isFallback ? html` lang="${menu.locale}"` : "";
  return html`<nav class="main-menu" aria-label="${ctx.t.mainMenu}"${lang}><ul>${items.map((item) => {
    const current = !meta.url ? null : meta.url === item.url ? "page" : item.url !== home && meta.url.startsWith(item.url) ? "true" : null;
    return html`<li><a href="${item.url}"${current ? html` aria-current="${current}"` : ""}>${item.label}</a></li>`;
  })}</ul></nav>`;
}

const COOKIE_SCRIPT = `(function(){var s=document.getElementById("cookie-notice");if(!s)return;var k="cookieNoticeClosed";try{if(localStorage.getItem(k)==="1"){s.hidden=true;return;}}catch(e){}var b=s.querySelector("button");if(b)b.addEventListener("click",function(){s.hidden=true;try{localStorage.setItem(k,"1");}catch(e){}});})();`;

function footer(ctx: Context): Html {
  const settings = ctx.shell?.siteSettings;
  if (!settings) return html`<footer class="site-footer"></footer>`;
  const { partnerLogos, cookieNotice } = settings.footer;
  const logos = partnerLogos.length
    ? html`<h2 class="visually-hidden">${ctx.t.partnerLogos}</h2><ul class="partner-logos">${partnerLogos.map((logo) => {
        const img = image(logo.image, { fallbackAlt: logo.name, sizes: "10em" });
        return html`<li>${logo.url ? html`<a href="${logo.url}">${img}</a>` : img}</li>`;
      })}</ul>`
    : "";
  const privacy = cookieNotice.privacyLink?.url
    ? html` <a href="${cookieNotice.privacyLink.url}">${cookieNotice.privacyLink.label}</a>`
    : "";
  const notice = cookieNotice.text
    ? html`<section id="cookie-notice" class="cookie-notice" aria-label="${ctx.t.cookieNotice}"><p>${cookieNotice.text}${privacy}</p><button type="button">${cookieNotice.closeLabel}</button></section>${inlineScript(COOKIE_SCRIPT)}`
    : "";
  return html`<footer class="site-footer">${logos}${notice}</footer>`;
}


export function document(ctx: Context, meta: PageMeta, main: Html, extraHead: Child = ""): string {
  const title = meta.title && meta.title !== ctx.siteName ? `${meta.title} — ${ctx.siteName}` : ctx.siteName || meta.title;
  const canonical = meta.alternates?.find((item) => item.hreflang === ctx.locale)?.href;
  const banner = meta.preview ? html`<p class="preview-banner" role="status">${ctx.t.previewBanner}</p>` : "";
  return html`<!doctype html>
<html lang="${ctx.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${meta.description ? html`<meta name="description" content="${meta.description}">` : ""}
${meta.preview ? html`<meta name="robots" content="noindex">` : ""}
${canonical && !meta.preview ? html`<link rel="canonical" href="${canonical}">` : ""}
${(meta.alternates ?? []).map((item) => html`<link rel="alternate" hreflang="${item.hreflang}" href="${item.href}">\n`)}<link rel="stylesheet" href="/static/site.css">
${extraHead}
</head>
<body>
<a class="skip-link" href="#main">${ctx.t.skipToContent}</a>
${banner}
<header class="site-header">
<a class="site-name" href="${homeUrl(ctx.locales, ctx.locale)}">${ctx.siteName}</a>
${mainMenu(ctx, meta)}
${languageSwitcher(ctx, meta)}
</header>
<main id="main" tabindex="-1">
${main}
</main>
${footer(ctx)}
</body>
</html>
`.value;
}

/** The screen of an error page (inside the normal shell). */
export function errorMain(ctx: Context, title: string, message: string): Html {
  return html`<h1>${title}</h1><p>${message}</p><p><a href="${homeUrl(ctx.locales, ctx.locale)}">${ctx.t.backHome}</a></p>`;
}
