// Pieces several screens share: project cards and event occurrence lists.
import type { OccurrenceFragment, ProjectCardFragment } from "../../../generated/graphql.js";
import { html, type Html } from "../html.js";
import { formatWhen, label } from "../i18n.js";
import type { Context } from "../layout.js";
import { image } from "../media.js";

export function projectCard(ctx: Context, project: ProjectCardFragment, headingLevel: 2 | 3 = 2): Html {
  const title = project.url ? html`<a href="${project.url}">${project.title}</a>` : html`${project.title}`;
  const heading = headingLevel === 2 ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`;
  return html`<li class="project-card">
${heading}
<p class="meta"><span class="duration">${ctx.t.duration}: ${project.durationLabel}</span>${project.status ? html` · <span class="status">${label(ctx.t.projectStatus, project.status)}</span>` : ""}</p>
${project.logo ? image(project.logo, { fallbackAlt: project.title, sizes: "12em", className: "logo" }) : ""}
<p class="summary">${project.summary}</p>
</li>`;
}

export function occurrenceList(ctx: Context, occurrences: ReadonlyArray<OccurrenceFragment>, headingLevel: 2 | 3 = 3): Html {
  return html`<ul class="event-list">${occurrences.map((occurrence) => {
    const event = occurrence.event;
    const title = event.url ? html`<a href="${event.url}">${event.title}</a>` : html`${event.title}`;
    const status = occurrence.status !== "SCHEDULED" ? html` <strong class="event-status">${label(ctx.t.eventStatus, occurrence.status)}</strong>` : "";
    return html`<li>${headingLevel === 3 ? html`<h3>${title}</h3>` : html`<h2>${title}</h2>`}
<p class="when">${formatWhen(ctx.locale, occurrence.start, occurrence.end, occurrence.allDay)}${status}</p>
${event.venue ? html`<p class="venue">${event.venue.name}${event.venue.branch ? `, ${event.venue.branch}` : ""}</p>` : event.venueToBeAnnounced ? html`<p class="venue">${ctx.t.venueToBeAnnounced}</p>` : ""}
</li>`;
  })}</ul>`;
}
