// plan: the national release's story (../shared/EDITORIAL.md §1, §2, §8, §9):
// the headline's angle and what it may name, the facts the lead carries, the
// order of the sections, and per indicator the facts worth a sentence (time,
// top and bottom, movers). Pure; no wording here.
import { classPolarity, clean, isDecline, isImprovement, type ChangeClass } from "../analyse/municipality.js";
import type { Extreme, MunicipalityRef, MunicipalityValue, NationalAnalysis, NationalFinding } from "../analyse/national.js";
import type { IndicatorTimes, SeriesTime } from "../analyse/time.js";
import { byScore, channelsInNewsOrder } from "./order.js";

/**
 * What a headline speaks of: whole contact channels (every indicator of each
 * agrees, and each is a channel one contacts the municipality through), or
 * one indicator.
 */
export type NationalSubject = { kind: "channels"; channels: string[] } | { kind: "indicator"; finding: NationalFinding };

export type NationalStoryAngle =
  | { kind: "change"; polarity: 1 | -1; strong: boolean; subject: NationalSubject; findings: NationalFinding[] }
  | { kind: "contrast"; up: NationalSubject; down: NationalSubject; findings: NationalFinding[] }
  | { kind: "unchanged"; findings: NationalFinding[] }
  | { kind: "none" };

/** The top or the bottom of the country: one value, or two (the first and the second). */
export interface Place {
  /** Best (or worst) first; each tier is every municipality with that value. */
  tiers: Extreme<MunicipalityRef>[];
}

/** How the movers compare: `ratio` is the larger count over the smaller (null when the smaller is 0). */
export interface MoverStory {
  /** Which side is larger: "improved" or "declined"; "even" when neither is twice the other. */
  larger: "improved" | "declined" | "even";
  ratio: number | null;
  /** The multiple is told ("drygt sju gånger så många"): one of the release's MULTIPLES_TOLD largest. */
  said: boolean;
}

/**
 * What the release may say of riket's history (EDITORIAL.md §1, §8): only
 * what is true for every year it names, and news only when it is more than a hair.
 */
export interface TimeStory {
  /** The average rose (fell) every year since the first: "har ökat varje år sedan 2014" (a record, implied). */
  steady: boolean;
  /** The streak is said: third year in a row or more, and the average did not move that way the year before it either. */
  streak: boolean;
  /** "clear": past the earlier best (worst) by at least `same`; "marginal": by less, said with that context and never in the lead. */
  record: "clear" | "marginal" | null;
}

export interface NationalSectionPlan {
  finding: NationalFinding;
  /** Riket's own history for the indicator (a series in `national.results`), when the average is riket's. */
  time: SeriesTime | null;
  /** Which of the history's facts are told, and how. */
  told: TimeStory;
  top: Place | null;
  bottom: Place | null;
  movers: MoverStory | null;
}

/** What the lead says of an indicator beyond its change (a sentence of its own): a clear record, else a told streak. */
export type LeadTime = "record" | "streak" | null;

export interface NationalLeadItem {
  section: NationalSectionPlan;
  /** "main": the headline's finding; "counter": the strongest that went the other way. */
  role: "main" | "counter";
  /** For "main": only when the lead has no counter (a lead of three or four short sentences). */
  time: LeadTime;
}

export interface NationalStory {
  angle: NationalStoryAngle;
  lead: NationalLeadItem[];
  /** One per indicator: the headline's channel first, then channels and indicators in news order (under a count of records, its other side first in its channel). */
  sections: NationalSectionPlan[];
  /** Across indicators with a change class: how many improved, declined, stayed (told in the lead, EDITORIAL.md §4). */
  summary: { total: number; improved: number; declined: number } | null;
  /**
   * Every measure that improved is at riket's best yet, and the one that stood still at its worst: the count is the
   * headline ("Rekord på fyra av fem mått – men bemötandet sämst hittills") and the lead's count says the records.
   */
  records?: { improved: NationalSectionPlan[]; worst: NationalSectionPlan };
}

/** The smallest ratio between the larger and the smaller mover count that is the story. */
export const MOVER_RATIO = 2;
/**
 * Multiples told per release, the largest each way; the other sections give both counts. "… gånger så många som …" in
 * all five sections read as a template (read AB).
 */
export const MULTIPLES_TOLD = 2;
/** A multiple of one ("sex gånger så många som en") is no story: the smaller side needs at least this many. */
export const MOVER_MIN_SMALLER = 2;
/** Top and bottom: names up to this many tiers (the first and the second value). */
export const PLACE_TIERS = 2;
/** A streak is news from the third year in a row (EDITORIAL.md §1). */
export const MIN_TOLD_STREAK = 3;

const collator = new Intl.Collator("sv-SE");

function agrees(c: ChangeClass | null, polarity: 1 | -1, strong: boolean): boolean {
  if (strong) return c === (polarity > 0 ? "strongly-improved" : "strongly-declined");
  return polarity > 0 ? isImprovement(c) : isDecline(c);
}

/**
 * The headline's subject (EDITORIAL.md §2, §9): the contact channels in which
 * every indicator agrees with the direction and strength; the indicator
 * itself when its channel is not a contact channel or does not agree.
 */
export function nationalSubject(
  all: readonly NationalFinding[],
  top: NationalFinding,
  same: readonly NationalFinding[],
  polarity: 1 | -1,
  strong: boolean,
  contact: ReadonlySet<string>,
): NationalSubject {
  const ok = (channel: string): boolean =>
    contact.has(channel) && all.filter((f) => f.indicator.channel === channel).every((f) => agrees(f.changeClass, polarity, strong));
  if (!ok(top.indicator.channel)) return { kind: "indicator", finding: top };
  const channels = [...new Set(same.map((f) => f.indicator.channel))].filter(ok);
  return { kind: "channels", channels: channels.slice(0, 2) };
}

const strongOf = (c: ChangeClass | null): boolean => c === "strongly-improved" || c === "strongly-declined";

export function chooseNationalAngle(ranked: readonly NationalFinding[], contact: ReadonlySet<string>): NationalStoryAngle {
  const moved = ranked.filter((f) => classPolarity(f.changeClass) !== 0);
  const top = moved[0];
  if (!top) {
    const classed = ranked.filter((f) => f.changeClass !== null);
    return classed.length > 0 ? { kind: "unchanged", findings: classed } : { kind: "none" };
  }
  // The strongest tier decides: a strong change anywhere outranks any ordinary one.
  const strong = moved.some((f) => strongOf(f.changeClass));
  const tier = moved.filter((f) => strongOf(f.changeClass) === strong);
  const first = tier[0] as NationalFinding;
  const polarity = classPolarity(first.changeClass) as 1 | -1;
  const same = (p: 1 | -1): NationalFinding[] => tier.filter((f) => classPolarity(f.changeClass) === p);
  const [other] = same(polarity === 1 ? -1 : 1);
  if (other) {
    const [up, down] = polarity === 1 ? [first, other] : [other, first];
    return {
      kind: "contrast",
      up: nationalSubject(ranked, up, same(1), 1, strong, contact),
      down: nationalSubject(ranked, down, same(-1), -1, strong, contact),
      findings: [first, other],
    };
  }
  return { kind: "change", polarity, strong, subject: nationalSubject(ranked, first, same(polarity), polarity, strong, contact), findings: same(polarity) };
}

/** The first and second values from one end of the ranking (ties share a tier). */
export function placeOf(values: readonly MunicipalityValue[], end: "top" | "bottom"): Place | null {
  if (values.length < 2) return null;
  const ordered = end === "top" ? values : [...values].reverse();
  const tiers: Extreme<MunicipalityRef>[] = [];
  for (const v of ordered) {
    const last = tiers[tiers.length - 1];
    if (last && last.value === v.value) last.members.push({ code: v.code, name: v.name });
    else if (tiers.length < PLACE_TIERS) tiers.push({ value: v.value, members: [{ code: v.code, name: v.name }] });
    else break;
  }
  for (const t of tiers) t.members.sort((a, b) => collator.compare(a.name, b.name));
  // A first tier of two or more already names "the top two". A crowded second tier is counted, not named ("och näst
  // svagast fem kommuner (33 procent)"): left out, Hjo stood alone at the bottom of the direct answers (read KQ, §9).
  const keep = (tiers[0]?.members.length ?? 0) >= 2 ? 1 : 2;
  return { tiers: tiers.slice(0, keep) };
}

function moverStory(f: NationalFinding): MoverStory | null {
  const m = f.movers;
  if (!m || m.improved + m.declined === 0) return null;
  const [hi, lo] = m.improved >= m.declined ? [m.improved, m.declined] : [m.declined, m.improved];
  const ratio = lo < MOVER_MIN_SMALLER ? null : hi / lo;
  const larger = ratio !== null && ratio < MOVER_RATIO ? "even" : m.improved >= m.declined ? "improved" : "declined";
  return { larger, ratio, said: larger !== "even" && ratio !== null };
}

/**
 * Only the largest multiple each way stays said, MULTIPLES_TOLD in all: where more declined than improved against
 * the other sections, that is the news ("dubbelt så många försämrades").
 */
function multiplesTold(sections: readonly NationalSectionPlan[]): NationalSectionPlan[] {
  const ratio = (x: NationalSectionPlan): number => (x.movers?.said ? x.movers.ratio ?? 0 : 0);
  const largest = (way: "improved" | "declined"): NationalSectionPlan[] =>
    sections.filter((x) => ratio(x) > 0 && x.movers?.larger === way).sort((a, b) => ratio(b) - ratio(a)).slice(0, 1);
  const told = new Set([...largest("improved"), ...largest("declined")].slice(0, MULTIPLES_TOLD));
  return sections.map((x) => (x.movers?.said && !told.has(x) ? { ...x, movers: { ...x.movers, said: false } } : x));
}

/** What riket's history lets the release say, told only where it holds strictly for the years it names. */
export function timeStory(f: NationalFinding, time: SeriesTime | null): TimeStory {
  const none: TimeStory = { steady: false, streak: false, record: null };
  if (!time) return none;
  const run = f.run;
  const lr = time.longRun;
  // "Ökat varje år sedan 2014" and a long-run gain must agree (a rise of 0,5 a year is no improvement).
  const longWay = lr && (isImprovement(lr.changeClass) || isDecline(lr.changeClass)) ? (lr.difference > 0 ? "up" : "down") : null;
  const steady = run !== null && run.fromFirst && run.startYear === time.firstYear && run.direction === longWay;
  // "För tredje året i rad" is false if the average also moved that way the year before (by less than `same`).
  const streak = time.streak !== null && time.streak.steps >= MIN_TOLD_STREAK && !steady && (run?.steps ?? 0) === time.streak.steps;
  let record: TimeStory["record"] = null;
  if (time.record) {
    const margin = Math.abs(clean(f.average - time.record.previous.value));
    record = margin < f.thresholds.change.same ? "marginal" : "clear";
  }
  return { steady, streak, record };
}

function sectionPlan(f: NationalFinding, times: IndicatorTimes): NationalSectionPlan {
  const time = f.averageSource === "national" ? times.get(f.indicator.id) ?? null : null;
  // The bottom's two tiers must not reach into the top's (a small dataset).
  const top = placeOf(f.values, "top");
  const bottom = placeOf(f.values, "bottom");
  const topValues = new Set((top?.tiers ?? []).map((t) => t.value));
  const clash = bottom?.tiers.some((t) => topValues.has(t.value)) ?? false;
  return { finding: f, time, told: timeStory(f, time), top, bottom: clash ? null : bottom, movers: moverStory(f) };
}

const leadTime = (s: NationalSectionPlan): LeadTime => (s.told.record === "clear" ? "record" : s.told.streak ? "streak" : null);

/** The lead: the headline's finding, then the strongest change the other way. */
function planLead(angle: NationalStoryAngle, sections: readonly NationalSectionPlan[], ranked: readonly NationalFinding[]): NationalLeadItem[] {
  const sectionOf = (f: NationalFinding): NationalSectionPlan => sections.find((s) => s.finding === f) as NationalSectionPlan;
  const main = angle.kind === "change" || angle.kind === "contrast" ? angle.findings[0] : ranked[0];
  if (!main) return [];
  const first: NationalLeadItem = { section: sectionOf(main), role: "main", time: leadTime(sectionOf(main)) };
  const p = classPolarity(main.changeClass);
  const against = angle.kind === "contrast" ? angle.findings[1] : p !== 0 ? ranked.find((f) => classPolarity(f.changeClass) === -p) : undefined;
  // With a counter the main finding's history waits for the body: the lead stays short.
  // (A worst-ever result with nothing down since last year is never a counter: a
  // clear record is a change of at least `same`, and a marginal one is not news.)
  if (against) return [{ ...first, time: null }, { section: sectionOf(against), role: "counter", time: null }];
  return [first];
}

function summarise(findings: readonly NationalFinding[]): NationalStory["summary"] {
  const classed = findings.filter((f) => f.changeClass !== null);
  // "på alla tre mått" must be every indicator of the release.
  if (classed.length < 3 || classed.length < findings.length) return null;
  return {
    total: classed.length,
    improved: classed.filter((f) => isImprovement(f.changeClass)).length,
    declined: classed.filter((f) => isDecline(f.changeClass)).length,
  };
}

/** The national story; `contact` is the set of channels a headline may name ("via e-post"). */
export function planNationalStory(analysis: NationalAnalysis, times: IndicatorTimes, contact: ReadonlySet<string>): NationalStory {
  const ranked = byScore(analysis.findings);
  const angle = chooseNationalAngle(ranked, contact);
  const leadChannel = (angle.kind === "change" || angle.kind === "contrast" ? angle.findings[0] : ranked[0])?.indicator.channel;
  const channels = channelsInNewsOrder(ranked).sort((a, b) => Number(b.channel === leadChannel) - Number(a.channel === leadChannel));
  const sections = multiplesTold(channels.flatMap((c) => c.findings).map((f) => sectionPlan(f, times)));
  const summary = summarise(analysis.findings);
  const records = recordsCount(sections, summary);
  // Under the count of records the lead's first measure leaves its own record to the count.
  const lead = planLead(angle, sections, ranked).map((item) => (records ? { ...item, time: null } : item));
  return { angle, lead, sections: records ? worstFirstInChannel(sections, records.worst) : sections, summary, ...(records ? { records } : {}) };
}

/**
 * The measure a count of records names as its other side ("Rekordsnitt på fyra av fem mått – men bemötandet sämst
 * hittills") opens its channel's sections: in news order it came last of all, after three sections of records (read
 * KR: "the headline's 'men' section comes last").
 */
function worstFirstInChannel(sections: readonly NationalSectionPlan[], worst: NationalSectionPlan): NationalSectionPlan[] {
  const channel = worst.finding.indicator.channel;
  const at = sections.findIndex((x) => x.finding.indicator.channel === channel);
  const rest = sections.filter((x) => x !== worst);
  return at < 0 ? [...sections] : [...rest.slice(0, at), worst, ...rest.slice(at)];
}

/**
 * More measures improved than not, every one of them to riket's best yet, and the only one that stood still is at its
 * worst yet (reads JN, JO, JP: "the headline misses records on four of five, bemötandet at its lowest"). Only with
 * riket's own averages throughout: "rikets snitt" is said of them.
 */
function recordsCount(sections: readonly NationalSectionPlan[], summary: NationalStory["summary"]): NationalStory["records"] {
  // (That most improved follows: every measure, three or more, is classed, none declined and one stood still.)
  if (!summary || summary.declined > 0) return undefined;
  if (sections.some((x) => x.finding.changeClass !== null && x.finding.averageSource !== "national")) return undefined;
  const still = sections.filter((x) => x.finding.changeClass === "unchanged");
  const improved = sections.filter((x) => isImprovement(x.finding.changeClass));
  const [worst] = still;
  if (still.length !== 1 || !worst || worst.time?.record?.kind !== "worst" || improved.length < 2) return undefined;
  return improved.every((x) => x.time?.record?.kind === "best") ? { improved, worst } : undefined;
}
