// phrase: turns an Analysis into Swedish sentences, each with the claims it
// rests on. The only stage that knows Swedish wording (with ./swedish.ts and
// the phrase bank). Pure: no I/O, no dates from the clock.
import { comparePolarity, type Analysis, type CompareClass, type IndicatorFinding } from "../analyse/municipality.js";
import type { Angle } from "../plan/angle.js";
import type { MunicipalityPlan } from "../plan/story.js";
import type { Message } from "../messages.js";
import type { Contact, Dataset, Municipality, Release, Survey } from "../schema.js";
import { Chooser, fill, type PhraseBank } from "./bank.js";
import {
  capitalize,
  countPhrase,
  formatDate,
  formatDifference,
  formatNumber,
  formatValue,
  formatWeeks,
  formatYear,
  genitive,
  joinList,
  NBSP,
} from "./swedish.js";

/** A sentence the generator wrote, with the claim ids it rests on. */
export interface Sentence {
  text: string;
  claims: string[];
}

export interface QuoteBlock {
  /** Full quote line: `– …, säger Namn, titel.` */
  text: string;
  placeholder: boolean;
  /** Index of the section the quote follows; null: after the last section. */
  section: number | null;
}

export interface Section {
  heading: string;
  sentences: Sentence[];
}

export interface ContactBlock {
  lines: string[];
}

/** Everything a release says, before any markup. */
export interface ComposedRelease {
  dateline: string;
  sender: string;
  headline: Sentence;
  headlineIsEditorial: boolean;
  lead: Sentence[];
  sections: Section[];
  /** quotes[i] follows sections[i]; the rest follow the last section. */
  quotes: QuoteBlock[];
  /** Editorial paragraphs, as written (Markdown emphasis and https links allowed). */
  extra: string[];
  factsHeading: string;
  facts: Sentence[];
  source: string;
  contactsHeading: string;
  contacts: ContactBlock[];
  contactsPlaceholder: string | null;
  aboutHeading: string;
  about: string;
  aboutPlaceholder: boolean;
  warnings: Message[];
  /** Phrase-bank variants used, as "slot#index" (for variation reports). */
  variants: string[];
}

export interface ComposeOptions {
  dataset: Dataset;
  analysis: Analysis;
  /** The story: angle, news order, the lead's findings (plan stage). */
  plan: MunicipalityPlan;
  release: Release;
  bank: PhraseBank;
  /** File that warnings point at (the data file). */
  file?: string;
  /** Data path of the release, for warnings (e.g. "municipalities[0].release"). */
  pathPrefix?: string;
}

type Movement = "up" | "down";

function movement(f: IndicatorFinding): Movement {
  return (f.change ?? 0) >= 0 ? "up" : "down";
}

function valueAt(v: number, unit: IndicatorFinding["indicator"]["unit"], year: number): string {
  // "98 procent 2019"; an index value reads "index 84 år 2024" so that two
  // bare numbers never stand side by side.
  const formatted = formatValue(v, unit, "text");
  return unit === "index" ? `${formatted} år ${formatYear(year)}` : `${formatted} ${formatYear(year)}`;
}

export function surveyFullName(s: Survey): string {
  return s.shortName ? `${s.name} (${s.shortName})` : s.name;
}

/** Claim ids for the numbers a change sentence states. */
function changeClaims(f: IndicatorFinding): string[] {
  const id = f.indicator.id;
  return [`${id}.value`, `${id}.previous`, `${id}.change`, `${id}.changeClass`];
}

type Say = (slot: string, values: Record<string, string>) => string;
export type Warn = (ruleId: string, reason: string, path: string) => void;

export function composeRelease(opts: ComposeOptions): ComposedRelease {
  const { dataset, analysis, plan, release, bank } = opts;
  const m = analysis.municipality;
  const chooser = new Chooser(bank, m.code);
  const warnings: Message[] = [];
  const warn: Warn = (ruleId, reason, path) => {
    warnings.push({ ruleId, severity: "warning", reason, path, ...(opts.file ? { file: opts.file } : {}) });
  };
  const say = sayer(chooser, m, dataset.survey);
  const headline: Sentence = release.headline ? { text: release.headline, claims: [] } : composeHeadline(plan.angle, say);
  const lead = composeLead(plan, analysis, say);
  const sections = composeSections(plan, analysis, say);
  const quotes = quoteBlocks(release, m.officialName, sections);
  const blocks = editorialBlocks(release, `[OM KOMMUNEN: Några rader om ${m.officialName}.]`, warn, opts.pathPrefix ?? "release");
  for (const slot of new Set(chooser.exhausted)) {
    warn("phrase-bank-exhausted", `frasbanken har för få varianter för "${slot}"; en variant upprepas`, slot);
  }
  return {
    ...blocks,
    quotes,
    sender: m.officialName,
    headline,
    headlineIsEditorial: release.headline !== undefined && release.headline !== "",
    lead,
    sections,
    extra: release.extra ?? [],
    factsHeading: "Fakta om undersökningen",
    facts: factSentences(dataset, analysis),
    source: sourceLine(dataset.survey),
    contactsHeading: "För mer information, kontakta:",
    aboutHeading: `Om ${m.officialName}`,
    warnings,
    variants: chooser.usedVariants().sort(),
  };
}

/** Picks a variant of a slot and fills it with the municipality's and the survey's names and `values`. */
function sayer(chooser: Chooser, m: Municipality, survey: Survey): Say {
  const names: Record<string, string> = {
    kommun: m.name,
    kommunens: genitive(m.name),
    kommunnamn: m.officialName,
    kommunnamnets: genitive(m.officialName),
  };
  const surveyTokens: Record<string, string> = {
    undersökningen: surveyFullName(survey),
    undersökning: survey.shortName ?? survey.name,
    utgivare: survey.publisher,
    år: formatYear(survey.year),
  };
  return (slot, values) => fill(chooser.pick(slot), { ...names, ...surveyTokens, ...values });
}

function numberTokens(f: IndicatorFinding, a: Analysis): Record<string, string> {
  const unit = f.indicator.unit;
  const t: Record<string, string> = {
    ämne: f.indicator.subject,
    Ämne: capitalize(f.indicator.subject),
    värde: valueAt(f.value, unit, a.year),
  };
  if (f.previous !== null) t["föregående"] = valueAt(f.previous, unit, a.previousYear);
  if (f.change !== null) t["skillnad"] = formatDifference(f.change, unit);
  return t;
}

/**
 * The lead: the headline's finding with its numbers, then anything that went
 * the other way (a decline is never left out of the lead), then the source.
 */
function composeLead(plan: MunicipalityPlan, a: Analysis, say: Say): Sentence[] {
  const lead: Sentence[] = [];
  const top = plan.lead;
  if (top) {
    const slot = top.changeClass === null
      ? "lead.value"
      : top.changeClass === "unchanged"
        ? top.change === 0
          ? "lead.same"
          : "lead.unchanged"
        : `lead.${top.changeClass}.${movement(top)}`;
    lead.push({
      text: say(slot, numberTokens(top, a)),
      claims: top.changeClass === null ? [`${top.indicator.id}.value`] : changeClaims(top),
    });
    const other = plan.counter;
    if (other && other.changeClass !== null && other.changeClass !== "unchanged") {
      lead.push({
        text: say(`lead.contrast.${other.changeClass}.${movement(other)}`, numberTokens(other, a)),
        claims: changeClaims(other),
      });
    }
    if (top.changeClass === null) {
      const cmp = compareSentence(top, say);
      if (cmp) lead.push(cmp);
    }
  }
  lead.push({ text: say("lead.source", {}), claims: ["survey.name", "survey.year"] });
  return lead;
}

/** One section per channel, in the plan's order. */
function composeSections(plan: MunicipalityPlan, a: Analysis, say: Say): Section[] {
  return plan.channels.map((ch) => ({
    heading: capitalize(ch.channel),
    sentences: ch.findings.flatMap((f) => indicatorSentences(f, a, say)),
  }));
}

export function sourceLine(survey: Survey): string {
  return `Källa: ${survey.source ?? `${survey.publisher}, ${survey.name} ${formatYear(survey.year)}`}.`;
}

type EditorialBlocks = Pick<ComposedRelease, "dateline" | "contacts" | "contactsPlaceholder" | "about" | "aboutPlaceholder">;

/** Contacts, about text and date from the editorial content, with placeholders and warnings where missing. */
export function editorialBlocks(release: Release, aboutPlaceholder: string, warn: Warn, prefix: string): EditorialBlocks {
  const contacts = (release.contacts ?? []).map(contactBlock);
  let contactsPlaceholder: string | null = null;
  if (contacts.length === 0) {
    contactsPlaceholder = "[KONTAKT: namn, titel, telefon och e-post till den som svarar på frågor.]";
    warn("no-contact", "ingen kontaktperson; pressmeddelandet har en platshållare [KONTAKT: …]", `${prefix}.contacts`);
  }
  const about = release.about ?? aboutPlaceholder;
  if (!release.about) {
    const label = aboutPlaceholder.slice(0, aboutPlaceholder.indexOf(":") + 1);
    warn("no-about", `ingen om-text; pressmeddelandet har en platshållare ${label} …]`, `${prefix}.about`);
  }
  let dateline = "Pressmeddelande [DATUM]";
  if (release.date) dateline = `Pressmeddelande ${formatDate(release.date)}`;
  else warn("no-date", "inget datum; datumraden har en platshållare [DATUM]", `${prefix}.date`);
  return { dateline, contacts, contactsPlaceholder, about, aboutPlaceholder: !release.about };
}

/**
 * Quotes: name and title at a person's first quote, name only afterwards. A
 * quote goes after the channel it talks about ("samtal" → telefon), else
 * after the first section that has none yet.
 */
export function quoteBlocks(release: Release, speaker: string, sections: readonly Section[]): QuoteBlock[] {
  const quotes: QuoteBlock[] = [];
  const seen = new Set<string>();
  const taken = new Set<number>();
  for (const q of release.quotes ?? []) {
    const first = !seen.has(q.name);
    seen.add(q.name);
    const section = quoteSection(q.text, sections, taken);
    if (section !== null) taken.add(section);
    quotes.push({ text: quoteLine(q.text, q.name, first ? q.title : undefined), placeholder: false, section });
  }
  if (quotes.length === 0) {
    quotes.push({
      text: `[CITAT: Lägg till ett citat från en företrädare för ${speaker}, med namn och titel.]`,
      placeholder: true,
      section: sections.length > 0 ? 0 : null,
    });
  }
  return quotes;
}



function composeHeadline(angle: Angle, say: Say): Sentence {
  const claimsOf = (fs: IndicatorFinding[]): string[] =>
    fs.filter((f) => f.changeClass !== null).map((f) => `${f.indicator.id}.changeClass`);
  switch (angle.kind) {
    case "improved":
    case "declined": {
      const channels = angle.channels.slice(0, 2);
      const cls = `${angle.strong ? "strongly-" : ""}${angle.kind}`;
      return {
        text: say(`headline.${cls}`, { kanal: joinList(channels.map((c) => c.channel)) }),
        claims: channels.flatMap((c) => claimsOf(c.findings)),
      };
    }
    case "contrast":
      return {
        text: say("headline.contrast", { kanal_bättre: angle.up.channel, kanal_sämre: angle.down.channel }),
        claims: [...claimsOf(angle.up.findings), ...claimsOf(angle.down.findings)],
      };
    case "mixed":
      return { text: say("headline.mixed", {}), claims: angle.channels.flatMap((c) => claimsOf(c.findings)) };
    case "unchanged":
      return {
        text: say("headline.unchanged", {}),
        claims: angle.channels.flatMap((c) => claimsOf(c.findings)),
      };
    case "compare": {
      const slot = angle.polarity > 0 ? "compare-better" : angle.polarity < 0 ? "compare-worse" : "compare-level";
      return {
        text: say(`headline.${slot}`, { kanal: angle.finding.indicator.channel }),
        claims: [`${angle.finding.indicator.id}.vsNational`],
      };
    }
    case "none":
      return { text: say("headline.none", {}), claims: [] };
  }
}

function indicatorSentences(f: IndicatorFinding, a: Analysis, say: Say): Sentence[] {
  const out: Sentence[] = [];
  const tokens = {
    ämne: f.indicator.subject,
    Ämne: capitalize(f.indicator.subject),
    värde: valueAt(f.value, f.indicator.unit, a.year),
  } as Record<string, string>;
  if (f.changeClass === null) {
    out.push({ text: say("change.value", tokens), claims: [`${f.indicator.id}.value`] });
  } else {
    tokens["föregående"] = valueAt(f.previous as number, f.indicator.unit, a.previousYear);
    tokens["skillnad"] = formatDifference(f.change as number, f.indicator.unit);
    // Exactly the same figure: say so, rather than "about the same".
    const unchanged = f.change === 0 ? "change.same" : "change.unchanged";
    const slot = f.changeClass === "unchanged" ? unchanged : `change.${f.changeClass}.${movement(f)}`;
    out.push({ text: say(slot, tokens), claims: changeClaims(f) });
  }
  const cmp = compareSentence(f, say);
  if (cmp) out.push(cmp);
  if (f.rank) {
    const id = f.indicator.id;
    // Fewer ranked than took part (some lack this figure): say so, or the
    // reader sees "av 262" beside "264 deltog" and wonders.
    const ranked = countPhrase(f.rank.of, "kommun", "kommuner");
    const antal = f.rank.of < a.participants ? `${ranked} med resultat` : ranked;
    if (f.rank.position <= 10) {
      out.push({ text: say("rank.top-ten", { antal, plats: `plats${NBSP}${f.rank.position}` }), claims: [`${id}.rank`] });
    }
  }
  return out;
}

function compareSentence(f: IndicatorFinding, say: Say): Sentence | undefined {
  const id = f.indicator.id;
  const unit = f.indicator.unit;
  const ref = (slot: "national" | "group", v: number): string =>
    say(`compare.ref.${slot}`, { värde: formatValue(v, unit, "text") });
  const n = f.vsNational !== null && f.national !== null ? { cls: f.vsNational, v: f.national } : null;
  const g = f.vsGroup !== null && f.group !== null ? { cls: f.vsGroup, v: f.group } : null;
  if (n && g) {
    const claims = [`${id}.national`, `${id}.vsNational`, `${id}.group`, `${id}.vsGroup`];
    if (n.cls === g.cls) {
      const text = say(`compare.both.${n.cls}`, { riket: ref("national", n.v), gruppen: ref("group", g.v) });
      return { text: f.value === n.v && f.value === g.v ? exactly(text) : text, claims };
    }
    const agree = comparePolarity(n.cls) === comparePolarity(g.cls);
    // "något/lite bättre" only for a gap in the lower half of its class:
    // 9 points is not "lite bättre" when 10 is "klart bättre".
    const t = f.compareThresholds;
    const clause = (cls: CompareClass, r: string, v: number): string => {
      const text = say(`compare.clause.${cls}`, { ref: r });
      const large = Math.abs(f.value - v) >= (t.same + t.strong) / 2;
      if (f.value === v) return text.replace(/^ungefär som /, "på samma nivå som ");
      return large ? text.replace(/^(något|lite) /, "") : text;
    };
    return {
      text: say(`compare.pair.${agree ? "agree" : "contrast"}`, {
        jämförelse1: clause(n.cls, ref("national", n.v), n.v),
        jämförelse2: clause(g.cls, ref("group", g.v), g.v),
      }),
      claims,
    };
  }
  const one = (c: { cls: CompareClass; v: number }, slot: "national" | "group"): string => {
    const text = say(`compare.one.${c.cls}`, { ref: ref(slot, c.v) });
    return f.value === c.v ? exactly(text) : text;
  };
  if (n) return { text: one(n, "national"), claims: [`${id}.national`, `${id}.vsNational`] };
  if (g) return { text: one(g, "group"), claims: [`${id}.group`, `${id}.vsGroup`] };
  return undefined;
}

/** The same figure is not "ungefär" the same. */
function exactly(text: string): string {
  return text.replace("ungefär detsamma som", "detsamma som");
}

const CHANNEL_WORDS: Record<string, RegExp> = {
  telefon: /(?<!\p{L})(telefon|samtal|ring|växel)/iu,
  "e-post": /(?<!\p{L})(e-?post|mejl|mail)/iu,
};

/** The section a quote belongs after: the channel it mentions, else the first free one. */
export function quoteSection(text: string, sections: readonly Section[], taken: ReadonlySet<number>): number | null {
  const mentions = (i: number): boolean => {
    const channel = (sections[i]?.heading ?? "").toLocaleLowerCase("sv");
    const words = CHANNEL_WORDS[channel] ?? new RegExp(channel.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
    return channel !== "" && words.test(text);
  };
  const indexes = sections.map((_, i) => i);
  const match = indexes.find((i) => !taken.has(i) && mentions(i));
  if (match !== undefined) return match;
  const free = indexes.find((i) => !taken.has(i));
  return free ?? null;
}

/** `– Text, säger Namn, titel.`; after `?` or `!` no comma. */
export function quoteLine(text: string, name: string, title?: string): string {
  const t = text.replace(/\s+/g, " ").trim().replace(/^[–—-]\s*/, "");
  const who = title ? `${name}, ${title}` : name;
  const end = t.slice(-1);
  if (end === "?" || end === "!") return `– ${t} säger ${who}.`;
  return `– ${t.replace(/[.,;:]+$/, "")}, säger ${who}.`;
}

export function contactBlock(c: Contact): ContactBlock {
  const lines = [c.title ? `${c.name}, ${c.title}` : c.name];
  if (c.phone) lines.push(`Telefon: ${c.phone}`);
  if (c.email) lines.push(`E-post: ${c.email}`);
  return { lines };
}

function factSentences(dataset: Dataset, a: Analysis): Sentence[] {
  const out = surveyFacts(dataset);
  if (a.group && a.findings.some((f) => f.vsGroup !== null)) {
    out.push({
      text: `Med likvärdiga kommuner avses kommungruppen ${a.group.name}.`,
      claims: ["group.name"],
    });
  }
  const note = noteFact(dataset);
  if (note) out.push(note);
  return out;
}

/** The fact box's sentences about the survey itself: who, when, how, how many, what. */
export function surveyFacts(dataset: Dataset): Sentence[] {
  const s = dataset.survey;
  const out: Sentence[] = [];
  const full = surveyFullName(s);
  out.push({
    text: s.conductedBy
      ? `${full} görs av ${s.conductedBy} på uppdrag av ${s.publisher}, för de kommuner som vill jämföra sin service med andra kommuners.`
      : `${full} görs av ${s.publisher} för de kommuner som vill jämföra sin service med andra kommuners.`,
    claims: ["survey.publisher"],
  });
  const period = "weeks" in s.period
    ? `${formatWeeks(s.period.weeks[0], s.period.weeks[1])} ${formatYear(s.year)}`
    : `mellan ${formatDate(s.period.from)} och ${formatDate(s.period.to)}`;
  out.push({ text: `Mätningen gjordes ${period}.`, claims: ["survey.period"] });
  out.push({ text: capitalize(s.method.replace(/\s+/g, " ").trim()), claims: [] });
  const parts: string[] = [];
  if (s.searches.phone !== undefined) parts.push(`${formatNumber(s.searches.phone)}${NBSP}sökningar via telefon`);
  if (s.searches.email !== undefined) parts.push(`${formatNumber(s.searches.email)}${NBSP}sökningar via e-post`);
  if (parts.length > 0) {
    out.push({ text: `Totalt gjordes ${joinList(parts)}.`, claims: ["survey.searches"] });
  } else if (s.searches.total !== undefined) {
    out.push({ text: `Totalt gjordes ${formatNumber(s.searches.total)}${NBSP}sökningar.`, claims: ["survey.searches"] });
  }
  out.push({
    text: `I mätningen ${formatYear(s.year)} deltog ${countPhrase(s.participants, "kommun", "kommuner")}.`,
    claims: ["survey.participants"],
  });
  out.push({ text: `Frågorna gällde ${joinList(s.questionAreas)}.`, claims: ["survey.questionAreas"] });
  return out;
}

/** The data file's own note (e.g. that the figures are example data): it ends the fact box. */
export function noteFact(dataset: Dataset): Sentence | undefined {
  const s = dataset.survey;
  if (s.note === undefined) return undefined;
  const note = s.note.replace(/\s+/g, " ").trim();
  return { text: /[.!?]$/.test(note) ? note : `${note}.`, claims: ["survey.note"] };
}
