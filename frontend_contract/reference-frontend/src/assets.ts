// The stylesheet served at /static/site.css: dark text on a light background, visible focus.
export const SITE_CSS = `
:root { --text: #1a1a1a; --muted: #4a4a4a; --bg: #ffffff; --soft: #f3f1ec; --link: #0b4f8a; --link-visited: #5a2d82; --accent: #8a1c1c; --focus: #ffbf47; --line: #8c8c8c; }
* { box-sizing: border-box; }
html { font-size: 112.5%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.55; color: var(--text); background: var(--bg); }
a { color: var(--link); text-underline-offset: 0.15em; }
a:visited { color: var(--link-visited); }
a:hover { text-decoration-thickness: 3px; }
:focus-visible, td[tabindex]:focus { outline: 3px solid var(--text); outline-offset: 2px; box-shadow: 0 0 0 6px var(--focus); }
main:focus { outline: none; box-shadow: none; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: 0.5rem; top: -10rem; padding: 0.5rem 1rem; background: var(--text); color: #fff; z-index: 10; }
.skip-link:focus { top: 0.5rem; color: #fff; }
.preview-banner { margin: 0; padding: 0.6rem 1rem; background: #fff3c4; border-bottom: 3px solid #7a5c00; font-weight: 700; text-align: center; }
.site-header { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; align-items: center; padding: 1rem clamp(1rem, 4vw, 3rem); background: var(--soft); border-bottom: 1px solid var(--line); }
.site-name { font-size: 1.3rem; font-weight: 700; color: var(--text); text-decoration: none; }
.site-name:visited { color: var(--text); }
.site-header ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0; padding: 0; list-style: none; }
.main-menu [aria-current] { font-weight: 700; }
.language-switcher { margin-left: auto; }
.language-switcher [aria-current] { font-weight: 700; }
main { display: block; max-width: 60rem; margin: 0 auto; padding: 1.5rem clamp(1rem, 4vw, 3rem) 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.15rem; margin: 1.25rem 0 0.5rem; }
.strapline, .lead { font-size: 1.15rem; }
img { max-width: 100%; height: auto; }
.project-list, .event-list, .month-events, .partners, .contacts, .materials, .logos, .partner-logos { padding: 0; list-style: none; }
.project-card { display: grid; grid-template-columns: 1fr; gap: 0.25rem; padding: 1rem 0; border-top: 1px solid var(--line); }
.project-card h2, .project-card h3 { margin: 0; }
.project-card .logo { max-width: 12rem; }
.project-card p { margin: 0.25rem 0; }
.meta, .when, .venue { color: var(--muted); }
.event-list li { padding: 0.5rem 0; border-top: 1px solid var(--line); }
.event-list h3 { margin: 0; }
.event-list p { margin: 0.15rem 0; }
.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.75rem 1.25rem; padding: 1rem; margin: 1rem 0; background: var(--soft); border: 1px solid var(--line); }
.filters h2 { grid-column: 1 / -1; margin: 0; }
.field { display: flex; flex-direction: column; gap: 0.2rem; }
label { font-weight: 600; }
input, select, button { font: inherit; color: var(--text); background: #fff; border: 2px solid #555; border-radius: 4px; padding: 0.35rem 0.5rem; }
button { cursor: pointer; background: var(--link); color: #fff; border-color: var(--link); font-weight: 600; }
.actions { grid-column: 1 / -1; display: flex; gap: 1.25rem; align-items: center; }
.pagination ul { display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; list-style: none; }
.pagination a, .pagination span { display: inline-block; min-width: 2.5rem; padding: 0.3rem 0.6rem; border: 1px solid var(--line); text-align: center; }
.pagination [aria-current="page"] { background: var(--text); color: #fff; font-weight: 700; }
.pagination .disabled { color: var(--muted); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
.calendar-heading { display: flex; align-items: center; gap: 1rem; }
.calendar-heading h2 { margin: 0; }
.calendar-heading a { font-size: 1.6rem; text-decoration: none; padding: 0 0.5rem; }
.help { color: var(--muted); }
table.calendar { width: 100%; border-collapse: collapse; table-layout: fixed; }
.calendar th { padding: 0.3rem; background: var(--soft); border: 1px solid var(--line); }
.calendar td { vertical-align: top; height: 6rem; padding: 0.3rem; border: 1px solid var(--line); font-size: 0.85rem; overflow-wrap: anywhere; }
.calendar td.outside { background: #ececec; color: #555; }
.calendar td.outside a { color: #174a75; }
.calendar td[aria-current="date"] { background: #fff3c4; }
.calendar td[aria-current="date"] .day-number { text-decoration: underline; }
.calendar .day-number { font-weight: 700; font-size: 1rem; }
.calendar ul { margin: 0.2rem 0 0; padding: 0; list-style: none; }
.calendar li + li { margin-top: 0.3rem; }
.add-to-calendar { display: inline-block; padding: 0.4rem 0.8rem; border: 2px solid var(--link); border-radius: 4px; font-weight: 600; }
figure { margin: 1.5rem 0; }
blockquote { margin: 0; padding-left: 1rem; border-left: 4px solid var(--line); }
.site-footer { padding: 1.5rem clamp(1rem, 4vw, 3rem); background: var(--soft); border-top: 1px solid var(--line); }
.partner-logos { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
.partner-logos img { max-height: 4rem; width: auto; }
.logos { display: flex; flex-wrap: wrap; gap: 1rem; }
.logos img { max-width: 12rem; }
.cookie-notice { margin-top: 1rem; padding: 1rem; background: #fff; border: 2px solid var(--text); display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
.cookie-notice p { margin: 0; flex: 1 1 20rem; }
.cookie-notice[hidden] { display: none; }
@media (max-width: 40rem) { .calendar td { height: auto; font-size: 0.75rem; } .calendar th { font-size: 0.8rem; } }
`;
