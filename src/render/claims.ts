// claims.json: what a release asserts, with the numbers behind it
// (../shared/DESIGN.md, "claims.json").
import type { Analysis, ChangeClass, CompareClass, Rank } from "../analyse/municipality.js";
import { underIngress, type ComposedRelease, type Sentence } from "../phrase/compose.js";
import { headlineFindings, type MunicipalityPlan, type PlannedFinding } from "../plan/municipality.js";
import { relativeChange } from "../phrase/relative.js";
import { TIME_FACTS } from "../plan/news.js";
import type { Unit } from "../schema.js";

export interface IndicatorClaims {
  id: string;
  label: string;
  unit: Unit;
  better: "higher" | "lower";
  value: number;
  previous: number | null;
  change: number | null;
  changeClass: ChangeClass | null;
  national: number | null;
  vsNational: CompareClass | null;
  group: number | null;
  vsGroup: CompareClass | null;
  rank?: Rank;
  /** Last year's value against last year's riket (a crossing is said from it). */
  previousVsNational?: CompareClass | null;
  /** value / previous, when the text tells the change as a ratio ("nästan halverats"). */
  ratio?: number;
  /** The years behind the time facts: year → value. */
  series?: Record<string, number>;
  streak?: { trend: "improving" | "declining"; steps: number; from: YearValue; to: YearValue };
  /** Strictly the best (worst) of every year in `series`; `previous` is the best (worst) before. */
  record?: { kind: "best" | "worst"; firstYear: number; years: number; previous: { value: number; years: number[] } };
  /** Equal to the best (worst) earlier value, or level with the best by a hair in a year without a real change: no record; the text says at most "i nivå med det bästa hittills" (claim `<id>.tie`). */
  tie?: { kind: "best" | "worst"; previous: { value: number; years: number[] } };
  /** steady: a trend, not one step (only then is it told). */
  longRun?: { from: YearValue; to: YearValue; difference: number; changeClass: ChangeClass; steady: boolean };
  turnaround?: { trend: "improving" | "declining"; after: number; since: number };
}

export interface YearValue {
  year: number;
  value: number;
}

export interface ClaimsSentence {
  text: string;
  claims: string[];
  /** "editorial": written by the communicator, not by kommunpress. */
  source?: "editorial";
}

/** The story plan behind the text: the angle and each indicator's news value (1 strongest). */
export interface PlanClaims {
  angle: string;
  /** The indicators the headline speaks of. */
  headline: string[];
  lead: { id: string; fact: string }[];
  /** Facts by kind, news value and polarity (+1 good news, −1 bad). */
  indicators: { id: string; newsValue: number; facts: string[]; time: { kind: string; newsValue: number; polarity: number; narrow?: true; hair?: true; stale?: true; demoted?: true; since?: true }[] }[];
  /** How many indicators are better and worse than riket (the summary sentence). */
  summary: { total: number; better: number; worse: number } | null;
}

export interface MunicipalityClaims {
  kind: "municipality";
  year: number;
  municipality: { code: string; name: string; officialName: string };
  group: { id: string; name: string } | null;
  headline: string;
  lead: string;
  indicators: IndicatorClaims[];
  sentences: ClaimsSentence[];
  plan?: PlanClaims;
}

export function planClaims(plan: MunicipalityPlan): PlanClaims {
  const a = plan.angle;
  const named = headlineFindings(a);
  return {
    angle: a.kind === "change" ? `${a.most ? "largest-" : a.strong ? "strong-" : ""}${a.polarity > 0 ? "improvement" : "decline"}` : a.kind === "place" ? a.fact : a.kind,
    headline: named.map((f) => f.indicator.id),
    lead: plan.lead.map((i) => ({ id: i.finding.indicator.id, fact: i.fact.kind })),
    indicators: plan.ranked.map((p) => ({
      id: p.finding.indicator.id,
      newsValue: p.value,
      // A strong change that is the largest in the country is recorded as such.
      facts: p.facts.map((f) => (f.most ? "largest-change" : f.kind)),
      time: p.facts.filter((f) => TIME_FACTS.includes(f.kind)).map((f) => ({ kind: f.kind, newsValue: f.value, polarity: f.polarity, ...(f.narrow ? { narrow: true as const } : {}), ...(f.hair ? { hair: true as const } : {}), ...(f.stale ? { stale: true as const } : {}), ...(f.demoted ? { demoted: true as const } : {}), ...(f.since ? { since: true as const } : {}) })),
    })),
    summary: plan.summary,
  };
}

/** The time facts of one indicator, with the years and values they rest on. */
export function timeClaims(p: PlannedFinding | undefined): Partial<IndicatorClaims> {
  const t = p?.time;
  if (!t) return {};
  const s = t.series;
  const out: Partial<IndicatorClaims> = { series: { ...t.values } };
  const to = { year: s.year, value: s.value };
  if (s.streak) out.streak = { trend: s.streak.trend, steps: s.streak.steps, from: { year: s.streak.startYear, value: s.streak.startValue }, to };
  if (s.record) out.record = { kind: s.record.kind, firstYear: s.record.firstYear, years: s.record.years, previous: s.record.previous };
  if (s.tie) out.tie = { kind: s.tie.kind, previous: s.tie.previous };
  if (s.longRun) {
    const lr = s.longRun;
    out.longRun = { from: { year: lr.firstYear, value: lr.firstValue }, to, difference: lr.difference, changeClass: lr.changeClass, steady: lr.steady };
  }
  if (s.turnaround) out.turnaround = { ...s.turnaround };
  return out;
}

function ratioClaim(value: number, previous: number | null, unit: Unit): { ratio?: number } {
  const rel = relativeChange(value, previous, unit);
  return rel ? { ratio: rel.ratio } : {};
}

/** Every sentence a release says, with the claims behind it; editorial text marked as such. */
export function claimsSentences(r: ComposedRelease): ClaimsSentence[] {
  const generated: Sentence[] = [
    ...(r.headlineIsEditorial ? [] : [r.headline]),
    ...r.lead.slice(0, r.ingress ?? r.lead.length),
    ...underIngress(r),
    ...r.sections.flatMap((s) => s.sentences),
    ...r.facts,
  ];
  const sentences: ClaimsSentence[] = generated.map((s) => ({ text: s.text, claims: [...s.claims] }));
  if (r.headlineIsEditorial) sentences.unshift({ text: r.headline.text, claims: [], source: "editorial" });
  for (const q of r.quotes) if (!q.placeholder) sentences.push({ text: q.text, claims: [], source: "editorial" });
  for (const e of r.extra) sentences.push({ text: e, claims: [], source: "editorial" });
  return sentences;
}

export function buildClaims(a: Analysis, r: ComposedRelease, plan?: MunicipalityPlan): MunicipalityClaims {
  const m = a.municipality;
  const sentences = claimsSentences(r);
  return {
    kind: "municipality",
    year: a.year,
    municipality: { code: m.code, name: m.name, officialName: m.officialName },
    group: a.group ? { id: a.group.id, name: a.group.name } : null,
    headline: r.headline.text,
    lead: r.lead.map((s) => s.text).join(" "),
    indicators: a.findings.map((f) => ({
      id: f.indicator.id,
      label: f.indicator.label,
      unit: f.indicator.unit,
      better: f.indicator.better,
      value: f.value,
      previous: f.previous,
      change: f.change,
      changeClass: f.changeClass,
      national: f.national,
      vsNational: f.vsNational,
      group: f.group,
      vsGroup: f.vsGroup,
      ...(f.rank ? { rank: f.rank } : {}),
      previousVsNational: f.previousVsNational,
      ...ratioClaim(f.value, f.previous, f.indicator.unit),
      ...timeClaims(plan?.ranked.find((p) => p.finding === f)),
    })),
    sentences,
    ...(plan ? { plan: planClaims(plan) } : {}),
  };
}
