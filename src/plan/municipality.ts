// plan: a municipality's story (../shared/EDITORIAL.md §1–4, §7): the angle of
// headline and lead by news value, the findings the lead states, the order of
// the sections, which facts get a sentence, and the summary across
// indicators. Pure; no wording here.
import {
  comparePolarity,
  isDecline,
  isImprovement,
  placesBelow,
  type Analysis,
  type ChangeClass,
  type IndicatorFinding,
} from "../analyse/municipality.js";
import { isLargeRatio, isTime, relativeChange, TIME_GAP, timeGapRatio, TIMES_AS_LONG, yearHalvedOrDoubled } from "../phrase/relative.js";
import { byScore } from "./order.js";
import { changeFact, factsOf, groupPlaceFact, hairLevelBest, LONG_STREAK_STEPS, MAX_RECORD_SENTENCES, NEWS_VALUE, recordsCounted, PLACE_FACTS, TIME_FACTS, WEAK_CHANGE_FACTOR, type Fact, type FactKind, type TimeInput } from "./news.js";

/** One indicator in the plan: its facts (strongest first) and its news value. */
export interface PlannedFinding {
  finding: IndicatorFinding;
  facts: Fact[];
  /** The strongest fact's news value: 1 is the strongest. */
  value: number;
  /** The indicator's series over the years, when the data has one. */
  time: TimeInput | null;
}

/** indicator id → its series over the years. */
export type PlanTimes = ReadonlyMap<string, TimeInput>;

/** What a headline speaks of: whole channels (every indicator agrees) or one indicator. */
export type Subject = { kind: "channels"; channels: string[] } | { kind: "indicator"; finding: IndicatorFinding };

/** Every measure better than last year ("changes"), or at its best yet ("records"). */
export interface Counter {
  kind: "changes" | "records";
  total: number;
}

export type MunicipalAngle =
  /** `counter`: a bottom place on one measure, while the year improved (or set records) on all of them (§2: say both). */
  | { kind: "place"; fact: FactKind; finding: IndicatorFinding; counter?: Counter }
  | { kind: "change"; polarity: 1 | -1; strong: boolean; subject: Subject; findings: IndicatorFinding[]; most?: true }
  | { kind: "contrast"; up: Subject; down: Subject; findings: IndicatorFinding[] }
  | { kind: "crossing"; polarity: 1 | -1; finding: IndicatorFinding }
  /** A record, a long streak or a turnaround is the strongest news (§8). */
  /** `also`: a second clear record the same way that the lead tells too, which the headline names beside it. */
  | { kind: "time"; fact: Fact; finding: IndicatorFinding; time: TimeInput | null; also?: IndicatorFinding }
  | { kind: "compare"; polarity: -1 | 0 | 1; strong: boolean; subject: Subject; finding: IndicatorFinding }
  | { kind: "mixed"; findings: IndicatorFinding[] }
  /**
   * Better (worse) than riket on all measures or all but one, and nothing stronger (§4): the count is the story. Or on
   * three with at most one the other way, over a plain change the other way (countOverChange): that change is `over`,
   * and the ingress tells it. `year`: the measures the year moved the other way (`count`) since last year (`since`),
   * when they are most of them and the headline says so too.
   */
  | { kind: "summary"; polarity: 1 | -1; inner: MunicipalAngle; over?: IndicatorFinding; year?: { count: number; since: number } }
  /**
   * Two findings as strong as each other pointing opposite ways, in the lead
   * (§1: "the release says both"): the headline says both, the angle's first.
   */
  | { kind: "both"; first: LeadItem; second: LeadItem; inner: MunicipalAngle }
  /** The municipality's own best (worst) result on three measures or more: counted in the headline. */
  /** `against`: a clear record the other way on a measure outside the count, which the headline says too (§1). */
  /** `behind`: most measures still worse than riket (their number), which the headline says too (§2: "say both"). */
  | { kind: "records"; record: "best" | "worst"; findings: IndicatorFinding[]; inner: MunicipalAngle; against?: LeadItem; behind?: number }
  | { kind: "unchanged" }
  | { kind: "none" };

/** A fact the lead states, about one indicator. */
export interface LeadItem {
  finding: IndicatorFinding;
  fact: Fact;
}

export interface Summary {
  /** Indicators with a national comparison, and how they compare. */
  total: number;
  better: number;
  worse: number;
}

export interface MunicipalSection {
  channel: string;
  findings: PlannedFinding[];
}

export interface MunicipalityPlan {
  /** Findings in news order (most newsworthy first). */
  ranked: PlannedFinding[];
  angle: MunicipalAngle;
  lead: LeadItem[];
  /** Strong changes the lead has no room to tell one by one: named together in one sentence. */
  leadAlso: IndicatorFinding[];
  /** Sections in order: the headline's channel first, then by news value. */
  sections: MunicipalSection[];
  /** The cross-indicator summary, when there are three or more comparisons. */
  summary: Summary | null;
  /** Under a count against riket: the measure farthest from riket on the count's side, said right after it (leadFirst). */
  largestGap?: IndicatorFinding;
  /**
   * Without a count: the measures farthest ahead of and behind riket, when the lead tells the weakness by its gap
   * alone and left the strength out (withStrength), or a far gap the lead left out (buriedGap). Each is
   * said in one sentence, value against riket's.
   */
  strengths?: IndicatorFinding[];
  /** Of `strengths`, the strength said beside a weakness the lead tells by its gap (withStrength). */
  balance?: IndicatorFinding[];
}

/**
 * The fact that may make the angle: a time fact only when it is strong news
 * (value 2: a clear record, a long streak of real size); weaker ones are told
 * in the body and never crowd out the year's own news.
 */
function angleFact(facts: readonly Fact[]): Fact | undefined {
  // A record by `same` or more (value 3) is news a reader looks for: it outranks a change of a few points.
  return facts.find((x) => !TIME_FACTS.includes(x.kind) || x.value <= 2 || (x.kind === "record" && x.value <= 3));
}

/**
 * Among facts of equal news value: a place in the country first (a national
 * rank says more than the municipality's own history), then a change, then
 * the rest.
 */
function kindOrder(p: PlannedFinding): number {
  const kind = angleFact(p.facts)?.kind;
  if (kind === undefined) return 3;
  if (PLACE_FACTS.includes(kind)) return 0;
  // A plain change that leaves the measure level with riket comes after a measure far from riket (much better or
  // worse): Åtvidaberg's +4 to riket's level headlined over its direct answers 17 points above riket (sweeps 3 and
  // 4 scored it 3 and 2).
  const far = (x: PlannedFinding): boolean => x.finding.vsNational === "much-better" || x.finding.vsNational === "much-worse";
  if (kind === "change" && p.finding.vsNational === "level") return 2.5;
  if (kind === "gap" && far(p)) return 2;
  return kind === "strong-change" || kind === "change" ? 1 : 3;
}

/**
 * Of equal value, a record by less than `same` comes after other news: Botkyrka's tillgänglighet at its best by
 * 1 point headlined over five rises in a row in direct answers (a read scored it 2).
 */
function narrowAngle(p: PlannedFinding): number {
  const a = angleFact(p.facts);
  if (a?.kind !== "record") return 0;
  // A record reached by a weak step (under twice `same`) counts as one step weaker, like a narrow one: Älvdalen's
  // direct answers at their best after +2 headlined over e-post's +7 to its best by a point, and bemötandet at
  // its lowest (read BI scored it 2; Lerum likewise).
  // (Not one that ends a long run: Botkyrka's direct answers, at their best after a fifth rise.)
  const run = p.facts.some((x) => x.kind === "streak" && x.value <= 3);
  // (Nor a worst-ever: bad news is not softened by a small step.)
  const weakStep = a.polarity > 0 && !run && (changeFact(p.facts)?.value ?? 5) >= 5;
  return (a.narrow ? 1 : 0) + (weakStep ? 1 : 0);
}

/** Two changes of equal value: the larger against its threshold first (−21 before −14). */
function changeSize(p: PlannedFinding): number {
  const f = p.finding;
  const kind = angleFact(p.facts)?.kind;
  // Two records of equal value: the one the year moved more wins (+7 points before 0,9 timmar).
  // A run's latest step too: Lessebo's direct answers, +8 for a fourth rise to a best, came after e-post's +5 to its
  // best (read FI).
  if ((kind !== "strong-change" && kind !== "change" && kind !== "record" && kind !== "streak") || f.change === null) return 0;
  return Math.abs(f.change) / Math.max(f.changeThresholds.strong, Number.EPSILON);
}

/**
 * Three or more facts of news value 1–2 on one finding: a fall of 18 points
 * that is also a record low and the fifth fall in a row outweighs a place
 * among the ten weakest that barely moved (Ånge). Otherwise 0: kind and size decide.
 */
function weight(p: PlannedFinding): number {
  if (p.value > 2) return 0;
  const n = p.facts.filter((x) => x.value <= p.value && !x.demoted).length;
  return n >= 3 ? n : 0;
}

/**
 * Of equal news value, a finding that also holds a place in the country (among the ten best or weakest)
 * first: Älvsbyn's tillgänglighet, at its best and fifth in the country, was second to an e-post record
 * ranked 44th (a read).
 */
function placed(a: PlannedFinding, b: PlannedFinding): number {
  const isPlace = (p: PlannedFinding): boolean => PLACE_FACTS.includes(angleFact(p.facts)?.kind ?? "rest");
  // Between two places, or a place and other news, kindOrder decides (a place's own news comes first).
  if (isPlace(a) || isPlace(b)) return 0;
  const has = (p: PlannedFinding): number => (p.facts.some((x) => PLACE_FACTS.includes(x.kind)) ? 1 : 0);
  return has(b) - has(a);
}

/**
 * Of equal news value, a record reached by a run of three years or more goes before a place on a measure whose own
 * year went the other way: Landskrona's tillgänglighet at its best after a third rise, far above riket, came after a
 * shared tenth place in direct answers, which fell (sweep 7 scored it 3).
 */
function runBeforeFallingPlace(a: PlannedFinding, b: PlannedFinding): number {
  const run = (p: PlannedFinding): boolean => p.facts.some((x) => x.kind === "record" && x.value <= p.value && !x.demoted) && p.facts.some((x) => x.kind === "streak" && x.value <= p.value && !x.demoted);
  const falling = (p: PlannedFinding): boolean => {
    const place = angleFact(p.facts);
    return place !== undefined && PLACE_FACTS.includes(place.kind) && p.facts.some((x) => x.polarity === -place.polarity && TIME_AND_CHANGE.includes(x.kind));
  };
  return (run(b) && falling(a) ? 1 : 0) - (run(a) && falling(b) ? 1 : 0);
}

const TIME_AND_CHANGE: readonly FactKind[] = ["change", "strong-change", "turnaround", "streak", "record"];

/**
 * Of equal news value, a record reached by a run or by a strong change goes before a place among the ten best but not
 * the five best on a measure that did not improve: Vallentuna's shared seventh place for a response time that stood
 * still headlined over a fifth rise in a row to a record and a 10-point rise to a record (read AT scored it 2).
 */
function doubleBeforeStillPlace(a: PlannedFinding, b: PlannedFinding): number {
  const strong = (p: PlannedFinding, kinds: readonly FactKind[]): boolean => p.facts.some((x) => kinds.includes(x.kind) && x.value <= p.value && !x.demoted && x.polarity > 0);
  const double = (p: PlannedFinding): boolean => strong(p, ["record"]) && strong(p, ["streak", "strong-change"]);
  const still = (p: PlannedFinding): boolean =>
    angleFact(p.facts)?.kind === "top-ten" && (p.finding.rank?.position ?? 0) > TOP_FIVE && !p.facts.some((x) => (x.kind === "change" || x.kind === "strong-change") && x.polarity > 0);
  return (double(b) && still(a) ? 1 : 0) - (double(a) && still(b) ? 1 : 0);
}

/**
 * Two places among the ten best (weakest) of equal value: the one nearer the end first. Orust's shared fourth place
 * for bemötandet headlined over its shared third for the response time, which the ingress then left to the body
 * (read EJ scored it 3).
 */
function higherPlace(a: PlannedFinding, b: PlannedFinding): number {
  const end = (p: PlannedFinding): number | undefined => {
    const x = angleFact(p.facts);
    const r = p.finding.rank;
    if (!x || !r || !PLACE_FACTS.includes(x.kind)) return undefined;
    return x.polarity > 0 ? r.position : placesBelow(r);
  };
  const [ea, eb] = [end(a), end(b)];
  return ea === undefined || eb === undefined || angleFact(a.facts)?.polarity !== angleFact(b.facts)?.polarity ? 0 : ea - eb;
}

/**
 * Of two records of equal news value, the one a run of three years or more reached first: Nykvarn's tillgänglighet at
 * its best after a third rise, far above riket, went under the ingress of a headline on the e-mail answers' record,
 * a point larger a change (read HQ scored it 3).
 */
function recordWithRun(a: PlannedFinding, b: PlannedFinding): number {
  const record = (p: PlannedFinding): boolean => angleFact(p.facts)?.kind === "record";
  const run = (p: PlannedFinding): boolean => p.facts.some((x) => x.kind === "streak" && x.value <= p.value && !x.demoted);
  const best = (p: PlannedFinding): boolean => angleFact(p.facts)?.polarity === 1;
  return record(a) && record(b) && best(a) && best(b) ? Number(run(b)) - Number(run(a)) : 0;
}

/**
 * Of two runs of equal news value that make the angle, the longer first: Staffanstorp's direct answers, better for
 * the third year in a row and by a point more, headlined over the e-mail answers' fifth rise in a row (read IL).
 */
function longerRun(a: PlannedFinding, b: PlannedFinding): number {
  const steps = (p: PlannedFinding): number => (angleFact(p.facts)?.kind === "streak" ? (p.time?.series.streak?.steps ?? 0) : 0);
  const same = angleFact(a.facts)?.polarity === angleFact(b.facts)?.polarity;
  return same && steps(a) > 0 && steps(b) > 0 ? steps(b) - steps(a) : 0;
}

/** The five best places in the country: a place among them stays the headline's over other news of its value. */
const TOP_FIVE = 5;

/** News order: by news value, weight, kind and size, then by score; equal keep data order. */
export function rankFindings(findings: readonly IndicatorFinding[], times?: PlanTimes): PlannedFinding[] {
  const planned = byScore(findings).map((finding) => {
    const time = times?.get(finding.indicator.id) ?? null;
    const facts = factsOf(finding, time);
    return { finding, facts, value: angleFact(facts)?.value ?? 5, time };
  });
  return planned
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.value - b.p.value || weight(b.p) - weight(a.p) || narrowAngle(a.p) - narrowAngle(b.p) || runBeforeFallingPlace(a.p, b.p) || doubleBeforeStillPlace(a.p, b.p) || placed(a.p, b.p) || kindOrder(a.p) - kindOrder(b.p) || higherPlace(a.p, b.p) || recordWithRun(a.p, b.p) || longerRun(a.p, b.p) || changeSize(b.p) - changeSize(a.p) || a.i - b.i)
    .map((e) => e.p);
}

function agreesWith(c: ChangeClass | null, polarity: 1 | -1, strong: boolean): boolean {
  if (strong) return c === (polarity > 0 ? "strongly-improved" : "strongly-declined");
  return polarity > 0 ? isImprovement(c) : isDecline(c);
}

/**
 * The headline's subject for a change: the channels in which every indicator
 * agrees with the direction (and strength); the indicator itself when its
 * channel does not agree throughout (EDITORIAL.md §2).
 */
export function changeSubject(
  all: readonly IndicatorFinding[],
  top: IndicatorFinding,
  same: readonly IndicatorFinding[],
  polarity: 1 | -1,
  strong: boolean,
): Subject {
  // A channel is named only for two measures or more: "Servicen via e-post förbättras" over one e-post measure,
  // the other without a result, read as a generalisation (a read, Ljusnarsberg).
  const agrees = (channel: string): boolean => {
    const inChannel = all.filter((f) => f.indicator.channel === channel);
    return inChannel.length >= 2 && inChannel.every((f) => agreesWith(f.changeClass, polarity, strong));
  };
  if (!agrees(top.indicator.channel)) return { kind: "indicator", finding: top };
  const channels = [...new Set(same.map((f) => f.indicator.channel))].filter(agrees);
  return { kind: "channels", channels: channels.slice(0, 2) };
}

function compareSubject(all: readonly IndicatorFinding[], top: IndicatorFinding, polarity: -1 | 0 | 1): Subject {
  const inChannel = all.filter((f) => f.indicator.channel === top.indicator.channel);
  // The comparison headline has no degree word ("sämre än riket på service via telefon"): the side is enough
  // (Essunga: all three telephone measures worse, one of them not far, read better as the channel).
  const agree = inChannel.length >= 2 && inChannel.every((f) => f.vsNational !== null && comparePolarity(f.vsNational) === polarity);
  return agree ? { kind: "channels", channels: [top.indicator.channel] } : { kind: "indicator", finding: top };
}

function changeAngle(all: readonly IndicatorFinding[], ranked: readonly PlannedFinding[], top: PlannedFinding, f: Fact): MunicipalAngle {
  const polarity = f.polarity > 0 ? 1 : -1;
  const strong = f.kind === "strong-change";
  const sameTier = (p: 1 | -1): IndicatorFinding[] =>
    ranked.filter((r) => {
      const c = changeFact(r.facts);
      return c !== undefined && c.value === f.value && c.polarity === p;
    }).map((r) => r.finding);
  const same = sameTier(polarity);
  // Of changes as strong, one that reached a record of its way is the side: Arboga's response time, down to its best
  // yet after five years of falls, lost the headline to a 4-point rise in tillgängligheten (read CI scored it 3).
  // (A plain change's side may take a weaker change that made the record; a strong change keeps its side.)
  const candidates = (p: 1 | -1): IndicatorFinding[] => (strong ? sameTier(p) : ranked.filter((r) => changeFact(r.facts)?.polarity === p).map((r) => r.finding));
  const recorded = (p: 1 | -1, fallback: IndicatorFinding | undefined): IndicatorFinding | undefined =>
    (fallback === undefined ? undefined : candidates(p).find((x) => ranked.find((r) => r.finding === x)?.time?.series.record?.kind === (p > 0 ? "best" : "worst"))) ?? fallback;
  const [other0] = sameTier(polarity === 1 ? -1 : 1);
  const other = recorded(polarity === 1 ? -1 : 1, other0);
  if (other) {
    const up = polarity === 1 ? (recorded(1, top.finding) ?? top.finding) : other;
    const down = polarity === 1 ? other : (recorded(-1, top.finding) ?? top.finding);
    return {
      kind: "contrast",
      up: changeSubject(all, up, sameTier(1), 1, strong),
      down: changeSubject(all, down, sameTier(-1), -1, strong),
      findings: [up, down],
    };
  }
  // A plain fall's headline goes to a fall that reached the measure's lowest yet: Ulricehamn's direct answers, down 4
  // points to riket's level, headlined over bemötandet, down 3 to its lowest since 2014 (read JO scored it 2).
  const lowest = !strong && polarity < 0 ? recorded(-1, top.finding) : undefined;
  const low = lowest !== undefined && lowest !== top.finding ? ranked.find((r) => r.finding === lowest) : undefined;
  const record = low?.facts.find((x) => x.kind === "record" && x.polarity < 0);
  if (low && record) return { kind: "time", fact: record, finding: low.finding, time: low.time };
  const subject = changeSubject(all, top.finding, same, polarity, strong);
  return { kind: "change", polarity, strong, subject, findings: same, ...(f.most ? { most: true as const } : {}) };
}

/** The angle of headline and lead: the strongest fact of the most newsworthy finding. */
export function chooseMunicipalAngle(ranked: readonly PlannedFinding[]): MunicipalAngle {
  const all = ranked.map((r) => r.finding);
  const top = ranked[0];
  const f = top ? angleFact(top.facts) : undefined;
  if (!top || !f) return { kind: "none" };
  if (PLACE_FACTS.includes(f.kind)) return { kind: "place", fact: f.kind, finding: top.finding };
  if (f.kind === "strong-change" || f.kind === "change") return changeAngle(all, ranked, top, f);
  if (f.kind === "crossing") return { kind: "crossing", polarity: f.polarity > 0 ? 1 : -1, finding: top.finding };
  if (f.kind !== "long-run" && TIME_FACTS.includes(f.kind)) return biggerRecord(ranked, top, f) ?? { kind: "time", fact: f, finding: top.finding, time: top.time };
  // Of the gaps as strong as the top news, the widest leads: Vilhelmina's direct answers 12 points above riket,
  // not a measure 5 above it that slid to its lowest (reads rated that headline 2 of 5).
  const withNational = ranked
    .filter((r) => r.finding.vsNational !== null && r.value === f.value)
    .sort((a, b) => gapWidth(b.finding) - gapWidth(a.finding))[0];
  if (f.kind === "gap" && withNational && withNational.finding.vsNational !== null) {
    const c = withNational.finding.vsNational;
    const polarity = comparePolarity(c);
    const strong = c === "much-better" || c === "much-worse";
    // As far from riket the other way: the release says both, the headline neither.
    // Of those, the widest: Norberg's response time, half as long again as riket's, not a 3-point gap (a read).
    const opposite = all
      .filter((x) => x.vsNational !== null && comparePolarity(x.vsNational) === -polarity && (x.vsNational === "much-better" || x.vsNational === "much-worse") === strong)
      .sort((a, b) => gapWidth(b, true) - gapWidth(a, true))[0];
    if (polarity !== 0 && opposite) return { kind: "mixed", findings: [withNational.finding, opposite] };
    return { kind: "compare", polarity, strong, subject: compareSubject(all, withNational.finding, polarity), finding: withNational.finding };
  }
  if (all.some((x) => x.changeClass !== null)) return { kind: "unchanged" };
  return { kind: "none" };
}

/** A year's change in units of its measure's `same` threshold. */
function changeSteps(f: IndicatorFinding): number {
  return f.change === null ? 0 : Math.abs(f.change) / Math.max(f.changeThresholds.same, Number.EPSILON);
}

/**
 * A record by a small step (value 3: a 2-point rise to it) never headlines over a record riket contradicts that
 * came with a real rise at least twice as large: Lerum's e-postsvar +2 over its direct answers +9 to their best,
 * Borlänge's +2 over tillgängligheten +7 (three sweeps scored both 3). The bigger one takes the angle, and the
 * headline says riket too (bothAngle). Not a narrow best after a real step, which headlines the step (Piteå).
 */
function biggerRecord(ranked: readonly PlannedFinding[], top: PlannedFinding, f: Fact): MunicipalAngle | undefined {
  if (f.kind !== "record" || f.value !== 3 || f.narrow) return undefined;
  const steps = changeSteps(top.finding);
  const bigger = ranked
    .map((r) => ({ r, x: r.facts.find((x) => x.kind === "record" && x.demoted && x.polarity === f.polarity && !x.narrow) }))
    .filter(({ r, x }) => x !== undefined && r.facts.some((c) => c.kind === "change" && c.value <= 4 && c.polarity === f.polarity) && changeSteps(r.finding) >= Math.max(WEAK_CHANGE_FACTOR, 2 * steps))
    .sort((a, b) => changeSteps(b.r.finding) - changeSteps(a.r.finding))[0];
  return bigger?.x ? { kind: "time", fact: bigger.x, finding: bigger.r.finding, time: bigger.r.time } : undefined;
}

/** How far from riket, against the comparison's strong threshold. */
function gapWidth(f: IndicatorFinding, byRatio = false): number {
  if (f.national === null) return 0;
  const units = Math.abs(f.value - f.national) / Math.max(f.compareThresholds.strong, Number.EPSILON);
  // `byRatio`: a time by its ratio too, at TIME_GAP.clear (half as long again) as wide as a strong gap (§5).
  const ratio = byRatio ? timeGapRatio(f.value, f.national, f.indicator.unit) : undefined;
  return ratio === undefined ? units : Math.max(units, (ratio - 1) / (TIME_GAP.clear - 1));
}

function angleItems(angle: MunicipalAngle, ranked: readonly PlannedFinding[]): LeadItem[] {
  const item = (finding: IndicatorFinding, kinds: readonly FactKind[]): LeadItem[] => {
    const p = ranked.find((r) => r.finding === finding);
    const fact = p?.facts.find((x) => kinds.includes(x.kind));
    return p && fact ? [{ finding, fact }] : [];
  };
  switch (angle.kind) {
    case "place":
      return item(angle.finding, [angle.fact]);
    case "change":
      return item(angle.subject.kind === "indicator" ? angle.subject.finding : (angle.findings[0] as IndicatorFinding), ["strong-change", "change"]);
    case "contrast":
      return angle.findings.flatMap((f) => item(f, ["strong-change", "change"]));
    case "crossing":
      return item(angle.finding, ["crossing"]);
    case "time":
      return [{ finding: angle.finding, fact: angle.fact }];
    case "compare":
      return item(angle.finding, ["gap"]);
    case "mixed":
      return angle.findings.flatMap((f) => item(f, ["gap"]));
    default: {
      const first = ranked[0];
      return first ? [{ finding: first.finding, fact: first.facts[0] as Fact }] : [];
    }
  }
}

/**
 * A fact worth the lead as the news pointing the other way: a place, a change
 * past WEAK_CHANGE_FACTOR × `same` (value 4 or stronger), or a time fact that
 * is news on its own (value 3 or stronger), or a wide gap to riket. A weak dip,
 * a record by a hair or a narrow gap is left to the body.
 */
function isCounterweight(x: Fact, p: PlannedFinding): boolean {
  const f = p.finding;
  // A worst-ever that ends three falls in a row is said, even on a measure still better than riket ("Det är
  // tredje året i rad …, men fortfarande bättre än rikssnittet"): sweep 3 found it left to the body under an
  // all-good lead (Orust, Nässjö scored 3; Täby, Robertsfors 4).
  if (x.kind === "record" && x.polarity < 0 && x.demoted && longFall(p)) return true;
  // So is a worst-ever by a hair on a measure that fell this year: left to the body under an all-good lead, it read as
  // bad news hidden (Vännäs' bemötande, down two years in a row; reads AV and AW).
  // (Not one far better than riket: Kalmar's bemötande at 94 procent, first in its group, read as a weakness beside
  // its group place; read BA.)
  if (x.kind === "record" && x.polarity < 0 && f.vsNational !== "much-better" && p.facts.some((y) => (y.kind === "change" || y.kind === "strong-change") && y.polarity < 0)) return true;
  // And one on a measure behind riket, however it came: Älvsbyn's direct answers at their lowest (49 → 48 procent),
  // 7 points behind riket, were left to the body under an all-good ingress (read DD scored it 3).
  // (Far behind, the gap is the counterweight and tells the record with it: Sorsele.)
  if (x.kind === "record" && x.polarity < 0 && f.vsNational === "worse") return true;
  // A gap only when it is wide (much better or worse than riket): "mindre än hälften så lång som riket".
  if (x.kind === "gap") {
    const multiple = f.national !== null && relativeChange(f.value, f.national, f.indicator.unit, TIMES_AS_LONG) !== undefined;
    return multiple || f.vsNational === "much-better" || f.vsNational === "much-worse";
  }
  return TIME_FACTS.includes(x.kind) ? x.value <= 3 : x.value <= 4;
}

/**
 * The lead: the angle's facts; then every strong change (or halving,
 * doubling) not yet said (it is always in headline or lead); then, when nothing in the
 * lead points the other way, the strongest fact that does (a last place or a
 * decline is never hidden behind good news). At most three facts.
 */
export function planLead(angle: MunicipalAngle, ranked: readonly PlannedFinding[], second = true): LeadItem[] {
  const lead = angleItems(angle, ranked);
  // A time fact in the lead comes with its indicator's change (see the phrase stage).
  const has = (f: IndicatorFinding, k: FactKind): boolean =>
    lead.some((i) => i.finding === f && (i.fact.kind === k || TIME_FACTS.includes(i.fact.kind)));
  for (const r of ranked) {
    const c = changeFact(r.facts);
    if (c !== undefined && c.value <= 2 && !has(r.finding, c.kind)) lead.push({ finding: r.finding, fact: c });
  }
  const polarity = lead[0]?.fact.polarity ?? 0;
  if (polarity !== 0 && !lead.some((i) => i.fact.polarity === -polarity)) {
    const placeLed = lead[0] !== undefined && PLACE_FACTS.includes(lead[0].fact.kind);
    const counter = ranked
      // A weak change (value 5) or a weak time fact is no counterweight worth the lead.
      .flatMap((r) => r.facts.filter((x) => x.polarity === -polarity && isCounterweight(x, r)).map((fact) => ({ finding: r.finding, fact })))
      // A gap on a measure the lead tells by a time fact is that sentence's context ("men fortfarande sämre än
      // rikssnittet"); after a change it is said ("47 procent … Det är klart sämre än både riket och gruppen").
      .filter((c) => c.fact.kind !== "gap" || !lead.some((i) => i.finding === c.finding && TIME_FACTS.includes(i.fact.kind)))
      // Not from a measure that itself holds a place at the other end: "Däremot minskade svarstiden …" answered a
      // last place with a measure among the ten weakest (Storuman, a read).
      .filter((c) => !ranked.find((r) => r.finding === c.finding)?.facts.some((x) => PLACE_FACTS.includes(x.kind) && x.polarity === -c.fact.polarity))
      // Of equal value, news that happened (a place, a fall) before a standing gap to riket (Piteå: e-post −5 before
      // the response time's gap, which its record would turn into good news).
      // After a place, its own change stays first among equals ("bland de tio sämsta … 5 procentenheter bättre än
      // året innan", Tingsryd); after other news, a change to a record and then the larger change (Sollentuna).
      .sort((a, b) => {
        // (Then the one riket puts far behind (ahead) too: Uppvidinge's e-mail answers at their best, 94 procent against
        // riket's 84, before tillgängligheten's best at 65 against 60 under its last place for bemötandet; read FX.)
        if (placeLed) return placeValue(a) - placeValue(b) || placeOrder(a) - placeOrder(b) || Number(a.fact.kind === "gap") - Number(b.fact.kind === "gap") || Number(farSameWay(b)) - Number(farSameWay(a)) || strongFacts(b, ranked) - strongFacts(a, ranked);
        return softened(a, ranked) - softened(b, ranked) || counterValue(a, ranked) - counterValue(b, ranked) || placeOrder(a) - placeOrder(b) || ownRecord(b) - ownRecord(a) || Number(a.fact.kind === "gap") - Number(b.fact.kind === "gap") || strongFacts(b, ranked) - strongFacts(a, ranked) || counterSize(b) - counterSize(a);
      })[0];
    if (counter) lead.push(counter);
  }
  const told = withStreak(withContext(withTimeFacts(withPlace(withOwnChange(keepTurn(lead), ranked), ranked), ranked, second), ranked), ranked, second);
  const full = second ? withSecond(told, ranked) : told;
  // A time fact the lead gained for a measure carries its gap to riket: the gap is not said twice.
  // (A worst-ever that is also worse than riket carries no such context: the gap stays, Sorsele.)
  const kept = full.filter((i) => i.fact.kind !== "gap" || !full.some((j) => j.finding === i.finding && TIME_FACTS.includes(j.fact.kind) && !(j.fact.polarity < 0 && i.fact.polarity < 0)));
  // (Not under a count, which follows the first sentence: read AK.)
  return second ? withOwnFarGap(kept, ranked) : kept;
}

/**
 * A lead that opens with a time fact (a record, a run) on a measure far from riket the same way says the gap right
 * after it: Surahammar's tillgänglighet at its best, 77 procent against riket's 60, left riket to the body (read FK).
 * (A time fact against riket says riket in its own clause; a lead of three facts has no room.)
 */
function withOwnFarGap(lead: LeadItem[], ranked: readonly PlannedFinding[]): LeadItem[] {
  const first = lead[0];
  if (!first || lead.length > 2 || !TIME_FACTS.includes(first.fact.kind) || first.fact.polarity === 0) return lead;
  const f = first.finding;
  if (!farOn(f, first.fact.polarity) || lead.some((i, k) => k > 0 && i.finding === f)) return lead;
  const gap = ranked.find((r) => r.finding === f)?.facts.find((x) => x.kind === "gap");
  return gap ? [first, { finding: f, fact: gap }, ...lead.slice(1)] : lead;
}

/**
 * A lead that opens with a place in the country, on a measure whose year went
 * the other way, says that change right after the place: "hör till de tio
 * sämsta … med 71 procent" hid that bemötandet rose 5 points (Kävlinge; Kungälv
 * likewise, two reads). It takes the place of that measure's gap, and the lead
 * keeps its first three facts.
 */
function withOwnChange(lead: readonly LeadItem[], ranked: readonly PlannedFinding[]): LeadItem[] {
  const first = lead[0];
  if (!first || !PLACE_FACTS.includes(first.fact.kind) || first.fact.polarity === 0) return [...lead];
  const mine = (i: LeadItem): boolean => i.finding === first.finding;
  if (lead.some((i) => mine(i) && (i.fact.kind === "change" || i.fact.kind === "strong-change" || TIME_FACTS.includes(i.fact.kind)))) return [...lead];
  const facts = ranked.find((r) => r.finding === first.finding)?.facts ?? [];
  // A record the other way is told instead, with its change (withTimeFacts): Linköping's bemötande at its best.
  if (facts.some((x) => x.kind === "record" && x.polarity === -first.fact.polarity)) return [...lead];
  const own = facts.find((x) => (x.kind === "change" || x.kind === "strong-change") && x.polarity === -first.fact.polarity && x.value <= 4);
  if (!own) return [...lead];
  const rest = lead.slice(1).filter((i) => !(mine(i) && i.fact.kind === "gap"));
  return [first, { finding: first.finding, fact: own }, ...rest].slice(0, 3);
}

/**
 * The lead's first three facts; the news pointing the other way is never cut
 * for a third strong change, which the lead then names in its "Även …"
 * sentence (Mörbylånga: three strong rises, and bemötande at its lowest unsaid).
 */
function keepTurn(lead: readonly LeadItem[]): LeadItem[] {
  const first = lead[0]?.fact.polarity ?? 0;
  const turn = lead.findIndex((i, k) => k >= 3 && first !== 0 && i.fact.polarity === -first);
  const third = lead[2];
  if (turn < 0 || !third || third.fact.kind !== "strong-change" || lead.slice(0, 3).some((i) => i.fact.polarity === -first)) return lead.slice(0, 3);
  return [...lead.slice(0, 2), lead[turn] as LeadItem];
}

/**
 * A lead about one measure, with room, takes the strongest news of another
 * measure that agrees with it (a strong change, a clear record, a long
 * streak): a lead of one place read as thin when direct answers had risen for
 * the fifth year in a row (Kramfors).
 */
function withSecond(lead: LeadItem[], ranked: readonly PlannedFinding[]): LeadItem[] {
  const first = lead[0];
  if (!first || lead.length >= 3) return lead;
  if (lead.some((i) => i.finding !== first.finding)) return withAgreeing(lead, ranked, first) ?? withFarGap(lead, ranked, first);
  const alone = lead.length === 1;
  const second = ranked
    .filter((r) => r.finding !== first.finding)
    .flatMap((r) => r.facts.filter((x) => secondNews(x, first.fact, alone, r.finding) || bestBesideBest(x, lead, r.finding, ranked)).map((fact) => ({ finding: r.finding, fact })))
    .sort((a, b) => a.fact.value - b.fact.value || Number(a.fact.kind === "gap") - Number(b.fact.kind === "gap") || Number(a.fact.demoted ?? false) - Number(b.fact.demoted ?? false) || counterValue(a, ranked) - counterValue(b, ranked) || counterSize(b) - counterSize(a))[0];
  return second ? [...lead, second] : lead;
}

/**
 * A lead of a place and its counterweight takes another measure's clear record the lead's way (value 2), before
 * the turn: Katrineholm's e-mail answers rose to 91 procent, its best, and the lead told its fourth place and a flat,
 * weak tillgänglighet instead (reads FT and FX scored it 3).
 */
function withAgreeing(lead: LeadItem[], ranked: readonly PlannedFinding[], first: LeadItem): LeadItem[] | undefined {
  // (Under a place in the country only: after a measure's own record Nykvarn's ingress ran to 78 words, read AK.)
  if (lead.length !== 2 || first.fact.polarity === 0 || !PLACE_FACTS.includes(first.fact.kind)) return undefined;
  const turn = lead.findIndex((i) => i.fact.polarity === -first.fact.polarity);
  if (turn < 0) return undefined;
  const pick = ranked
    .filter((r) => !lead.some((i) => i.finding === r.finding))
    .flatMap((r) => r.facts.filter((x) => x.kind === "record" && x.value <= 2 && x.polarity === first.fact.polarity && !x.narrow && !x.demoted).map((fact) => ({ finding: r.finding, fact })))[0];
  return pick ? [...lead.slice(0, turn), pick, ...lead.slice(turn)] : undefined;
}

/**
 * A lead of one measure and its counterweight takes a measure far from riket the lead's way, with the year's
 * change, before the turn: Fagersta's direct answers, 71 procent against riket's 55 after +8, sat in the body
 * under a record and a flat, weak tillgänglighet (read BV scored it 3).
 */
function withFarGap(lead: LeadItem[], ranked: readonly PlannedFinding[], first: LeadItem): LeadItem[] {
  if (lead.length > 2 || first.fact.polarity === 0) return lead;
  const far = (f: IndicatorFinding): boolean => farOn(f, first.fact.polarity);
  // A real change (not a weak one), and only beside a counterweight: the lead is one news and one turn.
  const moved = (r: PlannedFinding): boolean => {
    const c = changeFact(r.facts);
    return c !== undefined && c.polarity === first.fact.polarity && c.value <= 4;
  };
  const turn = lead.findIndex((i) => i.fact.polarity === -first.fact.polarity);
  const pick = ranked.find((r) => !lead.some((i) => i.finding === r.finding) && far(r.finding) && moved(r));
  const gap = pick?.facts.find((x) => x.kind === "gap");
  if (!pick || !gap || turn < 0) return lead;
  return [...lead.slice(0, turn), { finding: pick.finding, fact: gap }, ...lead.slice(turn)];
}

/**
 * Beside a lead about one measure's best-ever, another measure's best-ever when that measure is better than riket:
 * Ekerö's response time, down 1,6 timmar to 3,3 and its best, was left to its section under a lead of one rise
 * to a best. (Read BM asked the same for Bromölla's 5,1 → 4,3 timmar, a best the year left level, which an
 * earlier read did not want in a lead: Sölvesborg.)
 */
function bestBesideBest(x: Fact, lead: readonly LeadItem[], f: IndicatorFinding, ranked: readonly PlannedFinding[]): boolean {
  const better = f.vsNational !== null && comparePolarity(f.vsNational) > 0;
  // (Not where the bests are counted: the count names it, Trelleborg. Not a best the year left level: Sölvesborg's
  // 3 → 2,6 timmar in the lead was read as a record the year did not make, a read of 2026-12-02.)
  return x.kind === "record" && x.polarity > 0 && !x.hair && better && !recordsCounted(ranked, "best") && lead.some((i) => i.fact.kind === "record" && i.fact.polarity > 0);
}

/**
 * News worth a second measure in a lead about one: the lead's way at value 2;
 * and beside a lead of one fact, either way at value 3 (but a gap or a place),
 * or a record or streak riket puts in its place (told with riket:
 * Heby's e-post at its best yet after four rises, still under riket; Överkalix's
 * fifth rise in a row, left out beside a place, a read).
 */
function secondNews(x: Fact, first: Fact, alone: boolean, f: IndicatorFinding): boolean {
  // A worst-ever beside a lead of one fact, however narrow, when it is also worse than riket (Essunga:
  // tillgängligheten at its lowest, 50 against 60 procent, unsaid under a headline about the telephone); a
  // 1-point low level with or better than riket is noise in a lead (Nordanstig, Botkyrka, later reads).
  const worse = f.vsNational !== null && comparePolarity(f.vsNational) < 0;
  if (alone && x.kind === "record" && x.polarity < 0 && !x.demoted && worse) return true;
  // Far from riket the lead's way, beside a lead of one fact: Avesta's e-post within a day, 94 against riket's
  // 84 procent, was the release's last sentence under a 2-point rise to a record (a read scored it 3).
  if (alone && x.kind === "gap" && x.polarity === first.polarity && (f.vsNational === "much-better" || f.vsNational === "much-worse")) return true;
  // Beside a lead that is only a standing gap to riket, the year's change the same way: Åtvidaberg's direct
  // answers 17 points above riket, and tillgängligheten up 4 points (the lead had no news of the year).
  if (alone && first.kind === "gap" && x.kind === "change" && x.value <= 4 && x.polarity === first.polarity) return true;
  if (PLACE_FACTS.includes(x.kind) || x.kind === "gap" || x.kind === "long-run" || x.narrow) return false;
  if (x.demoted) return alone && (x.kind === "record" || x.kind === "streak");
  return x.value <= 2 ? x.polarity === first.polarity : alone && x.value <= 3;
}

/**
 * News on a measure that riket puts on the other side (a fall to its lowest, 63 procent, still above riket's 55)
 * is the lead's counterweight only when nothing else is: Mjölby's tillgänglighet, 39 against riket's 60 and
 * third from the bottom of its group, was left to the body for such a fall (a read).
 */
function softened(i: LeadItem, ranked: readonly PlannedFinding[]): number {
  const vs = i.finding.vsNational === null ? 0 : comparePolarity(i.finding.vsNational);
  // Not a worst-ever that ends three falls in a row: Robertsfors' tillgänglighet, down for the third year to its
  // lowest, went under the ingress for a 2-point rise beside a standing gap to riket (read GT scored it 3).
  if (i.fact.kind === "record" && longFall(ranked.find((r) => r.finding === i.finding))) return 0;
  // Only bad news: good news behind riket (Sollentuna's tillgänglighet up 9 points to its best) is still news.
  return i.fact.kind !== "gap" && i.fact.polarity < 0 && vs === -i.fact.polarity ? 1 : 0;
}

/** The measure fell for LONG_STREAK_STEPS years in a row or more. */
function longFall(p: PlannedFinding | undefined): boolean {
  const streak = p?.time?.series.streak;
  return streak !== undefined && streak !== null && streak.trend === "declining" && streak.steps >= LONG_STREAK_STEPS;
}

/**
 * A change that sets a record the same way is stronger than either alone, even
 * when riket demotes the record: a 9-point rise to Sollentuna's best ever
 * outweighs a 4-point rise that ends two falls (a read found it buried).
 */
function counterValue(i: LeadItem, ranked: readonly PlannedFinding[]): number {
  if (i.fact.kind !== "change" && i.fact.kind !== "strong-change") return i.fact.value;
  const facts = ranked.find((r) => r.finding === i.finding)?.facts ?? [];
  return facts.some((x) => x.kind === "record" && x.polarity === i.fact.polarity) ? i.fact.value - 1 : i.fact.value;
}

/**
 * Of equal value, a best-ever (worst-ever) or a run before a turnaround or a
 * plain change: Surahammar's tillgänglighet at its best, 17 points above riket,
 * was left out for e-post's turnaround (a read).
 */
function ownRecord(i: LeadItem): number {
  return (i.fact.kind === "record" || i.fact.kind === "streak") && !i.fact.demoted ? 1 : 0;
}

/** The measure is far from riket the way the fact points ("klart bättre än riket" beside a best-ever). */
function farSameWay(i: LeadItem): boolean {
  return farOn(i.finding, i.fact.polarity);
}

/** At least `strong` from riket on side `polarity` (+1 ahead, −1 behind): "much-better" or "much-worse". */
function farOn(f: IndicatorFinding, polarity: number): boolean {
  return polarity !== 0 && f.vsNational === (polarity > 0 ? "much-better" : "much-worse");
}

/**
 * Of equal value, the measure with more strong news of its own: Töreboda's bemötande, at its best after four rises in
 * a row, before e-post within a day at its best after a larger single step (read GT found the run buried).
 */
function strongFacts(i: LeadItem, ranked: readonly PlannedFinding[]): number {
  return (ranked.find((r) => r.finding === i.finding)?.facts ?? []).filter((x) => x.value <= 2 && x.polarity === i.fact.polarity).length;
}

/** Of equal value, the larger change against its threshold. */
function counterSize(i: LeadItem): number {
  const f = i.finding;
  return f.change === null ? 0 : Math.abs(f.change) / Math.max(f.changeThresholds.strong, Number.EPSILON);
}

/**
 * Against a place, another place in the country weighs one step more: Göteborg among the ten weakest for
 * e-post within a day and seventh in the country for the response time, whose record at riket's level
 * took the other side (a read: "the strongest result is the last sentence of its section").
 */
function placeValue(i: LeadItem): number {
  return PLACE_FACTS.includes(i.fact.kind) ? i.fact.value - 1 : i.fact.value;
}

/** Among places of equal news value, the more extreme first (fourth before eighth in the country). */
function placeOrder(i: LeadItem): number {
  const r = i.finding.rank;
  if (!r || !PLACE_FACTS.includes(i.fact.kind)) return Number.MAX_SAFE_INTEGER;
  return i.fact.polarity > 0 ? r.position : placesBelow(r);
}

/**
 * A change in the lead on a measure riket puts on the other side (a decline,
 * still better than riket) gets that gap right after it when the lead has
 * room: "minskade från 68 till 63 procent. Det är ändå bättre än …". A change
 * that is the lead's only news gets its gap whichever side it is on: a lead of
 * one sentence read as thin (Uddevalla: 63 → 67 %, and riket's 60 % unsaid).
 */
function withContext(lead: readonly LeadItem[], ranked: readonly PlannedFinding[]): LeadItem[] {
  const first = lead[0];
  if (!first || lead.length >= 3 || (first.fact.kind !== "change" && first.fact.kind !== "strong-change")) return [...lead];
  if (lead.some((i) => i.finding === first.finding && i.fact.kind !== first.fact.kind)) return [...lead];
  const alone = lead.length === 1;
  // Alone and level with riket, the comparison is still said: a lone 4-point dip read as bad news when the
  // result is at riket's level (Norrtälje: 89 → 85 %, riket 84).
  const level: Fact | undefined = alone && first.finding.vsNational === "level" ? { kind: "gap", value: NEWS_VALUE.gap, polarity: 0 } : undefined;
  const gap = ranked.find((r) => r.finding === first.finding)?.facts.find((x) => x.kind === "gap" && (alone || x.polarity === -first.fact.polarity)) ?? level;
  return gap ? [first, { finding: first.finding, fact: gap }, ...lead.slice(1)] : [...lead];
}

/**
 * The first measure's near gap the other way (withContext: "Men tillgängligheten i telefon är fortfarande något bättre
 * än snittet …") goes when another measure's record or run now turns the lead: beside it the gap softened the news
 * twice and, left in, took the ingress's room, so that Arvika's direct answers at their best after a third rise went
 * to the body under a 5-point fall (read JH scored it 2). A far gap stays: it is news of its own.
 */
function withoutSoftening(lead: readonly LeadItem[]): LeadItem[] {
  const first = lead[0];
  if (!first || (first.fact.kind !== "change" && first.fact.kind !== "strong-change")) return [...lead];
  const turned = lead.some((i) => i.finding !== first.finding && i.fact.polarity === -first.fact.polarity && TIME_FACTS.includes(i.fact.kind));
  const near = (i: LeadItem): boolean => i.finding === first.finding && i.fact.kind === "gap" && i.fact.polarity === -first.fact.polarity && !/^much-/.test(i.finding.vsNational ?? "");
  return turned ? lead.filter((i) => !near(i)) : [...lead];
}

/**
 * A place among the ten best or weakest in the country is never left to the
 * body when the lead has room (§3): the strongest one not yet said joins it.
 */
function withPlace(lead: LeadItem[], ranked: readonly PlannedFinding[]): LeadItem[] {
  if (lead.length >= 3 || lead.some((i) => PLACE_FACTS.includes(i.fact.kind))) return lead;
  const place = ranked
    .flatMap((r) => r.facts.filter((x) => PLACE_FACTS.includes(x.kind)).map((fact) => ({ finding: r.finding, fact })))
    .sort((a, b) => a.fact.value - b.fact.value || placeOrder(a) - placeOrder(b))[0];
  return place ? placeAt(lead, place) : lead;
}

/**
 * Where a place joins the lead: right after its measure's own sentences when the lead tells that measure;
 * else with the news it agrees with, before the lead turns ("tappar kraftigt … hör till de tio sämsta … Men
 * …", Ånge); else last.
 */
function placeAt(lead: readonly LeadItem[], place: LeadItem): LeadItem[] {
  const own = lead.findLastIndex((i) => i.finding === place.finding);
  if (own >= 0) return [...lead.slice(0, own + 1), place, ...lead.slice(own + 1)];
  // Between two measures, never inside one's sentences: Oxelösund's record on e-post was cut from its place.
  // After a lead that opens with a place the same way, right after that measure: the places together, then the
  // rest (Storuman: the response time among the ten weakest came after bemötandet's fall, a read wanted it first).
  const placeLed = lead[0] !== undefined && PLACE_FACTS.includes(lead[0].fact.kind) && lead[0].fact.polarity === place.fact.polarity;
  const alike = (i: LeadItem): boolean => PLACE_FACTS.includes(i.fact.kind) && i.fact.polarity === place.fact.polarity;
  const turn = lead.findIndex((i, k) => k > 0 && i.finding !== lead[k - 1]?.finding && (placeLed ? !alike(i) : i.fact.polarity === -place.fact.polarity));
  if (lead[0]?.fact.polarity !== place.fact.polarity) return placeAtTurn(lead, place);
  return turn < 0 ? [...lead, place] : [...lead.slice(0, turn), place, ...lead.slice(turn)];
}

/**
 * A place against the lead's first news: last, unless the lead turns to its side on a measure level with riket
 * while the place's measure is far from it; then it opens the turn. Halmstad's response time, last in the group
 * and twice riket's, came after direct answers at their lowest but level with riket (a read of 2026-12-02 scored
 * it 3 for the buried place).
 */
function placeAtTurn(lead: readonly LeadItem[], place: LeadItem): LeadItem[] {
  const turn = lead.findIndex((i, k) => k > 0 && i.fact.polarity === place.fact.polarity);
  const weaker = turn >= 0 && lead[turn]?.finding.vsNational === "level" && farFromRiket(place.finding);
  return weaker ? [...lead.slice(0, turn), place, ...lead.slice(turn)] : [...lead, place];
}

/**
 * A lead whose news all points one way tells the first measure's channel through before it turns to the other:
 * Vallentuna's ingress went from the direct answers to e-post's seventh place and back to tillgänglighetens fifth
 * rise in a row (read JN: "jumps telefon → e-post → telefon"). A lead with a turn keeps its order (the turn's place
 * is its own rule).
 */
function channelsTogether(lead: readonly LeadItem[]): LeadItem[] {
  const way = lead[0]?.fact.polarity ?? 0;
  if (way === 0 || lead.some((i) => i.fact.polarity === -way)) return [...lead];
  const channel = lead[0]?.finding.indicator.channel;
  const own = (i: LeadItem): boolean => i.finding === lead[0]?.finding;
  return [...lead.filter(own), ...lead.filter((i) => !own(i) && i.finding.indicator.channel === channel), ...lead.filter((i) => !own(i) && i.finding.indicator.channel !== channel)];
}

/** A run over every year of a series of six: "för femte året i rad". */
export const WHOLE_RUN_STEPS = 5;

/**
 * A run over the whole series (five steps, every one a real change, adding up to a strong change) is said in
 * the lead when the lead tells no run as long: Öckerö's tillgänglighet, up every year from 30 to 54 procent,
 * sat in the body under a lead with e-post's third rise (two reads scored it 3); Vallentuna, Varberg and
 * Hudiksvall likewise (a sweep). The longest one only, whichever way; riket's side comes with it.
 */
function withLongestRun(lead: readonly LeadItem[], ranked: readonly PlannedFinding[]): LeadItem[] {
  const steps = (r: PlannedFinding | undefined): number => r?.time?.series.streak?.steps ?? 0;
  const told = Math.max(0, ...lead.filter((i) => i.fact.kind === "streak").map((i) => steps(ranked.find((r) => r.finding === i.finding))));
  const run = ranked
    .filter((r) => !lead.some((i) => i.finding === r.finding && i.fact.kind === "streak"))
    .flatMap((r) => {
      const s = r.time?.series.streak;
      const fact = r.facts.find((x) => x.kind === "streak");
      const strong = s !== undefined && s !== null && Math.abs(s.difference) >= (r.time?.strong ?? Number.POSITIVE_INFINITY);
      return fact && s && strong && s.steps >= WHOLE_RUN_STEPS && s.clearSteps === s.steps && s.steps > told ? [{ finding: r.finding, fact, size: Math.abs(s.difference) / (r.time?.strong ?? 1) }] : [];
    })
    .sort((a, b) => b.size - a.size)[0];
  if (!run) return [...lead];
  // Right after its measure's change, which it continues ("sjönk med 14 procentenheter … Femte året i rad …"); it
  // carries riket's side, so a gap of the same measure is not said twice (Borås).
  const item = { finding: run.finding, fact: run.fact };
  const rest = lead.filter((i) => !(i.finding === run.finding && i.fact.kind === "gap"));
  const change = rest.findIndex((i) => i.finding === run.finding && (i.fact.kind === "change" || i.fact.kind === "strong-change"));
  return change >= 0 ? [...rest.slice(0, change + 1), item, ...rest.slice(change + 1)] : placeAt(rest, item);
}

/** Places from the top said in the lead whatever else it holds ("delar femte plats i landet"). */
const TOP_PLACES = 10;

/**
 * Beyond the lead's three facts, every place among the weakest (and the TOP_PLACES best) in the country and
 * every first or last place in the kommungrupp is said in the lead (§3: nothing hidden, nothing understated). In the body they
 * read as buried: Piteå's longest response time of the 24 in its group (three reads), Storuman's and
 * Heby's response times among the ten weakest beside a last place, Jokkmokk's direct answers at their best
 * and last in the group, Boden's and Härjedalen's shortest response times in the group (a sweep of every
 * example release, 33 group places and 7 weak places in the body).
 */
function withPlacesSaid(lead: readonly LeadItem[], ranked: readonly PlannedFinding[]): LeadItem[] {
  let out = [...lead];
  const said = (f: IndicatorFinding, x: Fact): boolean => out.some((i) => i.finding === f && i.fact.kind === x.kind);
  for (const r of ranked) {
    // Among the five best too: Motala's shared fifth place on tillgängligheten sat below the quote (read BJ).
    const top = (x: Fact): boolean => x.polarity > 0 && (r.finding.rank?.position ?? Number.POSITIVE_INFINITY) <= TOP_PLACES;
    const place = r.facts.find((x) => PLACE_FACTS.includes(x.kind) && (x.polarity < 0 || top(x)));
    if (place && !said(r.finding, place)) out = placeAt(out, { finding: r.finding, fact: place });
  }
  for (const r of ranked) {
    const group = groupPlaceFact(r.finding, r.facts);
    // Not a first place in the group on a measure that fell to its lowest yet: "Bland likvärdiga kommuner är Jokkmokk
    // bäst för bemötandet i telefon" over a fall from 97 to 92 procent, its lowest, read as the fall hidden behind the
    // place (reads CH and CN scored it 3; read BZ likewise for Kalmar). The body tells both.
    const against = group !== undefined && group.polarity > 0 && isDecline(r.finding.changeClass) && r.time?.series.record?.kind === "worst";
    if (group && !against && !said(r.finding, group)) out = placeAt(out, { finding: r.finding, fact: group });
  }
  return out;
}

/**
 * A record or a long streak is as strong as a strong change (§1, rank 2): when
 * the lead speaks of an indicator that has one, and there is room, the lead
 * says it right after that indicator's own sentence. One time fact per
 * indicator; the rest go to the body.
 */
function withTimeFacts(lead: readonly LeadItem[], ranked: readonly PlannedFinding[], second = true): LeadItem[] {
  const out = [...lead];
  // A clear record or long streak on a measure the lead has not told outranks a lesser time fact on one it
  // has (Uppsala: bemötande at its worst after three falls was left to the body for e-post's record by 3 points).
  // Not under a count of records, which names them already; never one riket puts in its place (it carries that context).
  const elsewhere = second ? clearTimeElsewhere(lead, ranked) : undefined;
  let gave = false;
  for (const finding of [...new Set(lead.map((i) => i.finding))]) {
    if (out.length >= 3 || out.some((i) => i.finding === finding && TIME_FACTS.includes(i.fact.kind))) continue;
    // A record that riket puts in its place goes with its context ("men fortfarande sämre än rikssnittet").
    // A worst-ever on a measure the lead tells is said, however narrow: "förändrades knappt … 41 procent" hid
    // Sorsele's lowest yet (a read).
    // A response time's best by less than `same`, on a change riket still puts behind, is not: "Det är Karlshamns
    // bästa resultat …, 0,4 timmar kortare än förra rekordet, men svarstiden … är fortsatt längre än rikssnittet" read
    // as noise beside the year's 4,6-hour fall (reads FL and FQ); the lead says the gap, the section the record.
    const narrowBest = (x: Fact): boolean => x.kind === "record" && x.narrow === true && x.polarity > 0 && x.demoted === true && isTime(finding.indicator.unit);
    const fact = ranked.find((r) => r.finding === finding)?.facts.find((x) => TIME_FACTS.includes(x.kind) && !narrowBest(x) && (x.value <= 2 || (x.kind === "record" && (x.value <= 3 || x.demoted || x.polarity < 0))));
    if (!fact) continue;
    if (elsewhere && fact.value > 2 && !fact.demoted && fact.polarity > 0) {
      gave = true;
      continue;
    }
    // Right after the indicator's own sentence: "Det är det bästa resultatet …" must follow the value, not a comparison.
    const at = out.map((i) => i.finding).indexOf(finding) + 1;
    out.splice(at, 0, { finding, fact });
  }
  if (gave && elsewhere && out.length < 3) return [...out, elsewhere];
  const low = lowElsewhere(out, ranked);
  return low ? [...out, low] : out;
}

/**
 * A lead that tells one measure takes a worst-ever that a real fall reached on another, however narrow its margin
 * over the old worst: Ulricehamn's headline and lead told a 4-point dip in direct answers, level with riket, while
 * bemötandet fell 3 points to its lowest yet and opened the body (read CD scored it 3).
 */
function lowElsewhere(lead: readonly LeadItem[], ranked: readonly PlannedFinding[]): LeadItem | undefined {
  if (lead.length >= 3 || new Set(lead.map((i) => i.finding)).size > 1) return undefined;
  for (const r of ranked) {
    if (lead.some((i) => i.finding === r.finding) || !isDecline(r.finding.changeClass)) continue;
    // Not a narrow one far better than riket: Kalmar's bemötande at 94 procent, first in its group, read as a
    // weakness in the lead (read BA).
    const f = r.finding;
    const far = f.national !== null && f.vsNational !== null && comparePolarity(f.vsNational) > 0 && Math.abs(f.value - f.national) >= f.compareThresholds.strong;
    const fact = r.facts.find((x) => x.kind === "record" && x.polarity < 0 && !(x.narrow === true && far));
    if (fact) return { finding: r.finding, fact };
  }
  return undefined;
}

/**
 * A record the lead tells, reached by a run of three years or more the same
 * way, gets the run right after it when there is room ("Förbättringen är den
 * femte i rad"): Botkyrka's five rises in direct answers were left to the body.
 * `headline`: the lead opens with the headline's own news (no count before it).
 */
function withStreak(lead: readonly LeadItem[], ranked: readonly PlannedFinding[], headline = true): LeadItem[] {
  const out = [...lead];
  for (const item of lead) {
    // (The headline's record takes its run past the lead's three facts: Osby's direct answers at their lowest after a
    // third fall had the run only in the body while the ingress gave e-mail's, read HT. Not under a count, which opens
    // the lead instead: Gnesta's e-mail rise lost riket's side from its sentence.)
    if ((out.length >= 3 && (item !== lead[0] || !headline)) || item.fact.kind !== "record" || out.some((i) => i.finding === item.finding && i.fact.kind === "streak")) continue;
    const run = runTo(item, ranked);
    if (run) out.splice(out.indexOf(item) + 1, 0, run);
  }
  return out;
}

/** The run of three years or more, every step a real change, that a record was reached by; undefined if none. */
function runTo(record: LeadItem, ranked: readonly PlannedFinding[]): LeadItem | undefined {
  const p = ranked.find((r) => r.finding === record.finding);
  const run = p?.time?.series.streak;
  // A record riket puts in its place takes its run the same way (Malå: its best after a fourth rise, still
  // under riket; the run read as the news).
  const fact = p?.facts.find((x) => x.kind === "streak" && x.polarity === record.fact.polarity && (!x.demoted || record.fact.demoted === true));
  if (!fact || !run || run.steps < LONG_STREAK_STEPS || run.clearSteps !== run.steps) return undefined;
  return { finding: record.finding, fact };
}

/** The first measure not in the lead with a clear record or a long streak (value 2, not put in its place by riket). */
function clearTimeElsewhere(lead: readonly LeadItem[], ranked: readonly PlannedFinding[]): LeadItem | undefined {
  for (const r of ranked) {
    if (lead.some((i) => i.finding === r.finding)) continue;
    const fact = r.facts.find((x) => (x.kind === "record" || x.kind === "streak") && x.value <= 2 && !x.demoted && !x.narrow);
    if (fact) return { finding: r.finding, fact };
  }
  return undefined;
}

/**
 * Among a section's weaker news (value 4 or 5), a measure that fell to its worst yet comes first: Högsby's bemötande,
 * down 3 points to its lowest, was the release's last paragraph behind two measures that barely moved (read KU:
 * "buried"). Stronger news keeps its place. 0 sorts first.
 */
function recordAmongWeak(p: PlannedFinding): number {
  if (p.value <= 3) return 0;
  // (Not a record the year reached without a change: Södertälje's bemötande, 1 point under its old low, stays last.)
  const moved = p.finding.changeClass !== null && p.finding.changeClass !== "unchanged";
  // (A worst only: bests are counted together right under the lead, "… har nu sitt bästa resultat hittills på tre mått".)
  return moved && p.facts.some((x) => x.kind === "record" && x.polarity < 0) ? 1 : 2;
}

function planSections(ranked: readonly PlannedFinding[]): MunicipalSection[] {
  const channels = [...new Set(ranked.map((r) => r.finding.indicator.channel))];
  return channels.map((channel) => ({ channel, findings: ranked.filter((r) => r.finding.indicator.channel === channel) }));
}

function summarise(findings: readonly IndicatorFinding[]): Summary | null {
  const cls = findings.map((f) => f.vsNational).filter((c) => c !== null);
  if (cls.length < 3) return null;
  return {
    total: cls.length,
    better: cls.filter((c) => comparePolarity(c) > 0).length,
    worse: cls.filter((c) => comparePolarity(c) < 0).length,
  };
}

/** Records on this many measures or more make the headline a count of them. */
export const RECORDS_HEADLINE = 3;


/**
 * The count of records as the angle: three or more of one kind, and the
 * year's strongest news no stronger than a record (no place at the very top
 * or bottom, no strong change).
 */
function recordsAngle(inner: MunicipalAngle, ranked: readonly PlannedFinding[], summary: Summary | null): MunicipalAngle | undefined {
  const top = ranked[0];
  // A place in the country (even among the ten weakest) stays the story; so does a strong change, unless it
  // is one of the records ("sitt bästa resultat hittills på fyra av fem mått", the 28-point rise told in the lead).
  // (Not a place among the ten best: Katrineholm's shared fourth place for bemötandet headlined a year with its best
  // results yet on four of five measures, which two readers called the story buried (reads BC and BD).)
  // (Nor over a place among the weakest on another measure: Vellinge's fifth-last e-mail answers.)
  const low = ranked.some((r) => r.facts.some((x) => x.kind === "bottom-ten" || x.kind === "bottom-three" || x.kind === "last"));
  if (!top || (inner.kind === "place" && (inner.fact !== "top-ten" || low))) return undefined;
  // The country's largest change is the story too, unless every measure is at its best (worst): Hylte's records on
  // all five under "svarar klart bättre via telefon" read as the story hidden (sweeps 6 and 7 scored it 3). The lead
  // tells the largest change right after the count.
  const every = (record: "best" | "worst"): boolean => ranked.length >= RECORDS_HEADLINE + 1 && ranked.every((r) => r.time?.series.record?.kind === record);
  if (top.value < 2 && !every("best") && !every("worst")) return undefined;
  for (const record of ["best", "worst"] as const) {
    const strong = ranked.filter((r) => r.facts.some((x) => x.kind === "strong-change"));
    if (strong.some((r) => r.time?.series.record?.kind !== record)) continue;
    const all = ranked.filter((r) => r.time?.series.record?.kind === record);
    // A record by a hair (81 → 82 %) is counted, but does not make the count a headline (a read found the
    // count padded); a best-ever still worse than riket does (Munkedal's 47 → 75 %), told with riket's context.
    const plain = all.filter((r) => r.facts.some((x) => x.kind === "record" && !x.narrow));
    // Most of them must be strengths (weaknesses): a count of records two of which are still worse than riket
    // read as an overclaim (Umeå: three records, below riket on three of five measures).
    const against = plain.filter((r) => r.facts.some((x) => x.kind === "record" && x.demoted)).length;
    // Counting the records by a hair too: Karlskoga's "bästa resultat hittills på alla fem mått", three of them
    // worse than riket and two by a point, read as an overclaim (reads EV, EW, EX).
    const behind = all.filter((r) => r.finding.vsNational !== null && comparePolarity(r.finding.vsNational) === (record === "best" ? -1 : 1)).length;
    // Four or more with at least two clear ones make the count too: Nacka's best on four of five, two of them
    // narrow, headlined a fourth rise on one measure (read BH scored it 3).
    const enough = plain.length >= RECORDS_HEADLINE || (all.length > RECORDS_HEADLINE && plain.length >= RECORDS_HEADLINE - 1);
    if (!enough) continue;
    const other = opposedRecord(ranked, record);
    if (against * 2 >= plain.length || behind * 2 >= all.length) {
      // The count then says riket's side too: Karlskoga's best yet on all five measures, three of them still worse
      // than riket, read as an overclaim alone in the headline (reads EV, EW, EX) and as buried news under a fifth
      // rise of one measure (read GK). "bästa resultaten hittills på alla fem mått – men sämre än riket på tre" holds both.
      const worse = summary?.worse ?? 0;
      if (record !== "best" || other || !summary || worse <= summary.better || worse < 2) continue;
      return { kind: "records", record, findings: all.map((r) => r.finding), inner, behind: worse };
    }
    return { kind: "records", record, findings: all.map((r) => r.finding), inner, ...(other ? { against: other } : {}) };
  }
  return undefined;
}

/**
 * A count of records whose lead tells one fact takes the counted measure farthest ahead of riket (behind, for a
 * count of worsts), said by its value against riket's: Nacka's lead gave only e-mail answers, level with riket, under
 * "bästa resultaten hittills på fyra av fem mått", while tillgängligheten stood at 72 procent against 60 (read FY).
 */
function countAhead(lead: readonly LeadItem[], ranked: readonly PlannedFinding[], counted: Extract<MunicipalAngle, { kind: "records" }>): LeadItem | undefined {
  // (A lead of one fact only: beside Nybro's record and its run the ingress had no room, and the gap opened a section.)
  if (lead.length !== 1) return undefined;
  const polarity = counted.record === "best" ? 1 : -1;
  const far = ranked
    .filter((r) => counted.findings.includes(r.finding) && !lead.some((i) => i.finding === r.finding))
    .filter((r) => farOn(r.finding, polarity))
    .sort((a, b) => gapWidth(b.finding, true) - gapWidth(a.finding, true))[0];
  return far ? { finding: far.finding, fact: { kind: "gap", value: NEWS_VALUE.gap, polarity } } : undefined;
}

/**
 * A clear record the other way, reached by a real change, beside a count of records: "rekord på fyra av fem mått,
 * men bemötandet på sin sämsta nivå". Perstorp's count headlined alone while bemötandet fell 3 points to its lowest yet
 * (read FW); the lead told it, the headline did not. Not one riket puts in its place, nor one by a hair.
 */
function opposedRecord(ranked: readonly PlannedFinding[], record: "best" | "worst"): LeadItem | undefined {
  const polarity = record === "best" ? -1 : 1;
  for (const r of ranked) {
    const fact = r.facts.find((x) => x.kind === "record" && x.polarity === polarity && !x.narrow && !x.demoted);
    if (fact && agreesWith(r.finding.changeClass, polarity, false)) return { finding: r.finding, fact };
  }
  return undefined;
}

/**
 * A count of records whose lead tells none of them (only a place and a turn)
 * gets its strongest record told with its figure: Katrineholm's "bästa
 * resultat hittills på fyra av fem mått" gave no record's value (reads DA, DO).
 */
function countedRecord(lead: readonly LeadItem[], counted: readonly IndicatorFinding[], ranked: readonly PlannedFinding[]): LeadItem | undefined {
  if (lead.some((i) => counted.includes(i.finding) && !PLACE_FACTS.includes(i.fact.kind) && i.fact.kind !== "gap")) return undefined;
  const r = ranked.find((x) => counted.includes(x.finding) && x.facts.some((f) => f.kind === "record" && !f.narrow));
  const fact = r?.facts.find((f) => f.kind === "record");
  return r && fact ? { finding: r.finding, fact } : undefined;
}

/**
 * The count across measures as the angle (§4): better (worse) than riket on
 * all measures or all but one, four measures or more, and nothing in the year
 * stronger than a crossing or a top-ten place (news value 3 or weaker).
 */
function summaryAngle(inner: MunicipalAngle, ranked: readonly PlannedFinding[], summary: Summary | null, since: number): MunicipalAngle | undefined {
  const top = ranked[0];
  if (!summary || summary.total < 4 || !top || top.value < 3) return undefined;
  const over = countOverChange(top, summary);
  const polarity = summary.better >= summary.total - 1 ? 1 : summary.worse >= summary.total - 1 ? -1 : over;
  // Not when the year moved the other way on as many: "sämre än riket på fyra av fem" over a year that
  // improved four of five, two of them to records, read as the wrong story (Mönsterås).
  if (polarity === 0 || movedAgainst(ranked, polarity) >= summary.total - 1 || opposedRecords(ranked)) return undefined;
  // Three measures the other way against at most one the count's way: the headline says both. "Vindeln sämre än riket
  // på alla fem mått" over a year that improved three, one of them to a record after a third rise, read as the wrong
  // emphasis (read JJ scored it 2); so did Malmö's "bättre än riket på fyra av fem" over three falls (reads DE, DG).
  const against = movedAgainst(ranked, polarity);
  const year = against >= YEAR_SIDE && movedAgainst(ranked, polarity > 0 ? -1 : 1) <= against - 2 ? { year: { count: against, since } } : {};
  return { kind: "summary", polarity, inner, ...(over !== 0 && over === polarity ? { over: top.finding } : {}), ...year };
}

/**
 * The year's strongest news is a clear record one way and another measure's clear record the other way, as strong
 * (§1: the release says both): the two sides make the headline, not a count against riket. "Mellerud sämre än riket
 * på fyra av fem mått" over bemötandet at its lowest and e-mail answers at their best read as the wrong story (read JX).
 */
function opposedRecords(ranked: readonly PlannedFinding[]): boolean {
  const clear = (r: PlannedFinding | undefined): Fact | undefined => r?.facts.find((x) => x.kind === "record" && !x.narrow && !x.demoted);
  const top = clear(ranked[0]);
  if (!top || angleFact(ranked[0]?.facts ?? []) !== top) return false;
  return ranked.slice(1).some((r) => {
    const x = clear(r);
    return x !== undefined && x.polarity === -top.polarity && x.value <= top.value;
  });
}

/** At least this many measures that moved against a count of them against riket make the headline's other side. */
const YEAR_SIDE = 3;

/** At least this many measures on one side of riket make a count the angle over a plain change the other way. */
export const COUNT_OVER_CHANGE = 3;

/**
 * A count of three measures or more on one side of riket, at most one on the other, over a year whose strongest
 * news is a plain change the other way (value 4) that leaves its measure level with riket: the count is the story
 * and the change goes in the lead. Norrtälje's "sämre resultat än året innan för bemötandet" (89 → 85 procent, at
 * riket's level) headlined a release better than riket on three of five and worse on one (read IZ scored it 2).
 */
function countOverChange(top: PlannedFinding, summary: Summary): 1 | -1 | 0 {
  const f = angleFact(top.facts);
  if (top.value < 4 || f?.kind !== "change" || top.finding.vsNational !== "level") return 0;
  const side = summary.better >= COUNT_OVER_CHANGE && summary.worse <= 1 ? 1 : summary.worse >= COUNT_OVER_CHANGE && summary.better <= 1 ? -1 : 0;
  return side === -f.polarity ? side : 0;
}

/** The only measure on the other side of riket from a count's (its gap), if there is exactly one. */
export function summaryException(ranked: readonly PlannedFinding[], polarity: 1 | -1): LeadItem | undefined {
  const against = ranked.filter((r) => r.finding.vsNational !== null && comparePolarity(r.finding.vsNational) === -polarity);
  const only = against.length === 1 ? against[0] : undefined;
  const gap = only?.facts.find((x) => x.kind === "gap");
  return only && gap ? { finding: only.finding, fact: gap } : undefined;
}

/**
 * The one measure a count of "fyra av fem" leaves out, when it is on the
 * other side of riket, is said in the lead (a read asked which one: Malmö,
 * better on four of five, its e-mail response time twice riket's). It takes
 * the place of the lead's last fact that is neither a strong change nor a place.
 */
function withException(lead: readonly LeadItem[], ranked: readonly PlannedFinding[], polarity: 1 | -1): LeadItem[] {
  const item = summaryException(ranked, polarity);
  if (!item) return [...lead];
  // In the lead by its change alone, the exception is said by its side of riket instead, and the body tells
  // the change: "Däremot steg svarstiden från 2,4 till 3,4 timmar" under "sämre på fyra av fem" hid that it
  // is the one measure better than riket (Lomma, a read).
  const mine = lead.filter((i) => i.finding === item.finding);
  if (mine.length === 1 && mine[0]?.fact.kind === "change") return lead.map((i) => (i === mine[0] ? item : i));
  if (mine.length > 0) return [...lead];
  if (lead.length < 3) return [...lead, item];
  const weak = lead.findLastIndex((i) => i.fact.kind !== "strong-change" && !PLACE_FACTS.includes(i.fact.kind));
  return weak < 0 ? [...lead] : [...lead.slice(0, weak), ...lead.slice(weak + 1), item];
}

/**
 * Under "sämre än riket på tre av fyra mått": the measure that is farthest
 * from riket on the count's side, when it is far ("mycket sämre"). Östra
 * Göinge's and Ockelbo's telephone availability, 17 and 19 points under
 * riket, came last in their releases (read P scored Östra Göinge 3).
 */
function largestGap(ranked: readonly PlannedFinding[], polarity: 1 | -1): IndicatorFinding | undefined {
  const size = (f: IndicatorFinding): number => Math.abs(f.value - (f.national ?? f.value)) / f.compareThresholds.strong;
  return ranked
    .map((r) => r.finding)
    .filter((f) => farOn(f, polarity) && f.national !== null)
    .sort((a, b) => size(b) - size(a))[0];
}

/**
 * The largest gap first in the lead, as its gap; its measure's other lead facts stay. It takes the room of the
 * lead's other gaps on the count's side: the count says them. Changes stay, either way: Malmö's 7-point fall in
 * bemötande under "bättre än riket på fyra av fem mått", Örnsköldsvik's 9-point rise that ended three years of
 * decline (read S found it buried).
 */
function withLargestGap(lead: readonly LeadItem[], finding: IndicatorFinding, polarity: 1 | -1, exception: LeadItem | undefined): LeadItem[] {
  const item: LeadItem = { finding, fact: { kind: "gap", value: NEWS_VALUE.gap, polarity } };
  const weak = (i: LeadItem): boolean => i.fact.kind === "gap" && i.finding !== finding && i.finding !== exception?.finding && i.fact.polarity === polarity;
  return [item, ...lead.filter((i) => !(i.finding === finding && i.fact.kind === "gap") && !weak(i))];
}

/**
 * [strength, weakness]: the measures farthest ahead of and behind riket (both far), when the lead tells the
 * weakness by its gap alone and not the strength. Övertorneå's e-mail answers within a day, 94 procent against
 * riket's 84, were only in the body under a lead that told its flat, weak tillgänglighet (read P scored it 3).
 */
function strengthAndWeakness(lead: readonly LeadItem[], ranked: readonly PlannedFinding[]): [IndicatorFinding, IndicatorFinding] | undefined {
  // Shares only: a time's gap in hours is no match for a share's in points.
  const shares = ranked.filter((r) => !isTime(r.finding.indicator.unit));
  const best = largestGap(shares, 1);
  const worst = largestGap(shares, -1);
  if (!best || !worst || lead.some((i) => i.finding === best)) return undefined;
  const own = lead.filter((i) => i.finding === worst);
  return own.length === 1 && own[0]?.fact.kind === "gap" ? [best, worst] : undefined;
}

/**
 * A share far from riket that the lead leaves out, said last in the lead: far behind when it is at its worst yet or
 * 1.5 times a strong gap behind and the lead tells no other share far behind (reads R and S: Skinnskatteberg's e-mail
 * answers within a day, 66 against riket's 84, and Vara's, 72 against 84 at its worst yet, were only in the body);
 * far ahead by 1.5 strong gaps when the lead tells no other share far ahead (read W: Arboga's direct answers, 71
 * against 55, under a lead of two 4-point changes).
 */
function buriedGap(lead: readonly LeadItem[], ranked: readonly PlannedFinding[], also: readonly IndicatorFinding[], polarity: 1 | -1): IndicatorFinding | undefined {
  const far = (f: IndicatorFinding): boolean => farOn(f, polarity) && !isTime(f.indicator.unit);
  const told = lead.some((i) => far(i.finding));
  const worst = (r: PlannedFinding): boolean => polarity < 0 && r.facts.some((x) => x.kind === "record" && x.polarity < 0 && !x.narrow);
  const size = (f: IndicatorFinding): number => (polarity * (f.value - (f.national ?? f.value))) / f.compareThresholds.strong;
  // A lead that tells one measure takes any share `strong` from riket: Sölvesborg's two sentences on e-mail answers
  // left direct answers at 66 procent against riket's 55 to the body (read FZ scored it 3).
  const least = new Set(lead.map((i) => i.finding)).size === 1 ? 1 : 1.5;
  const share = ranked
    .filter((r) => far(r.finding) && !lead.some((i) => i.finding === r.finding) && !also.includes(r.finding) && (worst(r) || (!told && size(r.finding) >= least)))
    .map((r) => r.finding)
    .sort((a, b) => size(b) - size(a))[0];
  return share ?? (least === 1 && polarity > 0 ? shortTime(lead, ranked, also) : undefined);
}

/**
 * Beside a lead that tells one measure and no share far ahead, a response time half riket's or less: Hofors' lead
 * gave only its e-mail answers, 70 procent and still far behind riket, while its response time was a third of
 * riket's (read FZ scored it 3). Said as a multiple (lead.strength.better.times), never as "bättre".
 */
function shortTime(lead: readonly LeadItem[], ranked: readonly PlannedFinding[], also: readonly IndicatorFinding[]): IndicatorFinding | undefined {
  const ratio = (f: IndicatorFinding): number => (f.national === null || f.value >= f.national ? 0 : (timeGapRatio(f.value, f.national, f.indicator.unit) ?? 0));
  return ranked.map((r) => r.finding).find((f) => isTime(f.indicator.unit) && ratio(f) >= 2 && !lead.some((i) => i.finding === f) && !also.includes(f));
}

/** The strength beside the weakness: before it after good news, after it after bad. */
function withStrength(lead: readonly LeadItem[], [best, worst]: readonly [IndicatorFinding, IndicatorFinding]): LeadItem[] {
  const item: LeadItem = { finding: best, fact: { kind: "gap", value: NEWS_VALUE.gap, polarity: 1 } };
  const at = lead.findIndex((i) => i.finding === worst) + ((lead[0]?.fact.polarity ?? 0) > 0 ? 0 : 1);
  return [...lead.slice(0, at), item, ...lead.slice(at)];
}

/** How many measures changed since last year against `polarity` (+1: declined, −1: improved). */
function movedAgainst(ranked: readonly PlannedFinding[], polarity: 1 | -1): number {
  return ranked.filter((r) => (polarity > 0 ? isDecline(r.finding.changeClass) : isImprovement(r.finding.changeClass))).length;
}

/** Facts a two-sided headline can say of one measure: a place, a change, a record, a streak. */
export const BOTH_KINDS: readonly FactKind[] = [...PLACE_FACTS, "strong-change", "change", "record", "streak"];

/** The strongest news a two-sided headline carries: a place at the top or bottom, a strong change, a clear record (§1, ranks 1–2). */
const BOTH_VALUE = 3;

/**
 * Two sides in the headline (§1, §2: "a positive headline over a result that
 * ranks among the country's worst is spin: say both"): the lead opens with a
 * fact of news value 1–2 on one measure and holds one as strong pointing the
 * other way on another; or both are places in the country (among the ten best
 * and the ten weakest). A fact riket contradicts (demoted) never makes a side.
 */
export function bothAngle(inner: MunicipalAngle, lead: readonly LeadItem[], summary: Summary | null = null, ranked?: readonly PlannedFinding[]): MunicipalAngle | undefined {
  if (inner.kind === "mixed") return mixedSides(inner, lead, ranked);
  if (inner.kind === "compare") return recordBehind(inner, lead);
  if (!["place", "change", "time", "crossing"].includes(inner.kind)) return undefined;
  const first = lead[0];
  if (!first || first.fact.polarity === 0 || !BOTH_KINDS.includes(first.fact.kind)) return undefined;
  // A record riket contradicts at the head of the lead (biggerRecord): "rekord för direktsvaren – men under riket".
  const against = inner.kind === "time" && first.fact.kind === "record" && first.fact.demoted ? recordAgainst(inner, lead, first.finding, first.fact.polarity > 0 ? -1 : 1) : undefined;
  if (against) return against;
  // A place on a measure whose own year points the other way (among the ten weakest, at its best yet):
  // the year first, the place as its other side ("rekord för bemötandet – men ändå nära botten i landet").
  const ownOf = (kinds: readonly FactKind[]): LeadItem | undefined =>
    PLACE_FACTS.includes(first.fact.kind) ? lead.find((i) => i.finding === first.finding && i.fact.polarity === -first.fact.polarity && kinds.includes(i.fact.kind)) : undefined;
  // A record or a strong change first; the place's plain change (which the lead now always tells after the
  // place) only when no other measure offers the other side: Kävlinge's +5 in bemötandet is no headline over
  // its direct answers' +11.
  const strongOwn = ownOf(["record"]) ?? ownOf(["strong-change"]);
  if (strongOwn) return { kind: "both", first: strongOwn, second: first, inner };
  const places = (a: Fact, b: Fact): boolean => PLACE_FACTS.includes(a.kind) && PLACE_FACTS.includes(b.kind);
  // A record low or run of dips still level with riket takes a good side one step weaker: "aldrig haft sämre"
  // at exactly riket's 84 procent headlined alone over two best-evers (Lekeberg, Surahammar).
  // So does a place among the weakest where riket puts the municipality ahead on as many measures as behind:
  // Nora among the ten weakest for e-post within a day, with its best response time yet and better than riket
  // on three of five, read as a wrong emphasis alone (a read scored it 2).
  const lowLevel = TIME_FACTS.includes(first.fact.kind) && first.finding.vsNational === "level";
  const lowPlace = PLACE_FACTS.includes(first.fact.kind) && summary !== null && summary.better > 0 && summary.better >= summary.worse;
  const slack = first.fact.polarity < 0 && (lowLevel || lowPlace) ? 1 : 0;
  const second = lead.find(
    (i) =>
      i.finding !== first.finding &&
      i.fact.polarity === -first.fact.polarity &&
      // Never a record by less than `same`: "men svarstiden sämst hittills" over 0,2 timmar past the old low, at
      // riket's level (Tranemo: two reads, 3 and 2). Nor one riket puts in its place, unless a big step reached it;
      // and then not beside a place in the country, whose side loses its number ("delar näst sista plats" became
      // "nära botten": Gullspång).
      ((!i.fact.demoted && !i.fact.narrow) || (bigStep(i) && !PLACE_FACTS.includes(first.fact.kind))) &&
      // Nor a best at riket's level against the very bottom of the country: "sista plats för svarstiden, men
      // e-postsvaren bäst hittills" read as a contradiction, 84 procent weighing nothing against the last place
      // (Töreboda, reads EM and EN).
      !(i.fact.kind === "record" && i.fact.polarity > 0 && i.finding.vsNational === "level" && (first.fact.kind === "last" || first.fact.kind === "bottom-three")) &&
      BOTH_KINDS.includes(i.fact.kind) &&
      ((headValue(first) <= BOTH_VALUE && sideValue(i, ranked, first) <= Math.min(BOTH_VALUE, headValue(first) + slack)) || places(first.fact, i.fact)),
  );
  // A change on a measure riket still puts far on the other side: "förbättras – men fortfarande under riket".
  // (Or its record, which riket contradicts: the lead tells that gap with the record, Kalmar's response time.)
  const demoted = lead.some((i) => i.finding === first.finding && i.fact.kind === "record" && i.fact.demoted && i.fact.polarity === first.fact.polarity);
  const gap =
    lead.find((i) => i.finding === first.finding && i.fact.kind === "gap" && i.fact.polarity === -first.fact.polarity) ??
    (demoted ? { finding: first.finding, fact: { kind: "gap", value: NEWS_VALUE.gap, polarity: first.fact.polarity > 0 ? -1 : 1 } } : undefined);
  // A low at riket's level beside a good time fact: the good one goes first, so that when the two do not fit a
  // headline the good one stands alone, with the low in the lead. Surahammar's response time at its longest but
  // at riket's level headlined alone over tillgängligheten at its best, 17 points above riket (reads AQ, BE, BG:
  // 2, 3, 2).
  const time = second && ranked ? ranked.find((r) => r.finding === second.finding)?.time : undefined;
  // Only where the good side is also far ahead of riket: a low and a best both at riket's level keep the low first
  // (Grästorp's bemötande at its lowest, 8 points down).
  if (second && lowLevel && slack === 1 && TIME_FACTS.includes(second.fact.kind) && second.finding.vsNational === "much-better" && time !== undefined) {
    return { kind: "both", first: second, second: first, inner: { kind: "time", fact: second.fact, finding: second.finding, time } };
  }
  const changed = first.fact.kind === "change" || first.fact.kind === "strong-change";
  const plainOwn = second ? undefined : ownOf(["change"]);
  if (plainOwn) return { kind: "both", first: plainOwn, second: first, inner };
  const other = second ?? (changed && gap && farFromRiket(gap.finding) ? gap : undefined) ?? groupLastBeside(first, ranked) ?? plainAgainstTime(first, lead, ranked);
  return other ? { kind: "both", first: stepSide(first, other, ranked), second: other, inner } : undefined;
}

/**
 * A best that only reaches riket (or not even that) beside another measure's last place in the group, alone there:
 * both. Halmstad's "eget rekord för e-postsvaren", level with riket, headlined alone while its response time was the
 * longest of the 21 in its group and 250th in the country (read KI scored it 2). Not a measure that is itself at its
 * best or its worst yet by more than a hair: "men e-postsvaren sämst i kommungruppen" hid Norsjö's best e-mail answers
 * yet.
 */
function groupLastBeside(first: LeadItem, ranked: readonly PlannedFinding[] = []): LeadItem | undefined {
  const vs = first.finding.vsNational;
  if (first.fact.kind !== "record" || first.fact.polarity < 0 || vs === null || vs.includes("better")) return undefined;
  for (const r of ranked) {
    const fact = groupPlaceFact(r.finding, r.facts);
    if (r.finding !== first.finding && fact?.kind === "group-last" && r.finding.rank?.group?.tied === undefined && !r.facts.some((x) => x.kind === "record" && !x.narrow)) return { finding: r.finding, fact };
  }
  return undefined;
}

/**
 * A plain change (news value 4) headlined alone over another measure's record or run the other way that the lead tells
 * as its counterweight: "Arvika: tillgängligheten i telefon ner 5 procentenheter" over direct answers at their best
 * yet after a third rise read as a negative angle on a mixed result (reads KZ and an earlier one scored it 2). The
 * record is a side even where riket puts it in its place, as the plain change is no stronger; never by a hair. Only
 * under a fall: a rise keeps its headline, its lead telling the counterweight.
 */
function plainAgainstTime(first: LeadItem, lead: readonly LeadItem[], ranked: readonly PlannedFinding[] = []): LeadItem | undefined {
  if (first.fact.kind !== "change" || first.fact.value < 4 || first.fact.polarity > 0) return undefined;
  const told = (f: IndicatorFinding): boolean => !lead.some((i) => i.finding === f && i.fact.polarity === first.fact.polarity);
  for (const r of ranked) {
    const fact = r.finding === first.finding || !told(r.finding) ? undefined : r.facts.find((x) => (x.kind === "record" || x.kind === "streak") && x.polarity === -first.fact.polarity && !x.narrow);
    if (fact) return { finding: r.finding, fact };
  }
  return undefined;
}

/**
 * A record by less than `same` that is a side by its step alone (sideValue) is said as that step: "bemötandet sämre,
 * men tillgängligheten förbättras"; the lead tells the record. (Sollentuna's "sämsta uppmätta" would not fit beside a
 * second side, and its record is a point.)
 */
function stepSide(first: LeadItem, other: LeadItem, ranked: readonly PlannedFinding[] = []): LeadItem {
  if (first.fact.kind !== "record" || !first.fact.narrow || other.fact.kind !== "change") return first;
  const change = ranked.find((r) => r.finding === first.finding)?.facts.find((x) => x.kind === "change" && x.polarity === first.fact.polarity);
  return change ? { finding: first.finding, fact: change } : first;
}

/**
 * A record reached by a step of half a strong change or more, whatever riket or its margin says: Lerum's bemötande,
 * 94 → 89 procent to its lowest by a point, and Solna's, 97 → 89 procent though still ahead of riket, went unsaid in
 * headlines that named one record or run only (read KA scored Lerum 2; A/B reads AB59 and AB61).
 */
function bigStep(i: LeadItem): boolean {
  const f = i.finding;
  return i.fact.kind === "record" && f.change !== null && agreesWith(f.changeClass, i.fact.polarity > 0 ? 1 : -1, false) && Math.abs(f.change) >= f.changeThresholds.strong / 2;
}

/** A lead item's weight as a headline's side: a record by a big step weighs as a clear one would (bigStep). */
function headValue(i: LeadItem): number {
  return bigStep(i) ? Math.min(i.fact.value, BOTH_VALUE) : i.fact.value;
}

/**
 * A side's news value in a two-sided headline: a long run (three real steps or more) that ends at the measure's clear
 * record the same way counts as a strong change (EDITORIAL.md §1, rank 2), whatever the size of its last step.
 * Härryda's bemötande, down for a fourth year to its lowest yet, went unsaid in a headline on an 11-point rise
 * in direct answers (read IY scored it 3: "say both").
 */
function sideValue(i: LeadItem, ranked: readonly PlannedFinding[] = [], first?: LeadItem): number {
  // A record by less than `same` first is news by its step: a larger step the other way weighs as much. Sollentuna's
  // bemötande 85 → 79 procent, its lowest by a point, headlined alone over tillgängligheten 48 → 57 procent, its best
  // (read JA scored it 3).
  if (first?.fact.kind === "record" && first.fact.narrow && i.fact.kind === "change" && changeSteps(i.finding) > changeSteps(first.finding)) return first.fact.value;
  // (A record by a big step larger than the first's weighs as much as the first: Finspång's e-mail answers +9 to their
  // best beside bemötandet −4 to its lowest, read KA, though the two sides do not fit its headline.)
  if (bigStep(i)) return first && changeSteps(i.finding) > changeSteps(first.finding) ? Math.min(headValue(i), first.fact.value) : headValue(i);
  // A time that halved or doubled in a year is a strong change as a side (EDITORIAL.md §5), also where riket keeps it
  // from leading: Södertälje's response time 1,5 → 3 timmar stood in the lead under a one-sided headline on an
  // e-mail record (read KU scored it 3).
  if (i.fact.kind === "change" && yearHalvedOrDoubled(i.finding) !== undefined) return Math.min(i.fact.value, NEWS_VALUE["strong-change"]);
  if (i.fact.kind !== "streak" || i.fact.value !== 3) return i.fact.value;
  const facts = ranked.find((r) => r.finding === i.finding)?.facts ?? [];
  return facts.some((x) => x.kind === "record" && x.polarity === i.fact.polarity && !x.narrow && !x.demoted) ? 2 : i.fact.value;
}

/**
 * Riket far on the other side (10 points or more; a time by the same share): only then does a headline give a
 * measure's good (bad) year riket as its other side. Within that, "Torsby: lyft för e-postsvaren – men fortfarande
 * sämre än rikssnittet" read as the municipality behind riket on everything (two reads of 2026-12-02: Torsby,
 * Alingsås, Hofors); the lead tells the gap beside the change.
 */
function farFromRiket(f: IndicatorFinding): boolean {
  if (f.vsNational === "much-better" || f.vsNational === "much-worse") return true;
  // A time by its ratio: 2,1 against riket's 6 timmar is a third of it, though 3,9 timmar is under `strong`.
  const ratio = f.national === null || f.vsNational === "level" ? undefined : timeGapRatio(f.value, f.national, f.indicator.unit);
  return ratio !== undefined && isLargeRatio(ratio);
}

/**
 * A measure worse than riket that just reached its best result (or better
 * than riket at its worst): "tillgängligheten bäst hittills – men ändå sämre
 * än riket", not a bare "under rikssnittet" over a record.
 */
function recordBehind(inner: MunicipalAngle, lead: readonly LeadItem[]): MunicipalAngle | undefined {
  if (inner.kind !== "compare" || inner.polarity === 0) return undefined;
  return recordAgainst(inner, lead, inner.finding, inner.polarity);
}

/** The record on `finding` in the lead that riket contradicts (`polarity`: riket's side), and that gap: both sides. */
function recordAgainst(inner: MunicipalAngle, lead: readonly LeadItem[], finding: IndicatorFinding, polarity: 1 | -1): MunicipalAngle | undefined {
  if (!farFromRiket(finding)) return undefined;
  const record = lead.find((i) => i.finding === finding && i.fact.kind === "record" && i.fact.polarity === -polarity);
  // The lead tells the gap with the record ("…, men alltjämt klart sämre än rikssnittet").
  const gap: LeadItem = { finding, fact: { kind: "gap", value: NEWS_VALUE.gap, polarity } };
  return record ? { kind: "both", first: record, second: gap, inner } : undefined;
}

/**
 * Better than riket on one measure, worse on another, as far apart: the headline names both ("… över riket, … under").
 * When the lead opens with a record riket contradicts instead (Vilhelmina: the worst yet, still better than riket), those two.
 */
function mixedSides(inner: MunicipalAngle, lead: readonly LeadItem[], ranked: readonly PlannedFinding[] = []): MunicipalAngle | undefined {
  const first = lead[0];
  const second = lead.find((i) => first && i.finding !== first.finding && i.fact.kind === "gap" && i.fact.polarity === -first.fact.polarity);
  // Two small gaps where most measures are level with riket: the level is the picture ("Hammarö i nivå med riket på
  // de flesta mått"), not "tillgängligheten under riket, men e-postsvaren bättre" at 4 and 3 points (a read).
  const level = ranked.filter((r) => r.finding.vsNational === "level").length;
  const apart = ranked.filter((r) => r.finding.vsNational !== null && r.finding.vsNational !== "level").length;
  const small = first !== undefined && second !== undefined && !farFromRiket(first.finding) && !farFromRiket(second.finding) && level > apart;
  if (first?.fact.kind === "gap" && second && !small) return { kind: "both", first, second, inner };
  const vs = first?.finding.vsNational;
  const riket = vs === undefined || vs === null ? 0 : comparePolarity(vs);
  return first?.fact.kind === "record" && riket !== 0 && riket === -first.fact.polarity ? recordAgainst(inner, lead, first.finding, riket) : undefined;
}

/**
 * A bottom place in the country (among the ten weakest, or last) while every
 * measure improved on last year, or is at its best yet: the headline says
 * both ("bemötandet nära botten – men lyft på alla fem mått"). A place alone
 * hid the year (Lycksele, Tingsryd: better on all five); the year's best on
 * the place's own measure alone hid the rest (Kungälv: its best on all five).
 */
export function placeCounter(inner: MunicipalAngle, lead: readonly LeadItem[], ranked: readonly PlannedFinding[]): MunicipalAngle | undefined {
  const place = lead.find((i) => PLACE_FACTS.includes(i.fact.kind) && i.fact.polarity < 0);
  if (!place || lead.indexOf(place) > 1 || lead.some((i) => i.finding !== place.finding && i.fact.polarity < 0)) return undefined;
  const total = ranked.length;
  if (total < 3) return undefined;
  const improved = ranked.every((r) => isImprovement(r.finding.changeClass));
  const records = ranked.every((r) => r.time?.series.record?.kind === "best");
  const kind = records ? "records" : improved ? "changes" : undefined;
  if (!kind || (inner.kind !== "place" && lead[0]?.finding !== place.finding)) return undefined;
  return { kind: "place", fact: place.fact.kind, finding: place.finding, counter: { kind, total } };
}

/**
 * A year whose strongest news is two gaps to riket either way (no change, place
 * or record of its own stronger than that), where one measure reached its best after a run
 * of three rises or more: that run leads, told with riket's side. Malå's
 * headline of two gaps over its direct answers at their best after a fourth
 * rise in a row read as burying the news (two reads, both 3).
 */
function ownRun(inner: MunicipalAngle, ranked: readonly PlannedFinding[]): MunicipalAngle {
  // (A comparison headline already takes its measure's record as one side: recordBehind, Dals-Ed.)
  if (inner.kind !== "mixed") return inner;
  const run = ranked.find((r) => {
    const s = r.time?.series;
    return s?.record?.kind === "best" && s.streak?.trend === "improving" && s.streak.steps >= LONG_STREAK_STEPS && r.facts.some((x) => x.kind === "record" && x.polarity > 0 && !x.narrow);
  });
  const fact = run?.facts.find((x) => x.kind === "record");
  return run && fact ? { kind: "time", fact, finding: run.finding, time: run.time } : inner;
}

/**
 * A best by less than `same`, reached by a step the thresholds call no change (2,1 → 1,7 timmar), on a measure
 * better than riket: the headline is that side of riket, the lead tells the record with its margin. "Vimmerby
 * slår eget rekord för svarstiden" over 0,4 timmar read as misleading to two readers (3 and 2), who asked for
 * the level against riket instead.
 */
function narrowBest(inner: MunicipalAngle): MunicipalAngle | undefined {
  if (inner.kind !== "time" || inner.fact.kind !== "record" || !inner.fact.narrow || inner.fact.polarity < 0) return undefined;
  const f = inner.finding;
  if (isImprovement(f.changeClass) || f.vsNational === null || comparePolarity(f.vsNational) <= 0) return undefined;
  return { kind: "compare", polarity: 1, strong: f.vsNational === "much-better", subject: { kind: "indicator", finding: f }, finding: f };
}

/** The headline's side of riket is in the lead, right after the record it tells (narrowBest). */
function withHeadlineGap(lead: LeadItem[], angle: MunicipalAngle): void {
  if (angle.kind !== "compare" || lead.some((i) => i.finding === angle.finding && i.fact.kind === "gap")) return;
  const at = lead.findIndex((i) => i.finding === angle.finding);
  lead.splice(at + 1, 0, { finding: angle.finding, fact: { kind: "gap", value: NEWS_VALUE.gap, polarity: 1 } });
}

/**
 * First or last in the kommungrupp as the headline, when the year has no stronger news (nothing above a plain
 * change, a gap or a narrow record) and the measure stands on the same side of riket: "Härjedalen bäst i
 * kommungruppen för svarstiden på e-post" over a 4-point rise (sweep 3 scored Leksand 2, Orsa, Åre, Kalmar,
 * Härjedalen and Piteå 3 for leaving such a place out of the headline). Of several, the widest gap to riket.
 */
function groupAngle(inner: MunicipalAngle, ranked: readonly PlannedFinding[]): { angle: Extract<MunicipalAngle, { kind: "place" }>; items: LeadItem[] } | undefined {
  const top = ranked[0];
  if (!top) return undefined;
  const weak = top.value >= 4 || (top.value === 3 && inner.kind === "time" && inner.fact.narrow === true);
  if (!weak) return undefined;
  const candidates = ranked.flatMap((r) => {
    const group = groupPlaceFact(r.finding, r.facts);
    const gap = r.facts.find((x) => x.kind === "gap");
    const side = r.finding.vsNational === null ? 0 : comparePolarity(r.finding.vsNational);
    // Not a place the measure's own history contradicts: Kalmar's bemötande first in the group in the year it hit
    // its lowest, Piteå's response time last in the group in its best year (sweep 4 scored both 3).
    const against = r.facts.some((x) => TIME_FACTS.includes(x.kind) && group !== undefined && x.polarity === -group.polarity);
    return group && gap && side === group.polarity && !against ? [{ r, group, gap }] : [];
  });
  // When the group places point both ways, only a last place far behind riket (Leksand's tillgänglighet, 21
  // points under it: a read scored the release 2 for leaving it to the lead's fourth sentence); bad news first.
  const ends = ranked.map((r) => groupPlaceFact(r.finding, r.facts)?.polarity).filter((x) => x !== undefined);
  const mixed = new Set(ends).size > 1;
  const best = candidates
    .filter((c) => !mixed || (c.group.polarity < 0 && c.r.finding.vsNational === "much-worse"))
    .sort((a, b) => gapWidth(b.r.finding, true) - gapWidth(a.r.finding, true))[0];
  if (!best) return undefined;
  const f = best.r.finding;
  // The value and the place first, then the change when it moved ("Det är 2 procentenheter sämre än året
  // innan"), then riket.
  const change = changeFact(best.r.facts);
  const items: LeadItem[] = [{ finding: f, fact: best.group }, ...(change ? [{ finding: f, fact: change }] : []), { finding: f, fact: best.gap }];
  return { angle: { kind: "place", fact: best.group.kind, finding: f }, items };
}

/**
 * A best yet on a measure far ahead of riket that the lead leaves out, when the lead speaks of two measures at most
 * (any clear best when it speaks of one): it ends the lead. Strängnäs' response time at its shortest, a third of
 * riket's, and Solna's at less than half of it were left to the last paragraph (a read of 2026-12-02 scored
 * Strängnäs 3).
 */
function farBest(lead: readonly LeadItem[], ranked: readonly PlannedFinding[], also: readonly IndicatorFinding[]): LeadItem[] {
  // (Records the lead counts are in its count: Forshaga, Aneby.)
  // (Nor a third record in the lead, which the lead would not tell as one: Uppvidinge.)
  const records = lead.filter((i) => i.fact.kind === "record").length;
  const measures = new Set(lead.map((i) => i.finding)).size;
  if (measures > 2 || recordsCounted(ranked, "best") || records >= MAX_RECORD_SENTENCES) return [];
  // Reached by a real step (or a time cut by a fifth or more, 3 → 2,1 timmar): a best the year left level is no
  // lead news (Sölvesborg's 3 → 2,6 timmar).
  const ratio = (f: IndicatorFinding): number => (f.previous === null ? 1 : timeGapRatio(f.value, f.previous, f.indicator.unit) ?? 1);
  const moved = (f: IndicatorFinding): boolean => isImprovement(f.changeClass) || ratio(f) >= TIME_GAP.far;
  const ahead = (f: IndicatorFinding): boolean => farFromRiket(f) && f.vsNational !== null && comparePolarity(f.vsNational) > 0;
  // A lead of one measure takes any clear best the year reached (Vindeln's two e-post records under a lead about its
  // direct answers, Alingsås: reads of 2026-12-02 found such leads thin).
  // Only beside good news: as the counterweight to a fall a best by a small step read as spin (Simrishamn, Arvika).
  const thin = measures === 1 && (lead[0]?.fact.polarity ?? 0) > 0;
  const worth = (x: PlannedFinding): boolean => x.facts.some((f) => f.kind === "record" && f.polarity > 0 && ((ahead(x.finding) && !f.demoted) || (thin && !f.narrow)));
  const r = ranked.find((x) => worth(x) && moved(x.finding) && !also.includes(x.finding) && !lead.some((i) => i.finding === x.finding));
  const fact = r?.facts.find((f) => f.kind === "record");
  return r && fact ? [{ finding: r.finding, fact }] : [];
}

/**
 * A clear record (by `same` or more) on a measure the lead does not tell is said in the lead, with riket's side:
 * in place of a gap the lead tells on a measure near riket, or beside a lead of two facts or fewer. Two reads of
 * 2026-12-02 scored such releases 3 for the buried record: Arboga's best response time yet was in the E-post section
 * while the lead spent a sentence on tillgängligheten against riket; Vindeln's e-post at its best, under a lead of
 * one sentence. (A gap far from riket stays: it is the weakness (strength) the reader must see. So does the gap of a
 * measure in `kept`, the headline's and a count's exception, unless it is context for the measure's change.)
 */
function withBuriedRecord(lead: readonly LeadItem[], ranked: readonly PlannedFinding[], kept: readonly IndicatorFinding[]): LeadItem[] {
  const record = ranked
    // Not when the records are counted: the count names them.
    .filter((r) => !lead.some((i) => i.finding === r.finding) && !recordsCounted(ranked, r.time?.series.record?.kind ?? "best"))
    .flatMap((r) => r.facts.filter((x) => x.kind === "record" && !x.narrow).map((fact) => ({ finding: r.finding, fact })))[0];
  if (!record || lead.length === 0 || !recordRoom(lead)) return [...lead];
  // A gap that is only context for its measure's change, or a measure's only fact off the headline; not riket's
  // side of a fall on a measure still better than riket (Arvika: "Det är ändå bättre än …" after its fall).
  const softens = (i: LeadItem): boolean => i.fact.polarity > 0 && lead.some((j) => j.finding === i.finding && j.fact.polarity < 0);
  const standing = lead.findIndex((i, k) => k > 0 && i.fact.kind === "gap" && !farFromRiket(i.finding) && !softens(i) && (!kept.includes(i.finding) || lead.some((j) => j !== i && j.finding === i.finding)));
  if (standing >= 0) return [...lead.slice(0, standing), record, ...lead.slice(standing + 1)];
  // Good news set against a lead of bad news only by a run or a real step: a 2-point rise to a best is no
  // counterweight to the country's largest fall (Simrishamn), a third rise in a row is (Arvika, read F).
  const first = lead[0]?.fact.polarity ?? 0;
  const turns = record.fact.polarity !== first && !lead.some((i) => i.fact.polarity === record.fact.polarity);
  const p = ranked.find((r) => r.finding === record.finding);
  const run = (p?.time?.series.streak?.steps ?? 0) >= LONG_STREAK_STEPS;
  const step = (changeFact(p?.facts ?? [])?.value ?? 5) <= 4;
  if (turns && record.fact.polarity > 0 && !run && !step) return [...lead];
  // Last: the ingress keeps its news and its turn; past the ingress it opens the body. With its run, when it was
  // reached by one: Grästorp's direct answers, at their best after a fifth rise, had the run as a loose sentence in
  // the body (read K of 2026-12-02 scored it 3).
  const reached = runTo(record, ranked);
  return lead.length > 2 ? [...lead] : [...lead, record, ...(reached ? [reached] : [])];
}

/** A release tells MAX_RECORD_SENTENCES records one by one: a third in the lead would go unsaid (Mellerud). */
function recordRoom(lead: readonly LeadItem[]): boolean {
  return lead.filter((i) => i.fact.kind === "record").length < MAX_RECORD_SENTENCES;
}

/**
 * A measure the lead tells, at its best yet by `same` or more, gets the record right after its sentences, with
 * the run that reached it, even past the lead's three facts (the rest opens the body): Nykvarn's tillgänglighet,
 * up 8 points to its best after a third rise, came into the lead by its gap to riket while the record and the run
 * were loose sentences in the Telefon section.
 */
function withOwnRecord(lead: readonly LeadItem[], ranked: readonly PlannedFinding[]): LeadItem[] {
  let out = [...lead];
  for (const finding of [...new Set(lead.map((i) => i.finding))]) {
    if (!recordRoom(out)) break;
    // Only beside its change or gap: a place or a time fact says it in its own clause ("fast det är det bästa
    // resultatet hittills", "… i rad och Stockholms bästa nivå hittills"), and so does a fall to a worst-ever.
    if (out.some((i) => i.finding === finding && !["change", "strong-change", "gap", "crossing"].includes(i.fact.kind))) continue;
    const p = ranked.find((r) => r.finding === finding);
    const fact = p?.facts.find((x) => x.kind === "record" && x.polarity > 0 && !x.narrow && !x.demoted);
    if (!fact || recordsCounted(ranked, p?.time?.series.record?.kind ?? "best")) continue;
    const record = { finding, fact };
    const reached = runTo(record, ranked);
    const at = out.findLastIndex((i) => i.finding === finding) + 1;
    out = [...out.slice(0, at), record, ...(reached ? [reached] : []), ...out.slice(at)];
  }
  return out;
}

/**
 * A clear record's headline names a second clear record the same way that the lead tells: "Sala slår egna rekord för
 * e-postsvaren och svarstiden". One of two in the headline read as the other buried (reads JN, JP: Partille,
 * Olofström, Vänersborg; A/B read AB49 preferred it in Svenljunga, Karlstad, Sala and Kalix).
 */
function secondRecord(a: MunicipalAngle, lead: readonly LeadItem[]): MunicipalAngle {
  const clear = (x: Fact): boolean => x.kind === "record" && !x.narrow && !x.demoted && !x.hair;
  if (a.kind !== "time" || !clear(a.fact)) return a;
  // (Not one riket or the group puts in its place: Mölndal's direct answers at their best, 54 procent against the
  // group's 57, read as the lesser news, A/B read AB49.)
  const against = (f: IndicatorFinding): boolean => [f.vsNational, f.vsGroup].some((c) => c !== null && comparePolarity(c) === -a.fact.polarity);
  const other = lead.find((i) => i.finding !== a.finding && clear(i.fact) && i.fact.polarity === a.fact.polarity && !against(i.finding));
  return other ? { ...a, also: other.finding } : a;
}

/** The findings a headline of this angle speaks of. */
export function headlineFindings(a: MunicipalAngle): IndicatorFinding[] {
  if (a.kind === "time") return a.also ? [a.finding, a.also] : [a.finding];
  if (a.kind === "place" || a.kind === "crossing" || a.kind === "compare") return [a.finding];
  if (a.kind === "records") return a.against ? [...a.findings, a.against.finding] : a.findings;
  if (a.kind === "change" || a.kind === "contrast" || a.kind === "mixed") return a.findings;
  return a.kind === "both" ? [...new Set([a.first.finding, a.second.finding])] : [];
}

/**
 * A best by a hair that the analysis calls level with the best (a tie) counts as a record where the records are
 * counted: "bäst hittills på alla mått utom e-postsvaren" was false where e-postsvaren's 86 procent beat the old 85
 * (Kungälv, Karlskoga: reads BZ and CA scored both 1). Told one by one, it stays "i nivå med det bästa hittills".
 */
export function withCountedHairBests(times: PlanTimes): PlanTimes {
  const all = [...times.values()];
  if (!all.some(hairLevelBest) || all.filter((t) => t.series.record?.kind === "best").length <= MAX_RECORD_SENTENCES) return times;
  return new Map([...times].map(([id, t]) => [id, hairLevelBest(t) ? { ...t, series: { ...t.series, record: t.series.tie, tie: null } } : t]));
}

export function planMunicipality(analysis: Analysis, given?: PlanTimes): MunicipalityPlan {
  const times = given ? withCountedHairBests(given) : undefined;
  const ranked = rankFindings(analysis.findings, times);
  const inner = ownRun(chooseMunicipalAngle(ranked), ranked);
  const summary = summarise(analysis.findings);
  const counted = recordsAngle(inner, ranked, summary) ?? summaryAngle(inner, ranked, summary, analysis.previousYear);
  // A count names several measures already: no second measure's news beside it.
  const grouped = counted ? undefined : groupAngle(inner, ranked);
  const planned = planLead(inner, ranked, counted === undefined);
  const lead = grouped ? [...grouped.items, ...planned.filter((i) => i.finding !== grouped.angle.finding).slice(0, 2)] : planned;
  const narrow = narrowBest(inner);
  const angle = secondRecord(counted ?? grouped?.angle ?? placeCounter(inner, lead, ranked) ?? bothAngle(inner, lead, summary, ranked) ?? narrow ?? inner, lead);
  // The lead opens with the headline's first side.
  if (angle.kind === "both" && lead[0] !== undefined && lead[0].finding !== angle.first.finding && lead.includes(angle.first)) {
    lead.splice(0, lead.length, ...lead.filter((i) => i.finding === angle.first.finding), ...lead.filter((i) => i.finding !== angle.first.finding));
  }
  if (angle === narrow) withHeadlineGap(lead, narrow);
  // (A group's last place as the other side is in the lead, after the first side's facts.)
  if (angle.kind === "both" && angle.second.fact.kind === "group-last" && !lead.includes(angle.second)) lead.splice(lead.filter((i) => i.finding === angle.first.finding).length, 0, angle.second);
  // A count opens the lead: two more facts at most, besides the strong changes it must carry (§7: a lead is short).
  // (The news pointing the other way stays too: a lead is never all good news when it had bad.)
  let largest: IndicatorFinding | undefined;
  let exception: LeadItem | undefined;
  if (counted) {
    const turn = lead.find((i) => i.fact.polarity === -(lead[0]?.fact.polarity ?? 0) && i.fact.polarity !== 0);
    // What must stay (the turn, strong changes, places) first; the lead's first facts only while there are
    // fewer than two of those: a count, a place, a turn and a change of one more measure made six sentences
    // (Katrineholm, 120 words; readers asked for shorter leads).
    const record = counted.kind === "records" ? countedRecord(lead, counted.findings, ranked) : undefined;
    if (record) lead.unshift(record);
    const must = (i: LeadItem): boolean => i === turn || i === record || i.fact.kind === "strong-change" || PLACE_FACTS.includes(i.fact.kind);
    const room = Math.max(0, 2 - lead.filter(must).length);
    const first = lead.filter((i, k) => k < 2 && !must(i)).slice(0, room);
    lead.splice(0, lead.length, ...lead.filter((i) => must(i) || first.includes(i)));
    if (counted.kind === "summary") {
      // A measure's gap on the count's side is the count itself: "Vindeln är sämre än rikssnittet på alla fem mått
      // … För direktsvaren i telefon är Vindeln sämre än både riket …" said it twice in three sentences (sweep 5).
      const same = (i: LeadItem): boolean => i.fact.kind === "gap" && i.finding.vsNational !== null && comparePolarity(i.finding.vsNational) === counted.polarity && lead.some((x) => x.finding === i.finding && x !== i);
      lead.splice(0, lead.length, ...withException(lead.filter((i) => !same(i)), ranked, counted.polarity));
      largest = largestGap(ranked, counted.polarity);
      exception = summaryException(ranked, counted.polarity);
      if (largest) lead.splice(0, lead.length, ...withLargestGap(lead, largest, counted.polarity, exception));
    }
  }
  // The strong changes of measures the lead does not tell ("Även …"): a place the lead gains below says nothing of one.
  const leadAlso = ranked
    .filter((r) => r.facts.some((x) => x.kind === "strong-change") && !lead.some((i) => i.finding === r.finding))
    .map((r) => r.finding);
  lead.splice(0, lead.length, ...withLongestRun(withPlacesSaid(lead, ranked), ranked));
  if (!counted) lead.push(...farBest(lead, ranked, leadAlso));
  // (The headline's measures and a count's exception keep their gap: Ockelbo's exception gave way to a record.)
  const kept = [...headlineFindings(angle), ...(exception ? [exception.finding] : [])];
  if (counted?.kind !== "records") lead.splice(0, lead.length, ...withoutSoftening(withBuriedRecord(withOwnRecord(lead, ranked), ranked, kept)));
  const pair = counted ? undefined : strengthAndWeakness(lead, ranked);
  if (pair) lead.splice(0, lead.length, ...withStrength(lead, pair));
  const buried = counted ? [] : ([1, -1] as const).flatMap((p) => {
    const f = buriedGap(lead, ranked, leadAlso, p);
    return f ? [{ finding: f, fact: { kind: "gap" as const, value: NEWS_VALUE.gap, polarity: p } }] : [];
  });
  lead.push(...buried);
  const ahead = counted?.kind === "records" ? countAhead(lead, ranked, counted) : undefined;
  if (ahead) lead.push(ahead);
  if (!counted) lead.splice(0, lead.length, ...channelsTogether(lead));
  const strengths = [...(pair ?? []), ...buried.map((i) => i.finding), ...(ahead ? [ahead.finding] : [])];
  // The headline's finding is ranked first, so its channel opens the body.
  const leadChannel = lead[0]?.finding.indicator.channel;
  // A count's largest gap opens its section, as it follows the count in the lead (Östra Göinge's tillgänglighet,
  // 17 points under riket, came after a flat measure).
  const first = (f: PlannedFinding): number => Number(f.finding === largest);
  const sections = planSections(ranked)
    .sort((a, b) => Number(b.channel === leadChannel) - Number(a.channel === leadChannel))
    .map((s) => ({ ...s, findings: [...s.findings].sort((a, b) => first(b) - first(a) || recordAmongWeak(a) - recordAmongWeak(b)) }));
  return { ranked, angle, lead, leadAlso, sections, summary, ...(largest ? { largestGap: largest } : {}), ...(strengths.length > 0 ? { strengths } : {}), ...(pair ? { balance: pair } : {}) };
}
