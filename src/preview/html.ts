// Safe HTML for the preview's own pages: a tagged template that escapes every
// value it is given unless the value is already SafeHtml (made by this
// module). User text can therefore only ever end up as text.
import { escapeHtml } from "../render/escape.js";

export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join("");
  if (value === null || value === undefined || value === false || value === true) return "";
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\``: every interpolated value is escaped (arrays joined, null/false/true dropped). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** Joins fragments (each escaped unless SafeHtml). */
export function join(values: readonly HtmlValue[], separator = ""): SafeHtml {
  return new SafeHtml(values.map(render).join(separator));
}

/** Our own constant markup or script (never user text) as SafeHtml. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
