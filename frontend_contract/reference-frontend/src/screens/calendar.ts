// EventIndexPage → CalendarMonth: « month » navigation and a month grid with a roving tabindex.
import type { CalendarMonthQuery } from "../../../generated/graphql.js";
import { BadRequestError } from "../errors.js";
import { html, inlineScript, trusted, type Html } from "../html.js";
import { currentYearMonth, formatDate, formatTime, label, monthLabel, weekdayNames } from "../i18n.js";
import type { Context } from "../layout.js";

type Month = CalendarMonthQuery["calendarMonth"];
type Day = Month["weeks"][number]["days"][number];

/** `?year=YYYY&month=M`, each defaulting to the current month in the library's time zone. */
export function calendarVariables(ctx: Context, query: URLSearchParams): { year: number; month: number } {
  const now = currentYearMonth();
  const yearText = query.get("year")?.trim();
  const monthText = query.get("month")?.trim();
  const year = yearText ? Number(yearText) : now.year;
  const month = monthText ? Number(monthText) : now.month;
  const valid =
    (!yearText || /^\d{4}$/.test(yearText)) && (!monthText || /^\d{1,2}$/.test(monthText)) &&
    year >= 1900 && year <= 2100 && month >= 1 && month <= 12;
  if (!valid) throw new BadRequestError(ctx.t.calendarInvalid);
  return { year, month };
}

// Roving tabindex over the day cells: arrows move by day/week, Home/End to the week's ends,
// Enter on a day with one event follows its link. Links inside cells stay in the Tab order.
const GRID_SCRIPT = `(function(){var t=document.querySelector("table.calendar");if(!t)return;var c=[].slice.call(t.querySelectorAll("td[data-date]"));function set(n){c.forEach(function(x,i){x.tabIndex=i===n?0:-1;});}t.addEventListener("focusin",function(e){var d=e.target.closest("td[data-date]");if(d)set(c.indexOf(d));});t.addEventListener("keydown",function(e){var d=e.target;if(!d||d.tagName!=="TD")return;var i=c.indexOf(d),col=i%7,n;switch(e.key){case"ArrowLeft":n=i-1;break;case"ArrowRight":n=i+1;break;case"ArrowUp":n=i-7;break;case"ArrowDown":n=i+7;break;case"Home":n=i-col;break;case"End":n=i-col+6;break;case"Enter":var a=d.querySelectorAll("a[href]");if(a.length===1){e.preventDefault();a[0].click();}return;default:return;}e.preventDefault();if(n>=0&&n<c.length){set(n);c[n].focus();}});})();`;

function occurrenceText(ctx: Context, occurrence: Day["occurrences"][number]): string {
  const when = occurrence.allDay ? ctx.t.allDay : formatTime(ctx.locale, occurrence.start);
  const status = occurrence.status !== "SCHEDULED" ? ` (${label(ctx.t.eventStatus, occurrence.status)})` : "";
  return `${when} ${occurrence.event.title}${status}`;
}

function dayCell(ctx: Context, day: Day, focusDate: string): Html {
  const classes = [day.inMonth ? "" : "outside", day.occurrences.length ? "has-events" : ""].filter(Boolean).join(" ");
  const dayNumber = Number(day.date.slice(8, 10));
  const events = day.occurrences.length
    ? html`<ul>${day.occurrences.map((occurrence) => {
        const text = occurrenceText(ctx, occurrence);
        return html`<li>${occurrence.event.url ? html`<a href="${occurrence.event.url}">${text}</a>` : text}</li>`;
      })}</ul>`
    : "";
  return html`<td data-date="${day.date}" tabindex="${day.date === focusDate ? 0 : -1}"${classes ? html` class="${classes}"` : ""}${day.isToday ? html` aria-current="date"` : ""}><span class="day-number">${dayNumber}</span>${events}</td>`;
}

export function renderCalendar(ctx: Context, page: { title: string; url: string | null; sectionIntro?: string }, month: Month): Html {
  const base = page.url ?? "";
  const monthHref = (ym: { year: number; month: number }) => `${base}?year=${ym.year}&month=${ym.month}`;
  const prevLabel = monthLabel(ctx.locale, month.previous.year, month.previous.month);
  const nextLabel = monthLabel(ctx.locale, month.next.year, month.next.month);
  const fullNames = weekdayNames(ctx.locale);
  const days = month.weeks.flatMap((week) => week.days);
  const inMonth = days.filter((day) => day.inMonth);
  const focusDate = (inMonth.find((day) => day.isToday) ?? inMonth[0] ?? days[0])?.date ?? "";
  const withEvents = inMonth.filter((day) => day.occurrences.length);
  return html`<h1>${page.title}</h1>
${page.sectionIntro ? html`<div class="rich-text">${trusted(page.sectionIntro)}</div>` : ""}
<div class="calendar-heading">
<a rel="prev" href="${monthHref(month.previous)}" aria-label="${ctx.t.previousMonth(prevLabel)}">«</a>
<h2 id="calendar-title">${month.title}</h2>
<a rel="next" href="${monthHref(month.next)}" aria-label="${ctx.t.nextMonth(nextLabel)}">»</a>
</div>
<p id="calendar-help" class="help">${ctx.t.calendarHelp}</p>
<table class="calendar" aria-describedby="calendar-help">
<caption class="visually-hidden">${month.title}</caption>
<thead><tr>${month.weekdayNames.map((name, index) => html`<th scope="col" abbr="${fullNames[index] ?? name}">${name}</th>`)}</tr></thead>
<tbody>
${month.weeks.map((week) => html`<tr>${week.days.map((day) => dayCell(ctx, day, focusDate))}</tr>\n`)}</tbody>
</table>
${inlineScript(GRID_SCRIPT)}
<section aria-labelledby="month-events">
<h2 id="month-events">${ctx.t.eventsThisMonth}</h2>
${withEvents.length
    ? html`<ul class="month-events">${withEvents.flatMap((day) =>
        day.occurrences.map((occurrence) => html`<li>${formatDate(ctx.locale, day.date)}: ${occurrence.event.url ? html`<a href="${occurrence.event.url}">${occurrenceText(ctx, occurrence)}</a>` : occurrenceText(ctx, occurrence)}</li>`),
      )}</ul>`
    : html`<p>${ctx.t.noEventsThisMonth}</p>`}
</section>`;
}
