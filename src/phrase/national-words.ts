// phrase, national summary: the small word helpers both the release's
// composer (national.ts) and its body sentences (national-body.ts) use.
import type { Extreme, MunicipalityRef, NationalAnalysis } from "../analyse/national.js";
import type { Indicator } from "../schema.js";
import type { Mentions } from "./story.js";
import { countPhrase, formatNumber, formatValue, joinList, NBSP, numberWord, ordinal } from "./swedish.js";

export type Say = (slot: string, values: Record<string, string>) => string;

export interface NationalContext {
  say: Say;
  mentions: Mentions;
  analysis: NationalAnalysis;
}

/** More tied municipalities than this are counted ("fem kommuner"), not named. */
export const MAX_NAMED = 4;

/**
 * Counts of the same kind in one sentence are written alike (SPRAK.md): words
 * for one to twelve unless any of them needs digits, then digits for all.
 */
export function alikeCounts(ns: readonly number[], singular = "kommun", plural = "kommuner"): string[] {
  const digits = ns.some((n) => numberWord(n) === undefined);
  return ns.map((n) => (digits ? `${formatNumber(n)}${NBSP}${n === 1 ? singular : plural}` : countPhrase(n, singular, plural)));
}

/** `Kramfors`, `Höganäs och Kävlinge`; more than MAX_NAMED: a count, written like `others`. */
export function membersPhrase(e: Extreme<{ name: string }>, countText: string): string {
  // A name with a comma in it is quoted, or the list reads as more names.
  return e.members.length > MAX_NAMED ? countText : joinList(e.members.map((m) => (m.name.includes(",") ? `”${m.name}”` : m.name)));
}

/** The members of a tier, named (up to four) or counted in words ("nio kommuner"). */
export function tierPhrase(e: Extreme<MunicipalityRef>): string {
  return membersPhrase(e, countPhrase(e.members.length, "kommun", "kommuner"));
}

/** `från 83 procent till 85 procent`, `från index 83 till index 85` (low to high; every number with its unit). */
export function spanPhrase(a: number, b: number, unit: Indicator["unit"]): string {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return `från ${formatValue(lo, unit, "text")} till ${formatValue(hi, unit, "text")}`;
}

const ORDINAL_WORDS = ["", "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde", "elfte", "tolfte"];

/** `andra` (året i rad) for 2, … `tolfte`; digits beyond (`13:e`). */
export function ordinalWord(n: number): string {
  return ORDINAL_WORDS[n] ?? ordinal(n);
}

/** Within this share of a whole multiple it is said as exact ("dubbelt så många"); within NEAR_MULTIPLE, "drygt"/"nästan". */
const EXACT_MULTIPLE = 0.01;
const NEAR_MULTIPLE = 0.1;

/** `dubbelt så många`, `drygt sju gånger så många`, `nästan fyra gånger så många`, `mer än dubbelt så många` (ratio ≥ 2). */
export function multiplePhrase(ratio: number): string {
  const base = (n: number): string => (n === 2 ? "dubbelt så många" : `${numberWord(n, "ett") ?? formatNumber(n)} gånger så många`);
  const whole = Math.round(ratio);
  const rel = (ratio - whole) / whole;
  if (Math.abs(rel) < EXACT_MULTIPLE) return base(whole);
  if (Math.abs(rel) < NEAR_MULTIPLE) return `${rel > 0 ? "drygt" : "nästan"} ${base(whole)}`;
  return `mer än ${base(Math.floor(ratio))}`;
}

