// phrase: relative change in words (../shared/EDITORIAL.md §5). A response
// time going from 1,9 to 1 timme is small in hours and large as a ratio: the
// words follow the ratio ("nästan halverats"), and the sentence gives both
// figures. Which units it applies to and where the bands lie is data: change
// RELATIVE_CHANGE, not the code that reads it.
import { TIME_UNITS } from "../schema.js";
import type { UnitKind } from "./swedish.js";

export interface RelativeBand {
  /** value / previous, from (inclusive) … to (exclusive). */
  from: number;
  to: number;
  /** The perfect participle after "har": "nästan halverats". */
  words: string;
}

export interface RelativeRule {
  /** Units whose changes are told as ratios when a band matches. */
  units: readonly UnitKind[];
  bands: readonly RelativeBand[];
}

export const RELATIVE_CHANGE: RelativeRule = {
  units: ["hours", "minutes", "seconds"],
  bands: [
    { from: 0, to: 0.155, words: "minskat till under en sjättedel" },
    // (Between a sixth and a fifth at their midpoint: Lidingö's 7,2 -> 1,3 timmar, 0,18, is nearer a sixth, read JI.)
    { from: 0.155, to: 0.1834, words: "minskat till ungefär en sjättedel" },
    { from: 0.1834, to: 0.22, words: "minskat till ungefär en femtedel" },
    { from: 0.22, to: 0.24, words: "minskat till under en fjärdedel" },
    { from: 0.24, to: 0.26, words: "minskat till en fjärdedel" },
    { from: 0.26, to: 0.32, words: "minskat till mindre än en tredjedel" },
    { from: 0.32, to: 0.345, words: "minskat till en tredjedel" },
    // "nästan" at most 3 points under the anchor, as SPRAK.md's: a cut of 60 to 63 percent is no "nästan två
    // tredjedelar" (A/B read AB44: Åsele's 9,1 → 3,6 timmar, Nordanstig's, Haninge's).
    { from: 0.345, to: 0.365, words: "minskat med nästan två tredjedelar" },
    { from: 0.365, to: 0.495, words: "mer än halverats" },
    { from: 0.495, to: 0.505, words: "halverats" },
    { from: 0.505, to: 0.565, words: "nästan halverats" },
    { from: 0.565, to: 0.6, words: "minskat med drygt två femtedelar" },
    { from: 0.6, to: 0.625, words: "minskat med nästan två femtedelar" },
    { from: 0.625, to: 0.655, words: "minskat med mer än en tredjedel" },
    { from: 0.655, to: 0.68, words: "minskat med en tredjedel" },
    { from: 0.68, to: 0.705, words: "minskat med nästan en tredjedel" },
    { from: 0.705, to: 0.72, words: "minskat med mer än en fjärdedel" },
    { from: 0.72, to: 0.74, words: "minskat med drygt en fjärdedel" },
    { from: 0.74, to: 0.76, words: "minskat med en fjärdedel" },
    { from: 1.28, to: 1.32, words: "ökat med nästan en tredjedel" },
    { from: 1.32, to: 1.345, words: "ökat med en tredjedel" },
    { from: 1.345, to: 1.42, words: "ökat med mer än en tredjedel" },
    { from: 1.42, to: 1.48, words: "ökat med nästan hälften" },
    { from: 1.48, to: 1.52, words: "ökat med hälften" },
    { from: 1.52, to: 1.62, words: "ökat med mer än hälften" },
    { from: 1.62, to: 1.65, words: "ökat med nästan två tredjedelar" },
    { from: 1.65, to: 1.69, words: "ökat med två tredjedelar" },
    { from: 1.69, to: 1.75, words: "ökat med mer än två tredjedelar" },
    { from: 1.75, to: 1.85, words: "ökat med mer än tre fjärdedelar" },
    { from: 1.85, to: 1.995, words: "nästan fördubblats" },
    { from: 1.995, to: 2.005, words: "fördubblats" },
    { from: 2.005, to: 2.75, words: "mer än fördubblats" },
    { from: 2.75, to: 2.95, words: "nästan tredubblats" },
    { from: 2.95, to: 3.05, words: "tredubblats" },
    { from: 3.05, to: 3.75, words: "mer än tredubblats" },
    { from: 3.75, to: 3.95, words: "nästan fyrdubblats" },
    { from: 3.95, to: 4.05, words: "fyrdubblats" },
    { from: 4.05, to: 4.75, words: "mer än fyrdubblats" },
    { from: 4.75, to: 4.95, words: "nästan femdubblats" },
    { from: 4.95, to: 5.05, words: "femdubblats" },
    { from: 5.05, to: 9.5, words: "mer än femdubblats" },
    // (Töreboda's 1 → 29,6 timmar since 2014 was "mer än femdubblats", true but far short of it.)
    { from: 9.5, to: 10.5, words: "ungefär tiodubblats" },
    { from: 10.5, to: 14.5, words: "mer än tiodubblats" },
    // (Töreboda's 1 → 29,6 timmar since 2014 as "mer än tiodubblats" understated it too, read HE: "nearly thirty-fold".)
    { from: 14.5, to: 17.5, words: "blivit ungefär femton gånger så lång" },
    { from: 17.5, to: 19.5, words: "blivit nästan tjugo gånger så lång" },
    { from: 19.5, to: 22.5, words: "blivit ungefär tjugo gånger så lång" },
    { from: 22.5, to: 27.5, words: "blivit ungefär tjugofem gånger så lång" },
    { from: 27.5, to: 30, words: "blivit nästan trettio gånger så lång" },
    { from: 30, to: Number.POSITIVE_INFINITY, words: "blivit mer än trettio gånger så lång" },
  ],
};

/**
 * A change below the threshold of a change (under 1 timme) is still told as a
 * ratio when the ratio is at least this large: nearly halved or nearly
 * doubled (§5: "1,9 till 1 timme är nästan halverad"), not a third.
 */
export const LARGE_RATIO = { below: 0.565, above: 1.85 };

/**
 * A real change (past `same`) is told by its ratio from a lower rise: Ånge's response time, 2,6 → 4,6 timmar (1,77
 * times), was told as a plain "ökade" (read IQ). Lower still the figures alone (changeSentence: "minskat med drygt två
 * femtedelar" made readers do the arithmetic).
 */
export const LARGE_CHANGED_RATIO_ABOVE = 1.75;

export function isLargeRatio(ratio: number, changed = false): boolean {
  return ratio < LARGE_RATIO.below || ratio >= (changed ? LARGE_CHANGED_RATIO_ABOVE : LARGE_RATIO.above);
}

export interface RelativeChange {
  ratio: number;
  words: string;
}

/** The ratio in words, when the unit takes ratios and a band matches; else undefined. */
export function relativeChange(
  value: number,
  previous: number | null,
  unit: UnitKind,
  rule: RelativeRule = RELATIVE_CHANGE,
): RelativeChange | undefined {
  if (previous === null || previous <= 0 || value < 0 || !rule.units.includes(unit)) return undefined;
  const ratio = value / previous;
  const band = rule.bands.find((b) => ratio >= b.from && ratio < b.to);
  return band ? { ratio: Math.round(ratio * 100) / 100, words: band.words } : undefined;
}

/** A year's change that halved or doubled the value, or more (EDITORIAL.md §5: the news value of a strong change). */
export function yearHalvedOrDoubled(f: { value: number; previous: number | null; changeClass: string | null; indicator: { unit: UnitKind } }): RelativeChange | undefined {
  const rel = f.changeClass === null ? undefined : relativeChange(f.value, f.previous, f.indicator.unit);
  return rel !== undefined && (rel.ratio <= 0.5 || rel.ratio >= 2) ? rel : undefined;
}

/**
 * "mindre än hälften så lång som" for any time under half its reference: the group's side after riket's fraction,
 * where a second fraction read as a list of figures and "kortare än" undersold a third of the group's time (read IG:
 * Bengtsfors' 2,4 timmar against 6,3).
 */
export function underHalfWords(value: number, reference: number, unit: UnitKind): string | undefined {
  const band = TIMES_AS_LONG.bands.find((b) => b.words.startsWith("mindre än hälften"));
  return band && TIMES_AS_LONG.units.includes(unit) && reference > 0 && value >= 0 && value / reference < band.to ? band.words : undefined;
}

/**
 * One fraction or multiple for two references whose words differ only by a qualifier around the same anchor:
 * "drygt en fjärdedel så lång som" riket's and "ungefär en fjärdedel så lång som" the group's are "ungefär en
 * fjärdedel så lång som både …" (read IK: Höör's two sentences, the second "Dessutom …", read as one said twice).
 * Undefined otherwise: "mindre än" and "mer än" bound a range and are not among the qualifiers stripped, so "mindre än
 * hälften" never joins "hälften".
 */
export function sharedTimesWords(a: string, b: string): string | undefined {
  const near = /^(ungefär|drygt|knappt|nästan) /u;
  const [x, y] = [a.replace(near, ""), b.replace(near, "")];
  return a !== b && x === y ? `ungefär ${x}` : undefined;
}

/** How far a ratio may lie from its fraction's anchor for "ungefär" to cover it beside another. */
const NEAR_ANCHOR = 0.07;

/** The fractions "ungefär" joins, by their anchor. */
const FRACTION_ANCHORS: Readonly<Record<string, number>> = { hälften: 1 / 2, tredjedel: 1 / 3, fjärdedel: 1 / 4, femtedel: 1 / 5, sjättedel: 1 / 6 };

/** Whether every ratio lies within NEAR_ANCHOR of the anchor the shared words name ("ungefär en tredjedel så lång som"). */
export function nearAnchor(words: string, ratios: readonly number[]): boolean {
  const anchor = Object.entries(FRACTION_ANCHORS).find(([k]) => words.includes(k))?.[1];
  return anchor !== undefined && ratios.every((r) => Math.abs(r / anchor - 1) <= NEAR_ANCHOR);
}

/**
 * A time against a reference as a multiple ("[svarstiden är] mer än
 * dubbelt så lång som"), when the ratio is large: value / reference, from (inclusive) … to
 * (exclusive). Data, like RELATIVE_CHANGE.
 */
export const TIMES_AS_LONG: RelativeRule = {
  units: ["hours", "minutes", "seconds"],
  bands: [
    { from: 0, to: 0.15, words: "mindre än en sjättedel så lång som" },
    // (Exactly a sixth without "ungefär", as a quarter and a third: 1 against 6 timmar, read LR: Skinnskatteberg.)
    { from: 0.15, to: 0.1617, words: "ungefär en sjättedel så lång som" },
    { from: 0.1617, to: 0.1717, words: "en sjättedel så lång som" },
    { from: 0.1717, to: 0.1834, words: "ungefär en sjättedel så lång som" },
    { from: 0.1834, to: 0.22, words: "ungefär en femtedel så lång som" },
    // A fraction within half a point of its anchor is said without a modifier, as "hälften" is (SPRAK.md): "ungefär en
    // fjärdedel" for 1,5 against 6 timmar, exactly a quarter, read as wrong (read LG: Bjurholm).
    { from: 0.22, to: 0.245, words: "ungefär en fjärdedel så lång som" },
    { from: 0.245, to: 0.255, words: "en fjärdedel så lång som" },
    { from: 0.255, to: 0.27, words: "ungefär en fjärdedel så lång som" },
    { from: 0.27, to: 0.292, words: "drygt en fjärdedel så lång som" },
    { from: 0.292, to: 0.32, words: "knappt en tredjedel så lång som" }, // "knappt", not "nästan": reads FR, FU and FV (Stockholm, Tomelilla, Mjölby)
    { from: 0.32, to: 0.3283, words: "ungefär en tredjedel så lång som" },
    { from: 0.3283, to: 0.3384, words: "en tredjedel så lång som" },
    { from: 0.3384, to: 0.36, words: "ungefär en tredjedel så lång som" },
    // "drygt" up to 3 points past its anchor, as SPRAK.md says for shares: "drygt en tredjedel" for 2,3 against 6 timmar
    // (0,38) read as wrong (read LH: Mark). ("drygt hälften" keeps its band to 0,56: cut at 0,535, 20 example releases
    // lost their relative words to a plain "kortare än" for response times near half of riket's.)
    { from: 0.36, to: 0.3634, words: "drygt en tredjedel så lång som" },
    { from: 0.3634, to: 0.495, words: "mindre än hälften så lång som" },
    { from: 0.495, to: 0.505, words: "hälften så lång som" },
    { from: 0.505, to: 0.56, words: "drygt hälften så lång som" },
    { from: 1.8, to: 1.995, words: "nästan dubbelt så lång som" }, // 12,3 against 6,8 (1,81) was only "längre än" (read IP: Emmaboda)
    { from: 1.995, to: 2.005, words: "dubbelt så lång som" },
    { from: 2.005, to: 2.4, words: "mer än dubbelt så lång som" },
    { from: 2.4, to: 2.6, words: "ungefär två och en halv gånger så lång som" },
    // 18 against 6,8 (2,65) is "drygt två och en halv gånger" (read HY: Ödeshög).
    { from: 2.6, to: 2.65, words: "drygt två och en halv gånger så lång som" },
    // 17,6 against 6 (2,93) is "nästan tre gånger", not "tre gånger" (a read).
    { from: 2.65, to: 2.97, words: "nästan tre gånger så lång som" },
    { from: 2.97, to: 3.1, words: "tre gånger så lång som" },
    { from: 3.1, to: 3.9, words: "mer än tre gånger så lång som" },
    // 29,6 against 6 (4,93) is "nästan fem gånger", not "minst fyra gånger" (read AJ: Töreboda).
    ...aroundWholeTimes([
      ["fyra", 3.9, 3.9, 4.1],
      ["fem", 4.65, 4.97, 5.1],
      ["sex", 5.65, 5.97, 6.1],
    ]),
  ],
};

/**
 * "nästan fem", "fem" and "mer än fem gånger så lång som" around whole multiples: each entry is the word and where
 * its nearly, exact and more bands begin; the last "mer än" band runs on. Data, like the bands above.
 */
function aroundWholeTimes(whole: readonly (readonly [word: string, nearly: number, exact: number, more: number])[]): RelativeBand[] {
  return whole.flatMap(([word, nearly, exact, more], i) => [
    ...(nearly < exact ? [{ from: nearly, to: exact, words: `nästan ${word} gånger så lång som` }] : []),
    { from: exact, to: more, words: `${word} gånger så lång som` },
    { from: more, to: whole[i + 1]?.[1] ?? Number.POSITIVE_INFINITY, words: `mer än ${word} gånger så lång som` },
  ]);
}

/**
 * How far apart two times must be, as a ratio, for the words of a comparison
 * to follow the ratio rather than the difference in hours (EDITORIAL.md §5):
 * 9,2 against 6 timmar is "klart längre", never "något sämre". At `clear` or
 * beyond (or its inverse) the comparison is clear; at `far` or beyond it is
 * never "lite"/"något". Data, like RELATIVE_CHANGE.
 */
export const TIME_GAP = { units: TIME_UNITS as readonly UnitKind[], clear: 1.5, far: 1.25 };

/** A time (hours, minutes, seconds): it is longer or shorter, never "bättre" or "sämre", than riket's. */
export function isTime(unit: UnitKind): boolean {
  return TIME_GAP.units.includes(unit);
}

/** The slot suffix for a time, whose words are "längre" and "kortare": ".time", else "". */
export function timeSlot(unit: UnitKind): string {
  return isTime(unit) ? ".time" : "";
}

/** The ratio of two times, ≥ 1 (the longer over the shorter); undefined for other units. */
/** A time that moved by this ratio or more is not "about the same", whatever the hours (7 → 6,1 timmar was "i stort sett oförändrat" to a reader). */
const PLAIN_TIME_RATIO = 1.1;

/** A time that moved by PLAIN_TIME_RATIO or more since last year: said "gick från … till …", never "ungefär samma nivå". */
export function movedPlainly(value: number, previous: number | null, unit: UnitKind): boolean {
  const ratio = previous === null ? undefined : timeGapRatio(value, previous, unit);
  return ratio !== undefined && ratio >= PLAIN_TIME_RATIO;
}

export function timeGapRatio(value: number, reference: number, unit: UnitKind): number | undefined {
  if (!TIME_GAP.units.includes(unit) || value <= 0 || reference <= 0) return undefined;
  return Math.max(value, reference) / Math.min(value, reference);
}

/**
 * A gap just past `same` (under one and a half times it, and for a time under TIME_GAP.far as a ratio): said
 * "något bättre", "något sämre".
 */
export function slightGap(value: number, reference: number, same: number, unit: UnitKind): boolean {
  const ratio = timeGapRatio(value, reference, unit);
  return Math.abs(value - reference) < same * 1.5 && (ratio === undefined || ratio < TIME_GAP.far);
}

/**
 * The degree word follows the size of the gap (EDITORIAL.md §5): "långt
 * bättre" from twice `strong`, "klart bättre" below it, whichever variant the
 * phrase bank offered. `gap` is the nearer reference's.
 */
export function gradeDegree(text: string, gap: number, strong: number): string {
  // ("klart över både riket … och …" for 21 points was left "klart": read AW, Enköping.)
  const quality = "(bättre|sämre|längre|kortare|över|under)";
  // One word per band, whatever variant the bank gave: Järfälla's 18 points under riket were "klart sämre", Kiruna's
  // 15 "mycket sämre" (a read of 2026-12-02 found the scale inconsistent). Two bands: "mycket bättre än riket (84)
  // och klart bättre än kommungruppen (86)" for gaps of 16 and 14 read as a difference that is not there (reads BY,
  // BZ and CB: "välj ett ord per klass").
  if (degreeBand(gap, strong) === 3) return text.replace(new RegExp(`\\b(klart|mycket|betydligt) ${quality}`, "g"), "långt $2");
  return text.replace(new RegExp(`\\b(långt|mycket|betydligt) ${quality}`, "g"), "klart $2");
}

/** The band of a gap against `strong`, as gradeDegree words it: 0 below it, then "klart" (1) and "långt" (3). */
export function degreeBand(gap: number, strong: number): number {
  return gap >= 2 * strong ? 3 : gap >= strong ? 1 : 0;
}
