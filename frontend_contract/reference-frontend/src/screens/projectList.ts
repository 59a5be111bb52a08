// ProjectIndexPage → ProjectList: a GET filter form from the facets, project cards, pagination.
import type { ProjectListQuery, ProjectListQueryVariables, ProjectOrder, ProjectStatus } from "../../../generated/graphql.js";
import { PROJECTS_PER_PAGE } from "../config.js";
import { BadRequestError } from "../errors.js";
import { html, trusted, type Html } from "../html.js";
import { label } from "../i18n.js";
import type { Context } from "../layout.js";
import { projectCard } from "./common.js";

const STATUSES: ProjectStatus[] = ["PLANNED", "ONGOING", "COMPLETED"];
const ORDERS: ProjectOrder[] = ["START_DESC", "START_ASC", "TITLE"];
const FILTERS = ["search", "status", "programme", "targetGroup", "country", "activeInYear", "order"] as const;

function positiveInt(name: string, value: string): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw new BadRequestError(`${name} must be a positive whole number, got "${value}".`);
  return Number(value);
}

/** The ProjectList variables from the query string; empty values mean "any". */
export function projectListVariables(locale: string, query: URLSearchParams): ProjectListQueryVariables {
  const get = (name: string) => query.get(name)?.trim() || undefined;
  const variables: ProjectListQueryVariables = { locale, perPage: PROJECTS_PER_PAGE, page: 1 };
  const status = get("status");
  if (status !== undefined) {
    if (!STATUSES.includes(status as ProjectStatus)) throw new BadRequestError(`status must be one of ${STATUSES.join(", ")}, got "${status}".`);
    variables.status = status as ProjectStatus;
  }
  const order = get("order");
  if (order !== undefined) {
    if (!ORDERS.includes(order as ProjectOrder)) throw new BadRequestError(`order must be one of ${ORDERS.join(", ")}, got "${order}".`);
    variables.order = order as ProjectOrder;
  }
  const year = get("activeInYear");
  if (year !== undefined) variables.activeInYear = positiveInt("activeInYear", year);
  const page = get("page");
  if (page !== undefined) variables.page = positiveInt("page", page);
  for (const name of ["programme", "targetGroup", "country", "search"] as const) {
    const value = get(name);
    if (value !== undefined) variables[name] = value;
  }
  return variables;
}

function pageHref(baseUrl: string, query: URLSearchParams, page: number): string {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = query.get(name)?.trim();
    if (value) params.set(name, value);
  }
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${baseUrl}?${search}` : baseUrl;
}

interface Option {
  value: string;
  text: string;
  count: number;
}

function select(id: string, name: string, text: string, anyText: string, options: Option[], selected: string | undefined): Html {
  const list = [...options];
  if (selected && !list.some((option) => option.value === selected)) list.push({ value: selected, text: selected, count: 0 });
  return html`<div class="field"><label for="${id}">${text}</label>
<select id="${id}" name="${name}"><option value="">${anyText}</option>${list.map(
    (option) => html`<option value="${option.value}"${option.value === selected ? " selected" : ""}>${option.text} (${option.count})</option>`,
  )}</select></div>`;
}

function filterForm(ctx: Context, action: string, data: ProjectListQuery["projects"]["facets"], query: URLSearchParams): Html {
  const t = ctx.t;
  const value = (name: string) => query.get(name)?.trim() || undefined;
  const order = value("order") ?? "START_DESC";
  return html`<form class="filters" method="get" action="${action}" aria-labelledby="filters-heading">
<h2 id="filters-heading">${t.filterProjects}</h2>
<div class="field"><label for="filter-search">${t.search}</label><input type="search" id="filter-search" name="search" value="${value("search") ?? ""}"></div>
${select("filter-status", "status", t.status, t.any, data.statuses.map((item) => ({ value: item.status, text: label(t.projectStatus, item.status), count: item.count })), value("status"))}
${select("filter-programme", "programme", t.programme, t.any, data.programmes.map((item) => ({ value: item.slug, text: item.name, count: item.count })), value("programme"))}
${select("filter-target-group", "targetGroup", t.targetGroup, t.any, data.targetGroups.map((item) => ({ value: item.slug, text: item.name, count: item.count })), value("targetGroup"))}
${select("filter-country", "country", t.country, t.any, data.countries.map((item) => ({ value: item.country.code, text: item.country.name, count: item.count })), value("country"))}
${select("filter-year", "activeInYear", t.activeInYear, t.any, data.years.map((item) => ({ value: String(item.year), text: String(item.year), count: item.count })), value("activeInYear"))}
<div class="field"><label for="filter-order">${t.order}</label><select id="filter-order" name="order">${ORDERS.map(
    (item) => html`<option value="${item}"${item === order ? " selected" : ""}>${label(t.projectOrder, item)}</option>`,
  )}</select></div>
<div class="actions"><button type="submit">${t.applyFilters}</button> <a href="${action}">${t.clearFilters}</a></div>
</form>`;
}

function pagination(ctx: Context, baseUrl: string, query: URLSearchParams, info: ProjectListQuery["projects"]["pagination"]): Html {
  if (info.totalPages < 1) return html``;
  const pages = Array.from({ length: info.totalPages }, (_, index) => index + 1);
  return html`<nav class="pagination" aria-label="${ctx.t.pagination}"><ul>
<li>${info.prevPage ? html`<a rel="prev" href="${pageHref(baseUrl, query, info.prevPage)}">« ${ctx.t.previousPage}</a>` : html`<span class="disabled">« ${ctx.t.previousPage}</span>`}</li>
${pages.map((page) => html`<li><a href="${pageHref(baseUrl, query, page)}" aria-label="${ctx.t.pageN(page)}"${page === info.currentPage ? html` aria-current="page"` : ""}>${page}</a></li>`)}
<li>${info.nextPage ? html`<a rel="next" href="${pageHref(baseUrl, query, info.nextPage)}">${ctx.t.nextPage} »</a>` : html`<span class="disabled">${ctx.t.nextPage} »</span>`}</li>
</ul></nav>`;
}

export function renderProjectList(
  ctx: Context,
  page: { title: string; url: string | null; sectionIntro?: string },
  data: ProjectListQuery,
  query: URLSearchParams,
): Html {
  const baseUrl = page.url ?? "";
  const { items, pagination: info, facets } = data.projects;
  return html`<h1>${page.title}</h1>
${page.sectionIntro ? html`<div class="rich-text">${trusted(page.sectionIntro)}</div>` : ""}
${filterForm(ctx, baseUrl, facets, query)}
<p class="result-count">${ctx.t.resultCount(info.total)}</p>
${items.length ? html`<ul class="project-list">${items.map((project) => projectCard(ctx, project))}</ul>` : html`<p>${ctx.t.noProjects}</p>`}
${pagination(ctx, baseUrl, query, info)}`;
}
