// One HTML-escaping helper: the `html` tagged template escapes every interpolated value unless it
// is already `Html` (another template's result, or trusted markup wrapped with `trusted()`).

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Child = Html | string | number | boolean | null | undefined | readonly Child[];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function render(child: Child): string {
  if (child instanceof Html) return child.value;
  if (child === null || child === undefined || child === false || child === true) return "";
  if (Array.isArray(child)) return child.map(render).join("");
  return escapeHtml(String(child));
}

export function html(strings: TemplateStringsArray, ...values: Child[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return new Html(out);
}

/** Markup the CMS sanitised on the server (`SafeHTML` and `RichText` fields). */
export function trusted(markup: string | null | undefined): Html {
  return new Html(markup ?? "");
}

/** A JSON document inside <script>: "</" must not close the element. */
export function jsonScript(json: string): Html {
  return new Html(
    `<script type="application/ld+json">${json.replace(/<\//g, "<\\/").replace(/<!--/g, "\\u003c!--")}</script>`,
  );
}

/** One of this frontend's own inline scripts (constant code, never data). */
export function inlineScript(code: string): Html {
  return new Html(`<script>${code}</script>`);
}
