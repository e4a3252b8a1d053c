// claims.json for the national summary (`"kind": "national"`): what the
// release asserts per indicator, with the numbers behind it (DESIGN.md,
// "claims.json").
import type { ChangeClass } from "../analyse/municipality.js";
import type { AverageSource, Extreme, GroupSpread, MunicipalityRef, NationalAnalysis } from "../analyse/national.js";
import type { ClaimsSentence } from "./claims.js";
import type { ComposedNational } from "../phrase/national.js";
import type { Sentence } from "../phrase/compose.js";
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
  sentences: ClaimsSentence[];
}

const extremeClaims = (e: Extreme<MunicipalityRef> | null): NationalExtremeClaims | null =>
  e === null ? null : { value: e.value, municipalities: e.members.map((m) => ({ code: m.code, name: m.name })) };

export function buildNationalClaims(dataset: Dataset, a: NationalAnalysis, r: ComposedNational): NationalClaims {
  const generated: Sentence[] = [
    ...(r.headlineIsEditorial ? [] : [r.headline]),
    ...r.lead,
    ...r.sections.flatMap((s) => s.sentences),
    ...r.facts,
  ];
  const sentences: ClaimsSentence[] = generated.map((s) => ({ text: s.text, claims: [...s.claims] }));
  if (r.headlineIsEditorial) sentences.unshift({ text: r.headline.text, claims: [], source: "editorial" });
  for (const q of r.quotes) if (!q.placeholder) sentences.push({ text: q.text, claims: [], source: "editorial" });
  for (const e of r.extra) sentences.push({ text: e, claims: [], source: "editorial" });
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
    })),
    sentences,
  };
}
