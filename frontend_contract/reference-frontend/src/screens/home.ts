// HomePage → Home: title, strapline, intro, newest projects, upcoming events.
import type { HomeQuery } from "../../../generated/graphql.js";
import { html, trusted, type Html } from "../html.js";
import type { Context } from "../layout.js";
import { occurrenceList, projectCard } from "./common.js";

export interface HomeContent {
  title: string;
  strapline?: string | null;
  intro?: string | null;
}

export function homeIntro(page: HomeContent): Html {
  // `intro` is RichText: HTML sanitised by the CMS, like SafeHTML.
  return html`<h1>${page.title}</h1>
${page.strapline ? html`<p class="strapline">${page.strapline}</p>` : ""}
${page.intro ? html`<div class="rich-text">${trusted(page.intro)}</div>` : ""}`;
}

/** `draft` is a preview's unsaved home page; otherwise the published one from `Home`. */
export function renderHome(ctx: Context, data: HomeQuery, title: string, draft?: HomeContent): Html {
  const page = draft ?? (data.page && "strapline" in data.page ? data.page : { title });
  return html`${homeIntro(page)}
<section aria-labelledby="newest-projects">
<h2 id="newest-projects">${ctx.t.newestProjects}</h2>
<ul class="project-list">${data.projects.items.map((project) => projectCard(ctx, project, 3))}</ul>
</section>
<section aria-labelledby="upcoming-events">
<h2 id="upcoming-events">${ctx.t.upcomingEvents}</h2>
${data.upcomingEvents.length ? occurrenceList(ctx, data.upcomingEvents) : html`<p>${ctx.t.noUpcomingEvents}</p>`}
</section>`;
}
