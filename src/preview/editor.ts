// preview editor: the form for quotes, contacts and the about text, and
// writing it to the municipality's editorial file without YAML by hand.
// The file is changed node by node through the yaml Document API, so its
// comments and key order stay; a field is only written when the file already
// has it or the new value differs from the data file's own. The new text is
// validated (validateEditorial, then an optional check such as a trial
// render) before anything is written, and written atomically.
import path from "node:path";
import { Document, isMap, isSeq, parseDocument, type YAMLMap } from "yaml";
import { findEditorialFile } from "../write/approvals.js";
import { parseSource } from "../load/source.js";
import { formatMessage, hasErrors, type Message } from "../messages.js";
import { formatNumber } from "../phrase/swedish.js";
import type { Contact, Quote, Release } from "../schema.js";
import { validateEditorial } from "../validate/validate.js";
import { writeFileAtomic } from "../write/atomic.js";

export interface QuoteForm {
  text: string;
  name: string;
  title: string;
}

export interface ContactForm {
  name: string;
  title: string;
  phone: string;
  email: string;
}

export interface EditorForm {
  quotes: QuoteForm[];
  contacts: ContactForm[];
  about: string;
}

export type EditorAction =
  | { kind: "save" }
  | { kind: "add-quote" }
  | { kind: "remove-quote"; index: number }
  | { kind: "add-contact" }
  | { kind: "remove-contact"; index: number };

/** Most rows the form takes of each kind. */
export const MAX_ROWS = 30;

/** Longest quote in characters: a quote in a press release is a few sentences, not a page. */
export const MAX_QUOTE_CHARS = 600;

/** Names of the form fields. */
export const QUOTE_FIELDS = { text: "text", name: "namn", title: "titel" } as const satisfies Record<keyof QuoteForm, string>;
export const CONTACT_FIELDS = { name: "namn", title: "titel", phone: "telefon", email: "epost" } as const satisfies Record<
  keyof ContactForm,
  string
>;

export const quoteField = (i: number, f: keyof QuoteForm): string => `citat-${i}-${QUOTE_FIELDS[f]}`;
export const contactField = (i: number, f: keyof ContactForm): string => `kontakt-${i}-${CONTACT_FIELDS[f]}`;
export const ABOUT_FIELD = "om";

export function emptyQuote(): QuoteForm {
  return { text: "", name: "", title: "" };
}

export function emptyContact(): ContactForm {
  return { name: "", title: "", phone: "", email: "" };
}

/** The form filled with a release's current content. */
export function formFromRelease(r: Release | undefined): EditorForm {
  return {
    quotes: (r?.quotes ?? []).map((q) => ({ text: q.text, name: q.name, title: q.title ?? "" })),
    contacts: (r?.contacts ?? []).map((c) => ({ name: c.name, title: c.title ?? "", phone: c.phone ?? "", email: c.email ?? "" })),
    about: r?.about ?? "",
  };
}

function count(body: URLSearchParams, name: string): number {
  const n = Number(body.get(name) ?? "0");
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_ROWS) : 0;
}

/** Reads the posted form and which button was pressed. */
export function parseEditorForm(body: URLSearchParams): { form: EditorForm; action: EditorAction } {
  const get = (name: string): string => body.get(name) ?? "";
  const quotes: QuoteForm[] = [];
  for (let i = 0; i < count(body, "citat-antal"); i++) {
    quotes.push({ text: get(quoteField(i, "text")), name: get(quoteField(i, "name")), title: get(quoteField(i, "title")) });
  }
  const contacts: ContactForm[] = [];
  for (let i = 0; i < count(body, "kontakt-antal"); i++) {
    contacts.push({
      name: get(contactField(i, "name")),
      title: get(contactField(i, "title")),
      phone: get(contactField(i, "phone")),
      email: get(contactField(i, "email")),
    });
  }
  const a = get("atgard");
  let action: EditorAction = { kind: "save" };
  const remove = /^ta-bort-(citat|kontakt)-(\d{1,3})$/.exec(a);
  if (a === "nytt-citat") action = { kind: "add-quote" };
  else if (a === "ny-kontakt") action = { kind: "add-contact" };
  else if (remove) action = { kind: remove[1] === "citat" ? "remove-quote" : "remove-contact", index: Number(remove[2]) };
  return { form: { quotes, contacts, about: get(ABOUT_FIELD) }, action };
}

/** The form after an add or remove button (nothing is written for those). */
export function applyAction(form: EditorForm, action: EditorAction): EditorForm {
  switch (action.kind) {
    case "add-quote":
      return form.quotes.length >= MAX_ROWS ? form : { ...form, quotes: [...form.quotes, emptyQuote()] };
    case "add-contact":
      return form.contacts.length >= MAX_ROWS ? form : { ...form, contacts: [...form.contacts, emptyContact()] };
    case "remove-quote":
      return { ...form, quotes: form.quotes.filter((_, i) => i !== action.index) };
    case "remove-contact":
      return { ...form, contacts: form.contacts.filter((_, i) => i !== action.index) };
    case "save":
      return form;
  }
}

/** One line of text: trimmed, runs of white space (line breaks too) as one space. */
export function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The form as release fields, with which form row each list item came from (blank rows are dropped). */
export function releaseFromForm(form: EditorForm): {
  quotes: Quote[];
  contacts: Contact[];
  about: string | undefined;
  quoteRows: number[];
  contactRows: number[];
} {
  const quotes: Quote[] = [];
  const quoteRows: number[] = [];
  form.quotes.forEach((q, i) => {
    const text = clean(q.text);
    const name = clean(q.name);
    const title = clean(q.title);
    if (text === "" && name === "" && title === "") return;
    quotes.push({ text, name, ...(title !== "" ? { title } : {}) });
    quoteRows.push(i);
  });
  const contacts: Contact[] = [];
  const contactRows: number[] = [];
  form.contacts.forEach((c, i) => {
    const name = clean(c.name);
    const title = clean(c.title);
    const phone = clean(c.phone);
    const email = clean(c.email);
    if (name === "" && title === "" && phone === "" && email === "") return;
    contacts.push({ name, ...(title !== "" ? { title } : {}), ...(phone !== "" ? { phone } : {}), ...(email !== "" ? { email } : {}) });
    contactRows.push(i);
  });
  const about = clean(form.about);
  return { quotes, contacts, about: about === "" ? undefined : about, quoteRows, contactRows };
}

/** Characters as a reader counts them (code points, not UTF-16 units). */
export function charCount(text: string): number {
  return [...text].length;
}

/** Quotes longer than MAX_QUOTE_CHARS, each at its own field, with its count. */
export function lengthErrors(next: Pick<ReturnType<typeof releaseFromForm>, "quotes" | "quoteRows">): FieldError[] {
  const errors: FieldError[] = [];
  next.quotes.forEach((q, i) => {
    const n = charCount(q.text);
    const row = next.quoteRows[i];
    if (n <= MAX_QUOTE_CHARS || row === undefined) return;
    errors.push({
      field: quoteField(row, "text"),
      message: `Citatet är ${formatNumber(n)} tecken långt; högst ${formatNumber(MAX_QUOTE_CHARS)} tecken får plats. Korta det med ${formatNumber(n - MAX_QUOTE_CHARS)} tecken.`,
    });
  });
  return errors;
}

export interface FieldError {
  /** The form field's name (and element id), or null for the form as a whole. */
  field: string | null;
  message: string;
}

export type SaveResult = { ok: true; file: string; created: boolean; changed: boolean } | { ok: false; file: string; errors: FieldError[] };

export interface SaveOptions {
  /** The editorial folder (created if missing). */
  dir: string;
  code: string;
  form: EditorForm;
  /** The municipality's own `release` in the data file (what applies when the editorial file lacks a field). */
  base: Release | undefined;
  /** Further checks of the validated editorial content (e.g. a trial render); errors block the write. */
  check?: (release: Release) => Promise<Message[]> | Message[];
  /** Header comment for a new file. */
  header?: string;
}

type Plain = Record<string, unknown>;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

interface Change {
  key: "quotes" | "contacts" | "about";
  /** undefined: remove the key. */
  value: Quote[] | Contact[] | string | undefined;
}

/** Which keys to write: only those the file already has, or whose new value differs from the data file's. */
function changes(has: (key: string) => boolean, next: ReturnType<typeof releaseFromForm>, base: Release | undefined): Change[] {
  const out: Change[] = [];
  const list = (key: "quotes" | "contacts", value: Quote[] | Contact[], fallback: unknown[] | undefined): void => {
    const baseHas = (fallback ?? []).length > 0;
    if (value.length === 0) {
      // No items: an explicit empty list only when the data file has some to hide.
      if (baseHas) out.push({ key, value: [] });
      else if (has(key)) out.push({ key, value: undefined });
      return;
    }
    if (has(key) || !sameValue(value, fallback)) out.push({ key, value });
  };
  list("quotes", next.quotes, base?.quotes);
  list("contacts", next.contacts, base?.contacts);
  if (next.about === undefined) {
    if (has("about")) out.push({ key: "about", value: undefined });
  } else if (has("about") || next.about !== base?.about) {
    out.push({ key: "about", value: next.about });
  }
  return out;
}

/** Updates a YAML list of maps in place: items kept keep their comments and key order. */
function updateSeq(doc: Document, key: string, items: readonly Plain[], fields: readonly string[]): void {
  const node = doc.get(key, true);
  if (!isSeq(node) || node.flow === true) {
    doc.set(key, doc.createNode(items));
    return;
  }
  items.forEach((item, i) => {
    const existing = node.items[i];
    if (isMap(existing)) {
      const map = existing as YAMLMap;
      for (const f of fields) {
        if (item[f] === undefined) map.delete(f);
        else map.set(f, item[f]);
      }
    } else if (i < node.items.length) {
      node.items[i] = doc.createNode(item);
    } else {
      node.add(doc.createNode(item));
    }
  });
  node.items.splice(items.length);
}

const QUOTE_KEYS = ["text", "name", "title"] as const;
const CONTACT_KEYS = ["name", "title", "phone", "email"] as const;

/** The new YAML text, from the old one (or none) and the changes. Throws on a file with syntax errors. */
export function updateYaml(source: string | null, edits: readonly Change[], header?: string): string {
  const doc = source === null || source.trim() === "" ? new Document({}) : parseDocument(source);
  if (source === null && header) doc.commentBefore = header;
  if (doc.contents === null) doc.contents = doc.createNode({});
  for (const c of edits) {
    if (c.value === undefined) doc.delete(c.key);
    else if (c.key === "quotes") updateSeq(doc, c.key, c.value as Plain[], QUOTE_KEYS);
    else if (c.key === "contacts") updateSeq(doc, c.key, c.value as Plain[], CONTACT_KEYS);
    else doc.set(c.key, c.value);
  }
  return doc.toString({ lineWidth: 100 });
}

function updateJson(source: string | null, edits: readonly Change[]): string {
  const value: unknown = source === null || source.trim() === "" ? {} : JSON.parse(source);
  const obj: Plain = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Plain) : {};
  for (const c of edits) {
    if (c.value === undefined) delete obj[c.key];
    else obj[c.key] = c.value;
  }
  return `${JSON.stringify(obj, null, 2)}\n`;
}

/** A form field for a validation message's path in the editorial file (`quotes[2].text` → `citat-3-text`). */
export function fieldFor(p: string | undefined, rows: { quoteRows: number[]; contactRows: number[] }): string | null {
  if (p === undefined) return null;
  const m = /^(quotes|contacts)\[(\d+)\]\.(\w+)$/.exec(p);
  if (m) {
    const i = Number(m[2]);
    if (m[1] === "quotes") {
      const row = rows.quoteRows[i];
      const f = m[3] as keyof QuoteForm;
      return row !== undefined && f in QUOTE_FIELDS ? quoteField(row, f) : null;
    }
    const row = rows.contactRows[i];
    const f = m[3] as keyof ContactForm;
    return row !== undefined && f in CONTACT_FIELDS ? contactField(row, f) : null;
  }
  if (p === "about") return ABOUT_FIELD;
  return null;
}

/**
 * Validates the form and, when it is valid, writes the municipality's
 * editorial file (`<dir>/<code>.yaml`, or the .yml/.json that already exists).
 * Nothing is written when there is any error.
 */
export async function saveEditorial(opts: SaveOptions): Promise<SaveResult> {
  const existing = await findEditorialFile(opts.dir, opts.code);
  const file = existing?.file ?? path.join(opts.dir, `${opts.code}.yaml`);
  const source = existing ? existing.data.toString("utf8").replace(/^\uFEFF/, "") : null;
  const format = path.extname(file).toLowerCase() === ".json" ? "json" : "yaml";
  const fail = (errors: FieldError[]): SaveResult => ({ ok: false, file, errors });

  if (source !== null) {
    // A file with syntax errors is not rewritten: its author has to fix it.
    const before = parseSource(source, file, format);
    const syntax = before.messages.filter((m) => m.severity === "error");
    if (syntax.length > 0) {
      return fail([
        { field: null, message: `${path.basename(file)} har fel som måste rättas i en textredigerare innan formuläret kan spara:` },
        ...syntax.map((m) => ({ field: null, message: formatMessage(m) })),
      ]);
    }
  }
  const next = releaseFromForm(opts.form);
  let has: (key: string) => boolean;
  if (source === null) has = () => false;
  else if (format === "json") {
    const obj: unknown = JSON.parse(source);
    has = (key) => typeof obj === "object" && obj !== null && key in obj;
  } else {
    const doc = parseDocument(source);
    has = (key) => doc.has(key);
  }
  const edits = changes(has, next, opts.base);
  if (edits.length === 0 && source === null) return { ok: true, file, created: false, changed: false };
  const text = format === "json" ? updateJson(source, edits) : updateYaml(source, edits, opts.header);

  const validated = validateEditorial(parseSource(text, file, format));
  const errors: FieldError[] = lengthErrors(next);
  for (const m of validated.messages) {
    if (m.severity !== "error") continue;
    const field = fieldFor(m.path, next);
    errors.push({ field, message: field === null ? formatMessage(m) : m.reason });
  }
  if (errors.length > 0 || !validated.release) return fail(errors.length > 0 ? errors : [{ field: null, message: "texten kunde inte tolkas" }]);
  if (opts.check) {
    const extra = await opts.check(validated.release);
    if (hasErrors(extra)) {
      return fail(
        extra
          .filter((m) => m.severity === "error")
          .map((m) => {
            const field = fieldFor(m.path?.replace(/^municipalities\[\d+\]\.release\./, ""), next);
            return { field, message: field === null ? formatMessage({ ...m, file: undefined }) : m.reason };
          }),
      );
    }
  }
  const changed = source !== text;
  if (changed) await writeFileAtomic(file, text);
  return { ok: true, file, created: source === null, changed };
}
