// claims.json: what a release asserts, with the numbers behind it
// (../shared/DESIGN.md, "claims.json").
import type { Analysis, ChangeClass, CompareClass, Rank } from "../analyse/municipality.js";
import type { ComposedRelease, Sentence } from "../phrase/compose.js";
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
}

export interface ClaimsSentence {
  text: string;
  claims: string[];
  /** "editorial": written by the communicator, not by kommunpress. */
  source?: "editorial";
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
}

export function buildClaims(a: Analysis, r: ComposedRelease): MunicipalityClaims {
  const m = a.municipality;
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
    })),
    sentences,
  };
}
