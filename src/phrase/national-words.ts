// phrase, national summary: the small word helpers both the release's
// composer (national.ts) and its body sentences (national-body.ts) use.
import type { Extreme, MunicipalityRef, NationalAnalysis } from "../analyse/national.js";
import type { Indicator } from "../schema.js";
import type { Mentions } from "./story.js";
import { countPhrase, formatNumber, formatValue, joinList, NBSP, numberWord, ordinal } from "./swedish.js";

export type Say = (slot: string, values: Record<string, string>) => string;

export interface NationalContext {
  say: Say;
  /** Like `say`, for a sentence that opens a section: prefers a first word no earlier opener used. */
  opener: Say;
  /** The bank has this slot (an optional table entry such as `läsarfraser.epost-en-dag`). */
  has: (slot: string) => boolean;
  mentions: Mentions;
  analysis: NationalAnalysis;
  /**
   * First years the release has said in full ("sedan mätningen började
   * 2014"): once is enough, later sentences say "sedan 2014" or "hittills".
   */
  startSaid: Set<number>;
}

/**
 * The slot suffix for a sentence that says when the survey began: "" the
 * first time for `firstYear` (the bank's variants say "sedan mätningen
 * började {förstaår}"), ".again" after that ("sedan {förstaår}",
 * "hittills"). Call it only for a sentence that is said.
 */
export function startSuffix(ctx: NationalContext, firstYear: number): "" | ".again" {
  if (ctx.startSaid.has(firstYear)) return ".again";
  ctx.startSaid.add(firstYear);
  return "";
}

/** More tied municipalities than this are counted ("fem kommuner"), not named. */
export const MAX_NAMED = 4;

/**
 * Counts of the same kind in one sentence are written alike (SPRAK.md): words
 * for one to twelve unless any of them needs digits, then digits for all.
 */
export function alikeCounts(ns: readonly number[], singular = "kommun", plural = "kommuner"): string[] {
  // A zero is said as "ingen" by the sentence, never as a figure: it does not force digits.
  const digits = ns.some((n) => n !== 0 && numberWord(n) === undefined);
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

/**
 * `mellan 83 och 85 procent`, `mellan index 83 och index 85` (low to high; the unit once, as in "(84 och 83 procent)").
 * "låg tätt, från 83 procent till 85 procent" read as a listing (read HP).
 */
export function spanPhrase(a: number, b: number, unit: Indicator["unit"]): string {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  if (unit === "index") return `mellan ${formatValue(lo, unit, "text")} och ${formatValue(hi, unit, "text")}`;
  return `mellan ${formatNumber(lo)} och ${formatValue(hi, unit, "text")}`;
}

const ORDINAL_WORDS = ["", "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde", "elfte", "tolfte"];

/** `andra` (året i rad) for 2, … `tolfte`; digits beyond (`13:e`). */
export function ordinalWord(n: number): string {
  return ORDINAL_WORDS[n] ?? ordinal(n);
}

/** Within this of a whole multiple it is said plainly ("fyra gånger så många"); 113 against 19 (5,95) is "nästan sex" (a read). */
const EXACT_WHOLE = 0.04;
/** Within this of a whole multiple it is "nästan"/"drygt" that multiple: 3,74 is "nästan fyra". */
const NEAR_WHOLE = 0.3;
/** Within this share of a half it is said plainly ("två och en halv gånger så många"). */
const EXACT_HALF = 0.01;
/** Halves are said only where the whole is a word ("tolv och en halv"); beyond, the nearest whole. */
const HALVES_BELOW = 12.5;
/** Float slack, so that 21/10 counts as 0,1 from two. */
const EPSILON = 1e-9;

/**
 * `dubbelt så många`, `nästan fyra gånger så många`, `drygt sju gånger så
 * många`, `drygt tre och en halv gånger så många` (ratio ≥ 2): the nearest
 * whole multiple, plainly within 0,1 and with "nästan"/"drygt" within 0,3;
 * further off, the half between (3,64 is "drygt tre och en halv", not
 * "nästan fyra").
 */
export function multiplePhrase(ratio: number): string {
  const words = (n: number): string => {
    const whole = Math.floor(n);
    const w = numberWord(whole, "ett") ?? formatNumber(whole);
    return n === whole ? w : `${w} och en halv`;
  };
  const base = (n: number): string => (n === 2 ? "dubbelt så många" : `${words(n)} gånger så många`);
  const near = (n: number, off: number): string => `${off > 0 ? "drygt" : "nästan"} ${base(n)}`;
  const whole = Math.max(2, Math.round(ratio));
  const off = ratio - whole;
  if (Math.abs(off) <= EXACT_WHOLE + EPSILON) return base(whole);
  if (Math.abs(off) <= NEAR_WHOLE + EPSILON || ratio >= HALVES_BELOW) return near(whole, off);
  const half = Math.floor(ratio) + 0.5;
  const offHalf = ratio - half;
  return Math.abs(offHalf) / half < EXACT_HALF ? base(half) : near(half, offHalf);
}
