// preview claims: each sentence of a release with the numbers behind it.
// A claim id from claims.json (`epost-en-dag.vsGroup`, `survey.participants`,
// `group.name`) is resolved to a Swedish label and the value it stands for.
import type { ChangeClass, CompareClass } from "../analyse/municipality.js";
import type { IndicatorClaims, MunicipalityClaims } from "./claims.js";
import type { NationalClaims, NationalIndicatorClaims } from "./claims-national.js";
import { formatDate, formatDifference, formatNumber, formatValue, formatWeeks, joinList } from "../phrase/swedish.js";
import type { Dataset } from "../schema.js";

export interface ResolvedClaim {
  id: string;
  /** "Svar på e-post inom en arbetsdag: jämfört med likvärdiga kommuner" */
  label: string;
  /** "mycket bättre", "98 procent", … ; null when the id is not known. */
  value: string | null;
}

export interface SentenceView {
  text: string;
  /** Written by the communicator (quotes, extra paragraphs, an own headline). */
  editorial: boolean;
  claims: ResolvedClaim[];
}

const CHANGE_SV: Record<ChangeClass, string> = {
  "strongly-improved": "kraftigt förbättrad",
  improved: "förbättrad",
  unchanged: "oförändrad",
  declined: "försämrad",
  "strongly-declined": "kraftigt försämrad",
};

const COMPARE_SV: Record<CompareClass, string> = {
  "much-better": "mycket bättre",
  better: "bättre",
  level: "i nivå med",
  worse: "sämre",
  "much-worse": "mycket sämre",
};

const FIELD_SV: Record<string, string> = {
  value: "värde",
  previous: "föregående år",
  change: "förändring",
  changeClass: "bedömd förändring",
  national: "riket",
  vsNational: "jämfört med riket",
  group: "likvärdiga kommuner",
  vsGroup: "jämfört med likvärdiga kommuner",
  rank: "placering",
  groupRank: "placering i kommungruppen",
  changeRank: "förändring jämfört med landets övriga kommuner",
  rankRun: "först eller sist i landet flera år i rad",
  previousRank: "placering föregående år",
};

const SURVEY_SV: Record<string, string> = {
  name: "Undersökningens namn",
  year: "Undersökningsår",
  publisher: "Utgivare",
  period: "Period",
  searches: "Antal sökningar",
  participants: "Deltagande kommuner",
  questionAreas: "Frågeområden",
  note: "Anmärkning",
  method: "Metod",
};

function indicatorValue(ind: IndicatorClaims, field: string, year: number): string | null {
  const v = (n: number | null): string => (n === null ? "saknas" : formatValue(n, ind.unit));
  switch (field) {
    case "value":
      return `${v(ind.value)} (${year})`;
    case "previous":
      return ind.previous === null ? "saknas" : `${v(ind.previous)} (${year - 1})`;
    case "change":
      if (ind.change === null) return "saknas";
      return `${ind.change > 0 ? "+" : ind.change < 0 ? "\u2212" : "±"}${formatDifference(ind.change, ind.unit)}`;
    case "changeClass":
      return ind.changeClass === null ? "saknas" : CHANGE_SV[ind.changeClass];
    case "national":
      return v(ind.national);
    case "vsNational":
      return ind.vsNational === null ? "saknas" : COMPARE_SV[ind.vsNational];
    case "group":
      return v(ind.group);
    case "vsGroup":
      return ind.vsGroup === null ? "saknas" : COMPARE_SV[ind.vsGroup];
    case "rank":
      return ind.rank ? `plats ${formatNumber(ind.rank.position)} av ${formatNumber(ind.rank.of)}` : "saknas";
    case "groupRank":
      return ind.rank?.group ? `plats ${formatNumber(ind.rank.group.position)} av ${formatNumber(ind.rank.group.of)}` : "saknas";
    case "previousRank":
      return ind.rank?.previous ? `plats ${formatNumber(ind.rank.previous.position)} av ${formatNumber(ind.rank.previous.of)} (${year - 1})` : "saknas";
    case "rankRun":
      return ind.rank?.endRun === undefined ? "saknas" : `${ind.rank.position === 1 ? "först" : "sist"} i landet ${formatNumber(ind.rank.endRun)} år i rad (${year - ind.rank.endRun + 1}–${year})`;
    case "changeRank":
      return ind.rank?.change === "most-improved" ? "störst förbättring i landet" : ind.rank?.change === "most-declined" ? "störst försämring i landet" : "saknas";
    default:
      return null;
  }
}

function surveyValue(dataset: Dataset, field: string): string | null {
  const s = dataset.survey;
  switch (field) {
    case "name":
      return s.shortName ? `${s.name} (${s.shortName})` : s.name;
    case "year":
      return String(s.year);
    case "publisher":
      return s.publisher;
    case "period":
      if ("weeks" in s.period) return formatWeeks(s.period.weeks[0], s.period.weeks[1]);
      return `${formatDate(s.period.from)}–${formatDate(s.period.to)}`;
    case "searches": {
      const parts: string[] = [];
      if (s.searches.phone !== undefined) parts.push(`${formatNumber(s.searches.phone)} via telefon`);
      if (s.searches.email !== undefined) parts.push(`${formatNumber(s.searches.email)} via e-post`);
      if (s.searches.total !== undefined) parts.push(`${formatNumber(s.searches.total)} totalt`);
      return parts.length > 0 ? joinList(parts) : null;
    }
    case "participants":
      return formatNumber(s.participants);
    case "questionAreas":
      return joinList(s.questionAreas);
    case "note":
      return s.note ?? null;
    case "method":
      return s.method.replace(/\s+/g, " ").trim();
    default:
      return null;
  }
}

/** Resolves one claim id against the release's claims and the dataset. */
export function resolveClaim(id: string, claims: MunicipalityClaims, dataset: Dataset): ResolvedClaim {
  const dot = id.lastIndexOf(".");
  const head = dot < 0 ? id : id.slice(0, dot);
  const field = dot < 0 ? "" : id.slice(dot + 1);
  if (head === "survey") {
    return { id, label: SURVEY_SV[field] ?? `Undersökningen: ${field}`, value: surveyValue(dataset, field) };
  }
  if (head === "group") {
    return { id, label: "Jämförelsegrupp (likvärdiga kommuner)", value: field === "name" ? (claims.group?.name ?? "saknas") : null };
  }
  const ind = claims.indicators.find((i) => i.id === head);
  if (ind) {
    return { id, label: `${ind.label}: ${FIELD_SV[field] ?? field}`, value: indicatorValue(ind, field, claims.year) };
  }
  return { id, label: id, value: null };
}

export function sentenceViews(claims: MunicipalityClaims, dataset: Dataset): SentenceView[] {
  return claims.sentences.map((s) => ({
    text: s.text,
    editorial: s.source === "editorial",
    claims: s.claims.map((c) => resolveClaim(c, claims, dataset)),
  }));
}

const NATIONAL_FIELD_SV: Record<string, string> = {
  average: "snitt",
  averageSource: "snittet bygger på",
  previousAverage: "snitt föregående år",
  change: "förändring",
  changeClass: "bedömd förändring",
  count: "kommuner med resultat",
  previousCount: "kommuner med resultat föregående år",
  highest: "högst",
  lowest: "lägst",
  reached100: "kommuner med 100 procent",
  compared: "kommuner med resultat båda åren",
  improved: "kommuner som gick framåt",
  stronglyImproved: "kommuner som gick kraftigt framåt",
  declined: "kommuner som gick bakåt",
  stronglyDeclined: "kommuner som gick kraftigt bakåt",
  unchanged: "kommuner som låg still",
  groups: "kommungrupper",
  top: "bäst i landet",
  bottom: "sämst i landet",
  longRun: "förändring sedan första året",
  record: "rekord i rikets historik",
  streak: "år i rad åt samma håll",
};

/** The national release's own time and place facts (plan-stage claims: top, bottom, longRun, record, streak). */
function nationalStoryValue(ind: NationalIndicatorClaims, field: string): string | null {
  const tiers = (p: NationalIndicatorClaims["top"]): string =>
    p === null ? "saknas" : p.map((t) => `${joinList(t.municipalities.map((m) => m.name))} (${formatValue(t.value, ind.unit)})`).join(", ");
  const h = ind.history;
  switch (field) {
    case "top":
      return tiers(ind.top);
    case "bottom":
      return tiers(ind.bottom);
    case "longRun":
      return h?.longRun ? `${formatValue(h.longRun.firstValue, ind.unit)} (${h.longRun.firstYear}) → ${formatValue(h.longRun.value, ind.unit)}` : "saknas";
    case "record":
      return h?.record ? `${h.record.kind === "best" ? "bästa" : "sämsta"} sedan ${h.record.since}` : "saknas";
    case "streak":
      return h?.streak ? `${h.streak.steps} år i rad (${h.streak.trend === "improving" ? "bättre" : "sämre"}) sedan ${h.streak.startYear}` : "saknas";
    default:
      return null;
  }
}

function nationalIndicatorValue(ind: NationalIndicatorClaims, field: string, c: NationalClaims): string | null {
  const v = (n: number | null): string => (n === null ? "saknas" : formatValue(n, ind.unit));
  const count = (n: number | null): string => (n === null ? "saknas" : formatNumber(n));
  const extreme = (e: NationalIndicatorClaims["highest"]): string =>
    e === null ? "saknas" : `${formatValue(e.value, ind.unit)} (${joinList(e.municipalities.map((m) => m.name))})`;
  switch (field) {
    case "average":
      return `${v(ind.average)} (${c.year})`;
    case "averageSource":
      return ind.averageSource === "national" ? "rikets värde i datafilen" : "oviktat medelvärde av kommunernas värden";
    case "previousAverage":
      return ind.previousAverage === null ? "saknas" : `${v(ind.previousAverage)} (${c.previousYear})`;
    case "change":
      if (ind.change === null) return "saknas";
      return `${ind.change > 0 ? "+" : ind.change < 0 ? "\u2212" : "±"}${formatDifference(ind.change, ind.unit)}`;
    case "changeClass":
      return ind.changeClass === null ? "saknas" : CHANGE_SV[ind.changeClass];
    case "highest":
      return extreme(ind.highest);
    case "lowest":
      return extreme(ind.lowest);
    case "count":
    case "previousCount":
    case "reached100":
    case "compared":
    case "improved":
    case "stronglyImproved":
    case "declined":
    case "stronglyDeclined":
    case "unchanged":
      return count(ind[field]);
    case "groups":
      return ind.groups === null
        ? "saknas"
        : `bäst ${joinList(ind.groups.best.groups.map((g) => g.name))} (${formatValue(ind.groups.best.value, ind.unit)}), ` +
            `sämst ${joinList(ind.groups.worst.groups.map((g) => g.name))} (${formatValue(ind.groups.worst.value, ind.unit)})`;
    default:
      return nationalStoryValue(ind, field);
  }
}

/** Resolves one claim id of the national release (`bemotande.average`, `survey.participants`). */
export function resolveNationalClaim(id: string, claims: NationalClaims, dataset: Dataset): ResolvedClaim {
  const dot = id.lastIndexOf(".");
  const head = dot < 0 ? id : id.slice(0, dot);
  const field = dot < 0 ? "" : id.slice(dot + 1);
  if (head === "survey") {
    return { id, label: SURVEY_SV[field] ?? `Undersökningen: ${field}`, value: surveyValue(dataset, field) };
  }
  if (id === "summary.changeClass" && claims.summary) {
    const s = claims.summary;
    return { id, label: "Mått som blev bättre och sämre", value: `bättre ${s.improved}, sämre ${s.declined} av ${s.total}` };
  }
  const ind = claims.indicators.find((i) => i.id === head);
  if (ind) {
    return { id, label: `${ind.label}: ${NATIONAL_FIELD_SV[field] ?? field}`, value: nationalIndicatorValue(ind, field, claims) };
  }
  return { id, label: id, value: null };
}

export function nationalSentenceViews(claims: NationalClaims, dataset: Dataset): SentenceView[] {
  return claims.sentences.map((s) => ({
    text: s.text,
    editorial: s.source === "editorial",
    claims: s.claims.map((c) => resolveNationalClaim(c, claims, dataset)),
  }));
}
