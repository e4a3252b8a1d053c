// One catalogue of user-facing messages (Astro's errors-data.ts): every error
// and warning the stages report has a stable id here, a Swedish message
// function with typed parameters, a severity and, where useful, a hint and a
// short title. The places that report a problem name the id; the Swedish
// text lives only here (test/catalogue.test.ts asserts every one verbatim).
//
// Ids: `<ruleId>` or `<ruleId>/<variant>`. The part before the slash is the
// Message's `ruleId` (what tests, the batch index and the preview key on);
// variants are different wordings of the same rule.
//
// Not here (yet): fragments that describe a value or a parser's complaint
// inside a message (validate's describeFound/expectedFor, source.ts's
// yamlReason, markdown.ts's system-error words, html.ts's names of what the
// HTML guard found, approvals.ts's words for what changed since an approval),
// commander's own usage errors (cli/main.ts), progress and log lines, the
// preview's page texts (labels, notices such as "Texterna är sparade."),
// errors that only guard the program's own invariants, and the messages of
// the files listed in test/catalogue.test.ts as "to convert later".
//
// The preview's HTTP error pages are entries too (`http-…`): their text is a
// sentence the user reads in the browser, and the entry fixes the status.
import type { Message, Position, Severity } from "./message-types.js";
import { formatDataNumber, joinList } from "./phrase/swedish.js";
import type { Unit } from "./schema.js";

export interface CatalogueEntry {
  severity: Severity;
  /** The Swedish message; its parameters are the entry's own. */
  message: (...params: never[]) => string;
  /** Advice for the user, shown after the message ("message; hint"). */
  hint?: string;
  /** A short Swedish label (batch index, preview) for warnings the communicator should act on. */
  title?: string;
}

// ---------------------------------------------------------------------------
// Words and small formatters the messages share

/** Deepest nesting (of lists, maps, [ ] and { }) a data or editorial file may have. */
export const MAX_NESTING_DEPTH = 64;

export type FileKind = "fifo" | "device" | "directory" | "socket" | "other";

const KIND_WORDS: Record<FileKind, string> = {
  fifo: "en namngiven pipe (FIFO)",
  device: "en enhetsfil",
  directory: "en mapp",
  socket: "en socket",
  other: "en fil av okänd typ",
};

const UNIT_SV: Record<Unit, string> = {
  percent: "procent",
  index: "index",
  hours: "timmar",
  minutes: "minuter",
  seconds: "sekunder",
  count: "antal",
};

/** What a whole file should be, for a file that is not a map ("…, inte en lista"). */
export const FILE_SHAPES = {
  dataset: "filen ska innehålla fälten survey, thresholds, indicators och municipalities",
  release: "filen ska innehålla redaktionella fält som date, headline, quotes, extra, contacts, about och logo",
  mapping: "filen ska innehålla fälten survey, thresholds och indicators",
  koladaResponse: 'ska vara ett svar från Koladas data-API: { "values": [...], "count": …, "next_url": … }',
} as const;

export type FileShape = keyof typeof FILE_SHAPES;

/** Reasons for JSON syntax errors (after "ogiltig JSON: "), by the code scanJson reports. */
export const JSON_DETAILS = {
  end: () => "filen tar slut för tidigt (saknas } eller ]?)",
  "property-name": () => 'väntade ett fältnamn inom "…" (kommatecken för mycket?)',
  "property-name-or-close": () => 'väntade ett fältnamn inom "…" eller }',
  colon: () => "kolon saknas efter fältnamnet",
  "comma-or-close-object": () => "kommatecken eller } saknas efter värdet",
  "comma-or-close-array": () => "kommatecken eller ] saknas efter elementet",
  "after-end": () => "text efter JSON-dokumentets slut",
  "control-char": () => "otillåtet tecken (t.ex. radbrytning eller tabb) i text; skriv \\n eller \\t",
  "bad-escape": () => "ogiltigt \\-tecken i text; skriv \\\\ för ett bakstreck",
  "bad-unicode": () => "ogiltig \\u-kod i text",
  "unterminated-string": () => 'texten avslutas inte (" saknas)',
  "bad-number": () => "ogiltigt tal",
  unexpected: (char: string) => `oväntat tecken ${char}`,
  "too-deep": () => tooDeep(MAX_NESTING_DEPTH),
} as const;

function tooDeep(max: number): string {
  return `filen är för djupt nästlad (mer än ${max} nivåer), filen avvisas`;
}

function unreadable(code: string): string {
  return `filen kan inte läsas${code ? ` (${code})` : ""}`;
}

const didYouMean = (suggestion?: string): string => (suggestion ? ` (menade du "${suggestion}"?)` : "");

/** 0,5 (one decimal, Swedish comma). */
export function formatNum(n: number): string {
  return String(n).replace(".", ",");
}

/** "a, b, c" or, past `max`, "a, …, h och 3 till". */
export function listSome(items: readonly string[], max = 8): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} och ${items.length - max} till`;
}

function statusLabel(status: number, statusText: string): string {
  return statusText ? `${status} (${statusText})` : String(status);
}

/** Seconds with one decimal at most: "0,5", "120". */
export function formatSeconds(s: number): string {
  return String(Math.round(s * 10) / 10).replace(".", ",");
}

/** "1 sekund", "0,1 sekunder", "120 sekunder". */
function secondsText(s: number): string {
  const text = formatSeconds(s);
  return `${text} ${text === "1" ? "sekund" : "sekunder"}`;
}

/** A PDF time-out: "800 ms", "30 s", "2,5 s" (no-break spaces). */
function pdfSeconds(ms: number): string {
  if (ms < 1000) return `${ms}\u00A0ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1).replace(".", ",")}\u00A0s`;
}

const error = "error" as const;
const warning = "warning" as const;

// ---------------------------------------------------------------------------
// Usage errors (exit code 2): command-line values

const USAGE = {
  /** A reason composed by the caller: only for the commands not yet converted (see test/catalogue.test.ts). */
  usage: { severity: error, message: (reason: string) => reason },
  "usage/kpi": { severity: error, message: (s: string) => `"${s}" är inget Kolada-id; ett id är en stor bokstav och fem siffror, t.ex. N00671` },
  "usage/year": { severity: error, message: (s: string) => `"${s}" är inget år; skriv fyra siffror, t.ex. 2024` },
  "usage/year-range": { severity: error, message: (s: string) => `"${s}" är ingen följd av år; skriv t.ex. 2023-2025` },
  "usage/municipality": {
    severity: error,
    message: (s: string) => `"${s}" är ingen kommunkod; skriv fyra siffror, t.ex. 0126 (eller en Kolada-grupp, t.ex. G92793)`,
  },
  "usage/period": {
    severity: error,
    message: (s: string) => `"${s}" är ingen mätperiod; skriv veckor som v11-v19 eller datum som 2025-03-10:2025-05-09`,
  },
  "usage/period-order": { severity: error, message: (s: string) => `mätperioden "${s}" slutar före den börjar` },
  "usage/timeout": { severity: error, message: (s: string) => `"${s}" är ingen tidsgräns; skriv antal sekunder, t.ex. 30` },
  "usage/delay": { severity: error, message: (s: string) => `"${s}" är ingen väntetid; skriv antal sekunder, t.ex. 1 eller 0,5` },
  "usage/empty": { severity: error, message: (option: string) => `${option} behöver minst ett värde` },
  "usage/from-and-years": {
    severity: error,
    message: () => "ange antingen --from (alla år från och med ett år) eller --years (vissa år), inte båda",
  },
  "usage/from-after-year": { severity: error, message: (from: number, year: number) => `--from ${from} ligger efter undersökningsåret ${year}` },
  "usage/format": {
    severity: error,
    message: (unknown: readonly string[], formats: readonly string[]) =>
      `okänt format ${unknown.join(", ") || "(tomt)"}; välj bland ${formats.join(", ")} eller all`,
  },
  "usage/municipality-not-in-data": {
    severity: error,
    message: (municipality: string, data: string) => `kommunen "${municipality}" finns inte i ${data}`,
  },
  "usage/several-municipalities": {
    severity: error,
    message: (data: string, count: number) =>
      `${data} har ${count} kommuner; välj en med --municipality <kod|namn> (eller kör kommunpress batch)`,
  },
  "usage/no-municipalities": { severity: error, message: (data: string) => `${data} har inga kommuner` },
  "usage/kpi-not-in-mapping": {
    severity: error,
    message: (kpis: readonly string[], map: string) =>
      `${kpis.join(", ")} finns inte i mappningsfilen ${map}; lägg till indikatorer för dem eller välj en annan fil med --map`,
  },
  "usage/kpi-or-map": {
    severity: error,
    message: () => "ange vilka nyckeltal som ska hämtas med --kpi (t.ex. --kpi N00671,N00672,N00673,N00674) eller --map <fil>",
  },
  "usage/unknown-code": { severity: error, message: (code: string) => `kommunkoden ${code} finns inte bland Sveriges kommuner` },
  "usage/positive-integer": {
    severity: error,
    message: (flag: string, value: string) => `${flag} ska vara ett heltal större än noll, inte "${value}"`,
  },
  "usage/only-code": { severity: error, message: (codes: readonly string[]) => `--only: ${codes.join(", ")} är ingen kommunkod (fyra siffror)` },
  "usage/port": { severity: error, message: (value: string) => `--port ska vara ett heltal 0–65535, inte "${value}"` },
  /** A code given with --only that the data file does not have (a usage error, exit code 2). */
  "unknown-municipality": {
    severity: error,
    message: (codes: readonly string[], data: string) => `--only: ${codes.join(", ")} finns inte i ${data}`,
  },
  /** The preview's port is taken (a usage error, exit code 2). */
  "port-in-use": { severity: error, message: (port: number) => `porten ${port} används redan; välj en annan med --port` },
  "no-mapping": {
    severity: error,
    message: (kpis: readonly string[]) =>
      `ingen inbyggd mappningsfil täcker ${kpis.join(", ")}; ange en egen med --map <fil> (se data/kolada/ för exempel)`,
  },
} as const satisfies Record<string, CatalogueEntry>;

// ---------------------------------------------------------------------------
// Load: reading a file's bytes, decoding, parsing

const LOAD = {
  "file-missing": { severity: error, message: () => "filen finns inte" },
  "file-is-directory": { severity: error, message: () => "är en mapp, inte en fil" },
  "file-unreadable": { severity: error, message: (code: string) => unreadable(code) },
  "file-unreadable/permission": { severity: error, message: () => "filen kan inte läsas (behörighet saknas)" },
  /** Bytes that are not UTF-8 (e.g. a file saved as Latin-1 or Windows-1252). */
  "not-utf8": {
    severity: error,
    message: () => "filen är inte kodad som UTF-8 (är den sparad som Latin-1 eller Windows-1252?)",
    hint: "spara den som UTF-8",
  },
  /** A UTF-16 file (starts with a UTF-16 byte order mark). */
  "not-utf8/utf16": { severity: error, message: () => "filen är kodad som UTF-16", hint: "spara den som UTF-8" },
  "too-deep": { severity: error, message: (max: number) => tooDeep(max) },
  "file-empty": { severity: error, message: () => "filen är tom" },
  "duplicate-key": { severity: error, message: (name: string) => `fältet "${name}" förekommer två gånger` },
  "duplicate-key/line": { severity: error, message: (name: string, line: number) => `fältet "${name}" förekommer redan på rad ${line}` },
  "yaml-syntax": { severity: error, message: (detail: string) => `ogiltig YAML: ${detail}` },
  "yaml-syntax/alias": {
    severity: error,
    message: (name: string) => `ogiltig YAML: aliaset *${name} pekar inte på något ankare; &${name} måste stå före`,
  },
  "yaml-warning": { severity: warning, message: (detail: string) => `YAML: ${detail}` },
  "alias-bomb": { severity: error, message: (max: number) => `för många alias (fler än ${max} uppslag via *namn), filen avvisas` },
  "json-syntax": { severity: error, message: (detail: string) => `ogiltig JSON: ${detail}` },
} as const satisfies Record<string, CatalogueEntry>;

// ---------------------------------------------------------------------------
// Editorial files (--editorial): one file per municipality in a folder

const EDITORIAL = {
  /** An editorial file that is not a regular file (not opened, not read). */
  "editorial-not-regular": { severity: error, message: (kind: FileKind) => `är ${KIND_WORDS[kind]}, inte en vanlig fil; filen läses inte` },
  /** A symbolic link in the editorial folder that points outside it (not followed). */
  "editorial-link-outside": {
    severity: error,
    message: () => "är en symbolisk länk till en fil utanför mappen (--editorial); filen läses inte",
  },
  /** A symbolic link that points nowhere. */
  "editorial-link-broken": { severity: error, message: () => "är en symbolisk länk som inte pekar på någon fil; filen läses inte" },
  "editorial-unreadable": { severity: error, message: (code: string) => unreadable(code) },
  "editorial-unreadable/permission": { severity: error, message: () => "filen kan inte läsas (behörighet saknas)" },
  "editorial-not-directory": { severity: error, message: () => "är en fil, inte en mapp (--editorial ska vara en mapp)" },
  "editorial-dir-missing": { severity: error, message: () => "mappen finns inte (--editorial)" },
  "editorial-dir-unreadable": { severity: error, message: (code: string) => `mappen kan inte läsas${code ? ` (${code})` : ""}` },
  "editorial-unknown-code": {
    severity: warning,
    message: (code: string) => `ingen kommun med koden "${code}" i datafilen; filen används inte`,
  },
  "editorial-duplicate": {
    severity: error,
    message: (code: string, previous: string) => `kommun ${code} har redan en redaktionell fil (${previous})`,
  },
} as const satisfies Record<string, CatalogueEntry>;

// ---------------------------------------------------------------------------
// Validate, step 1: the shape of a file (zod issues)

const SHAPE = {
  "unknown-field": { severity: error, message: (key: string, suggestion?: string) => `okänt fält "${key}"${didYouMean(suggestion)}` },
  "missing-field": { severity: error, message: () => "fältet saknas" },
  "wrong-type": { severity: error, message: (expected: string, found: string) => `ska vara ${expected}, inte ${found}` },
  "wrong-type/root": { severity: error, message: (shape: FileShape, found: string) => `${FILE_SHAPES[shape]}, inte ${found}` },
  "wrong-shape": { severity: error, message: () => "värdet har fel form" },
  "wrong-shape/period": {
    severity: error,
    message: () => "perioden ska anges som weeks: [41, 46] eller som from: och to: med datum (ÅÅÅÅ-MM-DD)",
  },
  "code-format": { severity: error, message: () => 'koden ska vara fyra siffror, t.ex. "0126"' },
  "code-format/number": {
    severity: error,
    message: (n: number) =>
      Number.isInteger(n) && n >= 0 && n <= 9999
        ? `koden ska vara fyra siffror inom citattecken, t.ex. "${String(n).padStart(4, "0")}", inte talet ${n}`
        : `koden ska vara fyra siffror inom citattecken, t.ex. "0126", inte talet ${formatDataNumber(n)}`,
  },
  "code-format/code-or-group": { severity: error, message: (s: string) => `"${s}" är ingen kommunkod (fyra siffror) eller grupp (G…)` },
  "indicator-id-format": {
    severity: error,
    message: () => 'id ska bestå av små bokstäver a–z, siffror och bindestreck, t.ex. "epost-en-dag"',
  },
  "kolada-format": { severity: error, message: () => 'Kolada-id ska vara en stor bokstav och fem siffror, t.ex. "N00671"' },
  "date-format": { severity: error, message: () => "datumet ska skrivas ÅÅÅÅ-MM-DD, t.ex. 2020-01-23" },
  "date-invalid": { severity: error, message: (s: string) => `"${s}" är inget giltigt datum` },
  "email-format": { severity: error, message: (s: string) => `"${s}" är ingen giltig e-postadress` },
  "key-format": { severity: error, message: (key: string) => `ogiltig nyckel "${key}"` },
  "key-format/year": { severity: error, message: (key: string) => `"${key}" är inget år; året ska vara fyra siffror, t.ex. 2019` },
  format: { severity: error, message: (s: string) => `"${s}" har fel format` },
  "invalid-value": {
    severity: error,
    message: (found: string, allowed: readonly string[], suggestion?: string) =>
      `${found} är inget tillåtet värde; välj ett av: ${allowed.join(", ")}${didYouMean(suggestion)}`,
  },
  empty: { severity: error, message: () => "får inte vara tom" },
  "list-length/empty": { severity: error, message: () => "listan får inte vara tom" },
  "list-length/min": { severity: error, message: (min: number) => `listan ska ha minst ${min} element` },
  "list-length/max": { severity: error, message: (max: number) => `listan får ha högst ${max} element` },
  "list-length/weeks": { severity: error, message: () => "ska vara två veckonummer, t.ex. [41, 46]" },
  "range/week": { severity: error, message: (n: number) => `veckan ska vara 1–53, inte ${formatDataNumber(n)}` },
  "range/negative": { severity: error, message: (n: number) => `${formatDataNumber(n)} får inte vara negativt` },
  "range/not-positive": { severity: error, message: (n: number) => `ska vara större än 0, inte ${formatDataNumber(n)}` },
  "range/min": {
    severity: error,
    message: (min: number, n: number) => `ska vara minst ${formatDataNumber(min)}, inte ${formatDataNumber(n)}`,
  },
  "range/max": {
    severity: error,
    message: (max: number, n: number) => `ska vara högst ${formatDataNumber(max)}, inte ${formatDataNumber(n)}`,
  },
  /** A bound on something other than a number or a list: zod's own message. */
  "range/other": { severity: error, message: (schemaMessage: string) => schemaMessage },
  invalid: { severity: error, message: () => "ogiltigt värde" },
  /** A refinement in src/schema.ts: its message is already Swedish. */
  "invalid/schema": { severity: error, message: (schemaMessage: string) => schemaMessage },
  /** A refinement "ska vara …" in src/schema.ts, with what was found. */
  "invalid/found": { severity: error, message: (schemaMessage: string, found: string) => `${schemaMessage}, inte ${found}` },
} as const satisfies Record<string, CatalogueEntry>;

// ---------------------------------------------------------------------------
// Validate, step 2: rules that need the whole dataset (or mapping)

const MEANING = {
  "unknown-indicator": {
    severity: error,
    message: (key: string, suggestion?: string) => `"${key}" är ingen indikator i indicators${didYouMean(suggestion)}`,
  },
  "value-range": {
    severity: error,
    message: (n: number, unit: Unit) => `${formatDataNumber(n)} ligger utanför 0–100 för enheten ${UNIT_SV[unit]}`,
  },
  "value-range/negative": {
    severity: error,
    message: (n: number, unit: Unit) => `${formatDataNumber(n)} får inte vara negativt för enheten ${UNIT_SV[unit]}`,
  },
  "unknown-group": { severity: error, message: (id: string) => `gruppen "${id}" finns inte i groups` },
  "duplicate-code": {
    severity: error,
    message: (code: string, line: number, name?: string) => `koden "${code}" förekommer redan på rad ${line}${name ? ` (${name})` : ""}`,
  },
  "duplicate-indicator": { severity: error, message: (id: string, line: number) => `indikatorn "${id}" förekommer redan på rad ${line}` },
  "duplicate-group": { severity: error, message: (id: string, line: number) => `gruppen "${id}" förekommer redan på rad ${line}` },
  "duplicate-kpi": { severity: error, message: (kpi: string, line: number) => `Kolada-id "${kpi}" förekommer redan på rad ${line}` },
  "no-results-for-year": { severity: error, message: (year: number) => `ingen kommun har resultat för ${year}` },
  "output-write": {
    severity: error,
    message: (folder: string, why: string, code: string, todo: string) =>
      `kan inte skriva till ${folder}: ${why} (${code}). ${todo} och kör sedan samma kommando igen; det som redan är klart görs inte om.`,
  },
  "output-locked": {
    severity: error,
    message: (dir: string, pid: number, host: string, started: string, lockFile: string) =>
      `${dir} används redan av en annan körning av kommunpress (process ${pid}${host}, startad ${started}). ` +
      `Vänta tills den är klar eller välj en annan mapp med --out. Pågår ingen sådan körning kan du ta bort ${lockFile}.`,
  },
  "unit-count": {
    severity: error,
    message: () => "enheten count (antal) kan inte skrivas i ett pressmeddelande; använd percent, index, hours, minutes eller seconds",
  },
  "threshold-order": {
    severity: error,
    message: (strong: number, same: number) =>
      `strong (${formatDataNumber(strong)}) får inte vara mindre än same (${formatDataNumber(same)})`,
  },
  "no-previous-year": {
    severity: warning,
    message: (previous: number) => `inga resultat för ${previous}; jämförelse med föregående år utelämnas`,
    title: "inga resultat för föregående år",
  },
  "no-quote": {
    severity: warning,
    message: () => "inget citat; pressmeddelandet får en platshållare [CITAT: …]",
    title: "inget citat",
  },
} as const satisfies Record<string, CatalogueEntry>;

// ---------------------------------------------------------------------------
// Release warnings made while composing the text (src/phrase: still passes
// its own wording; only the titles are used from here so far)

const COMPOSE = {
  "no-contact": {
    severity: warning,
    message: () => "ingen kontaktperson; pressmeddelandet har en platshållare [KONTAKT: …]",
    title: "ingen kontaktperson",
  },
  "no-about": {
    severity: warning,
    message: (label: string) => `ingen om-text; pressmeddelandet har en platshållare ${label} …]`,
    title: "ingen om-text",
  },
  "no-date": { severity: warning, message: () => "inget datum; datumraden har en platshållare [DATUM]", title: "inget datum" },
  "national-incomplete": {
    severity: warning,
    message: (withResults: number, participants: number) =>
      `datafilen har resultat för ${withResults} av ${participants} deltagande kommuner; ` +
      "snitt som räknas fram, högst och lägst, antal kommuner och kommungrupper utelämnas",
  },
  "yaml-syntax/phrase-bank": { severity: error, message: (code: string) => `ogiltig YAML i frasbanken (${code})` },
  "phrase-bank/unknown-slot": { severity: error, message: (slot: string) => `okänd situation "${slot}" i frasbanken` },
  "phrase-bank/not-a-list": { severity: error, message: () => "ska vara en lista med varianter" },
  "phrase-bank/not-text": { severity: error, message: () => "varje variant ska vara en text" },
  "phrase-bank/unknown-token": {
    severity: error,
    message: (token: string, allowed: readonly string[]) =>
      `okänd platshållare {${token}}; här går det att använda ${allowed.map((a) => `{${a}}`).join(", ")}`,
  },
  "phrase-bank/lone-brace": { severity: error, message: () => "ensam klammerparentes i varianten" },
  "phrase-bank/duplicate": { severity: error, message: () => "samma variant står två gånger" },
  "phrase-bank/too-few": { severity: error, message: (min: number, n: number) => `behöver minst ${min} varianter, har ${n}` },
  "phrase-bank/missing-slot": { severity: error, message: (slot: string) => `situationen "${slot}" saknas i frasbanken` },
  "phrase-bank-exhausted": {
    severity: warning,
    message: (slot: string) => `frasbanken har för få varianter för "${slot}"; en variant upprepas`,
    title: "frasbanken räckte inte till",
  },
} as const satisfies Record<string, CatalogueEntry>;

// ---------------------------------------------------------------------------
// Kolada: responses, fetching, import

const KOLADA = {
  "kolada-empty": { severity: error, message: () => "svaret är tomt" },
  "kolada-format/not-envelope": { severity: error, message: (found: string) => `${FILE_SHAPES.koladaResponse}, inte ${found}` },
  "kolada-format/no-values": { severity: error, message: () => `fältet values saknas; filen ${FILE_SHAPES.koladaResponse}` },
  "kolada-metadata": {
    severity: error,
    message: () =>
      "innehåller Koladas metadata (id, title), inte data; spara svar från /v3/data/kpi/<id>/municipality/<kod>/year/<år>",
  },
  "kolada-ou": {
    severity: error,
    message: () => "innehåller data för organisatoriska enheter (ou); bara data per kommun (municipality) kan importeras",
  },
  "kolada-more": { severity: error, message: (n: number) => `… och ${n} fel till i samma fil` },
  "kolada-empty-folder": { severity: error, message: () => "mappen innehåller inga .json-filer med Kolada-svar" },
  "file-unreadable/kolada": { severity: error, message: (detail: string) => `filen går inte att läsa (${detail})` },
  "kolada-missing-page": {
    severity: warning,
    message: (next: string) =>
      `svaret fortsätter på en sida som inte finns bland filerna (next_url: ${next}); ta med alla sidor, annars saknas värden`,
  },
  "kolada-fetch/network": {
    severity: error,
    message: (host: string, detail: string, attempts: number) =>
      `kunde inte nå ${host} (${detail}) efter ${attempts} försök; kontrollera nätverksanslutningen (och eventuell proxy) eller försök igen senare`,
  },
  "kolada-fetch/timeout": {
    severity: error,
    message: (host: string, seconds: number, attempts: number) =>
      `${host} svarade inte inom ${secondsText(seconds)} (${attempts} försök, ${secondsText(seconds * attempts)} sammanlagt); ` +
      "försök igen senare eller ge mer tid med --timeout",
  },
  "kolada-fetch/rate-limited": {
    severity: error,
    message: (host: string, attempts: number) =>
      `${host} svarade 429 (för många anrop) på ${attempts} försök; vänta några minuter och kör igen (svar som redan hämtats ligger kvar i cachen)`,
  },
  "kolada-fetch/retry-after": {
    severity: error,
    message: (host: string, seconds: number) =>
      `${host} svarade 429 (för många anrop) och ber oss vänta ${formatSeconds(seconds)} sekunder; kör igen senare (svar som redan hämtats ligger kvar i cachen)`,
  },
  "kolada-fetch/server-error": {
    severity: error,
    message: (host: string, status: number, statusText: string, attempts: number) =>
      `${host} svarade ${statusLabel(status, statusText)} på ${attempts} försök; Kolada har problem just nu, försök igen senare`,
  },
  "kolada-fetch/bad-request": {
    severity: error,
    message: (host: string) =>
      `${host} svarade 400 (felaktig fråga); kontrollera KPI-id (t.ex. N00671), kommunkoder (fyra siffror) och år`,
  },
  "kolada-fetch/not-found": {
    severity: error,
    message: (host: string, base: string) => `${host} svarade 404 (finns inte); kontrollera --base-url (${base}) och KPI-id`,
  },
  "kolada-fetch/other-status": {
    severity: error,
    message: (host: string, status: number, statusText: string) =>
      `${host} svarade ${statusLabel(status, statusText)}; kontrollera frågan eller försök igen senare`,
  },
  "kolada-fetch/paging-loop": {
    severity: error,
    message: (host: string) => `${host} pekade på en sida som redan hämtats (next_url går i cirkel); hämtningen avbröts`,
  },
  "kolada-fetch/too-many-pages": {
    severity: error,
    message: (max: number) => `fler än ${max} sidor; hämtningen avbröts (begränsa frågan med --municipality eller --year)`,
  },
  "kolada-fetch/foreign-next": {
    severity: error,
    message: (host: string, next: string) => `nästa sida (${next}) ligger inte på ${host}; hämtningen avbröts`,
  },
  "kolada-fetch/cache-write": {
    severity: error,
    message: (dir: string, detail: string) => `kunde inte spara svaret i cachen ${dir} (${detail}); ange en annan mapp med --cache`,
  },
  "kolada-no-values/fetch": {
    severity: error,
    message: (kpis: readonly string[], years: readonly number[] | undefined) =>
      `Kolada har inga värden för ${kpis.join(", ")} för ${years === undefined ? "något år" : years.join(", ")}; kontrollera KPI-id och år (Servicemätningen finns från 2022)`,
  },
  "kolada-no-values": {
    severity: error,
    message: (kpis: readonly string[]) =>
      `svaren innehåller inga värden för någon kommun för mappningsfilens nyckeltal (${kpis.join(", ")})`,
  },
  "kolada-year-missing": {
    severity: error,
    message: (year: number, present: readonly number[]) => `inga värden för ${year} i svaren (år med värden: ${present.join(", ")})`,
  },
  "period-missing": {
    severity: error,
    message: (year: number) =>
      `mätperioden för ${year} saknas: ange --period (t.ex. --period v11-v19 eller --period ${year}-03-11:${year}-05-10) ` +
      `eller lägg till survey.period (eller years.${year}.period) i mappningsfilen`,
  },
  "kolada-unmapped": {
    severity: warning,
    message: (kpis: readonly string[]) => `nyckeltalen ${kpis.join(", ")} finns inte i mappningsfilen; deras värden används inte`,
  },
  "kolada-unknown-code": {
    severity: warning,
    message: (codes: readonly string[]) =>
      `koderna ${listSome(codes)} är inga kommuner i referensdata (regioner?); deras värden används inte`,
  },
  "kolada-unknown-group": {
    severity: warning,
    message: (ids: readonly string[]) => `grupperna ${listSome(ids)} är inga kommungrupper i referensdata; deras värden används inte`,
  },
  "kolada-no-national": {
    severity: warning,
    message: (year: number) => `svaren saknar värden för riket (0000) ${year}; jämförelser med riket utelämnas`,
  },
  "kolada-computed-groups": {
    severity: warning,
    message: () =>
      "svaren saknar Koladas gruppvärden (G…): kommungruppernas värden räknades fram som ovägt medel av kommunerna i svaren",
  },
  "kolada-indicator-empty": {
    severity: warning,
    message: (kpi: string, id: string, year: number) => `${kpi} (${id}) har inga värden för ${year}`,
  },
  "kolada-conflict": {
    severity: warning,
    message: (kpi: string, code: string, year: number, a: number, b: number) =>
      `${kpi} för ${code} ${year} förekommer med två olika värden (${formatNum(a)} och ${formatNum(b)}); det senare används`,
  },
  "kolada-null-value": {
    severity: warning,
    message: (kpi: string, unit: string, year: number) => `${kpi} för ${unit} ${year} har inget värde (null) i svaret; det hoppas över`,
  },
  "kolada-null-value/more": { severity: warning, message: (n: number) => `… och ${n} tomma värden (null) till i samma svar` },
} as const satisfies Record<string, CatalogueEntry>;

// ---------------------------------------------------------------------------
// Releases, templates and rendering

const RELEASE = {
  "no-results-for-year/municipality": {
    severity: error,
    message: (name: string, code: string, year: number) => `${name} (${code}) har inga resultat för ${year}`,
  },
  "national-no-data": {
    severity: error,
    message: (year: number, withResults: number, participants: number) =>
      `inget att sammanfatta för riket ${year}: datafilen har inga värden under national för året ` +
      `och resultat för ${withResults} av ${participants} deltagande kommuner`,
  },
  "template/style-end": { severity: error, message: () => "stilmallen får inte innehålla </style>" },
  /** The embedded fonts' CSS (from the font package) holds something a stylesheet must not. */
  "template/font-css": { severity: error, message: () => "typsnittens CSS innehåller otillåtna konstruktioner" },
  "template/undefined": { severity: error, message: (name: string) => `mallen använder {{${name}}}, som inte finns` },
  "template/syntax": { severity: error, message: (detail: string) => `fel i mallen: ${detail}` },
  "template-unreadable": {
    severity: error,
    message: (what: "mallen" | "mappen med delmallar", why: string) => `${what} kan inte läsas: ${why}`,
  },
  "template-missing": { severity: error, message: (name: string) => `mallen ${name} finns inte` },
  "output-guard": { severity: error, message: (what: string, context: string) => `texten innehåller ${what}: "…${context}…"` },
  "output-guard/unit": {
    severity: error,
    message: (numbers: readonly string[], sentence: string) => `talet ${numbers.join(", ")} saknar enhet i meningen "${sentence}"`,
  },
  "index-link": {
    severity: error,
    message: (value: string) => `${JSON.stringify(value)} är inget giltigt mapp- eller filnamn för en länk på indexsidan`,
  },
  "font-missing": { severity: error, message: (name: string) => `typsnittet ${name} saknas`, hint: "kör npm install" },
  "logo-missing": { severity: error, message: (file: string) => `logotypen ${file} går inte att läsa` },
  "logo-format": { severity: error, message: (file: string) => `logotypen ${file} är inte en PNG-, JPEG- eller SVG-fil` },
  /** A logo handed to the HTML renderer that is not an image data: URL. */
  "logo-format/data-url": {
    severity: error,
    message: () => "logotypen måste vara en PNG-, JPEG- eller SVG-bild (data:-URL, base64)",
  },
  /** The finished HTML page holds something that could run (what: "elementet <script>", "attributet onclick", …). */
  "html-guard": { severity: error, message: (what: string) => `HTML-sidan innehåller ${what}` },
  "pdf-timeout": { severity: error, message: (ms: number) => `PDF: tidsgränsen på ${pdfSeconds(ms)} överskreds` },
  "pdf-render": { severity: error, message: (detail: string) => `PDF: kunde inte skapa dokumentet: ${detail}` },
} as const satisfies Record<string, CatalogueEntry>;

// ---------------------------------------------------------------------------
// The browser that makes PDFs

const BROWSER = {
  "browser-missing": {
    severity: error,
    message: () =>
      [
        "Ingen webbläsare hittades för PDF (Chromium eller Google Chrome behövs).",
        "Installera Chromium, på Debian/Ubuntu: sudo apt-get install chromium",
        "eller ange en befintlig webbläsare med --browser <sökväg> eller miljövariabeln PUPPETEER_EXECUTABLE_PATH.",
        "Formaten md, html och json fungerar utan webbläsare.",
      ].join("\n"),
  },
  "browser-path": {
    severity: error,
    message: (file: string, from: string) => `webbläsaren ${file} (från ${from}) finns inte eller är ingen körbar fil`,
  },
  "browser-launch": { severity: error, message: (executable: string, detail: string) => `kunde inte starta webbläsaren ${executable}: ${detail}` },
  "browser-crashed": {
    severity: error,
    message: (executable: string, times: number) => `webbläsaren ${executable} har stängts oväntat ${times} gånger; ger upp`,
  },
  "page-crashed": {
    severity: error,
    message: () => "webbläsarens sida kraschade två gånger i rad när dokumentet skulle skapas",
  },
  "browser-closed": { severity: error, message: () => "webbläsaren är redan stängd" },
} as const satisfies Record<string, CatalogueEntry>;

// ---------------------------------------------------------------------------
// Batch output, approvals and publishing

function manifestUnreadable(name: string, why: string): string {
  return `${name} kunde inte läsas (${why}); alla pressmeddelanden görs om`;
}

const OUTPUT = {
  "manifest-unreadable": { severity: warning, message: (name: string) => manifestUnreadable(name, "filen kan inte läsas") },
  "manifest-unreadable/json": { severity: warning, message: (name: string) => manifestUnreadable(name, "ogiltig JSON") },
  "manifest-unreadable/format": { severity: warning, message: (name: string) => manifestUnreadable(name, "fel format") },
  "approvals-unreadable": { severity: error, message: () => "filen med godkännanden kan inte läsas" },
  "approvals-invalid": {
    severity: error,
    message: () => "filen med godkännanden har fel format",
    hint: "inga godkännanden används",
  },
  "approvals-invalid/json": {
    severity: error,
    message: () => "filen med godkännanden är inte giltig JSON",
    hint: "inga godkännanden används",
  },
  /** Terminal, after a batch: a file changed by hand was kept (label: "0126 Huddinge"). */
  "hand-edit-kept": {
    severity: warning,
    message: (label: string, file: string, keptAs: string) =>
      `${label}: ${file} var ändrad för hand och skrevs inte över; din version finns kvar som ${keptAs}.`,
  },
  // Why `kommunpress publish` left a release out ("Hoppade över 0115 Vallentuna: inte godkänd").
  "publish-skipped/not-approved": { severity: warning, message: () => "inte godkänd" },
  /** reasons: what changed since the approval (approvals.ts changeReasons: "datat har ändrats", …). */
  "publish-skipped/changed": {
    severity: warning,
    message: (reasons: readonly string[]) => `ändrad efter godkännande (${reasons.join(", ")})`,
  },
  "publish-skipped/failed": { severity: warning, message: (detail: string) => `kunde inte göras: ${detail}` },
  /** problems: the municipality's data errors, each formatted as the CLI prints it. */
  "publish-skipped/data-errors": {
    severity: warning,
    message: (problems: readonly string[]) => `fel i underlaget: ${problems.join("; ")}`,
  },
  /** A release over every municipality (riket) while some municipality's data has errors. */
  "publish-skipped/data-errors-elsewhere": { severity: warning, message: () => "fel i underlaget för en eller flera kommuner" },
  "publish-skipped/not-in-data": { severity: warning, message: () => "finns inte längre i datafilen" },
} as const satisfies Record<string, CatalogueEntry>;

// ---------------------------------------------------------------------------
// The preview: its own errors, and the Swedish texts of its HTTP error pages

/** An HTTP error page of the preview: the entry also fixes the status it is sent with. */
export interface HttpEntry extends CatalogueEntry {
  status: number;
}

const PREVIEW = {
  /** Something failed that no stage reported as a message (the first line of the error). */
  unexpected: { severity: error, message: (detail: string) => `oväntat fel: ${detail}` },
  /** The same, in a trial render of edited texts: the error's own text as it is. */
  "unexpected/detail": { severity: error, message: (detail: string) => detail },
  /** Why a municipality in the data has no release (preview: index page, 404 page). years: those it has results for. */
  "no-release/no-results": {
    severity: warning,
    message: (year: string, years: readonly string[]) =>
      `datafilen har inga resultat för ${year}${years.length > 0 ? ` (bara för ${joinList(years)})` : ""}`,
  },
  "no-release": { severity: warning, message: () => "inget pressmeddelande görs för kommunen" },
  /** The PDF tab of a release that has no version to print (its data or texts have errors). */
  "nothing-to-print": { severity: error, message: () => "Det finns ingen version att skapa PDF av." },
} as const satisfies Record<string, CatalogueEntry>;

const HTTP = {
  "http-bad-target": { status: 400, severity: error, message: () => "Ogiltig adress." },
  "http-forbidden/host": {
    status: 403,
    severity: error,
    message: () => "Okänd värd i Host-huvudet. Öppna förhandsgranskningen via 127.0.0.1 eller localhost.",
  },
  "http-forbidden/origin": { status: 403, severity: error, message: () => "Ändringar tas bara emot från förhandsgranskningens egna sidor." },
  "http-forbidden/cross-site": {
    status: 403,
    severity: error,
    message: () =>
      "Filerna skapas bara på begäran från förhandsgranskningens egna sidor. Öppna förhandsgranskningen och hämta filen därifrån.",
  },
  "http-forbidden/token": {
    status: 403,
    severity: error,
    message: () => "Formuläret är för gammalt eller kommer inte från förhandsgranskningen. Ladda om sidan och försök igen.",
  },
  "http-not-found": { status: 404, severity: error, message: () => "Sidan finns inte." },
  "http-not-found/file": { status: 404, severity: error, message: () => "Filen finns inte." },
  "http-not-found/unknown-id": {
    status: 404,
    severity: error,
    message: () => "Det finns inget pressmeddelande med den koden i datafilen.",
  },
  "http-not-found/release": { status: 404, severity: error, message: (id: string) => `Det finns inget pressmeddelande för ${id}.` },
  /** why: the kind's reason the municipality has no release (e.g. no results for the year). */
  "http-not-found/release-why": {
    status: 404,
    severity: error,
    message: (name: string, id: string, why: string) => `Det finns inget pressmeddelande för ${name} (${id}): ${why}.`,
  },
  "http-not-found/nothing-to-show": { status: 404, severity: error, message: () => "Det finns ingen version av pressmeddelandet att visa." },
  "http-method-not-allowed": { status: 405, severity: error, message: () => "Metoden stöds inte här." },
  /** problems: the municipality's data errors, each formatted as the CLI prints it. */
  "http-conflict/excluded": {
    status: 409,
    severity: error,
    message: (id: string, problems: readonly string[]) => `Pressmeddelandet för ${id} kan inte göras: ${problems.join("; ")}`,
  },
  "http-conflict/approvals-file": {
    status: 409,
    severity: error,
    message: (reasons: readonly string[], file: string) => `${reasons.join("; ")} (${file}). Rätta eller ta bort filen.`,
  },
  "http-conflict/not-approvable": {
    status: 409,
    severity: error,
    message: () => "Pressmeddelandet kan inte godkännas just nu: underlaget eller pressmeddelandet har fel.",
  },
  "http-conflict/changed": {
    status: 409,
    severity: error,
    message: () => "Pressmeddelandet har ändrats sedan sidan visades. Gå tillbaka, granska den nya versionen och godkänn den.",
  },
  "http-too-large": {
    status: 413,
    severity: error,
    message: (limitBytes: number) => `Formuläret är för stort (högst ${Math.round(limitBytes / 1024)} kB).`,
  },
  "http-unsupported-type": {
    status: 415,
    severity: error,
    message: () => "Formuläret ska skickas som application/x-www-form-urlencoded.",
  },
  "http-internal": {
    status: 500,
    severity: error,
    message: () => "Något gick fel i förhandsgranskningen. Se terminalen för detaljer.",
  },
  /** detail: why the PDF could not be printed (the browser's messages), when known. */
  "http-unavailable/pdf": {
    status: 503,
    severity: error,
    message: (detail: string | null) => detail ?? "PDF:en kunde inte skapas.",
  },
  "http-unavailable/file": {
    status: 503,
    severity: error,
    message: (format: "docx" | "png", detail: string) => `${format === "docx" ? "Word-filen" : "Bilden"} kunde inte skapas: ${detail}`,
  },
} as const satisfies Record<string, HttpEntry>;

// ---------------------------------------------------------------------------
// The catalogue and its helpers

export const CATALOGUE = {
  ...USAGE,
  ...LOAD,
  ...EDITORIAL,
  ...SHAPE,
  ...MEANING,
  ...COMPOSE,
  ...KOLADA,
  ...RELEASE,
  ...BROWSER,
  ...OUTPUT,
  ...PREVIEW,
  ...HTTP,
} as const satisfies Record<string, CatalogueEntry>;

export type MessageId = keyof typeof CATALOGUE;

/** The parameters of an entry's message function. */
export type ParamsOf<K extends MessageId> = Parameters<(typeof CATALOGUE)[K]["message"]>;

/** Where a message points: the file, the data path, the position in the file. */
export interface Where {
  file?: string | undefined;
  path?: string | undefined;
  position?: Position | undefined;
}

/** The rule an id belongs to: the part before the slash. */
export function ruleIdOf(id: MessageId): string {
  const slash = id.indexOf("/");
  return slash === -1 ? id : id.slice(0, slash);
}

/** The entry's Swedish text: the message, then its hint after "; ". */
export function reasonFor<K extends MessageId>(id: K, ...params: ParamsOf<K>): string {
  const entry: CatalogueEntry = CATALOGUE[id];
  const message = (entry.message as (...p: ParamsOf<K>) => string)(...params);
  return entry.hint === undefined ? message : `${message}; ${entry.hint}`;
}

/** A Message for catalogue entry `id`, at `where` (keys only when set). */
export function messageFor<K extends MessageId>(id: K, where: Where, ...params: ParamsOf<K>): Message {
  const m: Message = { ruleId: ruleIdOf(id), severity: CATALOGUE[id].severity, reason: reasonFor(id, ...params) };
  if (where.file !== undefined) m.file = where.file;
  if (where.path !== undefined) m.path = where.path;
  if (where.position !== undefined) m.position = where.position;
  return m;
}

export type HttpMessageId = keyof typeof HTTP;

/** The HTTP status a preview error page `id` is sent with. */
export function httpStatusOf(id: HttpMessageId): number {
  return HTTP[id].status;
}

/** The short titles of warnings, by ruleId ("no-quote" → "inget citat"). */
export const WARNING_TITLES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CATALOGUE as Record<string, CatalogueEntry>).flatMap(([id, e]) =>
    e.title === undefined ? [] : [[ruleIdOf(id as MessageId), e.title]],
  ),
);
