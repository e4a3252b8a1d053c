// plan: the news facts of one indicator and their news value
// (../shared/EDITORIAL.md §1). Pure; no wording here.
import {
  comparePolarity,
  isDecline,
  isImprovement,
  placesBelow,
  type CompareClass,
  type IndicatorFinding,
} from "../analyse/municipality.js";

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
  | "rest";

/** News value by kind: 1 is the strongest (EDITORIAL.md §1). */
export const NEWS_VALUE: Readonly<Record<FactKind, 1 | 2 | 3 | 4 | 5>> = {
  first: 1,
  "shared-first": 1,
  last: 1,
  "bottom-three": 1,
  "strong-change": 2,
  crossing: 3,
  "top-ten": 3,
  "bottom-ten": 3,
  change: 4,
  gap: 4,
  rest: 5,
};

/** Facts about a place in the country's ranking. */
export const PLACE_FACTS: readonly FactKind[] = ["first", "shared-first", "last", "bottom-three", "top-ten", "bottom-ten"];

export interface Fact {
  kind: FactKind;
  value: 1 | 2 | 3 | 4 | 5;
  /** +1 good news, −1 bad news, 0 neither. */
  polarity: -1 | 0 | 1;
}

function fact(kind: FactKind, polarity: -1 | 0 | 1): Fact {
  return { kind, value: NEWS_VALUE[kind], polarity };
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
  if (r.position <= 10) return fact("top-ten", 1);
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

/** Every fact of an indicator, strongest first; always at least one. */
export function factsOf(f: IndicatorFinding): Fact[] {
  const out: Fact[] = [];
  const place = placeFact(f);
  if (place) out.push(place);
  const dir = isImprovement(f.changeClass) ? 1 : isDecline(f.changeClass) ? -1 : 0;
  const strong = f.changeClass === "strongly-improved" || f.changeClass === "strongly-declined";
  if (dir !== 0) out.push(fact(strong ? "strong-change" : "change", dir));
  const cross = crossing(f);
  if (cross) out.push(cross);
  const gap = gapPolarity(f.vsNational) || gapPolarity(f.vsGroup);
  if (gap !== 0) out.push(fact("gap", gap));
  if (out.length === 0) out.push(fact("rest", 0));
  return out.sort((a, b) => a.value - b.value);
}

/** The change fact of a finding, if it changed past `same`. */
export function changeFact(facts: readonly Fact[]): Fact | undefined {
  return facts.find((x) => x.kind === "strong-change" || x.kind === "change");
}
