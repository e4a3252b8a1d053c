// claims.json for the national summary (`"kind": "national"`): what the
// release asserts per indicator, with the numbers behind it (DESIGN.md,
// "claims.json").
import type { ChangeClass } from "../analyse/municipality.js";
import type { AverageSource, Extreme, GroupSpread, MunicipalityRef, NationalAnalysis } from "../analyse/national.js";
import type { SeriesTime } from "../analyse/time.js";
import type { NationalSectionPlan, NationalStory, Place } from "../plan/national.js";
import { claimsSentences, type ClaimsSentence } from "./claims.js";
import type { ComposedNational } from "../phrase/national.js";
import type { Dataset, Unit } from "../schema.js";

export interface NationalExtremeClaims {
  value: number;
  municipalities: MunicipalityRef[];
}

export interface NationalGroupsClaims {
  source: GroupSpread["source"];
  best: { value: number; groups: { id: string; name: string }[] };
  worst: { value: number; groups: { id: string; name: string }[] };
  difference: number;
  values: { id: string; name: string; value: number }[];
}

/** Riket's own history for an indicator (national.results), as the text tells it. */
export interface NationalHistoryClaims {
  firstYear: number;
  /** Years with a value, the survey year included. */
  years: number;
  /** Since the first year: its value, the raw difference and its class. */
  longRun: { firstYear: number; firstValue: number; value: number; difference: number; changeClass: ChangeClass } | null;
  /** Strictly the best (worst) in the series; `previous` is the best (worst) earlier value and its years. */
  record: { kind: "best" | "worst"; since: number; previous: { value: number; years: number[] } } | null;
  /** Year-on-year steps the same way, ending in the survey year. */
  streak: { trend: "improving" | "declining"; steps: number; startYear: number; startValue: number } | null;
}

/** The top or the bottom as the text names it: the first tier and, when it is one municipality, the second. */
export type NationalPlaceClaims = NationalExtremeClaims[];

/** One side of the movers at least twice the other: which side, and the ratio (larger / smaller). */
export interface NationalMoversStoryClaims {
  larger: "improved" | "declined";
  ratio: number;
}

export interface NationalIndicatorClaims {
  id: string;
  label: string;
  unit: Unit;
  better: "higher" | "lower";
  /** The average: riket's own value ("national") or the participants' unweighted mean, one decimal ("participants"). */
  average: number;
  averageSource: AverageSource;
  previousAverage: number | null;
  change: number | null;
  changeClass: ChangeClass | null;
  /** Municipalities with a value for the indicator (null: the data does not hold every participant). */
  count: number | null;
  /** Municipalities behind a participants' previous average. */
  previousCount: number | null;
  highest: NationalExtremeClaims | null;
  lowest: NationalExtremeClaims | null;
  /** Municipalities at 100 percent (percent indicators only, else null). */
  reached100: number | null;
  /** Municipalities with a value both years, and how they moved (by the change thresholds, direction-aware). */
  compared: number | null;
  improved: number | null;
  stronglyImproved: number | null;
  declined: number | null;
  stronglyDeclined: number | null;
  unchanged: number | null;
  /** The smallest change that counts as improved or declined. */
  changeThreshold: number;
  groups: NationalGroupsClaims | null;
  /** The two best and the two worst (ties share a tier). */
  top: NationalPlaceClaims | null;
  bottom: NationalPlaceClaims | null;
  moversStory: NationalMoversStoryClaims | null;
  history: NationalHistoryClaims | null;
}

export interface NationalClaims {
  kind: "national";
  year: number;
  previousYear: number;
  survey: { name: string; shortName: string | null; publisher: string; participants: number };
  /** The data holds every participant; otherwise municipal figures are left out. */
  complete: boolean;
  /** Municipalities in the data with results for the year. */
  withResults: number;
  headline: string;
  lead: string;
  indicators: NationalIndicatorClaims[];
  /** Across indicators with a change class: how many improved and declined (claim id `summary.changeClass`). */
  summary: { total: number; improved: number; declined: number } | null;
  /** The headline's angle and the findings the lead tells. */
  plan: {
    angle: NationalStory["angle"]["kind"];
    lead: { id: string; role: "main" | "counter"; time: "record" | "streak" | null }[];
    /** The count of records the headline tells: the measures at riket's best yet and the one at its worst. */
    records?: { best: string[]; worst: string };
  };
  sentences: ClaimsSentence[];
}

const extremeClaims = (e: Extreme<MunicipalityRef> | null): NationalExtremeClaims | null =>
  e === null ? null : { value: e.value, municipalities: e.members.map((m) => ({ code: m.code, name: m.name })) };

const placeClaims = (p: Place | null): NationalPlaceClaims | null =>
  p === null ? null : p.tiers.map((t) => ({ value: t.value, municipalities: t.members.map((m) => ({ code: m.code, name: m.name })) }));

function historyClaims(t: SeriesTime | null): NationalHistoryClaims | null {
  if (!t) return null;
  return {
    firstYear: t.firstYear,
    years: t.years,
    longRun: t.longRun
      ? { firstYear: t.longRun.firstYear, firstValue: t.longRun.firstValue, value: t.value, difference: t.longRun.difference, changeClass: t.longRun.changeClass }
      : null,
    record: t.record ? { kind: t.record.kind, since: t.record.firstYear, previous: t.record.previous } : null,
    streak: t.streak ? { trend: t.streak.trend, steps: t.streak.steps, startYear: t.streak.startYear, startValue: t.streak.startValue } : null,
  };
}

function storyClaims(s: NationalSectionPlan | undefined): Pick<NationalIndicatorClaims, "top" | "bottom" | "moversStory" | "history"> {
  const m = s?.movers;
  return {
    top: placeClaims(s?.top ?? null),
    bottom: placeClaims(s?.bottom ?? null),
    moversStory: m?.said === true && m.larger !== "even" && m.ratio !== null ? { larger: m.larger, ratio: Math.round(m.ratio * 100) / 100 } : null,
    history: historyClaims(s?.time ?? null),
  };
}

export function buildNationalClaims(dataset: Dataset, a: NationalAnalysis, plan: NationalStory, r: ComposedNational): NationalClaims {
  const sentences = claimsSentences(r);
  const s = dataset.survey;
  return {
    kind: "national",
    year: a.year,
    previousYear: a.previousYear,
    survey: { name: s.name, shortName: s.shortName ?? null, publisher: s.publisher, participants: s.participants },
    complete: a.complete,
    withResults: a.withResults,
    headline: r.headline.text,
    lead: r.lead.map((x) => x.text).join(" "),
    indicators: a.findings.map((f) => ({
      id: f.indicator.id,
      label: f.indicator.label,
      unit: f.indicator.unit,
      better: f.indicator.better,
      average: f.average,
      averageSource: f.averageSource,
      previousAverage: f.previousAverage,
      change: f.change,
      changeClass: f.changeClass,
      count: f.count,
      previousCount: f.previousCount,
      highest: extremeClaims(f.highest),
      lowest: extremeClaims(f.lowest),
      reached100: f.reached100,
      compared: f.movers?.compared ?? null,
      improved: f.movers?.improved ?? null,
      stronglyImproved: f.movers?.stronglyImproved ?? null,
      declined: f.movers?.declined ?? null,
      stronglyDeclined: f.movers?.stronglyDeclined ?? null,
      unchanged: f.movers?.unchanged ?? null,
      changeThreshold: f.thresholds.change.same,
      groups: f.groups
        ? {
            source: f.groups.source,
            best: { value: f.groups.best.value, groups: f.groups.best.members },
            worst: { value: f.groups.worst.value, groups: f.groups.worst.members },
            difference: f.groups.difference,
            values: f.groups.values,
          }
        : null,
      ...storyClaims(plan.sections.find((x) => x.finding === f)),
    })),
    summary: plan.summary,
    plan: {
      angle: plan.angle.kind,
      lead: plan.lead.map((i) => ({ id: i.section.finding.indicator.id, role: i.role, time: i.time })),
      ...(plan.records ? { records: { best: plan.records.improved.map((x) => x.finding.indicator.id), worst: plan.records.worst.finding.indicator.id } } : {}),
    },
    sentences,
  };
}
