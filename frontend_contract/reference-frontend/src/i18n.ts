// UI strings for sl and en (English for any other language), and date formatting with Intl.
import { TIME_ZONE } from "./config.js";

const en = {
  skipToContent: "Skip to content",
  mainMenu: "Main menu",
  language: "Language",
  partners: "Partners",
  partnerLogos: "Partner logos",
  cookieNotice: "Cookie notice",
  previewBanner: "Draft preview — not published",
  previewExpiredTitle: "Preview link expired",
  previewExpired: "This preview link has expired or is not valid. Go back to the admin and press Preview again.",
  notFoundTitle: "Page not found",
  notFound: "There is no page at this address. It may have been moved or removed.",
  badRequestTitle: "Invalid request",
  serverErrorTitle: "Something went wrong",
  serverError: "The page could not be shown because of an error. Please try again later.",
  unavailableTitle: "Temporarily unavailable",
  unavailable: "The site is temporarily unavailable. Please try again in a few minutes.",
  backHome: "Back to the home page",
  newestProjects: "Newest projects",
  allProjects: "All projects",
  upcomingEvents: "Upcoming events",
  calendar: "Calendar",
  noUpcomingEvents: "No upcoming events.",
  filterProjects: "Filter projects",
  status: "Status",
  programme: "Programme",
  targetGroup: "Target group",
  targetGroups: "Target groups",
  country: "Partner country",
  activeInYear: "Active in year",
  search: "Search",
  order: "Order",
  any: "Any",
  applyFilters: "Show projects",
  clearFilters: "Clear filters",
  noProjects: "No projects match these filters.",
  resultCount: (total: number) => (total === 1 ? "1 project" : `${total} projects`),
  pagination: "Pages",
  previousPage: "Previous page",
  nextPage: "Next page",
  pageN: (n: number) => `Page ${n}`,
  duration: "Duration",
  libraryRole: "Library's role",
  goals: "Goals",
  website: "Website",
  contacts: "Contacts",
  email: "Email",
  phone: "Phone",
  materials: "Materials",
  logos: "Logos",
  relatedEvents: "Related events",
  otherPartners: "Other",
  previousMonth: (label: string) => `Previous month: ${label}`,
  nextMonth: (label: string) => `Next month: ${label}`,
  eventsThisMonth: "Events this month",
  noEventsThisMonth: "No events this month.",
  calendarHelp: "Use the arrow keys to move between days; Enter opens a day's only event.",
  calendarInvalid: "The calendar needs year from 1900 to 2100 and month from 1 to 12, e.g. ?year=2020&month=12.",
  allDay: "all day",
  when: "When",
  venue: "Venue",
  venueToBeAnnounced: "Venue to be announced",
  online: "Online",
  eventStatusLabel: "Status",
  recurrence: "Repeats",
  nextOccurrences: "Next dates",
  audiences: "For",
  categories: "Categories",
  registration: "Registration",
  registrationRequired: "Registration required",
  registrationNone: "No registration needed",
  register: "Register",
  capacity: "Places",
  price: "Price",
  free: "Free admission",
  relatedProject: "Project",
  addToCalendar: "Add to calendar (.ics)",
  projectStatus: { PLANNED: "Planned", ONGOING: "Ongoing", COMPLETED: "Completed" } as Record<string, string>,
  projectOrder: { START_DESC: "Newest first", START_ASC: "Oldest first", TITLE: "By title" } as Record<string, string>,
  role: { COORDINATOR: "Coordinator", PARTNER: "Partner", ASSOCIATE_PARTNER: "Associate partner" } as Record<string, string>,
  eventStatus: {
    SCHEDULED: "Scheduled",
    CANCELLED: "Cancelled",
    POSTPONED: "Postponed",
    MOVED_ONLINE: "Moved online",
  } as Record<string, string>,
};

export type Dictionary = typeof en;

const sl: Dictionary = {
  skipToContent: "Skoči na vsebino",
  mainMenu: "Glavni meni",
  language: "Jezik",
  partners: "Partnerji",
  partnerLogos: "Logotipi partnerjev",
  cookieNotice: "Obvestilo o piškotkih",
  previewBanner: "Predogled osnutka — ni objavljeno",
  previewExpiredTitle: "Povezava za predogled je potekla",
  previewExpired: "Ta povezava za predogled je potekla ali ni veljavna. Vrnite se v administracijo in znova pritisnite Predogled.",
  notFoundTitle: "Strani ni mogoče najti",
  notFound: "Na tem naslovu ni strani. Morda je bila premaknjena ali odstranjena.",
  badRequestTitle: "Neveljavna zahteva",
  serverErrorTitle: "Prišlo je do napake",
  serverError: "Strani zaradi napake ni mogoče prikazati. Poskusite znova pozneje.",
  unavailableTitle: "Začasno nedosegljivo",
  unavailable: "Spletno mesto je začasno nedosegljivo. Poskusite znova čez nekaj minut.",
  backHome: "Nazaj na domačo stran",
  newestProjects: "Najnovejši projekti",
  allProjects: "Vsi projekti",
  upcomingEvents: "Prihajajoči dogodki",
  calendar: "Koledar",
  noUpcomingEvents: "Ni prihajajočih dogodkov.",
  filterProjects: "Filtriraj projekte",
  status: "Stanje",
  programme: "Program",
  targetGroup: "Ciljna skupina",
  targetGroups: "Ciljne skupine",
  country: "Država partnerja",
  activeInYear: "Aktiven v letu",
  search: "Iskanje",
  order: "Razvrsti",
  any: "Vse",
  applyFilters: "Prikaži projekte",
  clearFilters: "Počisti filtre",
  noProjects: "Nobeden od projektov ne ustreza filtrom.",
  resultCount: (total: number) => `Število projektov: ${total}`,
  pagination: "Strani",
  previousPage: "Prejšnja stran",
  nextPage: "Naslednja stran",
  pageN: (n: number) => `Stran ${n}`,
  duration: "Trajanje",
  libraryRole: "Vloga knjižnice",
  goals: "Cilji",
  website: "Spletna stran",
  contacts: "Kontakti",
  email: "E-pošta",
  phone: "Telefon",
  materials: "Gradiva",
  logos: "Logotipi",
  relatedEvents: "Povezani dogodki",
  otherPartners: "Drugo",
  previousMonth: (label: string) => `Prejšnji mesec: ${label}`,
  nextMonth: (label: string) => `Naslednji mesec: ${label}`,
  eventsThisMonth: "Dogodki v tem mesecu",
  noEventsThisMonth: "V tem mesecu ni dogodkov.",
  calendarHelp: "Med dnevi se premikate s puščicami; tipka Enter odpre edini dogodek dneva.",
  calendarInvalid: "Koledar potrebuje leto od 1900 do 2100 in mesec od 1 do 12, npr. ?year=2020&month=12.",
  allDay: "ves dan",
  when: "Kdaj",
  venue: "Kraj",
  venueToBeAnnounced: "Prizorišče bo objavljeno naknadno",
  online: "Na spletu",
  eventStatusLabel: "Stanje",
  recurrence: "Ponavljanje",
  nextOccurrences: "Naslednji termini",
  audiences: "Za koga",
  categories: "Kategorije",
  registration: "Prijava",
  registrationRequired: "Prijava je obvezna",
  registrationNone: "Prijava ni potrebna",
  register: "Prijavite se",
  capacity: "Število mest",
  price: "Cena",
  free: "Vstop prost",
  relatedProject: "Projekt",
  addToCalendar: "Dodaj v koledar (.ics)",
  projectStatus: { PLANNED: "Načrtovan", ONGOING: "V teku", COMPLETED: "Zaključen" },
  projectOrder: { START_DESC: "Najprej najnovejši", START_ASC: "Najprej najstarejši", TITLE: "Po naslovu" },
  role: { COORDINATOR: "Koordinator", PARTNER: "Partner", ASSOCIATE_PARTNER: "Pridruženi partner" },
  eventStatus: { SCHEDULED: "Načrtovan", CANCELLED: "Odpovedan", POSTPONED: "Prestavljen", MOVED_ONLINE: "Preseljen na splet" },
};

export function dictionary(locale: string): Dictionary {
  return locale === "sl" ? sl : en;
}

/** A label from one of the dictionary's enum maps; the raw value for one this build does not know. */
export function label(map: Record<string, string>, value: string | null | undefined): string {
  return value ? (map[value] ?? value) : "";
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** "December 2020" / "december 2020" for a calendar month. */
export function monthLabel(locale: string, year: number, month: number): string {
  return formatter(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year, month - 1, 15));
}

/** Full weekday names, Monday first. */
export function weekdayNames(locale: string): string[] {
  const format = formatter(locale, { weekday: "long", timeZone: "UTC" });
  return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2020, 10, 30 + day)));
}

export function formatDate(locale: string, iso: string): string {
  return formatter(locale, { dateStyle: "long", timeZone: /T/.test(iso) ? TIME_ZONE : "UTC" }).format(new Date(iso));
}

export function formatTime(locale: string, iso: string): string {
  return formatter(locale, { timeStyle: "short", timeZone: TIME_ZONE }).format(new Date(iso));
}

/** When an occurrence is: a date range for all-day events (end exclusive), else date and times. */
export function formatWhen(locale: string, start: string, end: string, allDay: boolean): string {
  const from = new Date(start);
  const to = new Date(end);
  if (allDay) {
    const last = new Date(Math.max(from.getTime(), to.getTime() - 1));
    return formatter(locale, { dateStyle: "full", timeZone: TIME_ZONE }).formatRange(from, last);
  }
  if (to.getTime() <= from.getTime()) {
    return formatter(locale, { dateStyle: "full", timeStyle: "short", timeZone: TIME_ZONE }).format(from);
  }
  return formatter(locale, { dateStyle: "full", timeStyle: "short", timeZone: TIME_ZONE }).formatRange(from, to);
}

/** Today's year and month in the library's time zone. */
export function currentYearMonth(): { year: number; month: number } {
  const parts = formatter("en", { year: "numeric", month: "numeric", timeZone: TIME_ZONE }).formatToParts(new Date());
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get("year"), month: get("month") };
}
