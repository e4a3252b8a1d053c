// phrase, national summary: turns a NationalAnalysis into Swedish sentences,
// each with the claims it rests on, using the national phrase bank
// (templates/fraser-riket.yaml). Pure: no I/O, no dates from the clock.
import { CHANGE_CLASSES } from "../analyse/municipality.js";
import type { Extreme, NationalAnalysis, NationalFinding } from "../analyse/national.js";
import type { NationalAngle } from "../plan/angle.js";
import type { NationalPlan } from "../plan/story.js";
import type { Message } from "../messages.js";
import type { Dataset, Release } from "../schema.js";
import { Chooser, fill, type PhraseBank } from "./bank.js";
import {
  editorialBlocks,
  noteFact,
  quoteBlocks,
  sourceLine,
  surveyFacts,
  surveyFullName,
  type ComposedRelease,
  type Section,
  type Sentence,
  type Warn,
} from "./compose.js";
import {
  capitalize,
  countPhrase,
  formatDifference,
  formatNumber,
  formatValue,
  formatYear,
  joinList,
  NBSP,
  numberWord,
} from "./swedish.js";

// ------------------------------------------------------------ the bank

const SURVEY = ["undersökningen", "undersökning", "utgivare", "år", "föregåendeår"];
const NUMBERS = ["ämne", "Ämne", "värde", "föregående", "skillnad", "Där", "där"];
const RANGE = ["ämne", "Ämne", "antal", "bäst", "bästvärde", "sämst", "sämstvärde", "fullt", "värde", "år"];
const MOVERS = ["antal", "förbättrade", "försämrade", "gräns", "föregåendeår", "år"];
const GROUPS = ["ämne", "bästgrupp", "bästvärde", "sämstgrupp", "sämstvärde", "skillnad"];

/** Every situation of the national release, with the placeholders it may use. */
export function nationalSlotSpecs(): Map<string, readonly string[]> {
  const specs = new Map<string, readonly string[]>();
  for (const k of ["improved", "strongly-improved", "declined", "strongly-declined", "mixed", "unchanged"]) {
    specs.set(`headline.${k}`, [...SURVEY, "kanal"]);
  }
  specs.set("headline.none", SURVEY);
  specs.set("headline.contrast", [...SURVEY, "kanal_bättre", "kanal_sämre"]);
  const numbers = [...SURVEY, ...NUMBERS];
  for (const c of CHANGE_CLASSES) {
    if (c === "unchanged") {
      specs.set("lead.unchanged", numbers);
      specs.set("change.unchanged", numbers);
      continue;
    }
    for (const m of ["up", "down"]) {
      specs.set(`lead.${c}.${m}`, numbers);
      specs.set(`lead.contrast.${c}.${m}`, numbers);
      specs.set(`change.${c}.${m}`, numbers);
    }
  }
  specs.set("lead.value", numbers);
  specs.set("change.value", numbers);
  specs.set("lead.source", [...SURVEY, "deltagare"]);
  for (const k of ["higher", "lower", "full", "same", "single"]) specs.set(`range.${k}`, RANGE);
  for (const t of ["threshold", "any"]) {
    for (const k of ["both", "improved", "declined", "none"]) specs.set(`movers.${t}.${k}`, MOVERS);
  }
  specs.set("groups.spread", GROUPS);
  specs.set("groups.level", ["ämne", "spann", "skillnad"]);
  return specs;
}

// ------------------------------------------------------------ helpers

/** More tied municipalities than this are counted ("fem kommuner"), not named. */
export const MAX_NAMED = 4;

/**
 * Counts of the same kind in one sentence are written alike (SPRAK.md): words
 * for one to twelve unless any of them needs digits, then digits for all.
 */
export function alikeCounts(ns: readonly number[], singular = "kommun", plural = "kommuner"): string[] {
  const digits = ns.some((n) => numberWord(n) === undefined);
  return ns.map((n) => (digits ? `${formatNumber(n)}${NBSP}${n === 1 ? singular : plural}` : countPhrase(n, singular, plural)));
}

/** `Kramfors`, `Höganäs och Kävlinge`; more than MAX_NAMED: a count, written like `others`. */
export function membersPhrase(e: Extreme<{ name: string }>, countText: string): string {
  // A name with a comma in it is quoted, or the list reads as more names.
  return e.members.length > MAX_NAMED ? countText : joinList(e.members.map((m) => (m.name.includes(",") ? `”${m.name}”` : m.name)));
}

/** `från 83 procent till 85 procent`, `från index 83 till index 85` (low to high; every number with its unit). */
export function spanPhrase(a: number, b: number, unit: NationalFinding["indicator"]["unit"]): string {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return `från ${formatValue(lo, unit, "text")} till ${formatValue(hi, unit, "text")}`;
}

/** "98 procent 2019"; an index value reads "index 84 år 2024" so two bare numbers never meet. */
function valueAt(v: number, unit: NationalFinding["indicator"]["unit"], year: number): string {
  const formatted = formatValue(v, unit, "text");
  return unit === "index" ? `${formatted} år ${formatYear(year)}` : `${formatted} ${formatYear(year)}`;
}

type Movement = "up" | "down";
const movement = (f: NationalFinding): Movement => ((f.change ?? 0) >= 0 ? "up" : "down");

function changeClaims(f: NationalFinding): string[] {
  const id = f.indicator.id;
  return [`${id}.average`, `${id}.averageSource`, `${id}.previousAverage`, `${id}.change`, `${id}.changeClass`];
}

// ------------------------------------------------------------ compose

/** A composed national release: a ComposedRelease whose sections are indicators. */
export interface ComposedNational extends ComposedRelease {
  /** The indicator id of each section, by index. */
  sectionIndicators: string[];
}

export interface ComposeNationalOptions {
  dataset: Dataset;
  analysis: NationalAnalysis;
  /** The story: angle, news order, the lead's findings (plan stage). */
  plan: NationalPlan;
  /** Editorial content: the dataset's `national.release`. */
  release: Release;
  bank: PhraseBank;
  /** File that warnings point at (the data file). */
  file?: string;
}

type Say = (slot: string, values: Record<string, string>) => string;

export function composeNational(opts: ComposeNationalOptions): ComposedNational {
  const { dataset, analysis, plan, release, bank } = opts;
  const survey = dataset.survey;
  const chooser = new Chooser(bank, `riket-${analysis.year}`);
  const warnings: Message[] = [];
  const warn: Warn = (ruleId, reason, path) => {
    warnings.push({ ruleId, severity: "warning", reason, path, ...(opts.file ? { file: opts.file } : {}) });
  };
  const surveyTokens: Record<string, string> = {
    undersökningen: surveyFullName(survey),
    undersökning: survey.shortName ?? survey.name,
    utgivare: survey.publisher,
    år: formatYear(analysis.year),
    föregåendeår: formatYear(analysis.previousYear),
  };
  const say: Say = (slot, values) => fill(chooser.pick(slot), { ...surveyTokens, ...values });
  const headline: Sentence = release.headline ? { text: release.headline, claims: [] } : composeHeadline(plan.angle, say);
  const lead = composeLead(plan, analysis, survey.participants, say);
  // One section per indicator: channels in news order, then indicators in news order.
  const ordered = plan.channels.flatMap((c) => c.findings);
  const sections: Section[] = ordered.map((f) => ({ heading: f.indicator.label, sentences: indicatorSentences(f, analysis, say) }));
  // Quotes: after the section whose channel they mention, else the first free one.
  const quotes = quoteBlocks(release, survey.publisher, ordered.map((f) => ({ heading: f.indicator.channel, sentences: [] })));
  if ((release.quotes ?? []).length === 0) {
    warn("no-quote", "inget citat; pressmeddelandet får en platshållare [CITAT: …]", "national.release.quotes");
  }
  const facts = nationalFacts(dataset, analysis);
  if (!analysis.complete) {
    warn(
      "national-incomplete",
      `datafilen har resultat för ${analysis.withResults} av ${survey.participants} deltagande kommuner; ` +
        "snitt som räknas fram, högst och lägst, antal kommuner och kommungrupper utelämnas",
      "municipalities",
    );
  }
  const blocks = editorialBlocks(release, `[OM AVSÄNDAREN: Några rader om ${survey.publisher}.]`, warn, "national.release");
  for (const slot of new Set(chooser.exhausted)) {
    warn("phrase-bank-exhausted", `frasbanken har för få varianter för "${slot}"; en variant upprepas`, slot);
  }
  return {
    ...blocks,
    sender: survey.publisher,
    headline,
    headlineIsEditorial: release.headline !== undefined && release.headline !== "",
    lead,
    sections,
    sectionIndicators: ordered.map((f) => f.indicator.id),
    quotes,
    extra: release.extra ?? [],
    factsHeading: "Fakta om undersökningen",
    facts,
    source: sourceLine(survey),
    contactsHeading: "För mer information, kontakta:",
    aboutHeading: `Om ${survey.publisher}`,
    warnings,
    variants: chooser.usedVariants().sort(),
  };
}

/** The lead: the headline's finding, anything that went the other way, the source. */
function composeLead(plan: NationalPlan, analysis: NationalAnalysis, participants: number, say: Say): Sentence[] {
  const lead: Sentence[] = [];
  const top = plan.lead;
  if (top) {
    const slot = top.changeClass === null
      ? "lead.value"
      : top.changeClass === "unchanged"
        ? "lead.unchanged"
        : `lead.${top.changeClass}.${movement(top)}`;
    lead.push({ text: say(slot, numberTokens(top, analysis)), claims: averageClaims(top) });
    const other = plan.counter;
    if (other && other.changeClass !== null && other.changeClass !== "unchanged") {
      lead.push({
        text: say(`lead.contrast.${other.changeClass}.${movement(other)}`, numberTokens(other, analysis)),
        claims: changeClaims(other),
      });
    }
  }
  lead.push({
    text: say("lead.source", { deltagare: countPhrase(participants, "kommun", "kommuner") }),
    claims: ["survey.name", "survey.year", "survey.participants"],
  });
  return lead;
}

/** Fact box: the survey, how the averages were made, the data's note. */
function nationalFacts(dataset: Dataset, analysis: NationalAnalysis): Sentence[] {
  const facts = surveyFacts(dataset);
  if (analysis.findings.some((f) => f.averageSource === "participants")) {
    facts.push({
      text: analysis.findings.every((f) => f.averageSource === "participants")
        ? "Snitten är ovägda medelvärden av de deltagande kommunernas resultat."
        : "Där underlaget saknar ett värde för riket är snittet ett ovägt medelvärde av de deltagande kommunernas resultat.",
      claims: analysis.findings.filter((f) => f.averageSource === "participants").map((f) => `${f.indicator.id}.averageSource`),
    });
  }
  const withGroups = analysis.findings.filter((f) => f.groups !== null);
  if (withGroups.some((f) => f.groups?.source === "participants")) {
    facts.push({
      text: withGroups.every((f) => f.groups?.source === "participants")
        ? "Kommungruppernas snitt är ovägda medelvärden av resultaten för de deltagande kommunerna i varje grupp."
        : "Där underlaget saknar ett snitt för kommungrupperna är det ett ovägt medelvärde av resultaten för de deltagande kommunerna i varje grupp.",
      claims: analysis.findings.filter((f) => f.groups?.source === "participants").map((f) => `${f.indicator.id}.groups`),
    });
  }
  const note = noteFact(dataset);
  if (note) facts.push(note);
  return facts;
}

function composeHeadline(angle: NationalAngle, say: Say): Sentence {
  const claimsOf = (fs: readonly NationalFinding[]): string[] =>
    fs.filter((f) => f.changeClass !== null).map((f) => `${f.indicator.id}.changeClass`);
  switch (angle.kind) {
    case "improved":
    case "declined": {
      const channels = angle.channels.slice(0, 2);
      return {
        text: say(`headline.${angle.strong ? "strongly-" : ""}${angle.kind}`, { kanal: joinList(channels.map((c) => c.channel)) }),
        claims: channels.flatMap((c) => claimsOf(c.findings)),
      };
    }
    case "contrast":
      return {
        text: say("headline.contrast", { kanal_bättre: angle.up.channel, kanal_sämre: angle.down.channel }),
        claims: [...claimsOf(angle.up.findings), ...claimsOf(angle.down.findings)],
      };
    case "mixed":
    case "unchanged":
      return {
        text: say(`headline.${angle.kind}`, { kanal: joinList(angle.channels.map((c) => c.channel)) }),
        claims: angle.channels.flatMap((c) => claimsOf(c.findings)),
      };
    case "none":
      return { text: say("headline.none", {}), claims: [] };
  }
}



function averageClaims(f: NationalFinding): string[] {
  return f.changeClass === null ? [`${f.indicator.id}.average`, `${f.indicator.id}.averageSource`] : changeClaims(f);
}

function numberTokens(f: NationalFinding, a: NationalAnalysis): Record<string, string> {
  const unit = f.indicator.unit;
  const where = f.averageSource === "national" ? "i riket" : "bland de deltagande kommunerna";
  const t: Record<string, string> = {
    ämne: f.indicator.subject,
    Ämne: capitalize(f.indicator.subject),
    värde: valueAt(f.average, unit, a.year),
    där: where,
    Där: capitalize(where),
  };
  if (f.previousAverage !== null) t["föregående"] = valueAt(f.previousAverage, unit, a.previousYear);
  if (f.change !== null) t["skillnad"] = formatDifference(f.change, unit);
  return t;
}

function indicatorSentences(f: NationalFinding, a: NationalAnalysis, say: Say): Sentence[] {
  const id = f.indicator.id;
  const unit = f.indicator.unit;
  const out: Sentence[] = [];

  // The average and its change.
  const slot = f.changeClass === null
    ? "change.value"
    : f.changeClass === "unchanged"
      ? "change.unchanged"
      : `change.${f.changeClass}.${movement(f)}`;
  out.push({ text: say(slot, numberTokens(f, a)), claims: averageClaims(f) });

  // Highest and lowest among the municipalities.
  const range = rangeSentence(f, a, say);
  if (range) out.push(range);

  // How many municipalities improved and declined.
  const m = f.movers;
  if (m && m.compared > 0) {
    const kind = m.threshold > 0 ? "threshold" : "any";
    const which = m.improved > 0 && m.declined > 0 ? "both" : m.improved > 0 ? "improved" : m.declined > 0 ? "declined" : "none";
    const [antal, förbättrade, försämrade] = alikeCounts([m.compared, m.improved, m.declined]) as [string, string, string];
    out.push({
      text: say(`movers.${kind}.${which}`, {
        antal,
        förbättrade,
        försämrade,
        gräns: formatDifference(m.threshold, unit),
      }),
      claims: [`${id}.compared`, `${id}.improved`, `${id}.declined`],
    });
  }

  // Best and worst kommungrupp; a gap below the comparison threshold is "close together".
  const g = f.groups;
  if (g && g.difference < f.thresholds.compare.same) {
    out.push({
      text: say("groups.level", {
        ämne: f.indicator.subject,
        spann: spanPhrase(g.worst.value, g.best.value, unit),
        skillnad: formatDifference(g.difference, unit),
      }),
      claims: [`${id}.groups`],
    });
  } else if (g) {
    out.push({
      text: say("groups.spread", {
        ämne: f.indicator.subject,
        bästgrupp: membersPhrase(g.best, countPhrase(g.best.members.length, "kommungrupp", "kommungrupper")),
        bästvärde: formatValue(g.best.value, unit, "text"),
        sämstgrupp: membersPhrase(g.worst, countPhrase(g.worst.members.length, "kommungrupp", "kommungrupper")),
        sämstvärde: formatValue(g.worst.value, unit, "text"),
        skillnad: formatDifference(g.difference, unit),
      }),
      claims: [`${id}.groups`],
    });
  }
  return out;
}

function rangeSentence(f: NationalFinding, a: NationalAnalysis, say: Say): Sentence | undefined {
  const { best, worst, count } = f;
  if (!best || !worst || count === null || count === 0) return undefined;
  const id = f.indicator.id;
  const unit = f.indicator.unit;
  const base = {
    ämne: f.indicator.subject,
    Ämne: capitalize(f.indicator.subject),
    fullt: formatValue(100, "percent", "text"),
    år: formatYear(a.year),
  };
  const claims = [`${id}.count`, `${id}.highest`, `${id}.lowest`];
  if (count === 1) {
    const only = best.members[0]?.name ?? "";
    return {
      text: say("range.single", { ...base, antal: "", bäst: only, bästvärde: formatValue(best.value, unit, "text"), sämst: "", sämstvärde: "", värde: "" }),
      claims,
    };
  }
  if (best.value === worst.value) {
    const [antal] = alikeCounts([count]) as [string];
    return {
      text: say("range.same", { ...base, antal, bäst: "", bästvärde: "", sämst: "", sämstvärde: "", värde: formatValue(best.value, unit, "text") }),
      claims,
    };
  }
  // The total and the tied few are different counts: "de 264 kommuner", "nio kommuner".
  const [antal] = alikeCounts([count]) as [string];
  const nBest = countPhrase(best.members.length, "kommun", "kommuner");
  const nWorst = countPhrase(worst.members.length, "kommun", "kommuner");
  const full = unit === "percent" && f.indicator.better === "higher" && best.value === 100;
  const slot = full ? "range.full" : f.indicator.better === "higher" ? "range.higher" : "range.lower";
  return {
    text: say(slot, {
      ...base,
      antal,
      bäst: membersPhrase(best, nBest),
      bästvärde: formatValue(best.value, unit, "text"),
      sämst: membersPhrase(worst, nWorst),
      sämstvärde: formatValue(worst.value, unit, "text"),
      värde: "",
    }),
    claims: full ? [...claims, `${id}.reached100`] : claims,
  };
}
