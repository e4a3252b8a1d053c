// swedish: small, pure helpers that write numbers, dates, lists and names the
// way /work/shared/SPRAK.md (the project's Swedish style sheet) says. No I/O,
// no clock, no locale of the machine: the output is the same everywhere.

import type { Indicator } from "../schema.js";
/** No-break space: between a number and its unit, and in digit groups. */
export const NBSP = "\u00A0";
const EN_DASH = "\u2013";
const MINUS = "\u2212";

export type UnitKind = "percent" | "index" | "hours" | "minutes" | "seconds" | "count";
/** Running text vs tables, charts and fact boxes. */
export type Context = "text" | "table";
export type Gender = "en" | "ett";

// ---------------------------------------------------------------- numbers

const formatters = new Map<number, Intl.NumberFormat>();

function formatter(maxDecimals: number): Intl.NumberFormat {
  let f = formatters.get(maxDecimals);
  if (f === undefined) {
    f = new Intl.NumberFormat("sv-SE", {
      minimumFractionDigits: 0,
      maximumFractionDigits: maxDecimals,
      useGrouping: true,
      // "negative" never shows a sign for zero, so -0 and -0.04 give "0".
      signDisplay: "negative",
    });
    formatters.set(maxDecimals, f);
  }
  return f;
}

/**
 * `12 345`, `1 234,5`, `−3`: digit groups with U+00A0, decimal comma, minus
 * U+2212. Rounds half away from zero to at most `maxDecimals` decimals and
 * drops trailing zeros. Throws on NaN and ±Infinity.
 */
export function formatNumber(n: number, maxDecimals = 1): string {
  if (!Number.isFinite(n)) throw new RangeError(`Cannot format ${String(n)} as a number`);
  if (!Number.isInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > 20) {
    throw new RangeError(`maxDecimals must be an integer 0–20, got ${String(maxDecimals)}`);
  }
  // Most figures in a release: small whole numbers, the same in every locale.
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  return formatter(maxDecimals)
    .format(n)
    .replace(/[\u202F ]/g, NBSP)
    .replace(/-/g, MINUS);
}

// Every significant digit JavaScript's shortest form of a number has (at most
// 17), no digit groups: the number as it was typed.
const asTyped = new Intl.NumberFormat("sv-SE", { maximumSignificantDigits: 21, useGrouping: false, signDisplay: "negative" });

/**
 * A number from the user's data, in a message about it: `104`, `2019,5`,
 * `-0,5`. Decimal comma, but every decimal kept, no digit groups and an ASCII
 * minus, so the value reads as typed and can be searched for in the file.
 * What JavaScript writes with an exponent (`1e+21`), NaN and ±Infinity are
 * shown as JavaScript writes them.
 */
export function formatDataNumber(n: number): string {
  const typed = String(n);
  if (!Number.isFinite(n) || /e/i.test(typed)) return typed.replace(".", ",");
  return asTyped.format(n).replace(/\u2212/g, "-");
}

/** Years are never grouped: `2019`. */
export function formatYear(y: number): string {
  if (!Number.isInteger(y)) throw new RangeError(`Not a year: ${String(y)}`);
  return String(y);
}

/** Singular when the number as shown is exactly one ("1 timme", but "1,5 timmar"). */
function isOne(formatted: string): boolean {
  return formatted === "1" || formatted === `${MINUS}1`;
}

function withNoun(formatted: string, singular: string, plural: string): string {
  return `${formatted}${NBSP}${isOne(formatted) ? singular : plural}`;
}

/**
 * A value with its unit. Text: `98 procent`, `index 84`, `3 timmar`,
 * `5 minuter`, `60 sekunder`. Table: `90 %`, `84`, `3 tim`, `5 min`, `60 s`.
 * A count is just the number; the caller adds the noun.
 */
export function formatValue(n: number, unit: UnitKind, ctx: Context = "text"): string {
  const num = formatNumber(n);
  if (ctx === "table") {
    switch (unit) {
      case "percent":
        return `${num}${NBSP}%`;
      case "hours":
        return `${num}${NBSP}tim`;
      case "minutes":
        return `${num}${NBSP}min`;
      case "seconds":
        return `${num}${NBSP}s`;
      case "index":
      case "count":
        return num;
    }
  }
  switch (unit) {
    case "percent":
      return `${num}${NBSP}procent`;
    case "index":
      return `index${NBSP}${num}`;
    case "hours":
      return withNoun(num, "timme", "timmar");
    case "minutes":
      return withNoun(num, "minut", "minuter");
    case "seconds":
      return withNoun(num, "sekund", "sekunder");
    case "count":
      return num;
  }
}

/**
 * The size of a change or gap, without sign (the sentence carries the
 * direction): `19 procentenheter`, `1 procentenhet`, `3 enheter`, `2 timmar`.
 */
export function formatDifference(diff: number, unit: UnitKind): string {
  const magnitude = Math.abs(diff);
  switch (unit) {
    case "percent":
      return withNoun(formatNumber(magnitude), "procentenhet", "procentenheter");
    case "index":
      return withNoun(formatNumber(magnitude), "enhet", "enheter");
    default:
      return formatValue(magnitude, unit, "text");
  }
}

// ------------------------------------------------------- dates and times

const MONTHS = [
  "januari", "februari", "mars", "april", "maj", "juni",
  "juli", "augusti", "september", "oktober", "november", "december",
] as const;
// Indexed by Date.getUTCDay(): 0 is Sunday.
const WEEKDAYS = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"] as const;

/** `23 januari 2020`, or `torsdag 23 januari 2020`. Throws unless `iso` is a real YYYY-MM-DD date. */
export function formatDate(iso: string, opts: { weekday?: boolean } = {}): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`Not a date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  }
  const text = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return opts.weekday ? `${WEEKDAYS[date.getUTCDay()]} ${text}` : text;
}

function clock(hhmm: string): string {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(hhmm);
  const h = Number(m?.[1]);
  const min = Number(m?.[2]);
  if (!m || h > 23 || min > 59) throw new RangeError(`Not a time (HH:MM): ${JSON.stringify(hhmm)}`);
  return `${h}.${m[2]}`;
}

/** `15:00` → `kl. 15.00`; `09:00` → `kl. 9.00`. */
export function formatTime(hhmm: string): string {
  return `kl. ${clock(hhmm)}`;
}

/** `kl. 9.00–15.30`. */
export function formatTimeRange(from: string, to: string): string {
  return `kl. ${clock(from)}${EN_DASH}${clock(to)}`;
}

/** `41–46` (en dash, no spaces); one number when both ends are equal. */
export function formatRange(a: number, b: number): string {
  const from = formatNumber(a);
  const to = formatNumber(b);
  return from === to ? from : `${from}${EN_DASH}${to}`;
}

/** `vecka 41–46`, or `vecka 41`. */
export function formatWeeks(from: number, to: number): string {
  return `vecka ${formatRange(from, to)}`;
}

// ------------------------------------------------------ words for numbers

/** `1:a`, `2:a`, `3:e`, `11:e`, `12:e`, `21:a`, `101:a`, `111:e`. */
export function ordinal(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`No ordinal for ${String(n)}`);
  const lastTwo = n % 100;
  const last = n % 10;
  const suffix = (last === 1 || last === 2) && lastTwo !== 11 && lastTwo !== 12 ? "a" : "e";
  return `${formatNumber(n, 0)}:${suffix}`;
}

const ORDINAL_WORDS = ["", "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde"] as const;

/** `första` … `tionde` ("för tredje året i rad"); undefined beyond ten. */
export function ordinalWord(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 10) return undefined;
  return ORDINAL_WORDS[n];
}

const NUMBER_WORDS = [
  "", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
] as const;

/** The word for 1–12 (`en`/`ett`, `två` … `tolv`); undefined for anything else. */
export function numberWord(n: number, gender: Gender = "en"): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 12) return undefined;
  if (n === 1) return gender;
  return NUMBER_WORDS[n];
}

/**
 * A count with its noun: words for 1–12 (`tio kommuner`, `ett mätområde`),
 * digits otherwise (`13 kommuner`, `1 234 kommuner`, `0 kommuner`).
 */
export function countPhrase(n: number, singular: string, plural: string, gender: Gender = "en"): string {
  const noun = n === 1 ? singular : plural;
  const word = numberWord(n, gender);
  return word === undefined ? `${formatNumber(n)}${NBSP}${noun}` : `${word} ${noun}`;
}

// ------------------------------------------------------------------ lists

/**
 * `Lund, Malmö och Ystad`. When an item itself contains "och", the last item
 * is joined with "samt" so the list cannot be misread:
 * `bygglov, miljö och hälsa samt gator och vägar`.
 */
export function joinList(items: readonly string[], conj: "och" | "eller" = "och"): string {
  const last = items[items.length - 1];
  if (last === undefined) return "";
  if (items.length === 1) return last;
  const joiner = conj === "och" && items.some((i) => / och /.test(i)) ? "samt" : conj;
  return `${items.slice(0, -1).join(", ")} ${joiner} ${last}`;
}

// ------------------------------------------------------ approximate words

export interface Approximation {
  phrase: string;
  /** Number of the phrase as a subject: `var tredje är nöjd`, `åtta av tio är nöjda`. */
  agreement: "singular" | "plural";
}

interface Anchor {
  value: number;
  en: string;
  ett: string;
  agreement: "singular" | "plural";
  /** As the predicate of "andelen": "andelen var en tredjedel", never "var var tredje". */
  share: string;
}

function anchor(value: number, en: string, ett = en, agreement: Anchor["agreement"] = "plural", share = en): Anchor {
  return { value, en, ett, agreement, share };
}

// Ascending, so that a tie between two anchors goes to the lower one ("drygt").
const ANCHORS: readonly Anchor[] = [
  anchor(10, "en av tio", "ett av tio", "singular", "en tiondel"),
  anchor(20, "var femte", "vart femte", "singular", "en femtedel"),
  anchor(25, "var fjärde", "vart fjärde", "singular", "en fjärdedel"),
  anchor(30, "tre av tio"),
  anchor(100 / 3, "var tredje", "vart tredje", "singular", "en tredjedel"),
  anchor(40, "fyra av tio"),
  anchor(50, "hälften"),
  anchor(60, "sex av tio"),
  // (As a share "två tredjedelar": "Andelen … var två av tre (67 procent)" read as wrong Swedish, read JZ: Hörby.)
  anchor(200 / 3, "två av tre", "två av tre", "plural", "två tredjedelar"),
  anchor(70, "sju av tio"),
  anchor(75, "tre av fyra", "tre av fyra", "plural", "tre fjärdedelar"),
  anchor(80, "åtta av tio"),
  anchor(90, "nio av tio"),
  anchor(100, "alla"),
];

/** `x` as a literal in a regular expression (names and figures from the data). */
export const escapeRegExp = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An approximate word with its figure in brackets, as `approximate` and `valueAt` write it: "drygt hälften (53 procent)". */
export const APPROXIMATED = new RegExp(
  `\\b(?:(?:nästan|drygt) )?(?:${[...new Set(ANCHORS.flatMap((a) => [a.en, a.ett, a.share]))].map(escapeRegExp).join("|")}) \\((\\d+(?:,\\d+)?\u00A0procent)\\)`,
  "gu",
);

/**
 * A word picture of a share, to stand beside the exact figure: 53 → `drygt
 * hälften`, 48 → `nästan hälften`, 33 → `var tredje`, 98 → `nästan alla`.
 * The nearest anchor is used: within 0,5 → the phrase alone; 0,5–3 above →
 * `drygt`; 0,5–3 below → `nästan`; farther off (or below 5, above 100) →
 * undefined. The share is first rounded to one decimal, as it is displayed.
 * `share`: the form that is said of "andelen" (33 → `en tredjedel`).
 */
export function approximate(percent: number, gender: Gender | "share" = "en"): Approximation | undefined {
  if (!Number.isFinite(percent)) return undefined;
  const p = Math.round(percent * 10) / 10;
  if (p < 5 || p > 100) return undefined;
  let best: Anchor | undefined;
  for (const a of ANCHORS) {
    if (best === undefined || Math.abs(p - a.value) < Math.abs(p - best.value)) best = a;
  }
  if (best === undefined) return undefined;
  // Rounded so that float noise (e.g. 80.5 − 80) cannot move a boundary.
  const d = Math.round((p - best.value) * 1e6) / 1e6;
  const phrase = gender === "share" ? best.share : best[gender];
  let modifier: string;
  if (Math.abs(d) < 0.5) modifier = "";
  else if (d >= 0.5 && d <= 3) modifier = "drygt ";
  else if (d <= -0.5 && d >= -3) modifier = "nästan ";
  else return undefined;
  return { phrase: modifier + phrase, agreement: best.agreement };
}

/** `drygt hälften (53 procent)`, or just `16 procent` when no phrase fits. */
export function approximatePercent(percent: number, gender: Gender = "en"): string {
  const exact = formatValue(percent, "percent", "text");
  const approx = approximate(percent, gender);
  return approx === undefined ? exact : `${approx.phrase} (${exact})`;
}

// ------------------------------------------------------------ names, case

/**
 * Genitive: `s` on the last word, except after s, x and z.
 * `Lunds kommun` → `Lunds kommuns`, `Region Gotland` → `Region Gotlands`,
 * `Kramfors` → `Kramfors`.
 */
export function genitive(name: string): string {
  return name === "" || /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** First letter upper-case, Unicode-aware: `åtta` → `Åtta`. */
export function capitalize(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const ch = String.fromCodePoint(first);
  return ch.toLocaleUpperCase("sv-SE") + s.slice(ch.length);
}

/** First letter lower-case, Unicode-aware: `Åtta` → `åtta`. */
export function lowerFirst(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const ch = String.fromCodePoint(first);
  return ch.toLocaleLowerCase("sv-SE") + s.slice(ch.length);
}

// ------------------------------------------------------- text from the data

const UNIT_WORDS = "procent|procentenheter|procentenhet|sekunder|sekund|minuter|minut|timmar|timme|dagar|dag|arbetsdagar|arbetsdag|veckor|vecka|kommunerna|kommuner|kommun";

/**
 * A number and its unit in text from the data ("inom 60 sekunder") are kept
 * on one line: the plain space between them becomes a no-break space.
 */
export function keepNumberWithUnit(text: string): string {
  return text.replace(new RegExp(`(\\d) (${UNIT_WORDS})(?!\\p{L})`, "gu"), `$1${NBSP}$2`);
}

/**
 * The season of a survey period given in weeks, for the fact box ("hösten"):
 * undefined when the weeks span seasons or the turn of the year.
 */
export function seasonOfWeeks(from: number, to: number): string | undefined {
  const season = (w: number): string => (w <= 8 || w >= 49 ? "vintern" : w <= 22 ? "våren" : w <= 35 ? "sommaren" : "hösten");
  if (to < from) return undefined;
  const s = season(from);
  return s === season(to) && s !== "vintern" ? s : undefined;
}

/** The indicator in a headline: its short form, else its label. */
export function headlineName(ind: Pick<Indicator, "short" | "label">): string {
  return keepNumberWithUnit(ind.short ?? lowerFirst(ind.label));
}
