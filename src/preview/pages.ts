// preview pages: the HTML around the releases: the index with search and
// filters, a release's tabs (web page, Markdown, PDF, claims, editing), the
// review panel and error pages. Plain HTML that works without JavaScript:
// links for tabs, GET forms for search, POST forms for changes. The only
// script is the live-reload listener, inline with a CSP nonce.
import type { Approval, ApprovalState } from "../write/approvals.js";
import { formatMessage, type Message } from "../messages.js";
import { formatNumber, genitive, joinList } from "../phrase/swedish.js";
import type { SentenceView } from "../render/claims-view.js";
import {
  ABOUT_FIELD,
  charCount,
  clean,
  contactField,
  MAX_QUOTE_CHARS,
  quoteField,
  type ContactForm,
  type EditorForm,
  type FieldError,
  type QuoteForm,
} from "./editor.js";
import { html, trusted, type HtmlValue, type SafeHtml } from "./html.js";

export const STYLESHEET_URL = "/statisk/forhandsgranskning.css";
export const EVENTS_URL = "/handelser";
/** The "Kopiera text" button's script (a static file, loaded by nonce). */
export const COPY_SCRIPT_URL = "/statisk/kopiera.js";
/** The box with the data file's errors, at the top of every page. */
export const DATA_ERRORS_ID = "datafel";

export interface LayoutInput {
  title: string;
  nonce: string;
  /** Snapshot id the page shows; with it the page reloads when the inputs change. Null: no live reload. */
  version: string | null;
  /** Errors in the data, editorial files or templates, shown above everything. */
  dataErrors: Message[];
  /** The page shows an older, good version (the latest load failed). */
  stale: boolean;
  body: SafeHtml;
  /** Our own static scripts (URLs under /statisk/), loaded by nonce. */
  scripts?: readonly string[];
}

/**
 * The live-reload listener: reloads when the server reports another version
 * than the page's. A reload keeps the scroll position, so when it brings new
 * data errors, their box is brought into view and focused (it sits at the top).
 */
const RELOAD_SCRIPT = `(() => {
  const KEY = "kommunpress-datafel";
  const box = () => document.getElementById(${JSON.stringify(DATA_ERRORS_ID)});
  let before = null;
  try { before = sessionStorage.getItem(KEY); sessionStorage.removeItem(KEY); } catch {}
  if (before !== null) {
    const show = () => {
      const b = box();
      // Back to where the page was scrolled before the reload, unless there are new errors to show.
      history.scrollRestoration = !b || b.textContent === before ? "auto" : "manual";
      if (history.scrollRestoration === "auto") return;
      b.scrollIntoView({ block: "start" });
      b.focus({ preventScroll: true });
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show, { once: true });
    else show();
    addEventListener("load", show, { once: true });
  }
  const shown = document.documentElement.dataset.version;
  if (!shown || !("EventSource" in window)) return;
  const events = new EventSource(${JSON.stringify(EVENTS_URL)});
  events.addEventListener("version", (e) => {
    if (e.data === shown) return;
    events.close();
    try { sessionStorage.setItem(KEY, box()?.textContent ?? ""); } catch {}
    location.reload();
  });
})();`;

export function dataErrorBanner(errors: readonly Message[], stale: boolean): SafeHtml {
  if (errors.length === 0) return html``;
  const shown = errors.slice(0, 50);
  return html`<section class="fel" id="${DATA_ERRORS_ID}" role="alert" aria-labelledby="datafel-rubrik" tabindex="-1">
<h2 id="datafel-rubrik">${errors.length === 1 ? "Ett fel" : `${formatNumber(errors.length)} fel`} i underlaget</h2>
${stale ? html`<p>Det som visas nedan är den senaste versionen som gick att läsa. Rätta felet och spara, så uppdateras sidan.</p>` : ""}
<ul>${shown.map((m) => html`<li><code>${formatMessage(m)}</code></li>`)}</ul>
${errors.length > shown.length ? html`<p>… och ${formatNumber(errors.length - shown.length)} till.</p>` : ""}
</section>`;
}

export function layout(input: LayoutInput): string {
  return html`<!DOCTYPE html>
<html lang="sv"${input.version !== null ? html` data-version="${input.version}"` : ""}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${input.title} – kommunpress förhandsgranskning</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${STYLESHEET_URL}">
${input.version !== null ? html`<script nonce="${input.nonce}">${trusted(RELOAD_SCRIPT)}</script>` : ""}
${(input.scripts ?? []).map((src) => html`<script nonce="${input.nonce}" src="${src}" defer></script>`)}
</head>
<body>
<div class="sida">
${dataErrorBanner(input.dataErrors, input.stale)}
${input.body}
</div>
</body>
</html>
`.value;
}

// ---------------------------------------------------------------- index

export type ReviewStatus = "godkand" | "andrad" | "okand" | "ej";

/**
 * An approval as judged now. `lastGood`: judged against the last inputs that
 * could be read (the data file has errors now). "unknown": there is an
 * approval but nothing to judge it by.
 */
export type Review = (ApprovalState & { lastGood: boolean }) | { status: "unknown"; approval: Approval };

export interface IndexRow {
  code: string;
  name: string;
  officialName: string;
  headline: string | null;
  warnings: string[];
  /** What the years show ("direktsvaren i telefon: bäst sedan 2014"). */
  highlights: string[];
  error: string | null;
  review: ReviewStatus;
  reviewText: string;
  /** Whether the code column shows the id (not when it only repeats the name, as "riket"). */
  showId: boolean;
  /** What the release covers, beside its name ("hela riket"). */
  scope?: string;
  /** A municipality of the data file without a release: why (Swedish). It has no page. */
  noRelease?: string;
}

export interface IndexFilters {
  q: string;
  warnings: "alla" | "med" | "utan";
  review: "alla" | ReviewStatus;
  /** "med": releases with a record, streak or turnaround; "utan": those without. */
  overTime: "alla" | "med" | "utan";
}

export interface IndexInput {
  surveyName: string | null;
  year: number | null;
  dataFile: string;
  approvalsFile: string;
  editorialDir: string;
  rows: IndexRow[];
  total: number;
  filters: IndexFilters;
  excluded: { code: string | null; name: string | null; reason: string }[];
}

function option(value: string, label: string, selected: string): SafeHtml {
  return html`<option value="${value}"${value === selected ? html` selected` : ""}>${label}</option>`;
}

export function indexBody(input: IndexInput): SafeHtml {
  const f = input.filters;
  const title = input.surveyName && input.year !== null ? `${input.surveyName} ${input.year}` : "Pressmeddelanden";
  const filtered = f.q !== "" || f.warnings !== "alla" || f.review !== "alla" || f.overTime !== "alla";
  return html`<header class="sidhuvud">
<h1>Förhandsgranskning: ${title}</h1>
<p>Data: <span class="filnamn">${input.dataFile}</span>. Redaktionella texter: <span class="filnamn">${input.editorialDir}</span>. Godkännanden: <span class="filnamn">${input.approvalsFile}</span>.</p>
</header>
<main>
<form class="sok" method="get" action="/" role="search" aria-label="Sök och filtrera">
<div><label for="q">Kommun (namn eller kod)</label><input id="q" name="q" type="search" value="${f.q}" autocomplete="off"></div>
<div><label for="varningar">Varningar</label><select id="varningar" name="varningar">
${option("alla", "Alla", f.warnings)}${option("med", "Med varningar", f.warnings)}${option("utan", "Utan varningar", f.warnings)}
</select></div>
<div><label for="granskning">Granskning</label><select id="granskning" name="granskning">
${option("alla", "Alla", f.review)}${option("godkand", "Godkända", f.review)}${option("andrad", "Ändrade efter godkännande", f.review)}${option("okand", "Kan inte bedömas", f.review)}${option("ej", "Inte godkända", f.review)}
</select></div>
<div><label for="overtid">Över tid</label><select id="overtid" name="overtid">
${option("alla", "Alla", f.overTime)}${option("med", "Med rekord, svit eller vändning", f.overTime)}${option("utan", "Utan", f.overTime)}
</select></div>
<div><button type="submit">Visa</button></div>
${filtered ? html`<div><a href="/">Visa alla</a></div>` : ""}
</form>
<p id="antal" aria-live="polite">Visar ${formatNumber(input.rows.length)} av ${formatNumber(input.total)} pressmeddelanden.</p>
${
  input.rows.length === 0
    ? html`<p>Inga pressmeddelanden matchar.</p>`
    : html`<table aria-describedby="antal">
<caption>Pressmeddelanden</caption>
<thead><tr><th scope="col">Kod</th><th scope="col">Kommun</th><th scope="col">Rubrik</th><th scope="col">Varningar</th><th scope="col">Över tid</th><th scope="col">Granskning</th></tr></thead>
<tbody>
${input.rows.map(
  (r) => html`<tr>
<td>${r.showId ? r.code : ""}</td>
<th scope="row">${r.noRelease !== undefined ? r.name : html`<a href="/kommun/${r.code}">${r.name}</a>`}${r.scope !== undefined ? html` <span class="kalla">(${r.scope})</span>` : ""}</th>
<td>${
  r.noRelease !== undefined
    ? html`<span class="status status-ej">Inget pressmeddelande:</span> ${r.noRelease}.`
    : r.error !== null
      ? html`<span class="status status-andrad">Fel:</span> ${r.error}`
      : (r.headline ?? "")
}</td>
<td>${r.warnings.length === 0 ? "inga" : html`<ul class="varningar">${r.warnings.map((w) => html`<li>${w}</li>`)}</ul>`}</td>
<td>${r.highlights.length === 0 ? "–" : html`<ul class="over-tid">${r.highlights.map((h) => html`<li>${h}</li>`)}</ul>`}</td>
<td><span class="status status-${r.review}">${r.reviewText}</span></td>
</tr>
`,
)}</tbody>
</table>`
}
${
  input.excluded.length > 0
    ? html`<section class="fel" aria-labelledby="uteslutna"><h2 id="uteslutna">Kunde inte göras</h2><ul>${input.excluded.map(
        (e) => html`<li>${e.code ?? "?"} ${e.name ?? ""}: <code>${e.reason}</code></li>`,
      )}</ul></section>`
    : ""
}
</main>`;
}

// -------------------------------------------------------------- release

export type Tab = "webbsida" | "markdown" | "pdf" | "pastaenden" | "redigera";

const TABS: { tab: Tab; label: string; path: string }[] = [
  { tab: "webbsida", label: "Webbsida", path: "" },
  { tab: "markdown", label: "Text (Markdown)", path: "/markdown" },
  { tab: "pdf", label: "PDF", path: "/pdf" },
  { tab: "pastaenden", label: "Påståenden och siffror", path: "/pastaenden" },
  { tab: "redigera", label: "Redigera texter", path: "/redigera" },
];

export interface ReleaseFrame {
  code: string;
  name: string;
  officialName: string;
  headline: string | null;
  tab: Tab;
  token: string;
  review: Review;
  /** The current inputs key; null when the release cannot be approved now. */
  key: string | null;
  /** Why it cannot be approved now. */
  cannotApprove: string | null;
  /** Errors of this release's render (the last good render is shown below them). */
  releaseErrors: Message[];
  warnings: string[];
  /** What the years show, listed beside the warnings. */
  highlights: string[];
  /** A one-line confirmation after a change ("Texterna är sparade …"). */
  flash: string | null;
  /** Whether the heading shows the id after the name (not when it only repeats the name, as "riket"). */
  showId: boolean;
  /** Whether the release has an editorial file the edit form writes. */
  editable: boolean;
  /** Where its texts are edited instead, when it has no editorial file (`national.release`). */
  editedWhere?: string;
}

function swedishTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} kl. ${pad(d.getHours())}.${pad(d.getMinutes())}`;
}

function reviewPanel(f: ReleaseFrame): SafeHtml {
  const hidden = html`<input type="hidden" name="token" value="${f.token}">`;
  const approveForm = (label: string): SafeHtml =>
    f.key === null
      ? html`<p>${f.cannotApprove ?? "Kan inte godkännas just nu."}</p>`
      : html`<form method="post" action="/kommun/${f.code}/godkann">${hidden}<input type="hidden" name="nyckel" value="${f.key}"><button type="submit">${label}</button></form>`;
  const withdrawForm = html`<form method="post" action="/kommun/${f.code}/aterkalla">${hidden}<button type="submit" class="sekundar">Återkalla godkännandet</button></form>`;
  const judgedOn =
    f.review.status !== "unknown" && f.review.lastGood && f.review.status !== "none"
      ? html`<p>Bedömt mot den senaste versionen av underlaget som gick att läsa.</p>`
      : "";
  let body: SafeHtml;
  if (f.review.status === "approved") {
    const note = f.key === null && f.cannotApprove !== null ? html`<p>${f.cannotApprove}</p>` : "";
    body = html`<p class="status status-godkand">Godkänd ${swedishTime(f.review.approval.approvedAt)}</p>${judgedOn}${note}${withdrawForm}`;
  } else if (f.review.status === "changed") {
    body = html`<p class="status status-andrad">Ändrad efter godkännande</p><p>Godkänd ${swedishTime(f.review.approval.approvedAt)}, men ${joinList(f.review.reasons)} sedan dess. Granska och godkänn igen.</p>${judgedOn}${approveForm("Godkänn igen")}${withdrawForm}`;
  } else if (f.review.status === "unknown") {
    body = html`<p class="status status-okand">Kan inte bedömas</p><p>Godkänd ${swedishTime(f.review.approval.approvedAt)}, men underlaget har fel, så det går inte att säga om pressmeddelandet har ändrats sedan dess.</p>${approveForm("Godkänn")}${withdrawForm}`;
  } else {
    body = html`<p class="status status-ej">Inte godkänd</p>${approveForm("Godkänn")}`;
  }
  return html`<section class="granskning" aria-label="Granskning">${body}</section>`;
}

export function releaseBody(f: ReleaseFrame, content: SafeHtml): SafeHtml {
  const base = `/kommun/${f.code}`;
  return html`<header class="sidhuvud">
<p class="tillbaka"><a href="/">← Alla pressmeddelanden</a></p>
<h1>${f.showId ? `${f.officialName} (${f.code})` : f.officialName}</h1>
${f.headline !== null ? html`<p>${f.headline}</p>` : ""}
</header>
<main id="innehall">
${f.flash !== null ? html`<p class="meddelande" role="status">${f.flash}</p>` : ""}
${
  f.releaseErrors.length > 0
    ? html`<section class="fel" role="alert" aria-labelledby="release-fel"><h2 id="release-fel">Pressmeddelandet kunde inte göras</h2><ul>${f.releaseErrors.map(
        (m) => html`<li><code>${formatMessage(m)}</code></li>`,
      )}</ul><p>Nedan visas den senaste versionen som gick att göra.</p></section>`
    : ""
}
${reviewPanel(f)}
${f.warnings.length > 0 ? html`<p class="notis">Varningar: ${f.warnings.join("; ")}.</p>` : ""}
${
  f.highlights.length > 0
    ? html`<section class="over-tid-ruta" aria-labelledby="over-tid-rubrik"><h2 id="over-tid-rubrik">Över tid</h2><ul class="over-tid">${f.highlights.map((h) => html`<li>${h}</li>`)}</ul></section>`
    : ""
}
<nav class="flikar" aria-label="Visningar">
<ul>${TABS.filter((t) => f.editable || t.tab !== "redigera").map(
    (t) => html`<li><a href="${base}${t.path}"${t.tab === f.tab ? html` aria-current="page"` : ""}>${t.label}</a></li>`,
  )}</ul>
</nav>
${
  !f.editable && f.editedWhere !== undefined
    ? html`<p class="notis">${genitive(f.officialName)} pressmeddelande redigeras inte här: rubrik, citat, kontaktpersoner och övriga texter står under <code>${f.editedWhere}</code> i datafilen, och förhandsgranskningen uppdateras när du sparar den.</p>`
    : ""
}
<div class="flik">
${content}
</div>
</main>`;
}

export function noRender(): SafeHtml {
  return html`<p>Det finns ingen version av pressmeddelandet att visa ännu. Rätta felen ovan.</p>`;
}

/**
 * Publishing: the Word file and share image to download, and the web text
 * (webbtext.html) to paste into a CMS. Without JavaScript the text is in a
 * read-only field to copy by hand; with it, "Kopiera text" puts it on the
 * clipboard as rich text and plain text (kopiera.js).
 */
export function publishPanel(code: string, webText: string | null): SafeHtml {
  const base = `/kommun/${code}`;
  const copy =
    webText === null
      ? html`<p>Webbtexten kunde inte göras.</p>`
      : html`<div class="kopiera">
<p><button type="button" id="kopiera-text" data-kalla="webbtext" hidden>Kopiera text</button> <span id="kopiera-status" role="status"></span></p>
<label for="webbtext">Webbtext (HTML) att klistra in i publiceringsverktyget</label>
<textarea id="webbtext" class="webbtext" readonly rows="6" aria-describedby="webbtext-hjalp">${webText}</textarea>
<p class="hjalp" id="webbtext-hjalp">Markera allt i rutan och kopiera, eller använd knappen Kopiera text (formaterad text).</p>
</div>`;
  return html`<section class="publicera" aria-labelledby="publicera-rubrik">
<h3 id="publicera-rubrik">Publicera</h3>
<ul class="filer">
<li><a href="${base}/pressmeddelande.docx" download="pressmeddelande-${code}.docx">Ladda ned Word</a> <span class="kalla">(pressmeddelande.docx)</span></li>
<li><a href="${base}/delningsbild.png" download="delningsbild-${code}.png">Ladda ned bild</a> <span class="kalla">(delningsbild.png, 1200 × 630 bildpunkter, för sociala medier)</span></li>
</ul>
${copy}
</section>`;
}

export function webTab(code: string, title: string, webText: string | null): SafeHtml {
  const src = `/kommun/${code}/pressmeddelande.html`;
  return html`<h2 class="visuellt-dold">Webbsida</h2>
${publishPanel(code, webText)}
<p><a href="${src}">Öppna webbsidan ensam</a> (så som den skrivs till <span class="filnamn">pressmeddelande.html</span>).</p>
<iframe class="ram" src="${src}" title="${`Pressmeddelandet som webbsida: ${title}`}" sandbox></iframe>`;
}

export function markdownTab(code: string, markdown: string): SafeHtml {
  return html`<h2>Texten i Markdown</h2>
<p><a href="/kommun/${code}/pressmeddelande.md">Hämta pressmeddelande.md</a></p>
<pre class="markdown">${markdown}</pre>`;
}

export function pdfTab(code: string, title: string, error: string | null): SafeHtml {
  const src = `/kommun/${code}/pressmeddelande.pdf`;
  if (error !== null) {
    return html`<h2>PDF</h2><section class="fel" role="alert"><p>PDF:en kunde inte skapas:</p><pre>${error}</pre></section>`;
  }
  return html`<h2>PDF</h2>
<p><a href="${src}" download="pressmeddelande-${code}.pdf">Ladda ner pressmeddelande.pdf</a> · <a href="${src}">Öppna PDF:en ensam</a></p>
<iframe class="ram" src="${src}" title="${`Pressmeddelandet som PDF: ${title}`}"></iframe>`;
}

/** `author`: who wrote the release's editorial texts ("kommunen", "utgivaren"). */
export function claimsTab(code: string, sentences: readonly SentenceView[], author: string): SafeHtml {
  return html`<h2>Påståenden och siffror</h2>
<p>Varje mening i pressmeddelandet med siffrorna den bygger på (ur <a href="/kommun/${code}/pressmeddelande.json">pressmeddelande.json</a>).</p>
<ol class="meningar">
${sentences.map(
  (s) => html`<li><p>${s.text}</p>${
    s.editorial
      ? html`<p class="kalla">Redaktionell text, skriven av ${author}.</p>`
      : s.claims.length === 0
        ? html`<p class="kalla">Inga siffror.</p>`
        : html`<dl>${s.claims.map((c) => html`<dt>${c.label}</dt><dd>${c.value ?? html`<span class="kalla">okänt påstående (${c.id})</span>`}</dd>`)}</dl>`
  }</li>
`,
)}</ol>`;
}

// ---------------------------------------------------------------- editor

export interface EditorInput {
  code: string;
  token: string;
  form: EditorForm;
  errors: FieldError[];
  /** Where the texts are saved. */
  file: string;
  /** The data file has its own about text (what an empty field falls back to). */
  baseHasAbout: boolean;
}

function field(
  id: string,
  label: string,
  value: string,
  errors: ReadonlyMap<string, string>,
  opts: { multiline?: boolean; type?: string; autocomplete?: string; hint?: string } = {},
): SafeHtml {
  const error = errors.get(id);
  const described = [error !== undefined ? `${id}-fel` : null, opts.hint ? `${id}-hjalp` : null].filter((x) => x !== null).join(" ");
  const attrs = html` id="${id}" name="${id}"${error !== undefined ? html` aria-invalid="true"` : ""}${described !== "" ? html` aria-describedby="${described}"` : ""}`;
  const control = opts.multiline
    ? html`<textarea${attrs} rows="4">${value}</textarea>`
    : html`<input${attrs} type="${opts.type ?? "text"}" value="${value}"${opts.autocomplete ? html` autocomplete="${opts.autocomplete}"` : ""}>`;
  return html`<div class="falt"><label for="${id}">${label}</label>${control}${opts.hint ? html`<p class="hjalp" id="${id}-hjalp">${opts.hint}</p>` : ""}${
    error !== undefined ? html`<p class="faltfel" id="${id}-fel">${error}</p>` : ""
  }</div>`;
}

/** The limit, and the count of what is typed. */
function quoteHint(text: string): string {
  const n = charCount(clean(text));
  return `Högst ${formatNumber(MAX_QUOTE_CHARS)} tecken${n > 0 ? ` (nu ${formatNumber(n)})` : ""}.`;
}

function quoteFieldset(q: QuoteForm, i: number, errors: ReadonlyMap<string, string>): SafeHtml {
  return html`<fieldset><legend>Citat ${i + 1}</legend>
${field(quoteField(i, "text"), "Citat", q.text, errors, { multiline: true, hint: quoteHint(q.text) })}
${field(quoteField(i, "name"), "Namn", q.name, errors, { autocomplete: "off" })}
${field(quoteField(i, "title"), "Titel", q.title, errors, { autocomplete: "off", hint: "Till exempel: kommunstyrelsens ordförande" })}
<button type="submit" class="sekundar" name="atgard" value="ta-bort-citat-${i}">Ta bort citat ${i + 1}</button>
</fieldset>`;
}

function contactFieldset(c: ContactForm, i: number, errors: ReadonlyMap<string, string>): SafeHtml {
  return html`<fieldset><legend>Kontaktperson ${i + 1}</legend>
${field(contactField(i, "name"), "Namn", c.name, errors, { autocomplete: "off" })}
${field(contactField(i, "title"), "Titel", c.title, errors, { autocomplete: "off" })}
${field(contactField(i, "phone"), "Telefon", c.phone, errors, { type: "tel", autocomplete: "off" })}
${field(contactField(i, "email"), "E-post", c.email, errors, { type: "email", autocomplete: "off" })}
<button type="submit" class="sekundar" name="atgard" value="ta-bort-kontakt-${i}">Ta bort kontaktperson ${i + 1}</button>
</fieldset>`;
}

export function editorTab(input: EditorInput): SafeHtml {
  const byField = new Map<string, string>();
  for (const e of input.errors) if (e.field !== null && !byField.has(e.field)) byField.set(e.field, e.message);
  const general = input.errors.filter((e) => e.field === null || !byField.has(e.field) || byField.get(e.field) !== e.message);
  const summary: HtmlValue =
    input.errors.length > 0
      ? html`<section class="fel" id="felsammanfattning" role="alert" aria-labelledby="formfel" tabindex="-1" autofocus>
<h2 id="formfel">Texterna sparades inte</h2>
<ul>${[...byField].map(([id, msg]) => html`<li><a href="#${id}">${msg}</a></li>`)}${general.map((e) => html`<li>${e.message}</li>`)}</ul>
</section>`
      : "";
  return html`<h2>Redigera texter</h2>
${summary}
<p>Sparas i <span class="filnamn">${input.file}</span>. Kommentarer och ordning i filen behålls, och förhandsgranskningen uppdateras när du sparar.</p>
<form class="redigera" method="post" action="/kommun/${input.code}/redigera" novalidate>
<input type="hidden" name="token" value="${input.token}">
<input type="hidden" name="citat-antal" value="${input.form.quotes.length}">
<input type="hidden" name="kontakt-antal" value="${input.form.contacts.length}">
<div class="knappar"><button type="submit" name="atgard" value="spara">Spara</button></div>
<h3>Citat</h3>
${input.form.quotes.length === 0 ? html`<p>Inga citat.</p>` : input.form.quotes.map((q, i) => quoteFieldset(q, i, byField))}
<div class="knappar"><button type="submit" class="sekundar" name="atgard" value="nytt-citat">Lägg till citat</button></div>
<h3>Kontaktpersoner</h3>
${input.form.contacts.length === 0 ? html`<p>Inga kontaktpersoner.</p>` : input.form.contacts.map((c, i) => contactFieldset(c, i, byField))}
<div class="knappar"><button type="submit" class="sekundar" name="atgard" value="ny-kontakt">Lägg till kontaktperson</button></div>
<h3>Om kommunen</h3>
${field(ABOUT_FIELD, "Om-text", input.form.about, byField, {
  multiline: true,
  ...(input.baseHasAbout ? { hint: "Lämnar du fältet tomt används om-texten i datafilen." } : {}),
})}
<div class="knappar"><button type="submit" name="atgard" value="spara">Spara</button></div>
</form>`;
}

// ---------------------------------------------------------------- errors

export function errorBody(status: number, message: string): SafeHtml {
  const titles: Record<number, string> = {
    400: "Felaktig förfrågan",
    403: "Inte tillåtet",
    404: "Hittades inte",
    405: "Metoden stöds inte",
    409: "Sidan är inaktuell",
    413: "För stort",
    415: "Fel format",
    500: "Oväntat fel",
    503: "Inte tillgängligt",
  };
  return html`<header class="sidhuvud"><p class="tillbaka"><a href="/">← Alla pressmeddelanden</a></p><h1>${titles[status] ?? "Fel"}</h1></header>
<main><p>${message}</p></main>`;
}
