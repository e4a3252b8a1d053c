// phrase, national summary: turns the national story plan into Swedish
// sentences, each with the claims it rests on, using the national phrase bank
// (templates/fraser-riket.yaml). Pure: no I/O, no dates from the clock.
import { thresholdWords } from "./thresholds.js";
import { CHANGE_CLASSES, isDecline, isImprovement } from "../analyse/municipality.js";
import type { NationalAnalysis, NationalFinding } from "../analyse/national.js";
import type { NationalLeadItem, NationalSectionPlan, NationalStory, NationalSubject } from "../plan/national.js";
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
  warner,
} from "./compose.js";
import { headlineName, Mentions, tightName, valueAt } from "./story.js";
import {
  approximate,
  capitalize,
  countPhrase,
  formatDifference,
  formatNumber,
  formatValue,
  formatYear,
  joinList,
  numberWord,
} from "./swedish.js";
import { placeSentences, moversSentence, groupsSentence } from "./national-body.js";
import { ordinalWord, startSuffix, type NationalContext, type Say } from "./national-words.js";



// ------------------------------------------------------------ the bank

const SURVEY = ["undersökningen", "undersökning", "utgivare", "år", "föregåendeår"];
const NUMBERS = ["ämne", "Ämne", "värde", "föregående", "skillnad", "Där", "där"];
const HISTORY = ["förstaår", "irad"];
const PLACES = ["bäst", "bästvärde", "tvåa", "tvåavärde", "sämst", "sämstvärde", "näst", "nästvärde", "fullt", "antal", "Antal", "ämne", "Ämne"];
const MOVERS = ["antal", "förbättrade", "försämrade", "gräns", "föregåendeår", "år", "gånger"];
const GROUPS = ["ämne", "bästgrupp", "bästvärde", "sämstgrupp", "sämstvärde", "skillnad", "spann"];
const MOVED = ["improved", "strongly-improved", "declined", "strongly-declined"];
const READER = [...SURVEY, "där", "Där", "läsare", "föregående", "skillnad"];

/** The bank section that lists the contact channels (`kanaler.telefon: via telefon`). */
export const CONTACT_SECTION = "kanaler";
/** The bank section with each indicator in a reader's words (`läsarfraser.epost-en-dag`), keyed by indicator id. */
export const READER_SECTION = "läsarfraser";

/** Every situation of the national release, with the placeholders it may use. */
export function nationalSlotSpecs(): Map<string, readonly string[]> {
  const specs = new Map<string, readonly string[]>();
  specs.set(`${CONTACT_SECTION}.*`, []);
  specs.set(`${READER_SECTION}.*`, ["andel", "värde"]);
  for (const k of MOVED) {
    specs.set(`headline.${k}`, [...SURVEY, "kanal"]);
    specs.set(`headline.measure.${k}`, [...SURVEY, "mått", "Mått"]);
  }
  for (const k of ["unchanged", "none"]) specs.set(`headline.${k}`, SURVEY);
  specs.set("headline.contrast", [...SURVEY, "kanal_bättre", "kanal_sämre"]);
  specs.set("headline.records.one-worst", [...SURVEY, "förbättrade", "antal", "övrigt"]);
  specs.set("headline.contrast-measure", [...SURVEY, "bättre", "Bättre", "sämre"]);
  const lead = [...SURVEY, ...NUMBERS];
  for (const c of CHANGE_CLASSES) {
    if (c === "unchanged") specs.set("lead.unchanged", lead);
    for (const m of c === "unchanged" ? [] : ["up", "down"]) {
      specs.set(`lead.${c}.${m}`, lead);
      specs.set(`lead.counter.${c}.${m}`, lead);
      specs.set(`change.${c}.${m}`, [...SURVEY, ...NUMBERS]);
    }
  }
  specs.set("lead.value", lead);
  for (const k of ["up", "down", "strong.up", "strong.down"]) {
    specs.set(`lead.reader.${k}`, READER);
    specs.set(`lead.reader.counter.${k}`, READER);
  }
  for (const k of ["unchanged", "value"]) specs.set(`lead.reader.${k}`, READER);
  // ".again": the release has already said when the survey began (startSuffix).
  for (const k of ["best", "worst"]) {
    for (const again of ["", ".again"]) {
      specs.set(`record.${k}${again}`, HISTORY);
      specs.set(`record.${k}.marginal${again}`, [...HISTORY, "skillnad"]);
    }
  }
  for (const k of ["improving", "declining"]) specs.set(`streak.${k}`, HISTORY);
  specs.set("change.unchanged", [...SURVEY, ...NUMBERS]);
  specs.set("change.value", [...SURVEY, ...NUMBERS]);
  specs.set("lead.source", [...SURVEY, "deltagare"]);
  // ".follow": the sentence before gave this year's average, so the long run leaves it out.
  for (const k of ["improved.up", "improved.down", "declined.up", "declined.down", "unchanged"]) {
    for (const follow of ["", ".follow"]) specs.set(`longrun.${k}${follow}`, [...NUMBERS, ...HISTORY, "första"]);
  }
  for (const k of ["improved.up", "improved.down", "declined.up", "declined.down"]) {
    for (const suffix of ["", ".follow", ".again", ".again.follow"]) specs.set(`longrun.steady.${k}${suffix}`, [...NUMBERS, ...HISTORY, "första"]);
  }
  for (const k of ["all-improved", "more-improved", "both", "more-declined", "all-declined", "all-unchanged"]) {
    specs.set(`summary.${k}`, ["antal", "förbättrade", "försämrade"]);
  }
  for (const k of ["more-improved.one", "more-declined.one"]) specs.set(`summary.${k}`, ["antal", "förbättrade", "försämrade", "övrigt"]);
  for (const again of ["", ".again"]) {
    for (const records of ["", ".records"]) specs.set(`summary.more-improved${records}.one-worst${again}`, ["antal", "förbättrade", "försämrade", "övrigt", "förstaår"]);
  }
  for (const k of ["pair", "top.one", "top.two", "top.two.counted", "bottom.one", "bottom.two", "bottom.two.counted", "full", "full.named"]) specs.set(`places.${k}`, PLACES);
  for (const t of ["threshold", "any"]) {
    for (const k of ["both", "improved", "declined", "none", "ratio.improved", "ratio.declined"]) specs.set(`movers.${t}.${k}`, MOVERS);
  }
  for (const k of ["", ".time"]) specs.set(`groups.spread${k}`, GROUPS);
  specs.set("groups.level", GROUPS);
  specs.set("facts.movers", [...SURVEY, "gräns", "undantag"]);
  specs.set("facts.history", [...SURVEY, "förstaår"]);
  return specs;
}

/** Channel → how a headline says it ("via e-post"), from the bank's `kanaler` table. */
export function contactChannels(bank: PhraseBank): Map<string, string> {
  const out = new Map<string, string>();
  const prefix = `${CONTACT_SECTION}.`;
  for (const [slot, variants] of bank.slots) {
    const text = variants[0]?.text;
    if (slot.startsWith(prefix) && text) out.set(slot.slice(prefix.length), text);
  }
  return out;
}

/** `via e-post och telefon`: phrases that open with the same word share it. */
export function channelPhrase(channels: readonly string[], contact: ReadonlyMap<string, string>): string {
  const phrases = channels.map((c) => contact.get(c) ?? c);
  const words = phrases.map((p) => p.split(" "));
  const first = words[0]?.[0];
  const shared = phrases.length > 1 && words.every((w) => w.length > 1 && w[0] === first);
  return shared ? `${first ?? ""} ${joinList(words.map((w) => w.slice(1).join(" ")))}` : joinList(phrases);
}

// ------------------------------------------------------------ helpers

/**
 * How a sentence opens, for telling openings apart across the release: its
 * first two words once filled ("sett sedan", "sedan 2018"), lower case and
 * without punctuation. A placeholder without a value stays as it is.
 */
export function openingOf(template: string, values: Readonly<Record<string, string>>): string {
  const head = template.split(" ").slice(0, 2).join(" ");
  const filled = head.replace(/\{([^}]+)\}/g, (whole, token: string) => values[token] ?? whole);
  return filled.split(/\s+/).slice(0, 2).join(" ").toLowerCase().replace(/[,.:;!?]/g, "");
}

type Movement = "up" | "down";
const movement = (f: NationalFinding): Movement => ((f.change ?? 0) >= 0 ? "up" : "down");

function changeClaims(f: NationalFinding): string[] {
  const id = f.indicator.id;
  return [`${id}.average`, `${id}.averageSource`, `${id}.previousAverage`, `${id}.change`, `${id}.changeClass`];
}

function averageClaims(f: NationalFinding): string[] {
  return f.changeClass === null ? [`${f.indicator.id}.average`, `${f.indicator.id}.averageSource`] : changeClaims(f);
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
  /** The story: angle, lead, sections and their facts (plan stage). */
  plan: NationalStory;
  /** Editorial content: the dataset's `national.release`. */
  release: Release;
  bank: PhraseBank;
  /** File that warnings point at (the data file). */
  file?: string;
}


/** What the phrasing of one release shares: the bank, the subjects said so far, the years. */

export function composeNational(opts: ComposeNationalOptions): ComposedNational {
  const { dataset, analysis, plan, release, bank } = opts;
  const survey = dataset.survey;
  const chooser = new Chooser(bank, `riket-${analysis.year}`);
  const warnings: Message[] = [];
  const warn = warner(warnings, opts.file);
  const surveyTokens: Record<string, string> = {
    undersökningen: surveyFullName(survey),
    undersökning: survey.shortName ?? survey.name,
    utgivare: survey.publisher,
    år: formatYear(analysis.year),
    föregåendeår: formatYear(analysis.previousYear),
  };
  // Sentences across the release open differently where the bank allows: parallel variants of
  // different slots would otherwise give "Sett sedan 2014, då …" or "Sedan 2018 har …" in two sections.
  // The same two words count most, then the same first word.
  const openings = new Map<string, number>();
  const count = (key: string): number => openings.get(key) ?? 0;
  const note = (key: string): void => void openings.set(key, count(key) + 1);
  const fragment = (slot: string): boolean => slot.startsWith(`${READER_SECTION}.`) || slot.startsWith(`${CONTACT_SECTION}.`);
  /** The chosen template; `first` (the section openers' cost) counts before the opening's. */
  const pick = (slot: string, all: Record<string, string>, first?: (template: string) => number): string => {
    if (fragment(slot)) return chooser.pick(slot);
    const used = (template: string): number => {
      const key = openingOf(template, all);
      return count(key) * 10 + count(key.split(" ")[0] ?? "");
    };
    const template = chooser.pick(slot, (t) => (first ? first(t) * 1000 : 0) + used(t));
    const key = openingOf(template, all);
    note(key);
    if (key.includes(" ")) note(key.split(" ")[0] ?? "");
    return template;
  };
  const say: Say = (slot, values) => {
    const all = { ...surveyTokens, ...values };
    return fill(pick(slot, all), all);
  };
  // Sections open with a different first word where the bank allows ("I riket", "Andelen", "Jämfört med").
  const openers = new Map<string, number>();
  const firstWord = (template: string): string => template.split(" ")[0] ?? "";
  const opener: Say = (slot, values) => {
    const all = { ...surveyTokens, ...values };
    const template = pick(slot, all, (t) => openers.get(firstWord(t)) ?? 0);
    openers.set(firstWord(template), (openers.get(firstWord(template)) ?? 0) + 1);
    return fill(template, all);
  };
  const ctx: NationalContext = { say, opener, has: (slot) => bank.slots.has(slot), mentions: new Mentions(), analysis, startSaid: new Set() };
  const headline: Sentence = release.headline ? { text: release.headline, claims: [] } : composeHeadline(plan, contactChannels(bank), say);
  const lead = composeLead(plan, ctx, survey.participants);
  // A section whose every fact the lead told (data without the municipalities) has no heading of its own.
  const told = plan.sections
    .map((s) => ({ plan: s, section: { heading: s.finding.indicator.label, sentences: sectionSentences(s, plan, ctx) } }))
    .filter((x) => x.section.sentences.length > 0);
  const sections: Section[] = told.map((x) => x.section);
  // Quotes: after the section whose channel they mention, else the first free one.
  const quotes = quoteBlocks(release, survey.publisher, told.map((x) => ({ heading: x.plan.finding.indicator.channel, sentences: [] })));
  if ((release.quotes ?? []).length === 0) {
    warn("no-quote", "national.release.quotes");
  }
  if (!analysis.complete) {
    warn("national-incomplete", "municipalities", analysis.withResults, survey.participants);
  }
  const blocks = editorialBlocks(release, `[OM AVSÄNDAREN: Några rader om ${survey.publisher}.]`, warn, "national.release");
  for (const slot of new Set(chooser.exhausted)) {
    warn("phrase-bank-exhausted", slot, slot);
  }
  return {
    ...blocks,
    sender: survey.publisher,
    headline,
    headlineIsEditorial: release.headline !== undefined && release.headline !== "",
    lead,
    sections,
    sectionIndicators: told.map((x) => x.plan.finding.indicator.id),
    quotes,
    extra: release.extra ?? [],
    factsHeading: "Fakta om undersökningen",
    facts: [...nationalFacts(dataset, analysis, ctx), ...historyFact(plan, [...lead, ...sections.flatMap((s) => s.sentences)], ctx)],
    source: sourceLine(survey),
    contactsHeading: "För mer information, kontakta:",
    aboutHeading: `Om ${survey.publisher}`,
    warnings,
    variants: chooser.usedVariants().sort(),
  };
}

/**
 * What counts as an improvement, said once in the fact box so that the body
 * can count movers in two figures (EDITORIAL.md §5): the most common
 * threshold, and the others by indicator ("för svarstiden på e-post minst 1
 * timme"). Indicators where any change counts are left out.
 */
function moversFact(analysis: NationalAnalysis, ctx: NationalContext): Sentence | undefined {
  const counted = analysis.findings.filter((f) => f.movers !== null && f.movers.compared > 0 && f.movers.threshold > 0);
  if (counted.length === 0) return undefined;
  const words = thresholdWords(counted.map((f) => ({ indicator: f.indicator, same: f.thresholds.change.same })));
  if (!words) return undefined;
  return { text: ctx.say("facts.movers", { ...words }), claims: counted.map((f) => `${f.indicator.id}.compared`) };
}

/**
 * Which years "hittills" and a record's "sedan 2014" reach, when the release tells one: the data begins later than the
 * survey did (read ID: riket said "hittills" four times with no years in its fact box, as the municipal releases do).
 */
function historyFact(plan: NationalStory, told: readonly Sentence[], ctx: NationalContext): Sentence[] {
  if (!told.some((s) => s.claims.some((c) => /\.(record|streak|longRun)$/.test(c)))) return [];
  const first = Math.min(...plan.sections.map((s) => s.time?.firstYear ?? Infinity));
  if (!Number.isFinite(first)) return [];
  return [{ text: ctx.say("facts.history", { förstaår: formatYear(first) }), claims: [] }];
}

/** Fact box: the survey, how the averages were made, what counts as a change, the data's note. */
function nationalFacts(dataset: Dataset, analysis: NationalAnalysis, ctx: NationalContext): Sentence[] {
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
  const movers = moversFact(analysis, ctx);
  if (movers) facts.push(movers);
  const note = noteFact(dataset);
  if (note) facts.push(note);
  return facts;
}

// ------------------------------------------------------------ headline

function subjectClaims(s: NationalSubject, all: readonly NationalFinding[]): string[] {
  const covered = s.kind === "channels" ? all.filter((f) => s.channels.includes(f.indicator.channel)) : [s.finding];
  return covered.filter((f) => f.changeClass !== null).map((f) => `${f.indicator.id}.changeClass`);
}

function composeHeadline(plan: NationalStory, contact: ReadonlyMap<string, string>, say: Say): Sentence {
  const angle = plan.angle;
  const all = plan.sections.map((s) => s.finding);
  if (plan.records && plan.summary) return recordsHeadline(plan.records, plan.summary.total, all, say);
  const named = (s: NationalSubject): string =>
    s.kind === "channels" ? `servicen ${channelPhrase(s.channels, contact)}` : headlineName(s.finding.indicator);
  switch (angle.kind) {
    case "change": {
      const cls = `${angle.strong ? "strongly-" : ""}${angle.polarity > 0 ? "improved" : "declined"}`;
      const s = angle.subject;
      const text = s.kind === "channels"
        ? say(`headline.${cls}`, { kanal: channelPhrase(s.channels, contact) })
        : say(`headline.measure.${cls}`, { mått: named(s), Mått: capitalize(named(s)) });
      return { text, claims: subjectClaims(s, all) };
    }
    case "contrast": {
      const { up, down } = angle;
      const text = up.kind === "channels" && down.kind === "channels"
        ? say("headline.contrast", { kanal_bättre: channelPhrase(up.channels, contact), kanal_sämre: channelPhrase(down.channels, contact) })
        : say("headline.contrast-measure", { bättre: named(up), Bättre: capitalize(named(up)), sämre: named(down) });
      return { text, claims: [...subjectClaims(up, all), ...subjectClaims(down, all)] };
    }
    case "unchanged":
      return { text: say("headline.unchanged", {}), claims: angle.findings.map((f) => `${f.indicator.id}.changeClass`) };
    case "none":
      return { text: say("headline.none", {}), claims: [] };
  }
}

/** A count of measures in words: "fyra av fem mått" (mått is an ett-word). */
function måttWord(n: number): string {
  return numberWord(n, "ett") ?? formatNumber(n);
}

/** "Rekord på fyra av fem mått – men bemötandet sämst hittills": the count of riket's records and the one at its worst. */
function recordsHeadline(records: NonNullable<NationalStory["records"]>, total: number, all: readonly NationalFinding[], say: Say): Sentence {
  const worst = records.worst.finding;
  const text = say("headline.records.one-worst", { förbättrade: måttWord(records.improved.length), antal: måttWord(total), övrigt: tightName(worst, all) });
  return { text, claims: [...records.improved.map((x) => `${x.finding.indicator.id}.record`), `${worst.indicator.id}.record`, "summary.changeClass"] };
}

// ------------------------------------------------------------ lead

/** {ämne}/{Ämne} (long at the first mention, then short), the average, last year's, the change, where. */
export function numberTokens(f: NationalFinding, ctx: NationalContext, approx: boolean): Record<string, string> {
  const unit = f.indicator.unit;
  const a = ctx.analysis;
  const subject = ctx.mentions.subject(f.indicator);
  const t: Record<string, string> = {
    ämne: subject,
    Ämne: capitalize(subject),
    värde: valueAt(f.average, unit, a.year, approx),
    ...whereTokens(f),
  };
  if (f.previousAverage !== null) t["föregående"] = valueAt(f.previousAverage, unit, a.previousYear);
  if (f.change !== null) t["skillnad"] = formatDifference(f.change, unit);
  return t;
}

function whereTokens(f: NationalFinding): { där: string; Där: string } {
  const where = f.averageSource === "national" ? "i riket" : "bland de deltagande kommunerna";
  return { där: where, Där: capitalize(where) };
}

/**
 * A share said of people, for a reader phrase's {andel} ("… som mejlade sin
 * kommun"): "åtta av tio (80 procent)", "drygt hälften (53 procent) av dem",
 * "84 procent av dem" (SPRAK.md: approximate words only near an anchor).
 */
export function sharePhrase(v: number): string {
  const exact = formatValue(v, "percent", "text");
  const a = approximate(v);
  if (!a) return `${exact} av dem`;
  return /hälften$/.test(a.phrase) ? `${a.phrase} (${exact}) av dem` : `${a.phrase} (${exact})`;
}

/** The indicator in a reader's words with this year's value, from the bank's `läsarfraser`; undefined when the bank has none. */
function readerPhrase(f: NationalFinding, ctx: NationalContext): string | undefined {
  const slot = `${READER_SECTION}.${f.indicator.id}`;
  if (!ctx.has(slot)) return undefined;
  const unit = f.indicator.unit;
  const värde = formatValue(f.average, unit, "text");
  // The reader's words say what the indicator is: later mentions use the short form.
  ctx.mentions.subject(f.indicator);
  return ctx.say(slot, { andel: unit === "percent" ? sharePhrase(f.average) : värde, värde });
}

/** The first sentence of the lead (or its counter): this year's average and the change, in a reader's words when the bank has them. */
function leadSentence(item: NationalLeadItem, ctx: NationalContext): Sentence {
  const f = item.section.finding;
  const { say } = ctx;
  const reader = readerPhrase(f, ctx);
  if (reader !== undefined) {
    const strong = f.changeClass === "strongly-improved" || f.changeClass === "strongly-declined";
    const kind = f.changeClass === null ? "value" : f.changeClass === "unchanged" ? "unchanged" : `${item.role === "counter" ? "counter." : ""}${strong ? "strong." : ""}${movement(f)}`;
    const tokens: Record<string, string> = { läsare: reader, ...whereTokens(f) };
    if (f.previousAverage !== null) tokens["föregående"] = valueAt(f.previousAverage, f.indicator.unit, ctx.analysis.previousYear);
    if (f.change !== null) tokens["skillnad"] = formatDifference(f.change, f.indicator.unit);
    return { text: (item.role === "main" ? ctx.opener : say)(`lead.reader.${kind}`, tokens), claims: averageClaims(f) };
  }
  const prefix = item.role === "main" ? "lead" : "lead.counter";
  const slot = f.changeClass === null ? "lead.value" : f.changeClass === "unchanged" ? "lead.unchanged" : `${prefix}.${f.changeClass}.${movement(f)}`;
  // Two figures at most: with last year's figure beside it, the value goes without approximate words.
  const tokens = numberTokens(f, ctx, f.changeClass !== "unchanged");
  return { text: withoutDoubleAverage((item.role === "main" ? ctx.opener : say)(slot, tokens), tokens["ämne"] ?? ""), claims: averageClaims(f) };
}

/** The history of the lead's main finding, a short sentence of its own: a clear record or a long streak. */
function leadHistory(item: NationalLeadItem, ctx: NationalContext): Sentence[] {
  const t = item.section.time;
  const id = item.section.finding.indicator.id;
  if (item.role !== "main" || !t) return [];
  if (item.time === "record" && t.record) {
    const again = startSuffix(ctx, t.record.firstYear);
    return [{ text: ctx.say(`record.${t.record.kind}${again}`, { förstaår: formatYear(t.record.firstYear), irad: "" }), claims: [`${id}.record`] }];
  }
  if (item.time === "streak" && t.streak) {
    return [{ text: ctx.say(`streak.${t.streak.trend}`, { förstaår: "", irad: ordinalWord(t.streak.steps) }), claims: [`${id}.streak`] }];
  }
  return [];
}

/**
 * The lead works alone as a news brief (EDITORIAL.md §4, §7, §9): the
 * headline's finding in a reader's words, its history or the counter, the
 * count across indicators, and the source.
 */
function composeLead(plan: NationalStory, ctx: NationalContext, participants: number): Sentence[] {
  const lead = plan.lead.flatMap((item) => [leadSentence(item, ctx), ...leadHistory(item, ctx)]);
  const summary = summarySentence(plan, ctx);
  if (summary) lead.push(summary);
  lead.push({
    text: ctx.say("lead.source", { deltagare: countPhrase(participants, "kommun", "kommuner") }),
    claims: ["survey.name", "survey.year", "survey.participants"],
  });
  return lead;
}

/** "Snittet för riket blev bättre på fyra av fem mått", naming the one exception when there is only one. */
function summarySentence(plan: NationalStory, ctx: NationalContext): Sentence | undefined {
  const s = plan.summary;
  // "Rikets snitt" needs riket's own averages throughout.
  if (!s || plan.sections.some((x) => x.finding.changeClass !== null && x.finding.averageSource !== "national")) return undefined;
  const kind = s.improved === s.total ? "all-improved" : s.declined === s.total ? "all-declined"
    : s.improved > 0 && s.declined > 0 ? "both" : s.improved > 0 ? "more-improved" : s.declined > 0 ? "more-declined" : "all-unchanged";
  const tokens = { antal: måttWord(s.total), förbättrade: måttWord(s.improved), försämrade: måttWord(s.declined) };
  const unchanged = plan.sections.map((x) => x.finding).filter((f) => f.changeClass === "unchanged");
  const [other] = unchanged;
  if ((kind === "more-improved" || kind === "more-declined") && unchanged.length === 1 && other) {
    // The one that stood still is at its worst (best) since the survey began: said, not softened.
    const sec = plan.sections.find((x) => x.finding === other);
    const record = sec?.time?.record?.kind;
    const first = sec?.time?.firstYear;
    if (kind === "more-improved" && record === "worst" && first !== undefined) {
      // Every measure that improved is at its best yet: said in the count (two reads of 2026-12-02 missed it).
      const improved = plan.records?.improved ?? [];
      const bests = plan.records !== undefined;
      return {
        text: ctx.say(`summary.more-improved${bests ? ".records" : ""}.one-worst${startSuffix(ctx, first)}`, { ...tokens, övrigt: headlineName(other.indicator), förstaår: formatYear(first) }),
        claims: ["summary.changeClass", `${other.indicator.id}.changeClass`, `${other.indicator.id}.record`, ...(bests ? improved.map((x) => `${x.finding.indicator.id}.record`) : [])],
      };
    }
    return {
      text: ctx.say(`summary.${kind}.one`, { ...tokens, övrigt: headlineName(other.indicator) }),
      claims: ["summary.changeClass", `${other.indicator.id}.changeClass`],
    };
  }
  return { text: ctx.say(`summary.${kind}`, tokens), claims: ["summary.changeClass"] };
}

// ------------------------------------------------------------ body

function changeSentence(f: NationalFinding, ctx: NationalContext): Sentence {
  const slot = f.changeClass === null ? "change.value" : f.changeClass === "unchanged" ? "change.unchanged" : `change.${f.changeClass}.${movement(f)}`;
  const tokens = numberTokens(f, ctx, false);
  return { text: withoutDoubleAverage(ctx.opener(slot, tokens), tokens["ämne"] ?? ""), claims: averageClaims(f) };
}

/** "den genomsnittliga svarstiden … i snitt 6 timmar" says average twice: the "i snitt" goes. */
export function withoutDoubleAverage(text: string, subject: string): string {
  return /genomsnitt/i.test(subject) ? text.replace(/ i snitt(?= )/g, "") : text;
}

/**
 * Riket since the first year (every year the same way, when that is true),
 * and a record or a streak the lead has not told. A record by less than
 * `same` is said with that context; a record a steady rise implies is not said.
 * `follow`: the sentence before gave this year's average, so the long run
 * gives only where it started ("… sedan 2014, då snittet var 55 procent").
 */
function timeSentences(s: NationalSectionPlan, told: NationalLeadItem | undefined, ctx: NationalContext, follow: boolean): Sentence[] {
  const t = s.time;
  const f = s.finding;
  const id = f.indicator.id;
  if (!t) return [];
  const out: Sentence[] = [];
  const years = { förstaår: formatYear(t.firstYear), irad: "" };
  if (t.longRun) {
    const lr = t.longRun;
    const cls = isImprovement(lr.changeClass) ? "improved" : isDecline(lr.changeClass) ? "declined" : "unchanged";
    const way = lr.difference >= 0 ? "up" : "down";
    // "Varje år sedan mätningen började 2014" says the start; the other long-run sentences say only the year.
    const again = s.told.steady && cls !== "unchanged" ? startSuffix(ctx, t.firstYear) : "";
    const slot = `${cls === "unchanged" ? "longrun.unchanged" : `longrun.${s.told.steady ? "steady." : ""}${cls}.${way}`}${again}${follow ? ".follow" : ""}`;
    const unit = f.indicator.unit;
    const tokens = { ...numberTokens(f, ctx, false), ...years, första: formatValue(lr.firstValue, unit, "text"), värde: formatValue(f.average, unit, "text") };
    out.push({ text: ctx.say(slot, tokens), claims: [`${id}.longRun`] });
  }
  if (t.record && told?.time !== "record" && !s.told.steady) {
    const margin = formatDifference(f.average - t.record.previous.value, f.indicator.unit);
    const slot = `record.${t.record.kind}${s.told.record === "marginal" ? ".marginal" : ""}${startSuffix(ctx, t.record.firstYear)}`;
    out.push({ text: ctx.say(slot, { ...years, skillnad: margin }), claims: [`${id}.record`] });
  }
  if (t.streak && s.told.streak && told?.time !== "streak") {
    out.push({ text: ctx.say(`streak.${t.streak.trend}`, { ...years, irad: ordinalWord(t.streak.steps) }), claims: [`${id}.streak`] });
  }
  return out;
}

function sectionSentences(s: NationalSectionPlan, plan: NationalStory, ctx: NationalContext): Sentence[] {
  const told = plan.lead.find((i) => i.section === s);
  const changeTold = told !== undefined && (told.role === "main" || isImprovement(s.finding.changeClass) || isDecline(s.finding.changeClass));
  return [
    ...(changeTold ? [] : [changeSentence(s.finding, ctx)]),
    // Without the lead's change, the section's first sentence gives this year's average.
    ...timeSentences(s, told, ctx, !changeTold),
    ...placeSentences(s, ctx),
    ...moversSentence(s, ctx),
    ...groupsSentence(s, ctx),
  ];
}
