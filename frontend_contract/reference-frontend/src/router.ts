// Every GET path: the language from the prefix, then PagePreview (with ?token=) or PageRoute,
// and the screen for the page's __typename; errors become 400/403/404/500/503 pages.
import type { PagePreviewQuery, PageRouteQuery, SiteShellQuery } from "../../generated/graphql.js";
import { DEFAULT_LOCALE } from "./config.js";
import { BadRequestError } from "./errors.js";
import { ApiUnreachableError, execute, GraphQLRequestError } from "./graphql.js";
import { html, type Html } from "./html.js";
import { dictionary } from "./i18n.js";
import { document, errorMain, type Context, type Locale, type PageMeta } from "./layout.js";
import { calendarVariables, renderCalendar } from "./screens/calendar.js";
import { renderEventDetail } from "./screens/eventDetail.js";
import { renderHome, type HomeContent } from "./screens/home.js";
import { renderProjectDetail } from "./screens/projectDetail.js";
import { projectListVariables, renderProjectList } from "./screens/projectList.js";

export interface Result {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

type RoutePage = NonNullable<PageRouteQuery["page"]>;
type PreviewPage = NonNullable<PagePreviewQuery["page"]>;

// --- small caches: the site's languages and each language's site name (its home page title)
const cache = new Map<string, { until: number; value: unknown }>();
async function cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.value as T;
  const value = await load();
  cache.set(key, { until: Date.now() + ttlMs, value });
  return value;
}

const getLocales = () =>
  cached<Locale[]>("locales", 60_000, async () => (await execute("SiteShell", { locale: DEFAULT_LOCALE })).locales);

async function siteName(locale: string): Promise<string> {
  try {
    return await cached(`site-name:${locale}`, 60_000, async () => (await execute("PageRoute", { locale, urlPath: "/" })).page?.title ?? "");
  } catch {
    return "";
  }
}

/** `/en/projects/x/` → en + `/projects/x/`; a path without a language prefix is the default language. */
function splitPath(pathname: string, locales: Locale[]): { locale: string; urlPath: string } {
  const first = pathname.split("/")[1] ?? "";
  const prefixed = locales.find((locale) => !locale.isDefault && locale.code === first);
  if (prefixed) return { locale: prefixed.code, urlPath: pathname.slice(first.length + 1) || "/" };
  return { locale: locales.find((locale) => locale.isDefault)?.code ?? DEFAULT_LOCALE, urlPath: pathname };
}

function context(locale: string, shell: SiteShellQuery | null, locales: Locale[], name: string): Context {
  return { locale, t: dictionary(locale), shell, locales: shell?.locales ?? locales, siteName: name };
}

function pageMeta(page: RoutePage | PreviewPage, preview = false): PageMeta {
  return {
    title: page.seoTitle || page.title,
    description: page.searchDescription,
    url: page.url,
    alternates: page.alternates,
    translations: page.translations,
    preview,
  };
}

/** The screen of one page: runs that screen's operation, or renders the preview's draft. */
async function screen(ctx: Context, page: RoutePage | PreviewPage, urlPath: string, query: URLSearchParams): Promise<Html | null> {
  const locale = ctx.locale;
  const intro = "sectionIntro" in page ? page.sectionIntro : undefined;
  switch (page.__typename) {
    case "HomePage": {
      const data = await execute("Home", { locale });
      const draft: HomeContent | undefined = "strapline" in page ? page : undefined;
      return renderHome(ctx, data, page.title, draft);
    }
    case "ProjectIndexPage": {
      const data = await execute("ProjectList", projectListVariables(locale, query));
      return renderProjectList(ctx, { title: page.title, url: page.url, sectionIntro: intro }, data, query);
    }
    case "ProjectPage": {
      if ("durationLabel" in page) return renderProjectDetail(ctx, page);
      const data = await execute("ProjectDetail", { locale, urlPath });
      return data.page && "durationLabel" in data.page ? renderProjectDetail(ctx, data.page) : null;
    }
    case "EventIndexPage": {
      const data = await execute("CalendarMonth", { locale, ...calendarVariables(ctx, query) });
      return renderCalendar(ctx, { title: page.title, url: page.url, sectionIntro: intro }, data.calendarMonth);
    }
    case "EventPage": {
      if ("icsUrl" in page) return renderEventDetail(ctx, page);
      const data = await execute("EventDetail", { locale, urlPath });
      return data.page && "icsUrl" in data.page ? renderEventDetail(ctx, data.page) : null;
    }
    default:
      return html`<h1>${page.title}</h1>`;
  }
}

const HTML_HEADERS = { "Content-Type": "text/html; charset=utf-8" };
const PREVIEW_HEADERS = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };
const USER_ERRORS = new Set(["BAD_USER_INPUT", "PAGE_OUT_OF_RANGE", "PAGE_SIZE_EXCEEDED", "UNKNOWN_LOCALE"]);

export async function route(url: URL): Promise<Result> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = url.pathname;
  }
  if (!pathname.endsWith("/") && !/\.[a-z0-9]+$/i.test(pathname)) {
    return { status: 301, body: "", headers: { Location: `${url.pathname}/${url.search}` } };
  }
  const query = url.searchParams;
  const token = query.get("token");
  const headers = token ? { ...HTML_HEADERS, ...PREVIEW_HEADERS } : { ...HTML_HEADERS };

  let locales: Locale[] = [{ code: DEFAULT_LOCALE, name: DEFAULT_LOCALE, isDefault: true }];
  let locale = DEFAULT_LOCALE;
  let shell: SiteShellQuery | null = null;
  try {
    locales = await getLocales();
    const split = splitPath(pathname, locales);
    locale = split.locale;
    let page: RoutePage | PreviewPage | null;
    if (token) {
      page = (await execute("PagePreview", { token })).page;
      if (page) locale = page.locale;
      shell = await execute("SiteShell", { locale });
    } else {
      const [routeData, shellData] = await Promise.all([
        execute("PageRoute", { locale, urlPath: split.urlPath }),
        execute("SiteShell", { locale }),
      ]);
      page = routeData.page;
      shell = shellData;
    }
    const ctx = context(locale, shell, locales, page?.__typename === "HomePage" && !token ? page.title : await siteName(locale));
    const main = page ? await screen(ctx, page, split.urlPath, query) : null;
    if (!page || !main) {
      return { status: 404, headers, body: document(ctx, { title: ctx.t.notFoundTitle }, errorMain(ctx, ctx.t.notFoundTitle, ctx.t.notFound)) };
    }
    return { status: 200, headers, body: document(ctx, pageMeta(page, Boolean(token)), main) };
  } catch (error) {
    return errorPage(error, locale, locales, shell, headers);
  }
}

async function errorPage(error: unknown, locale: string, locales: Locale[], shell: SiteShellQuery | null, headers: Record<string, string>): Promise<Result> {
  const code = error instanceof GraphQLRequestError ? error.code : undefined;
  const unavailable =
    error instanceof ApiUnreachableError ||
    (error instanceof GraphQLRequestError && (code === "SERVICE_UNAVAILABLE" || code === "RATE_LIMITED" || error.status === 503));
  if (!shell && !unavailable) shell = await execute("SiteShell", { locale }).catch(() => null);
  const ctx = context(locale, shell, locales, unavailable ? "" : await siteName(locale));
  const t = ctx.t;
  const page = (status: number, title: string, message: string, extra: Record<string, string> = {}): Result => ({
    status,
    headers: { ...headers, ...extra },
    body: document(ctx, { title }, errorMain(ctx, title, message)),
  });
  if (error instanceof BadRequestError) return page(400, t.badRequestTitle, error.message);
  if (code && USER_ERRORS.has(code)) return page(400, t.badRequestTitle, (error as Error).message);
  if (code === "PREVIEW_TOKEN_INVALID") return page(403, t.previewExpiredTitle, t.previewExpired, PREVIEW_HEADERS);
  console.error(`[${new Date().toISOString()}]`, error instanceof Error ? error.stack ?? error.message : error);
  if (unavailable) return page(503, t.unavailableTitle, t.unavailable, { "Retry-After": "30" });
  return page(500, t.serverErrorTitle, t.serverError);
}
