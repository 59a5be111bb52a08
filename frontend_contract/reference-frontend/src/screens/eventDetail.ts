// EventPage → EventDetail (also used for an EventPage preview; an unsaved one has no icsUrl).
import type { EventDetailFragment } from "../../../generated/graphql.js";
import { html, jsonScript, type Child, type Html } from "../html.js";
import { formatWhen, label } from "../i18n.js";
import type { Context } from "../layout.js";
import { image } from "../media.js";
import { renderBlocks } from "./blocks.js";

export function renderEventDetail(ctx: Context, event: EventDetailFragment): Html {
  const t = ctx.t;
  const venue = event.venue;
  const rows: Array<[string, Child]> = [
    [t.when, formatWhen(ctx.locale, event.start, event.end, event.allDay)],
    [t.eventStatusLabel, event.eventStatus !== "SCHEDULED" ? html`<strong>${label(t.eventStatus, event.eventStatus)}</strong>` : ""],
    [t.recurrence, event.recurrenceDescription],
    [t.venue, venue ? html`${venue.name}${venue.branch ? `, ${venue.branch}` : ""}${venue.address ? html`<br>${venue.address}` : ""}${venue.postalCode || venue.locality ? html`<br>${[venue.postalCode, venue.locality].filter(Boolean).join(" ")}` : ""}${venue.accessibility ? html`<br>${venue.accessibility}` : ""}` : event.venueToBeAnnounced ? t.venueToBeAnnounced : ""],
    [t.online, event.onlineUrl ? html`<a href="${event.onlineUrl}">${event.onlineUrl}</a>` : ""],
    [t.audiences, event.audiences.map((item) => item.name).join(", ")],
    [t.categories, event.categories.map((item) => item.name).join(", ")],
    [t.registration, event.registration === "REQUIRED"
      ? html`${t.registrationRequired}${event.registrationUrl ? html` — <a href="${event.registrationUrl}">${t.register}</a>` : ""}`
      : event.registration === "NONE" ? t.registrationNone : ""],
    [t.capacity, event.capacity ?? ""],
    [t.price, event.isFree ? t.free : event.price],
    [t.relatedProject, event.relatedProject?.url ? html`<a href="${event.relatedProject.url}">${event.relatedProject.title}</a>` : ""],
  ];
  return html`<article class="event">
<h1>${event.title}</h1>
${event.image ? image(event.image, { sizes: "(min-width: 50em) 45em, 100vw" }) : ""}
<dl class="facts">${rows.filter(([, value]) => value !== "" && value !== null).map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
${event.icsUrl ? html`<p><a class="add-to-calendar" href="${event.icsUrl}">${t.addToCalendar}</a></p>` : ""}
${event.summary ? html`<p class="summary lead">${event.summary}</p>` : ""}
<div class="body">${renderBlocks(event.body)}</div>
${event.nextOccurrences.length ? html`<section aria-labelledby="next-occurrences"><h2 id="next-occurrences">${t.nextOccurrences}</h2><ul>${event.nextOccurrences.map(
    (occurrence) => html`<li>${formatWhen(ctx.locale, occurrence.start, occurrence.end, event.allDay)}${occurrence.status !== "SCHEDULED" ? html` <strong>${label(t.eventStatus, occurrence.status)}</strong>` : ""}</li>`,
  )}</ul></section>` : ""}
</article>
${jsonScript(JSON.stringify(event.structuredData))}`;
}
