// plan: the news facts of one indicator and their news value
// (../shared/EDITORIAL.md §1). Pure; no wording here.
import { heldLastYear, type LongRunChange, type SeriesTime } from "../analyse/time.js";
import type { UnitKind } from "../phrase/swedish.js";
import {
  classPolarity,
  clean,
  comparePolarity,
  groupEnd,
  placesBelow,
  type CompareClass,
  type IndicatorFinding,
} from "../analyse/municipality.js";
import { isTime, relativeChange, slightGap, yearHalvedOrDoubled, TIME_GAP, timeGapRatio } from "../phrase/relative.js";

export type FactKind =
  | "first"
  | "shared-first"
  | "last"
  | "bottom-three"
  | "strong-change"
  | "crossing"
  | "top-ten"
  | "bottom-ten"
  | "change"
  | "gap"
  | "rest"
  | "record"
  | "streak"
  | "turnaround"
  | "long-run"
  | "group-first"
  | "group-last";

/** News value by kind: 1 is the strongest (EDITORIAL.md §1). */
export const NEWS_VALUE: Readonly<Record<FactKind, 1 | 2 | 3 | 4 | 5>> = {
  first: 1,
  "shared-first": 1,
  last: 1,
  "bottom-three": 1,
  "strong-change": 2,
  crossing: 3,
  "top-ten": 3,
  // Among the ten weakest in the country says more than the municipality's own
  // worst year: bad news of this kind is never below a record (§3).
  "bottom-ten": 2,
  change: 4,
  gap: 4,
  rest: 5,
  // Time (§8). A record or a streak of three steps or more is as strong as a
  // strong change; weaker ones (a record by less than `same`, a streak of two)
  // are told in the body only: see timeFacts.
  record: 2,
  streak: 2,
  turnaround: 3,
  "long-run": 4,
  // First or last of the kommungrupp: said in the lead beside the news, never the headline's angle.
  "group-first": 3,
  "group-last": 3,
};

/** Facts about the series over the years (§8). */
export const TIME_FACTS: readonly FactKind[] = ["record", "streak", "turnaround", "long-run"];

/** Facts about a place in the country's ranking. */
export const PLACE_FACTS: readonly FactKind[] = ["first", "shared-first", "last", "bottom-three", "top-ten", "bottom-ten"];

/** Facts about a place in the kommungrupp. */
export const GROUP_FACTS: readonly FactKind[] = ["group-first", "group-last"];

export interface Fact {
  kind: FactKind;
  value: 1 | 2 | 3 | 4 | 5;
  /** +1 good news, −1 bad news, 0 neither. */
  polarity: -1 | 0 | 1;
  /** News in its own right, kept out of headline and lead because riket says the other thing: the body tells it. */
  demoted?: true;
  /** A record that beats the earlier best (worst) by less than `same`: told, never counted into a headline. */
  narrow?: true;
  /** Narrow and reached by a weak step (81 → 82 %): told with its margin, never counted among records. */
  hair?: true;
  /**
   * A hair over last year's value, which was the old record: the year is no change by the thresholds. Told
   * as that, with the record as an afterthought ("förändrades knappt … Det är ändå det bästa hittills").
   */
  stale?: true;
  /** A strong change that is the largest in the country either way (EDITORIAL.md §3: the extreme is said). */
  most?: true;
  /** A record in a series that begins after the survey's first year, or misses a year (recordScope): no "hittills". */
  since?: true;
}

function fact(kind: FactKind, polarity: -1 | 0 | 1, value: 1 | 2 | 3 | 4 | 5 = NEWS_VALUE[kind]): Fact {
  return { kind, value, polarity };
}

/** One indicator's series over the years, as the plan needs it. */
export interface TimeInput {
  series: SeriesTime;
  /** The values it rests on: year → value, every year with one up to the survey year. */
  values: Readonly<Record<string, number>>;
  /** The first year of the survey in the data (riket's first year), if known. */
  surveyStart: number | null;
  /** The indicator's change thresholds (`same` decides what is a clear record). */
  same: number;
  strong: number;
  /** The indicator's unit: a record in a time is also measured by its ratio (EDITORIAL.md §5). */
  unit?: UnitKind;
}

function unbroken(s: SeriesTime): boolean {
  return s.year - s.firstYear + 1 === s.years;
}

/**
 * "start": the series begins in the survey's first year in the data, with no
 * gap ("sedan mätningen började 2014"); "since": it begins later, with no gap
 * ("sedan Tibros första mätning 2016"); "measured": a year is missing, so only
 * the years that were measured are spoken of ("i alla mätningar sedan 2014").
 */
export function recordScope(t: TimeInput): "start" | "since" | "measured" {
  if (!unbroken(t.series)) return "measured";
  return t.surveyStart !== null && t.series.firstYear <= t.surveyStart ? "start" : "since";
}

/** Steps in a row that make a long streak ("för tredje året i rad"): news value 2. */
export const LONG_STREAK_STEPS = 3;

/**
 * A record is headline news (value 2) only when it is clear: it beats the
 * earlier best (worst) by at least WEAK_CHANGE_FACTOR × `same`, and the series has at least this
 * many years, so that "the best since 2014" means something. A record by a hair
 * or in a short series is told in the body (value 4).
 */
export const CLEAR_RECORD_YEARS = 5;

/**
 * A change past `same` but below this multiple of `same` is weak news (value
 * 5): with `same: 2` a 2- or 3-point change on a telephone measure is two or
 * three calls. It is told in the body, never in a headline over a gap to
 * riket or anything stronger.
 */
export const WEAK_CHANGE_FACTOR = 2;

/** A time step by this ratio or more is never a weak step, whatever the hours (weakLatest: 4,2 → 2,7 timmar). A record by less than `same` over the old best is a hair whatever its ratio (later reads). */
export const RECORD_TIME_RATIO = 1.2;

/**
 * The time facts worth a sentence (EDITORIAL.md §8), strongest first:
 * - a record: value 2 when it is clear (CLEAR_RECORD_YEARS), 3 by `same` in a
 *   shorter series, else 4 (a record by a hair is left to the chart); a tie
 *   is no fact;
 * - a streak: value 2 from three steps in a row ("för tredje året i rad") that
 *   add up to `strong` or more, 3 when they add up to less, 4 for two;
 * - a turnaround after two steps or more the other way: value 3;
 * - the long-run change since the first year, when it is strong by the change
 *   thresholds and no streak already covers it: value 4.
 */
export function timeFacts(t: TimeInput | null | undefined): Fact[] {
  if (!t) return [];
  const s = t.series;
  const out: Fact[] = [];
  if (s.record) {
    // Without floating-point noise: 8,7 − 7,7 timmar is exactly the 1-hour threshold, not a hair under it
    // (a read found a 1-hour margin called "bara marginell": Ljungby).
    const margin = Math.abs(clean(s.value - s.record.previous.value));
    // A time that beat its earlier best by a quarter (4,2 → 3,3 timmar) is clear, whatever the hours.
    const ratio = t.unit === undefined ? undefined : timeGapRatio(s.value, s.record.previous.value, t.unit);
    const wide = margin >= WEAK_CHANGE_FACTOR * t.same || (ratio !== undefined && ratio >= TIME_GAP.far);
    // By the margin alone: a best time 0,7 timmar under the old one is "med knapp marginal" whatever the ratio;
    // six readers over four rounds found such records unqualified (Säter, Kiruna, Strängnäs, Ronneby).
    const narrow = margin < t.same;
    const clear = wide && s.years >= CLEAR_RECORD_YEARS;
    // A hair is judged by the year's own step too: a 7-point rise that passes the old best by 1 point is news
    // (value 3, beside a 2-point rise to a record: Älvdalen), a 1-point rise to it is not. (A clear record is
    // always a real step: last year was no better than the old best.)
    const real = !noPrevious(t) && !weakLatest(t);
    const value = narrow ? (real ? 3 : 4) : clear ? 2 : 3;
    // A record by a hair over last year's value, which was the old record: the year is no change by the
    // thresholds, and the record is that non-change. Seven releases in two reads said "Det är …s bästa
    // resultat …, men skillnaden mot det tidigare bästa är bara 0,1 timmar" right after last year's figure
    // (Sävsjö, Bjurholm, Sundsvall, …), and a later read found such bests left out (Höganäs, Gävle): the change
    // is told as no change, the record after it ("Det räcker ändå till …s bästa resultat hittills").
    // Only a best: a worst-ever is said as such, never as "ungefär samma nivå" (Mönsterås, Sorsele: reads).
    const stale = narrow && !real && heldLastYear(s) && s.record.kind === "best";
    const record = { ...fact("record", s.record.kind === "best" ? 1 : -1, value), ...(recordScope(t) === "start" ? {} : { since: true as const }) };
    out.push(narrow ? { ...record, narrow: true, ...(real ? {} : { hair: true as const }), ...(stale ? { stale: true as const } : {}) } : record);
  }
  if (s.streak) {
    // A long streak of small steps (three 2-point dips) is told, not headlined.
    // Long only when every step of it was a real change: a run with 1-point years is told as "varje år", in the body.
    // (A run of real changes after smaller steps the same way is told beside its measure, never headlined: it began
    // where the values were already moving.)
    const long = s.streak.steps >= LONG_STREAK_STEPS && s.streak.clearSteps === s.streak.steps && s.streak.smallBefore === undefined;
    // A streak whose latest step is weak (a 2-point rise) is told, not headlined: "ännu ett lyft" would overclaim.
    const value = !long ? 4 : Math.abs(s.streak.difference) >= t.strong && !weakLatest(t) ? 2 : 3;
    out.push(fact("streak", s.streak.trend === "improving" ? 1 : -1, value));
  }
  // A run of four years or more says more than the record it implies ("för femte året i rad"): it goes first.
  const [record, streak] = out;
  if (record?.kind === "record" && streak?.kind === "streak" && streak.value <= record.value && (s.streak?.steps ?? 0) > LONG_STREAK_STEPS) out.reverse();
  if (s.turnaround) out.push(fact("turnaround", s.turnaround.trend === "improving" ? 1 : -1, turnaroundValue(t)));
  const lr = s.longRun;
  const strong = lr !== null && (lr.changeClass === "strongly-improved" || lr.changeClass === "strongly-declined" || halvedOrDoubled(lr, s.value, t.unit));
  // (A run from the first year says the long run only when it is told: a run of small steps is not, and Krokom's response
  // time, 10,5 → 5 timmar since 2014 in five smaller steps, was said to have moved nowhere; read JY.)
  const runTold = out.some((x) => x.kind === "streak" && x.value < 4);
  if (lr && strong && lr.steady && (s.streak?.startYear !== lr.firstYear || !runTold)) out.push(fact("long-run", lr.changeClass === "strongly-improved" || lr.changeClass === "improved" ? 1 : -1));
  return out;
}

/**
 * A time at most half or at least twice its first year's, past `same`, is a strong long-run change whatever the hours
 * (EDITORIAL.md §5): Säffle's response time, 8,1 timmar in 2014 and 3,3 in 2019, and Ludvika's, 12,6 and 5,7, were
 * never said to have more than halved (reads JE and JF), for 4,8 and 6,9 timmar are under the 8-hour `strong`.
 */
function halvedOrDoubled(lr: LongRunChange, value: number, unit: UnitKind | undefined): boolean {
  const moved = lr.changeClass === "improved" || lr.changeClass === "declined";
  const ratio = unit !== undefined && isTime(unit) && lr.firstValue > 0 ? value / lr.firstValue : 1;
  return moved && (ratio <= 0.5 || ratio >= 2);
}

/**
 * A turnaround is news (value 3) when this year's step is more than a weak
 * change (WEAK_CHANGE_FACTOR × `same`): a 2-point dip after two good years is
 * told in the body, never in the lead.
 */
function turnaroundValue(t: TimeInput): 3 | 4 {
  return noPrevious(t) || weakLatest(t) ? 4 : 3;
}

/** No value for last year: the year's step is unknown. */
function noPrevious(t: TimeInput): boolean {
  return t.values[String(t.series.year - 1)] === undefined;
}

/**
 * This year's step is under WEAK_CHANGE_FACTOR × `same`; a time's step by a
 * ratio of RECORD_TIME_RATIO or more is never weak (4,2 → 2,7 timmar is a third less, whatever the hours).
 */
function weakLatest(t: TimeInput): boolean {
  const previous = t.values[String(t.series.year - 1)];
  if (previous === undefined) return false;
  const ratio = t.unit === undefined ? undefined : timeGapRatio(t.series.value, previous, t.unit);
  return Math.abs(clean(t.series.value - previous)) < WEAK_CHANGE_FACTOR * t.same && (ratio === undefined || ratio < RECORD_TIME_RATIO);
}

function placeFact(f: IndicatorFinding): Fact | undefined {
  const r = f.rank;
  if (!r || r.of < 2) return undefined;
  if (r.position === 1 && placesBelow(r) > 0) return fact(r.tied ? "shared-first" : "first", 1);
  const below = placesBelow(r);
  if (below === 0) return fact("last", -1);
  if (below < 3) return fact("bottom-three", -1);
  // Ten from the top and ten from the bottom are news only where they cannot overlap.
  if (r.of < 20) return undefined;
  // A place among the ten best says as much as a strong change or a clear record (value 2), a step above
  // EDITORIAL §1's rough order: two sweeps of every release found the place buried under a record or a count in
  // a dozen releases (Huddinge's tenth place, Mark's and Växjö's sixth, Askersund, Hudiksvall, Strömsund).
  if (r.position <= 10) return fact("top-ten", 1, 2);
  if (below < 10) return fact("bottom-ten", -1);
  return undefined;
}

function crossing(f: IndicatorFinding): Fact | undefined {
  if (f.vsNational === null || f.previousVsNational === null) return undefined;
  const now = comparePolarity(f.vsNational);
  const before = comparePolarity(f.previousVsNational);
  return now !== 0 && now === -before ? fact("crossing", now) : undefined;
}

function gapPolarity(c: CompareClass | null): -1 | 0 | 1 {
  return c === null ? 0 : comparePolarity(c);
}

/**
 * The change against last year as a fact: strong at or past `strong`, weak
 * (value 5) below WEAK_CHANGE_FACTOR × `same`. In a unit that takes ratios a
 * large relative change is a change even when small in units (1,9 → 1 timme
 * is nearly halved): a halving or doubling has the news value of a strong change.
 */
function movedFact(f: IndicatorFinding): Fact | undefined {
  const moved = changeOf(f);
  return moved?.kind === "strong-change" && mostInCountry(f, moved.polarity) ? { ...moved, value: MOST_VALUE, most: true } : moved;
}

/**
 * A strong change that is the largest in the country weighs as much as a first place (value 1): Östersund's
 * +28 points in tillgänglighet, more than any other municipality, stood in a lead under a count of records
 * (read BQ scored it 2).
 */
export const MOST_VALUE = 1;

function mostInCountry(f: IndicatorFinding, polarity: -1 | 0 | 1): boolean {
  const end = f.rank?.change;
  return (end === "most-improved" && polarity > 0) || (end === "most-declined" && polarity < 0);
}

function changeOf(f: IndicatorFinding): Fact | undefined {
  const rel = f.changeClass === null ? undefined : relativeChange(f.value, f.previous, f.indicator.unit);
  const multiple = yearHalvedOrDoubled(f) !== undefined;
  const better = f.indicator.better === "lower" ? -1 : 1;
  if (rel && f.change !== null && f.change !== 0) {
    const dir: 1 | -1 = Math.sign(f.change) === better ? 1 : -1;
    if (f.changeClass === "strongly-improved" || f.changeClass === "strongly-declined") return fact("strong-change", dir);
    // A halving or a doubling is as newsworthy as a strong change, but its
    // words come from the ratio, not from "kraftigt" (the class is not strong).
    // A time that doubled but is still shorter than riket's is weaker news (value 3): Södertälje's 1,5 → 3 timmar,
    // half of riket's 6, headlined over an e-post record after four rises (read BV and sweep 3 scored it 3).
    const ahead = dir < 0 && f.vsNational !== null && comparePolarity(f.vsNational) > 0;
    return fact("change", dir, multiple ? (ahead ? 3 : 2) : 4);
  }
  const dir = classPolarity(f.changeClass);
  if (dir === 0) return undefined;
  if (f.changeClass === "strongly-improved" || f.changeClass === "strongly-declined") return fact("strong-change", dir);
  const weak = Math.abs(clean(f.change ?? 0)) < WEAK_CHANGE_FACTOR * f.changeThresholds.same;
  return fact("change", dir, weak ? 5 : 4);
}

/**
 * A good time fact (a record, a streak) on a measure that is still worse than
 * riket is the municipality's own progress, not a strength: it never
 * headlines over a gap or a change (value 4, told beside the gap to riket).
 */
export const BEHIND_RIKET_VALUE = 4;

/**
 * Own history set against riket: a good time fact on a measure still worse
 * than riket, or a bad one (a record low, a run of dips) on a measure still
 * better than riket, is told in the body beside the comparison, where the
 * reader sees both; it never makes the angle or the lead.
 */
function againstRiket(f: IndicatorFinding, t: Fact): Fact {
  const vs = f.vsNational === null ? 0 : comparePolarity(f.vsNational);
  // Not a run of rises by a gap said "något sämre": Staffanstorp's fifth rise in a row, 54 → 80 procent, was left to
  // the e-post section for 80 against riket's 84 (read BL scored it 3). (Records and bad news keep the rule: a best
  // "något sämre än riket" headlined without its counterweight, and a low just above riket crowded the ingress.)
  // Only a run strong enough to headline (value 2): a weaker one undemoted outranked its own record, which the
  // section then left unsaid (Vännäs' response time, 8,4 → 7,1 timmar, its best).
  const slight = t.kind === "streak" && t.value <= 2 && t.polarity > 0 && f.national !== null && slightGap(f.value, f.national, f.compareThresholds.same, f.indicator.unit);
  const opposed = vs !== 0 && t.polarity === -vs && !slight;
  return opposed && t.value < BEHIND_RIKET_VALUE ? { ...t, value: BEHIND_RIKET_VALUE, demoted: true } : t;
}

/** Every fact of an indicator, strongest first; always at least one. */
export function factsOf(f: IndicatorFinding, time?: TimeInput | null): Fact[] {
  const out: Fact[] = [];
  const place = placeFact(f);
  if (place) out.push(place);
  const moved = movedFact(f);
  if (moved) out.push(rebound(f, moved, time));
  const cross = crossing(f);
  if (cross) out.push(cross);
  const gap = gapPolarity(f.vsNational) || gapPolarity(f.vsGroup);
  if (gap !== 0) out.push(fact("gap", gap));
  if (out.length === 0) out.push(fact("rest", 0));
  out.push(...timeFacts(time).map((t) => againstRiket(f, t)));
  return out.sort((a, b) => a.value - b.value);
}

/**
 * A strong rise that only wins back part of last year's fall (59 → 43 → 55 procent) is weaker news than its
 * size (value 3, not 2): Falkenberg's +12 headlined as "förbättrar kraftigt" over an e-post record after four
 * rises; three sweeps read it as a rebound sold as a leap. (A fall after a rise is never softened so.)
 */
export const REBOUND_VALUE = 3;

function rebound(f: IndicatorFinding, moved: Fact, time?: TimeInput | null): Fact {
  if (moved.kind !== "strong-change" || moved.polarity <= 0 || moved.most || !time) return moved;
  const before = time.values[String(time.series.year - 2)];
  if (before === undefined) return moved;
  const better = f.indicator.better === "higher" ? before > f.value : before < f.value;
  return better && moved.value < REBOUND_VALUE ? { ...moved, value: REBOUND_VALUE } : moved;
}

/**
 * First or last in the kommungrupp as a fact, unless first or last in the country, which says it (a place
 * among the ten best or weakest does not: a read missed Haninge's last of 40 beside its third-last place).
 */
export function groupPlaceFact(f: IndicatorFinding, facts: readonly Fact[]): Fact | undefined {
  if (facts.some((x) => x.kind === "first" || x.kind === "shared-first" || x.kind === "last")) return undefined;
  const end = groupEnd(f);
  if (end === undefined) return undefined;
  return end === "first" ? fact("group-first", 1) : fact("group-last", -1);
}

/** The change fact of a finding, if it changed past `same`. */
export function changeFact(facts: readonly Fact[]): Fact | undefined {
  return facts.find((x) => x.kind === "strong-change" || x.kind === "change");
}

/** Records told one by one in a release; the rest are counted in the lead. */
export const MAX_RECORD_SENTENCES = 2;

/**
 * A best past the old one by a hair, which the analysis calls level with it (a tie, not a record): the year did not
 * move by `same` and the margin is under it (analyse/time.ts, levelWithBest).
 */
export function hairLevelBest(t: TimeInput | null | undefined): boolean {
  const tie = t?.series.tie;
  return t != null && tie != null && tie.kind === "best" && t.series.record === null && t.series.value !== tie.previous.value;
}

/** More records of `kind` than a release tells one by one: they are counted ("bästa hittills på fyra av fem mått"). */
export function recordsCounted(ranked: readonly { time?: TimeInput | null }[], kind: "best" | "worst"): boolean {
  return ranked.filter((r) => r.time?.series.record?.kind === kind).length > MAX_RECORD_SENTENCES;
}
