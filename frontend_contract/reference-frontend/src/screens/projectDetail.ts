// ProjectPage → ProjectDetail (also used for a ProjectPage preview).
import type { ProjectDetailFragment } from "../../../generated/graphql.js";
import { html, jsonScript, type Child, type Html } from "../html.js";
import { label } from "../i18n.js";
import type { Context } from "../layout.js";
import { image, mediaUrl } from "../media.js";
import { renderBlocks } from "./blocks.js";
import { occurrenceList } from "./common.js";

type Partner = ProjectDetailFragment["partners"][number];

function facts(ctx: Context, project: ProjectDetailFragment): Html {
  const t = ctx.t;
  const rows: Array<[string, Child]> = [
    [t.duration, project.durationLabel],
    [t.status, label(t.projectStatus, project.projectStatus)],
    [t.programme, project.programme ? (project.programme.website ? html`<a href="${project.programme.website}">${project.programme.name}</a>` : project.programme.name) : ""],
    [t.libraryRole, label(t.role, project.libraryRole)],
    [t.targetGroups, project.targetGroups.map((group) => group.name).join(", ")],
    [t.website, project.website ? html`<a href="${project.website}">${project.website}</a>` : ""],
  ];
  return html`<dl class="facts">${rows.filter(([, value]) => value !== "").map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>`;
}

function partners(ctx: Context, list: ReadonlyArray<Partner>): Html {
  if (!list.length) return html``;
  const byCountry = new Map<string, { name: string; partners: Partner[] }>();
  for (const partner of list) {
    const key = partner.country?.code ?? "";
    const group = byCountry.get(key) ?? { name: partner.country?.name ?? ctx.t.otherPartners, partners: [] };
    group.partners.push(partner);
    byCountry.set(key, group);
  }
  const groups = [...byCountry.values()];
  // Without any organisation names, the partners are just their countries.
  const body = list.some((partner) => partner.organisation)
    ? groups.map((group) => html`<h3>${group.name}</h3><ul class="partners">${group.partners.map((partner) => html`<li>
${partner.logo ? image(partner.logo, { fallbackAlt: partner.organisation, sizes: "8em", className: "logo" }) : ""}
<span class="organisation">${partner.organisation || group.name}</span>${partner.city ? html`, <span class="city">${partner.city}</span>` : ""}
${partner.website ? html`<br><a href="${partner.website}">${ctx.t.website}<span class="visually-hidden">: ${partner.organisation || group.name}</span></a>` : ""}
</li>`)}</ul>`)
    : html`<ul class="partners countries">${groups.map((group) => html`<li>${group.name}</li>`)}</ul>`;
  return html`<section aria-labelledby="partners"><h2 id="partners">${ctx.t.partners}</h2>
${body}
</section>`;
}

export function renderProjectDetail(ctx: Context, project: ProjectDetailFragment): Html {
  const t = ctx.t;
  const goals = project.goals?.filter((block) => block !== null) ?? [];
  return html`<article class="project">
<h1>${project.title}</h1>
${facts(ctx, project)}
${project.summary ? html`<p class="summary lead">${project.summary}</p>` : ""}
${goals.length ? html`<section aria-labelledby="goals"><h2 id="goals">${t.goals}</h2>${renderBlocks(goals)}</section>` : ""}
<div class="body">${renderBlocks(project.body)}</div>
${partners(ctx, project.partners)}
${project.contacts.length ? html`<section aria-labelledby="contacts"><h2 id="contacts">${t.contacts}</h2><ul class="contacts">${project.contacts.map((person) => html`<li>
<span class="name">${person.displayName}</span>
${person.email ? html`<br>${t.email}: <a href="mailto:${person.email}">${person.email}</a>` : ""}
${person.phone ? html`<br>${t.phone}: <a href="tel:${person.phone.replace(/[^\d+]/g, "")}">${person.phone}</a>` : ""}
</li>`)}</ul></section>` : ""}
${project.materials.length ? html`<section aria-labelledby="materials"><h2 id="materials">${t.materials}</h2><ul class="materials">${project.materials.map((material) => html`<li><a href="${mediaUrl(material.url)}">${material.title}${material.fileExtension ? ` (${material.fileExtension.toUpperCase()})` : ""}</a></li>`)}</ul></section>` : ""}
${project.logos.length ? html`<section aria-labelledby="logos"><h2 id="logos">${t.logos}</h2><ul class="logos">${project.logos.map((logo) => html`<li>${image(logo, { fallbackAlt: project.title, sizes: "12em" })}</li>`)}</ul></section>` : ""}
${project.events.length ? html`<section aria-labelledby="related-events"><h2 id="related-events">${t.relatedEvents}</h2>${occurrenceList(ctx, project.events)}</section>` : ""}
</article>
${jsonScript(JSON.stringify(project.structuredData))}`;
}
