// phrase: turns an Analysis into Swedish sentences, each with the claims it
// rests on. The only stage that knows Swedish wording (with ./swedish.ts and
// the phrase bank). Pure: no I/O, no dates from the clock.
import { thresholdWords } from "./thresholds.js";
import type { Analysis, IndicatorFinding } from "../analyse/municipality.js";
import { comparePolarity, isDecline, isImprovement } from "../analyse/municipality.js";
import { headlineFindings, summaryException, type LeadItem, type MunicipalAngle, type MunicipalSection, type MunicipalityPlan } from "../plan/municipality.js";
import { GROUP_FACTS, PLACE_FACTS } from "../plan/news.js";
import { messageFor, type MessageId, type ParamsOf } from "../catalogue.js";
import type { Message } from "../messages.js";
import type { Contact, Dataset, Municipality, Release, Survey } from "../schema.js";
import { Chooser, fill, type PhraseBank } from "./bank.js";
import { channelAgrees, composeHeadline, däremotDropped, tightLoses, withoutTight, composeIntro, composeLead, composeSections, farFromRiket, headlineSaysBehind, menDropped, groupHeld, nationalHeld, joinOnce, withLargestChanges, tightName, EXACT, HEADLINE_AIM, HEADLINE_MAX, HEADLINE_SIDE_MAX, HEIGHT_WORDS, LOWER, PRECISE, ROOM, Mentions, STOOD_STILL, tieText, tieToTell, withoutApproximation } from "./story.js";
import { figuresWithStepsIn, LONG_SENTENCE, onlyAbout, TURN, wordsIn, type Sentence, type StorySay, type StorySection } from "./sentence.js";
import { isTime } from "./relative.js";
import {
  APPROXIMATED,
  approximate,
  capitalize,
  countPhrase,
  formatDate,
  formatNumber,
  formatValue,
  formatWeeks,
  formatYear,
  keepNumberWithUnit,
  escapeRegExp,
  genitive,
  headlineName,
  joinList,
  lowerFirst,
  NBSP,
  seasonOfWeeks,
} from "./swedish.js";

/** A sentence the generator wrote, with the claim ids it rests on. */
export type { Sentence } from "./sentence.js";

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
  /** How many of `lead`'s sentences are the ingress (all when absent); the rest open the body (underIngress). */
  ingress?: number;
  /** The body's opening paragraph, before the first section (the municipal release's counts across indicators). */
  intro?: Sentence[];
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

export function surveyFullName(s: Survey): string {
  return s.shortName ? `${s.name} (${s.shortName})` : s.name;
}

type Say = (slot: string, values: Record<string, string>) => string;
/** Records a warning from the catalogue at a data path. */
export type Warn = <K extends MessageId>(id: K, path: string, ...params: ParamsOf<K>) => void;

/** A Warn that collects into `warnings`, pointing at `file`. */
export function warner(warnings: Message[], file?: string): Warn {
  return (id, path, ...params) => void warnings.push(messageFor(id, { path, ...(file ? { file } : {}) }, ...params));
}

/**
 * A template that opens with the measure and gives it a share or a change in points: "{Ämne} var {värde}", "{Ämne}
 * ökade från {föregående} till {värde}". Said of a short name, that read as procent of something that is no share
 * ("Bemötandet i telefon gick upp till 99 procent", "E-postsvaren … var 100 procent": reads AC and AD), so the
 * sentence says whose share: "För bemötandet i telefon gick andelen upp …".
 */
const SHARE_PREDICATE = /^\{Ämne\} (var|ökade|minskade|gick|steg|sjönk|låg|höll|förändrades|föll|lyfte|landade|uppgick|hamnade|förbättrades|blev|har (ökat|minskat|förbättrats|försämrats))\b[^.]*\{(värde|föregående|skillnad|startvärde|förstavärde)\}/;

/** A verb of height said as one of better or worse for a measure whose `better` is that direction: "ökat" → "förbättrats". */
function betterVerb(up: boolean, better: "higher" | "lower", form: "supine" | "past"): string {
  const improved = up === (better === "higher");
  return form === "supine" ? (improved ? "förbättrats" : "försämrats") : improved ? "förbättrades" : "försämrades";
}

/**
 * A short name after its verb's "har" takes a verb of better or worse, not of height: "Sedan 2014 har bemötandet i
 * telefon minskat med 17 procentenheter" read as bemötandet shrinking, not the share (Kristianstad, read CG), in the
 * runs and the change since the first year alike.
 */
function shortNameVerb(template: string, better: "higher" | "lower"): string {
  return template.replace(/\bhar \{ämne\} (ökat|gått upp|minskat|gått ner)\b/u, (_, verb: string) => `har {ämne} ${betterVerb(verb === "ökat" || verb === "gått upp", better, "supine")}`);
}

/**
 * A short name given only its step, in points, takes a verb of better or worse: "För bemötandet i telefon gick andelen
 * upp med 2 procentenheter från 2018" read as clumsy (read ID: Flen, Håbo); "Bemötandet i telefon förbättrades med 2
 * procentenheter från 2018".
 */
function stepVerb(template: string, better: "higher" | "lower"): string {
  if (/\{(värde|föregående|startvärde|förstavärde)\}/.test(template)) return template;
  return template.replace(/^\{Ämne\} (ökade|gick upp|steg|minskade|gick ner|sjönk)(?= med \{skillnad\})/u, (_, verb: string) => `{Ämne} ${betterVerb(["ökade", "gick upp", "steg"].includes(verb), better, "past")}`);
}

/** The numbers in a measure's name ("inom 60 sekunder": 60). */
function nameNumbers(subject: string): number[] {
  // (A plain space in the data's subject, a no-break space once it is written.)
  return [...subject.matchAll(/(?<![\d,])(\d+)(?=[\u00A0 ])/gu)].map(([, n]) => Number(n));
}

/** The sentence without the measure's name (either case), whose own numbers are no figures of the sentence. */
function withoutSubject(text: string, subject: string): string {
  return text.split(subject).join(" ").split(capitalize(subject)).join(" ");
}

/** True when a number in the measure's name ("inom 60 sekunder") is also one of the sentence's figures. */
export function nameFigureRepeated(text: string, subject: string): boolean {
  const rest = withoutSubject(text, subject);
  return nameNumbers(subject).some((n) => new RegExp(`(?<![\\d,])${n}\u00A0`, "u").test(rest));
}

/**
 * The paragraph under the ingress, in reading order: the counts across measures first, then the lead's sentences
 * the ingress had no room for. "Sedan 2018 har resultatet blivit bättre på fyra av fem mått" came last, right after
 * the one measure that did not improve, and read as buried (Fagersta, Gislaved, Staffanstorp; reads BK and before).
 */
export function underIngress(r: Pick<ComposedRelease, "lead" | "ingress" | "intro">): Sentence[] {
  return [...(r.intro ?? []), ...r.lead.slice(r.ingress ?? r.lead.length)];
}

/**
 * The release, with what the lead leaves under its ingress told in its measure's section instead, in the section's
 * own flow: a lead sentence under the ingress ("Med 54 procent är även andelen … på sin sämsta nivå hittills") and the
 * section's own sentence on the measure ("… sjönk med 3 procentenheter, till 54 procent 2019") said the value twice,
 * the most common complaint of reads GO and GP (11 of 15 releases). A lead sentence stays under the ingress only when
 * the section cannot tell all it says. Each pass composes afresh (same bank picks, same first mentions), so the
 * lead and its split are the same in every pass.
 */
export function composeRelease(opts: ComposeOptions): ComposedRelease {
  let retell: ReadonlySet<string> = new Set();
  const first = composeWith(opts, retell, []);
  // The measures the ingress does not name: left out of the lead, they are named in full in their section.
  const ingress = first.release.lead.slice(0, first.release.ingress);
  const unnamed = [...new Set([...first.retell].map((c) => c.split(".")[0] ?? ""))].filter((id) => !ingress.some((s) => s.claims.some((c) => c.startsWith(`${id}.`))));
  let out = first;
  for (let pass = 0; pass < 4 && !sameSet(out.retell, retell); pass += 1) {
    retell = out.retell;
    out = composeWith(opts, retell, unnamed);
  }
  // (A lead whose leftovers the sections could not settle on keeps them under its ingress, as composed first.)
  return sameSet(out.retell, retell) && !pointsAtNothing(out.release) ? out.release : first.release;
}

/**
 * A measure whose lead sentences the section tells instead opens the section: they were the lead's news, and last in
 * the section they read as buried (Gävle's tillgänglighet down for the fourth year to its lowest; reads GL and GO).
 * Only a measure whose sentences stand together.
 */
function retoldFirst(section: StorySection, retold: readonly Sentence[]): StorySection {
  const list = section.sentences;
  const first = retold.map((s) => ids(s)[0]).find((id) => id !== undefined && list.some((x) => ids(x)[0] === id));
  if (first === undefined) return section;
  const at = list.findIndex((x) => ids(x)[0] === first);
  let end = at;
  while (end < list.length && ids(list[end])[0] === first) end += 1;
  // (Not a block that points back at what came before it: Kalmar's "Även det är Kalmars bästa resultat hittills".)
  // (A "Men …" inside the block turns on the block's own change: Gävle's "Men det är fortfarande bättre …".)
  const back = list.slice(at, end).some((x, k) => /\b(även|också|dessutom|däremot|ändå)\b/iu.test(x.text) || (k === 0 && /^Men /.test(x.text)));
  if (at <= 0 || back || list.slice(end).some((x) => ids(x)[0] === first)) return section;
  return { ...section, sentences: [...list.slice(at, end), ...list.slice(0, at), ...list.slice(end)] };
}

/** "Även det är … bästa resultat hittills" with no record right before it (Kalmar, once its lead's records moved). */
function pointsAtNothing(r: ComposedRelease): boolean {
  return r.sections.some((x) => x.sentences.some((s, i) => /^(Även|Också) det\b/u.test(s.text) && !(x.sentences[i - 1]?.claims.some((c) => c.endsWith(".record")) ?? false)));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/**
 * The claims of a lead's sentences under its ingress that the sections may tell: a measure's, not the survey's or
 * the count's. A place in the country or the group and a strong change stay right under the ingress (§3: the lead
 * must reach them), and so does the headline's news. (A record, a run, a plain change or a gap is told in its section.)
 */
function retellable(under: readonly Sentence[], ingress: readonly Sentence[], plan: MunicipalityPlan, sections: readonly StorySection[]): Set<string> {
  const said = new Set(ingress.flatMap((s) => s.claims));
  const strong = plan.ranked.filter((p) => p.finding.changeClass?.startsWith("strongly-")).map((p) => p.finding.indicator.id);
  // Only where the section gives the value again, or tells the year's change without it (change.since): elsewhere the
  // sentence under the ingress repeats nothing.
  const valued = new Set(sections.flatMap((x) => x.sentences.flatMap((s) => s.claims.filter((c) => /\.(value|changeClass)$/.test(c)).map((c) => c.replace(/changeClass$/, "value")))));
  const repeats = (s: Sentence): boolean => s.claims.some((c) => c.endsWith(".value") && valued.has(c));
  // (Nor the strength or weakness the lead names against riket on purpose: Övertorneå's 94 procent against 84.)
  const core = [...headlineSides(plan).map((f) => `${f.indicator.id}.`), ...headlineFacts(plan), ...(plan.strengths ?? []).map((f) => `${f.indicator.id}.`)];
  const measure = (c: string): boolean => !/^(survey|summary|national|group)\./.test(c) && !/\.(rank|groupRank|changeRank)$/.test(c) && !strong.some((id) => c.startsWith(`${id}.`)) && !core.some((key) => c.startsWith(key));
  const groups = groupsOf(under, leaning(under));
  return new Set(groups.flatMap((g) => (g.some(repeats) && g.every((s) => s.claims.every(measure)) ? g.flatMap((s) => s.claims.filter((c) => !said.has(c))) : [])));
}

/**
 * The headline, by the measures' own tight names ("e-postsvar inom en dag") unless they lose a side, a count or a
 * measure the cut names ("e-postsvaren") keep: "e-postsvaren i delad topp" read as both e-mail measures, the response
 * time 188th (A/B read AB74 preferred the tight name in 10 of 12). The two tries use choosers of their own, as the
 * headline is the release's first choice: the one kept is then the same words as its try.
 */
function plannedHeadline(opts: ComposeOptions, chooser: Chooser, unmeasured: number): Sentence {
  const { dataset, analysis, plan, bank } = opts;
  const m = analysis.municipality;
  const compose = (c: Chooser, angle: MunicipalAngle, all: readonly IndicatorFinding[]): Sentence => composeHeadline(angle, all, headlineSayer(c, m, dataset.survey), m.name, unmeasured);
  // (Data with no tight name has nothing to try: one headline, as before.)
  if (analysis.findings.every((f) => f.indicator.tight === undefined)) return compose(chooser, plan.angle, analysis.findings);
  const plain = withoutTight(plan.angle, analysis.findings);
  const fresh = (): Chooser => new Chooser(bank, m.code, true);
  const own = compose(fresh(), plan.angle, analysis.findings);
  const cut = tightLoses(own, compose(fresh(), plain.angle, plain.all), analysis.findings) || channelAgrees(own, plan.ranked);
  return cut ? compose(chooser, plain.angle, plain.all) : compose(chooser, plan.angle, analysis.findings);
}

function composeWith(opts: ComposeOptions, retell: ReadonlySet<string>, unnamed: readonly string[]): { release: ComposedRelease; retell: ReadonlySet<string> } {
  const { dataset, analysis, plan, release, bank } = opts;
  const m = analysis.municipality;
  const chooser = new Chooser(bank, m.code, true);
  const warnings: Message[] = [];
  const warn = warner(warnings, opts.file);
  const mentions = new Mentions();
  const sayWith = (template: string, values: Record<string, string>, subject: string | undefined, finding: IndicatorFinding | undefined): string => {
    // "drygt fyra av tio" is said of a share of people ("andelen som …"), not of a short name: "Tillgängligheten i
    // telefon var drygt fyra av tio" read as un-Swedish (read X: Ockelbo).
    const shortName = subject !== undefined && !/^andelen /i.test(subject);
    const v = shortName && values[EXACT] !== undefined ? { ...values, värde: values[EXACT] } : withoutApproximation(template, values);
    // A short name given a share says whose share: "För bemötandet i telefon ökade andelen …". ("Resultatet för
    // bemötandet i telefon ökade" read as clumsy: a result does not rise, read AU.)
    const stepped = shortName && finding?.indicator.unit === "percent" ? stepVerb(template, finding.indicator.better) : template;
    const share = shortName && finding?.indicator.unit === "percent" && stepped === template && SHARE_PREDICATE.test(template);
    // ("För tillgängligheten i telefon förändrades andelen knappt" read as stilted: "… var andelen i stort sett
    // densamma", read LO: Vingåker.)
    const t0 = share ? template.replace(/^\{Ämne\} förändrades knappt/, "För {ämne} var andelen i stort sett densamma").replace(/^\{Ämne\} (har|höll sig|\S+)/, "För {ämne} $1 andelen") : stepped;
    const t = shortName && finding?.indicator.unit === "percent" ? shortNameVerb(t0, finding.indicator.better) : t0;
    return fillNamed(t, m, dataset.survey, subject === undefined ? v : { ...v, ämne: subject, Ämne: capitalize(subject) });
  };
  const storySay: StorySay = (slot, values, finding) => {
    const template = chooser.pick(slot);
    const subject = finding && /\{[äÄ]mne\}/.test(template) ? mentions.subject(finding.indicator) : undefined;
    const text = sayWith(template, values, subject, finding);
    // "inom 60 sekunder: 43 procent mot rikets 60 procent" gave one number two meanings (Lidingö, Östra Göinge; read
    // AS): such a sentence says the short name, and the long one comes at the next mention.
    // At the measure's first mention, a repeat of the measure's own value keeps the long name: riket's 60 procent
    // for tillgängligheten clashes in every later sentence too, and Karlstad's and Bengtsfors' releases never said
    // what was measured (reads BH and BJ). "… inom 60 sekunder upp från 55 procent 2018 till 60 procent 2019" reads.
    const clash = finding !== undefined && subject !== undefined && nameFigureRepeated(text, subject);
    // (The own value with its year: riket's 60 procent beside Bengtsfors' 60 of 2018, unsaid, is still a clash.)
    const own = clash && !mentions.longBefore(finding.indicator.id) && [finding.value, finding.previous].some((v) => v !== null && nameNumbers(finding.indicator.subject).includes(v) && text.includes(`${formatValue(v, finding.indicator.unit, "text")} `));
    // A sentence with two figures of its own says the short name, and the long one, with its number, comes where it
    // is the only figure or in the fact box (definedInFacts): "… inom 60 sekunder ökade från 69 procent 2018 till 71
    // procent 2019" was a third figure in 14 of 15 releases of read LB.
    const crowded = finding !== undefined && subject !== undefined && nameNumbers(subject).length > 0 && figuresWithStepsIn(withoutSubject(text, subject)) >= 2;
    const short = crowded || (clash && !own) ? mentions.shortOnly(finding.indicator) : undefined;
    return short === undefined ? text : sayWith(template, values, short, finding);
  };
  const missing = dataset.indicators.filter((i) => !analysis.findings.some((f) => f.indicator.id === i.id));
  const headline: Sentence = release.headline
    ? { text: release.headline, claims: [] }
    : plannedHeadline(opts, chooser, missing.length);
  const ctx = { analysis, plan, say: storySay, mentions, missing, retell, headlineClaims: headline.claims };
  const told = composeLead(ctx);
  for (const id of unnamed) mentions.forget(id);
  const intro = composeIntro(ctx);
  const [whole, sections0] = withLargestChanges(told, composeSections({ ...ctx, leadClaims: new Set(told.flatMap((s) => s.claims).filter((c) => !retell.has(c))) }), ctx);
  // A count the headline names ("… men egna rekord på alla fem mått") is in the ingress (sweep 8: Kungälv, Håbo,
  // Lycksele scored 2 with it after the ingress).
  const counted = plan.angle.kind === "records" || (plan.angle.kind === "place" && plan.angle.counter !== undefined);
  const keep = plan.lead.filter((i) => i.fact.kind === "strong-change").map((i) => `${i.finding.indicator.id}.`);
  // (Under a count against riket, the measures with no result are part of its news too.)
  const unmeasured = plan.angle.kind === "summary" ? missing.map((i) => `${i.id}.`) : [];
  const split0 = (others: readonly string[]): ReturnType<typeof splitLead> =>
    splitLead(whole, [...mustLead(plan), ...others], (s) => counted && new Set(s.claims.map((c) => c.split(".")[0])).size >= 3, keep, [...headlineCore(plan), ...unmeasured, ...others], [...headlineCore(plan, true), ...unmeasured, ...others], groupFirstsBesidePlace(plan), headlineEnds(plan), firmInIngress(plan));
  const [split, ingress, loose0] = withChannel(split0, channelOthers(plan));
  // What the sections now tell in full leaves the lead; what they cannot tell stays, and its claims go back to the lead.
  const inSections = new Set(sections0.flatMap((x) => x.sentences.flatMap((s) => s.claims)));
  const under = split.slice(ingress);
  const inIngress = new Set(split.slice(0, ingress).flatMap((s) => s.claims));
  const retold = (s: Sentence): boolean => s.claims.length > 0 && s.claims.every((c) => (retell.has(c) && inSections.has(c)) || inIngress.has(c));
  // (A sentence and those leaning on it go together, or stay together.)
  const gone = new Set(groupsOf(under, leaning(under)).filter((g) => g.every(retold)).flat());
  const lead0 = split.filter((s) => !gone.has(s));
  const loose = loose0.filter((s) => lead0.includes(s));
  const nextRetell = retell.size === 0 ? retellable(under, split.slice(0, ingress), plan, sections0) : new Set([...retell].filter((c) => !lead0.slice(ingress).some((s) => s.claims.includes(c))));
  const once = officialOnce(sayAllOnce([...lead0, ...intro]), m);
  const [moved, lead1] = looseIntoSections(once.slice(0, lead0.length), lead0.map((s) => loose.includes(s)), sections0, plan);
  const [lead2, placed] = turnsBesideTheirChange(lead1, ingress, moved);
  const [lead3, intro3, sections3] = stillVaried(leadTidied(lead2, ingress, m.name, headline.text, analysis.findings), once.slice(lead0.length), placed, { name: m.name, year: formatYear(analysis.year), firstYear: analysis.findings.every((f) => f.previous === null) });
  const named = nameOnceInSentence(m.name);
  const [lead4, introOnce4, sections6] = [recordsNotAgain(compareAfterHistory(lead3), ingress, intro3).map(named), countNamesOnce(intro3, lead3.slice(0, ingress), analysis.findings, storySay).map(named), sections3.map((x) => ({ ...x, sentences: x.sentences.map(named) }))];
  const [lead5, ingressEnd, introOnce] = yearIntoIngress(lead4, ingress, introOnce4, plan, analysis.findings);
  const [lead6, sections7] = comparedBesideRecord(riketOnceUnderIngress(lead5, ingressEnd, introOnce, sections6), ingressEnd, sections6);
  const movedKeys = new Set(loose.map((s) => s.claims.join(" ")));
  // (Varied after the moves: a section's second sentence varied to "Samtidigt …" and then moved first opened Gävle's
  // Telefon section with "Samtidigt".)
  const sections = openingsVaried(notSaidTwice((gone.size > 0 ? sections7.map((x) => retoldFirst(x, [...gone])) : sections7).map((x) => ({ ...x, sentences: turnedBesideMovedChange(x.sentences, analysis.findings, m.name, movedKeys).map((s, i, all) => splitLong(s, all[i + 1], m.name)) }))), lead3, analysis.findings);
  const [lead7, sectionsOnce7] = runsOnce(...oneMenOpening(countFirst(contrastAfterSame(lead6.map((s, i, all) => splitLong(s, all[i + 1], m.name))), ingressEnd, plan, m.name), introOnce, sections), analysis.findings);
  const namer = resultNamer(m.name, analysis.findings.every((f) => f.previous === null), [...lead7, ...introOnce, ...sectionsOnce7.flatMap((x) => x.sentences)].map((s) => s.text));
  // Each paragraph's final sentences pass these in order: names, then records, then the words between sentences.
  const passes: readonly ((list: readonly Sentence[]) => Sentence[])[] = [
    (list) => tightAgain(list, analysis.findings),
    (list) => comparisonNamed(list, m.name, formatYear(analysis.year), namer),
    (list) => åretsOnce(list, m.name, formatYear(analysis.year)),
    (list) => recordAfterStill(list, m.name),
    (list) => ändåRecordOnce(list, m.name),
    (list) => recordWithComparison(list, m.name, analysis.findings),
    denOnce,
    marginApart,
    stepRunOnce,
    strongOnce,
    (list) => groupBesideRiket(list, analysis.findings),
    (list) => ändåOnce(list, analysis.findings),
  ];
  const tight = (list: readonly Sentence[]): Sentence[] => passes.reduce<Sentence[]>((out, pass) => pass(out), [...list]);
  // Each paragraph on its own: the ingress, then the paragraph under it (the intro's last sentence only as what came
  // before its first lead sentence), then each section.
  const leadTight = [...tight(strongSaid(lead7.slice(0, ingressEnd), analysis.findings)), ...tight([...introOnce.slice(-1), ...lead7.slice(ingressEnd)]).slice(introOnce.length > 0 ? 1 : 0)];
  const [leadThin, sectionsThin] = intoThinSection(leadTight, ingressEnd, sectionsOnce7.map((x) => ({ ...x, sentences: tight(x.sentences) })), plan);
  const [leadOwn, sectionsOwn] = recordBesideItsChange(...intoOwnSections(leadThin, ingressEnd, sectionsThin, plan, m.name), ingressEnd);
  const leadAlso = [...alsoWithin(leadOwn.slice(0, ingressEnd)), ...alsoWithin([...introOnce, ...leadOwn.slice(ingressEnd)]).slice(introOnce.length)];
  const sectionsOnce0 = sectionsOwn.map((x) => ({ ...x, sentences: alsoWithin(x.sentences) }));
  const [leadYear0, sectionsYear0] = yearResultsFew(leadAlso, ingressEnd, introOnce, sectionsOnce0, m.name, formatYear(analysis.year));
  const afterRecord = (list: readonly Sentence[]): Sentence[] => runWithItsRecord(resultAfterRecord(recordOfTheSameMeasure(list, analysis.findings), m.name, formatYear(analysis.year), analysis.findings), m.name);
  // (Ties before the passes on records, which name the result after one. A run joined to its record may take a
  // sentence from the ingress: its end is counted again.)
  const [leadTied, sectionsTied, ingressTied] = tiesSaid(leadYear0, ingressEnd, sectionsYear0, plan, storySay, analysis.previousYear);
  const ingressYear = afterRecord(leadTied.slice(0, ingressTied));
  const [leadYear, sectionsYear, ingressEnd1] = [[...ingressYear, ...afterRecord(leadTied.slice(ingressTied))], sectionsTied.map((x) => ({ ...x, sentences: afterRecord(x.sentences) })), ingressYear.length];
  // Last, when no sentence moves between paragraphs any more; one word in the whole release, the one it used first
  // (A/B read AB45 found a switch between sections too).
  const reading = [...leadYear.slice(0, ingressEnd1), ...introOnce, ...leadYear.slice(ingressEnd1), ...sectionsYear.flatMap((x) => x.sentences)];
  const [lead0Said, ingressSaid] = sourceAsClause(kommunenAfterTwo(oneGroupWord(leadYear, reading, headline.text), ingressEnd1, m.name), ingressEnd1, storySay, formatYear(analysis.year));
  const sections8 = sectionsYear.map((x) => ({ ...x, sentences: ownFigureIn(oneGroupWord(x.sentences, reading, headline.text), analysis.findings, m.name) }));
  const [leadAll, introAll] = allOnceUnderIngress(lead0Said, ingressSaid, introOnce);
  const [leadKommun, sectionsOwnResult] = ownResultOnce(measureNamedInIngress(officialFirst(leadAll, ingressSaid, m), ingressSaid, m.name, formatYear(analysis.year), analysis.findings), ingressSaid, introAll, sections8, m.name, formatYear(analysis.year));
  const sectionsKommun = shareInWords(sectionsOwnResult, [...leadKommun, ...introAll], analysis.findings, { year: formatYear(analysis.year), previous: formatYear(analysis.previousYear) }, storySay);
  const own = ownNoun(m.officialName);
  const [lead, sectionsOnce] = [leadKommun.map(own), sectionsKommun.map((x) => ({ ...x, sentences: x.sentences.map(own) }))];
  const quotes = quoteBlocks(release, m.officialName, sectionsOnce);
  const blocks = editorialBlocks(release, `[OM KOMMUNEN: Några rader om ${m.officialName}.]`, warn, opts.pathPrefix ?? "release");
  for (const slot of new Set(chooser.exhausted)) {
    warn("phrase-bank-exhausted", slot, slot);
  }
  return { retell: nextRetell, release: {
    ...blocks,
    quotes,
    sender: m.officialName,
    headline,
    headlineIsEditorial: release.headline !== undefined && release.headline !== "",
    lead,
    ingress: ingressSaid,
    intro: introAll.map(own),
    sections: sectionsOnce,
    extra: release.extra ?? [],
    factsHeading: "Fakta om undersökningen",
    facts: factSentences(dataset, analysis, [headline, ...lead, ...introAll.map(own), ...sectionsOnce.flatMap((x) => x.sentences)]),
    source: sourceLine(dataset.survey),
    contactsHeading: "För mer information, kontakta:",
    aboutHeading: `Om ${m.officialName}`,
    warnings,
    variants: chooser.usedVariants().sort(),
  } };
}

/**
 * A municipality that calls itself "stad" (Helsingborgs stad) is "staden" in its own release, as its communicators
 * write: "kommunens bästa resultat" in Helsingborgs and Landskronas ingresses read as the wrong word (read LH). Every
 * "kommunen" the phrase bank says of the municipality is its own; "Kommunens Kvalitet i Korthet" is a name.
 */
function ownNoun(officialName: string): (s: Sentence) => Sentence {
  if (!/ stad$/u.test(officialName)) return (s) => s;
  const word = /(?<!\p{L})([Kk])ommun(en|ens)(?!\p{L})(?! Kvalitet i Korthet)/gu;
  return (s) => ({ ...s, text: s.text.replace(word, (_, k: string, end: string) => `${k === "K" ? "S" : "s"}tad${end}`) });
}

/**
 * A measure its section tells only against riket and the group gets its own figure in that sentence: "För
 * e-postsvaren inom en arbetsdag är Askersund bättre än både riket och kommungruppen (84 och 86 procent)." gave a
 * reader of the section the averages' figures and not the municipality's, told only in the ingress (read KD:
 * Askersund, Hallstahammar; 181 sections of the example batch). Only where the sentence gives one average's figure,
 * so that it has two at most (SPRAK.md), and only in the forms withOwnFigure knows.
 */
function ownFigureIn(list: readonly Sentence[], findings: readonly IndicatorFinding[], name: string): Sentence[] {
  const out: Sentence[] = [];
  list.forEach((s, i) => out.push(withOwnValue(s, i, list, out[i - 1], findings, name)));
  return out;
}

/** ownFigureIn for the `i`th sentence of a section, after `before` as it came out. */
function withOwnValue(s: Sentence, i: number, list: readonly Sentence[], before: Sentence | undefined, findings: readonly IndicatorFinding[], name: string): Sentence {
  const [id, other] = ids(s);
  const f = findings.find((x) => x.indicator.id === id);
  if (!f || other !== undefined || f.value === null || !s.claims.every((c) => COMPARISON_CLAIM.test(c))) return s;
  // (Not a value the sentence gives as riket's or the group's ("Med 84 procent … på samma nivå som … (84 procent)"),
  // nor a second "Med" in a row: Karlstad's Telefon section.)
  if (f.value === f.national || f.value === f.group || before?.text.startsWith("Med ")) return s;
  // (The measure's first sentence in the section, and no other there gives a figure of its own.)
  if (list.some((x, j) => ids(x).includes(f.indicator.id) && (j < i || !x.claims.every((c) => COMPARISON_CLAIM.test(c))))) return s;
  // (Nor beside both averages: "Med 75 procent … är Härryda sämre än både riket och kommungruppen (84 och 82 procent)"
  // is three figures to an editor, whatever figuresIn counts; reads KE, KG and KH.)
  if (figuresWithStepsIn(s.text) > 1 || /\(\d+(?:,\d+)? och \d/u.test(s.text)) return s;
  const names = [...new Set([tightName(f, findings), headlineName(f.indicator), f.indicator.subject])].sort((a, b) => b.length - a.length);
  const text = withOwnFigure(s.text, formatValue(f.value, f.indicator.unit, "text"), name, names);
  return text === undefined ? s : { text, claims: [...s.claims, `${f.indicator.id}.value`] };
}

/**
 * A comparison with the municipality's figure: "Med 90 procent för e-postsvaren … är Askersund bättre än …",
 * "Sollefteås resultat för e-postsvaren …, 80 procent, är …", "Med 5,8 timmar är svarstiden på e-post i Kalix …",
 * "Med 92 procent är e-postsvaren inom en arbetsdag bättre än …", "Med 5,9 timmar är svarstiden på e-post i Fagersta
 * …". `names`: the ways the release names the measure, longest first.
 * Undefined for a form it does not know.
 */
function withOwnFigure(text: string, value: string, name: string, names: readonly string[]): string | undefined {
  const own = escapeRegExp(name);
  const measure = names.map(escapeRegExp).join("|");
  const forMeasure = /^För (\S.*?) (är|ligger) (.+)$/u.exec(text);
  if (forMeasure) return `Med ${value} för ${forMeasure[1]} ${forMeasure[2]} ${forMeasure[3]}`;
  const whose = new RegExp(`^(${own}s? (?:resultat för \\S.*?|svarstid|resultat)) (är|ligger) (.+)$`, "u").exec(text);
  if (whose) return `${whose[1]}, ${value}, ${whose[2]} ${whose[3]}`;
  const where = new RegExp(`^I ${own} (är|ligger) (${measure}) (.+)$`, "u").exec(text);
  if (where) return `Med ${value} ${where[1]} ${where[2]} i ${name} ${where[3]}`;
  const said = new RegExp(`^((?:${names.map((n) => escapeRegExp(capitalize(n))).join("|")})(?: i ${own})?) (är|ligger) (.+)$`, "u").exec(text);
  if (said?.[1] !== undefined) return `Med ${value} ${said[2]} ${lowerFirst(said[1])} ${said[3]}`;
  return undefined;
}

/**
 * The subject of a comparison right after its measure's sentence, in one paragraph: "Årets resultat för Helsingborg är
 * klart sämre än både riket och …" read as the whole municipality's result when only the direct answers were, and
 * "årets" as 2020 in a release sent out the year after (read IW: Helsingborg, Bräcke; SPRAK.md: say the year). A/B
 * read AB35 preferred "Resultatet" to "Årets resultat", and that to "Årets resultat för …", in every pair it ranked.
 * So: "Resultatet är …" where the sentence before gave the year's figure; "Årets resultat är …" after a record, a run
 * or the years since the first, where "Resultatet" read as that first year's (sweep 3: Älvkarleby), or after a change
 * without a figure (AB36: Ljungby); neither twice in a paragraph (AB36: Ronneby, Malå), nor "Resultatet" past
 * PLAIN_RESULTS in a release. Else the sentence stays as it was. In the ingress every "Årets resultat" is weighed
 * (`all`); past it only "Årets resultat för {name}". Not a paragraph's first sentence, which has nothing to lean on.
 */
function resultSubject(list: readonly Sentence[], name: string, year: string, plain: { seen: number }, all: boolean): Sentence[] {
  const form = new RegExp(`^(Men )?[Åå]rets resultat (för ${escapeRegExp(name)} )?(är|ligger)(?!\\p{L})`, "u");
  const out: Sentence[] = [];
  for (const [i, s] of list.entries()) {
    const before = list[i - 1];
    const m = form.exec(s.text);
    if (!before || !m || (!all && m[2] === undefined) || ids(before).join() !== ids(s).join()) {
      out.push(s);
      continue;
    }
    const opened = (re: RegExp): boolean => [...out, ...list.slice(i + 1)].some((x) => re.test(x.text));
    const years = before.claims.some((c) => /\.(record|streak|longRun)$/.test(c)) || !new RegExp(`(?<!\\d)${year}(?!\\d)`).test(before.text);
    const men = m[1] ?? "";
    const rest = s.text.slice(m[0].length);
    const text = !years && !opened(PLAIN) && plain.seen < PLAIN_RESULTS ? `${men}${men ? "r" : "R"}esultatet ${m[3]}${rest}` : !opened(YEAR_RESULT) ? `${men}${men ? "å" : "Å"}rets resultat ${m[3]}${rest}` : s.text;
    if (PLAIN.test(text)) plain.seen += 1;
    out.push({ ...s, text });
  }
  return out;
}

/**
 * The verdict a sentence gives first on its measure, riket's where it claims one, else the group's, from the analysis
 * rather than its words: "worse" (also "much-worse"), "better", "level", or undefined for a sentence with neither.
 */
function firstVerdict(s: Sentence, findings: readonly IndicatorFinding[]): "worse" | "better" | "level" | undefined {
  const id = ids(s)[0];
  const f = findings.find((x) => x.indicator.id === id);
  const vs = s.claims.includes(`${id}.vsNational`) ? f?.vsNational : s.claims.includes(`${id}.vsGroup`) ? f?.vsGroup : undefined;
  return vs == null ? undefined : /worse/.test(vs) ? "worse" : /better/.test(vs) ? "better" : "level";
}

/**
 * A run and the record it reached, each a short sentence, in one: "Det är den tredje förbättringen i rad. Lekebergs
 * resultat är nu det bästa hittills, och det ligger i nivå med snittet i landet." made a six-sentence ingress (A/B
 * read AB66); "Det är den tredje förbättringen i rad och Lekebergs bästa resultat hittills, i nivå med snittet i
 * landet." (Not joined to the change's two figures: reads HG and HH.)
 */
function runWithItsRecord(list: readonly Sentence[], name: string): Sentence[] {
  const gen = escapeRegExp(genitive(name));
  const record = new RegExp(`^(?:${gen} resultat är nu det (bästa|sämsta) hittills|Årets resultat är ${gen} (bästa|sämsta) hittills)(, (?:men|och) [^.]+)?\\.$`, "u");
  const out: Sentence[] = [];
  for (const s of list) {
    const before = out[out.length - 1];
    // (The run may close its change's text: "… från 81 procent 2018. Det är den tredje förbättringen i rad.")
    const run = before && new RegExp(`(?:^|(?<=\\. ))Det är (${RUN_WORDS})\\.$`, "u").exec(before.text);
    const m = record.exec(s.text);
    if (!before || !run || !m || ids(before).join() !== ids(s).join()) {
      out.push(s);
      continue;
    }
    // ", och det ligger i nivå med …" → ", i nivå med …"; ", men det är ändå …" → ", men ändå …".
    const tail = (m[3] ?? "").replace(/^, och det (?:ligger|är) /u, ", ").replace(/^, men det (?:är|ligger) /u, ", men ");
    const joined = `Det är ${run[1] ?? ""} och ${genitive(name)} ${m[1] ?? m[2] ?? ""} resultat hittills${tail}.`;
    if (wordsIn(joined) > LONG_SENTENCE) {
      out.push(s);
      continue;
    }
    // The change keeps its own sentence and claims; the run goes with the record.
    const streak = before.claims.filter((c) => c.endsWith(".streak"));
    const change = before.text.slice(0, run.index).trim();
    out.splice(out.length - 1, 1, ...(change === "" ? [] : [{ text: change, claims: before.claims.filter((c) => !streak.includes(c)) }]), { text: joined, claims: [...streak, ...s.claims] });
  }
  return out;
}

/** An ingress of this many news sentences (the source apart) takes no tie of its own. */
const MAX_INGRESS_FOR_TIE = 3;

/**
 * A tie (tieToTell) no sentence told, because its measure's value reached the section from the lead: said after the
 * sentence with the value ("… gick upp till 62 procent 2019, från 55 procent 2018. Det är lika bra som Malmös bästa
 * resultat hittills, från 2015."), after the one that gave only the change ("… har inte förändrats sedan 2018.
 * Därmed ligger Östra Göinge kvar på sin sämsta nivå hittills."; with the figure where the lead did not give it), or
 * with the figure after the section's first sentence on the measure (Hallsberg). Where no section tells the measure,
 * in a short ingress only (tieInIngress). Read KL found Malmö's, Hallsberg's and Säter's ties unsaid. Returns the
 * lead, the sections and the ingress's new end.
 */
function tiesSaid(lead: readonly Sentence[], ingress: number, sections: readonly StorySection[], plan: MunicipalityPlan, say: StorySay, previousYear: number): [Sentence[], StorySection[], number] {
  const ties = new Map(plan.ranked.map((p) => [p.finding.indicator.id, tieToTell(p.finding, p.time, previousYear)] as const));
  // A tie in a year that stood still is left out of a section that tells another measure's record or tie the same way:
  // Vingåker's Telefon section told a best, a worst and then bemötandet as weak as in 2018 (A/B read AB67 preferred it
  // without). Beside a best only, a worst tie is the section's other side: Söderköping's e-mail answers and direct
  // answers at their lowest as in 2018, unsaid beside two bests, read as leaning positive (read LL).
  const timeOf = (s: Sentence): string | undefined => s.claims.find((c) => /\.(record|tie)$/.test(c))?.split(".")[0];
  const kindOf = (id: string | undefined): string | undefined => (id === undefined ? undefined : (ties.get(id)?.kind ?? plan.ranked.find((p) => p.finding.indicator.id === id)?.time?.series.record?.kind));
  const crowded = (sec: StorySection, id: string): boolean => sec.sentences.some((s) => timeOf(s) !== undefined && timeOf(s) !== id && (ties.get(id)?.kind !== "worst" || kindOf(timeOf(s)) === "worst"));
  const stayedTie = (s: Sentence): string | undefined => s.claims.find((c) => c.endsWith(".tie") && ties.get(c.split(".")[0] ?? "")?.stayed === true)?.split(".")[0];
  const quiet = (sec: StorySection): StorySection => ({ ...sec, sentences: sec.sentences.filter((s) => { const id = stayedTie(s); return id === undefined || !crowded(sec, id); }) });
  const start: [Sentence[], StorySection[], number] = [[...lead], sections.map(quiet), ingress];
  return plan.ranked.reduce<[Sentence[], StorySection[], number]>(([l, out, end], p) => {
    const f = p.finding;
    const id = f.indicator.id;
    const tie = ties.get(id);
    if (!tie || [...l, ...out.flatMap((x) => x.sentences)].some((s) => s.claims.some((c) => c === `${id}.tie` || c === `${id}.record`))) return [l, out, end];
    const sentence = (value: boolean): Sentence => ({ text: tieText(tie, say, value ? formatValue(f.value, f.indicator.unit, "text") : undefined), claims: [`${id}.tie`] });
    // (Not the change since the first year, which claims the value but gives the first year's: Östra Göinge.)
    const valued = (s: Sentence): boolean => s.claims.includes(`${id}.value`) && !s.claims.includes(`${id}.longRun`);
    const still = (s: Sentence): boolean => s.claims.includes(`${id}.changeClass`) && onlyAbout(s, id);
    const own = (s: Sentence): boolean => s.claims.length > 0 && onlyAbout(s, id);
    const at = (test: (s: Sentence) => boolean): [number, number] | undefined => {
      const x = out.findIndex((sec) => sec.sentences.some(test));
      return x < 0 ? undefined : [x, out[x]?.sentences.findIndex(test) ?? -1];
    };
    // (After the change alone, the figure only where the lead did not give it: Växjö's 76 procent twice read as a
    // template, read HC.)
    const withValue = at(valued) ?? (l.some(valued) ? at(still) : undefined);
    const spot = withValue ?? at(still) ?? at(own);
    if (!spot) {
      const [inIngress, newEnd] = tieInIngress(l, end, id, sentence(false), valued);
      return [inIngress, out, newEnd];
    }
    const [x, i] = spot;
    if (tie.stayed && out[x] !== undefined && crowded(out[x], id)) return [l, out, end];
    const told = sentence(withValue === undefined);
    return [l, out.map((sec, j) => (j === x ? { ...sec, sentences: [...sec.sentences.slice(0, i + 1), told, ...sec.sentences.slice(i + 1)] } : sec)), end];
  }, start);
}

/**
 * A tie no section can tell, after the lead's sentence with the value (and the one leaning on it that gives last
 * year's: "Det är en förbättring från 91 procent 2018.", Åre); not into an ingress of MAX_INGRESS_FOR_TIE news
 * sentences already: read KN found leads of five to seven sentences the most common fault, and a tie is the least of
 * their news (Hammarö, Valdemarsvik). Returns the lead and the ingress's end.
 */
function tieInIngress(lead: readonly Sentence[], end: number, id: string, tie: Sentence, valued: (s: Sentence) => boolean): [Sentence[], number] {
  const own = (s: Sentence | undefined): boolean => s !== undefined && s.claims.length > 0 && onlyAbout(s, id);
  const i0 = lead.findIndex(valued);
  const i = i0 >= 0 && own(lead[i0 + 1]) && lead[i0 + 1]?.claims.includes(`${id}.previous`) ? i0 + 1 : i0;
  const news = lead.slice(0, end).filter((x) => !isSourceSentence(x)).length;
  if (i < 0 || news >= MAX_INGRESS_FOR_TIE) return [[...lead], end];
  return [[...lead.slice(0, i + 1), tie, ...lead.slice(i + 1)], i < end ? end + 1 : end];
}

/**
 * A record right after a sentence on the same measure does not name the measure again: "E-postsvaren inom en arbetsdag
 * förbättrades med 8 procentenheter jämfört med 2018. Resultatet för e-postsvaren inom en arbetsdag är det bästa
 * hittills …" (read KH: Uppsala, Älvdalen) says "Resultatet är det bästa hittills …", and "Resultatet är ändå det bästa
 * hittills" after a sentence that put the measure below riket or its group (Vaggeryd's response time). Not after a
 * sentence on another measure, which leaves the name needed (Bräcke's direct answers after its tillgänglighet).
 */
function recordOfTheSameMeasure(list: readonly Sentence[], findings: readonly IndicatorFinding[]): Sentence[] {
  return list.map((s, i) => {
    const before = list[i - 1];
    const m = /^Resultatet för .+? är det (bästa|sämsta) hittills(?=[,. ])/u.exec(s.text);
    if (!before || !m || ids(s).length !== 1 || ids(before).join() !== ids(s).join()) return s;
    const verdict = firstVerdict(before, findings);
    const turns = verdict !== undefined && verdict !== "level" && (verdict === "worse") === (m[1] === "bästa") && !/(^| )ändå /u.test(before.text);
    return { ...s, text: `Resultatet är ${turns ? "ändå " : ""}det ${m[1] ?? ""} hittills${s.text.slice(m[0].length)}` };
  });
}

/**
 * A comparison right after a sentence that ended on the municipality's record says "Resultatet", not the name a second
 * time: "… till 93 procent 2019, Skinnskattebergs sämsta resultat hittills. Skinnskattebergs resultat 2019 är ändå
 * bättre än …" (read KH: Skinnskatteberg, Mellerud, Mora); not "Det", which after a change's two figures could be the
 * change (read HX). After "Det räcker till Hebys bästa resultat hittills." a comparison against the record's direction
 * joins it: ", men det är sämre än …".
 */
function resultAfterRecord(list: readonly Sentence[], name: string, year: string, findings: readonly IndicatorFinding[]): Sentence[] {
  const gen = escapeRegExp(genitive(name));
  // (Or a tie with one: "Det är lika svagt som Alingsås sämsta resultat hittills, från 2016.")
  const record = new RegExp(`(?:${gen} (bästa|sämsta)(?: resultat)?|${escapeRegExp(name)} sitt (bästa|sämsta) resultat) hittills(?:, (?:från|senast) [^.]+)?\\.$`, "u");
  const own = new RegExp(`^(Men )?${gen} resultat ${year} (är|ligger) (.+)$`, "u");
  const out: Sentence[] = [];
  for (const s of list) {
    const before = out[out.length - 1];
    const best = before && record.exec(before.text);
    const m = own.exec(s.text);
    if (!before || !best || !m || ids(before).join() !== ids(s).join()) {
      out.push(s);
      continue;
    }
    const [men, verb, rest] = [m[1] ?? "", m[2] ?? "", m[3] ?? ""];
    const said = /^Det räcker /.test(before.text);
    const worse = firstVerdict(s, findings) === "worse";
    if (said && men === "" && ((best[1] ?? best[2]) === "bästa") === worse && !/\d/.test(before.text)) {
      // (Without "ändå": "ändå … hittills, men" turned twice, read ID.)
      out[out.length - 1] = { text: `${before.text.slice(0, -1).replace(/^Det räcker ändå /u, "Det räcker ")}, men det ${verb} ${rest}`, claims: [...before.claims, ...s.claims] };
      continue;
    }
    // (With the year after a sentence that gave one, where a bare "Resultatet" could be an earlier year's: sweep 3.)
    const dated = /(?<!\d)20\d\d(?!\d)/.test(before.text) ? ` ${year}` : "";
    out.push({ ...s, text: `${men ? "Men r" : "R"}esultatet${dated} ${verb} ${rest}` });
  }
  return out;
}

/** The most sentences of a release that open "Resultatet är" once resultSubject has written some. */
const PLAIN_RESULTS = 2;

/** A sentence that opens "Resultatet är" or "Men resultatet är". */
const PLAIN = /^(Men r|R)esultatet (är|ligger)(?!\p{L})/u;

/** A sentence that opens "Årets resultat är" or "Men årets resultat är". */
const YEAR_RESULT = /^(Men å|Å)rets resultat (är|ligger)(?!\p{L})/u;

/** The most sentences of a release that open "Årets resultat"; later ones say whose result and the year. */
const YEAR_RESULTS = 2;

/**
 * "Årets resultat är …" at most YEAR_RESULTS times in a release, in reading order (ingress, the paragraph under it, the
 * sections): later ones say "Ljungbys resultat 2019 är …" (read IT: four in Ljungby's release; read IR: Sävsjö; SPRAK.md:
 * vary openings). Not right after a sentence that named the municipality ("… Ljungbys bästa resultat hittills.
 * Ljungbys resultat 2019 är dock …"), nor within two sentences of one that opened "Storumans resultat" (A/B read AB32:
 * twice in three sentences), nor one that names a measure after "för", nor after "Men" ("Men Sigtunas …" read as a
 * verdict on Sigtuna: read AB9). The paragraph under the ingress opens with the intro's counts, which are counted here
 * and never rewritten.
 */
function yearResultsFew(lead: readonly Sentence[], ingress: number, intro: readonly Sentence[], sections: readonly StorySection[], name: string, year: string): [Sentence[], StorySection[]] {
  const own = `${genitive(name)} resultat`;
  const plain = new RegExp(`^Årets resultat (?:för ${escapeRegExp(name)} )?(är|ligger) `, "u");
  let seen = 0;
  const before: string[] = [];
  const pass = (list: readonly Sentence[]): Sentence[] =>
    list.map((s) => {
      const near = before.splice(0, before.length, ...before.slice(-1), s.text);
      if (!/^(Men )?[Åå]rets resultat\b/u.test(s.text)) return s;
      seen += 1;
      const named = (near[near.length - 1] ?? "").includes(name) || near.some((t) => t.replace(/^Men /, "").startsWith(own));
      if (seen <= YEAR_RESULTS || !plain.test(s.text) || named) return s;
      return { ...s, text: s.text.replace(plain, (_, verb: string) => `${own} ${year} ${verb} `) };
    });
  const plainSeen = { seen: [...lead, ...sections.flatMap((x) => x.sentences)].filter((s) => PLAIN.test(s.text)).length };
  const ingressOut = pass(resultSubject(lead.slice(0, ingress), name, year, plainSeen, true));
  pass(intro);
  const underOut = pass(resultSubject(lead.slice(ingress), name, year, plainSeen, false));
  const sectionsOut = sections.map((x) => ({ ...x, sentences: pass(resultSubject(x.sentences, name, year, plainSeen, false)) }));
  return [[...ingressOut, ...underOut], sectionsOut];
}

/**
 * "Vingåkers resultat 2019 är …" once in a release: a later one, a comparison with the averages, says "Vingåker ligger
 * … till än …" (or "ligger i nivå med …"). The passes that name a result wrote it twice in eight releases of the
 * example batch, twice in one paragraph in Vingåker's (A/B read AB68). Not one that opens "Men" ("Men Sigtuna ligger …"
 * reads as a verdict on Sigtuna, AB9), and not one in another form: those stay as they are.
 */
function ownResultOnce(lead: readonly Sentence[], ingress: number, intro: readonly Sentence[], sections: readonly StorySection[], name: string, year: string): [Sentence[], StorySection[]] {
  const own = new RegExp(`^${escapeRegExp(genitive(name))} resultat ${year} (?:är|ligger) `, "u");
  let seen = false;
  const pass = (list: readonly Sentence[]): Sentence[] =>
    list.map((s) => {
      if (!own.test(s.text)) return s;
      if (!seen) {
        seen = true;
        return s;
      }
      const rest = s.text.replace(own, "");
      // (A gap in points says "före" or "efter": "Ronneby ligger cirka 10 procentenheter bättre till än …" read as
      // awkward, A/B read AB69.)
      const text = /^(i nivå med|i jämnhöjd med|på samma nivå som) /u.test(rest)
        ? `${name} ligger ${rest}`
        : /^[^.,()\d]*?(?<!\p{L})(bättre|sämre) än /u.test(rest)
          ? `${name} ligger ${rest.replace(/(?<!\p{L})(bättre|sämre) än /u, "$1 till än ")}`
          : /^[^.,()]*?\bprocentenheter? (bättre|sämre) än /u.test(rest)
            ? `${name} ligger ${rest.replace(/\b(procentenheter?) (bättre|sämre) än /u, (_, unit: string, way: string) => `${unit} ${way === "bättre" ? "före" : "efter"} `)}`
            : s.text;
      return text === s.text ? s : { ...s, text };
    });
  const ingressOut = pass(lead.slice(0, ingress));
  pass(intro);
  const underOut = pass(lead.slice(ingress));
  return [[...ingressOut, ...underOut], sections.map((x) => ({ ...x, sentences: pass(x.sentences) }))];
}

/** The most sentences a first section may have and still take its measures' sentences from under the ingress. */
const THIN_SECTION = 3;

/**
 * A first section of one to THIN_SECTION sentences takes the sentences on its channel's measures from the paragraph under the
 * ingress, each group in its measure's place: Höör's E-post section said only "E-postsvaren … är något bättre än
 * snittet för likvärdiga kommuner" while its response time at its best, with riket and the group, stood under the
 * ingress, right above it (read HT: Lerum's Telefon section of one sentence, "uneven structure" in four of fourteen
 * releases; A/B read AB19). Not only the paragraph's last ones: Gislaved's e-mail answers stood before a sentence on
 * the phone. Not a group that leans on the ingress; an "Även det" that pointed at the ingress's record loses its "även".
 */
function intoThinSection(lead: readonly Sentence[], ingress: number, sections: readonly StorySection[], plan: MunicipalityPlan): [Sentence[], StorySection[]] {
  // The other channels' sections too, where they were dropped: Strömstad's E-post went missing, its response time's
  // best yet told under the ingress (read JE scored it 3).
  return plan.sections.reduce<[Sentence[], StorySection[]]>(([l, x], _, k) => intoPlannedSection(l, ingress, x, plan, k), [[...lead], [...sections]]);
}

/** intoThinSection for the `k`th planned section: the headline channel's (0), thin or dropped, or another's, dropped. */
function intoPlannedSection(lead: readonly Sentence[], ingress: number, sections: readonly StorySection[], plan: MunicipalityPlan, k: number): [Sentence[], StorySection[]] {
  // The headline channel's section, planned first, also where the sections before this left it empty and dropped
  // it: Säter's E-post went missing, its response time's record and riket told under the ingress (read HY).
  const planned = plan.sections[k];
  const at = sections.findIndex((x) => x.heading === capitalize(planned?.channel ?? ""));
  const own = k === 0 && at === 0;
  const dropped = planned !== undefined && at < 0;
  const first = own ? sections[0] : dropped ? { heading: capitalize(planned.channel), sentences: [] } : undefined;
  const rest = own ? sections.slice(1) : sections;
  // (Where it was planned: after the sections planned before it.)
  const before = plan.sections.slice(0, k).map((x) => capitalize(x.channel));
  const place = (target: StorySection): StorySection[] => (k === 0 ? [target, ...rest] : [...rest.filter((x) => before.includes(x.heading)), target, ...rest.filter((x) => !before.includes(x.heading))]);
  // (Up to THIN_SECTION sentences: Herrljunga's E-post of three, on its last place, stood under its response time's
  // best yet, told above it under the ingress, read IK. Not fuller ones, where the moved sentences came before, or
  // between, its own measures' sentences: Täby's and Danderyd's.)
  // (A run's size since the first year is context, not a sentence of news: Kinda's Telefon section of three, which read
  // IK had take the direct answers' record, grew a fourth with its bemötande's fall since 2014.)
  const news = first?.sentences.filter((s) => !sizeOnly(s)) ?? [];
  if (!first || !planned || news.length > THIN_SECTION) return [[...lead], [...sections]];
  const mine = (s: Sentence): boolean => ids(s).length > 0 && ids(s).every((id) => planned.findings.some((p) => p.finding.indicator.id === id));
  const leans = leaning(lead);
  // A strong change and an end of the group stay in the lead (EDITORIAL.md §3): Östersund's direct answers, up 23
  // points, the country's largest; Norsjö's last place in the group, once the ingress left it for its length.
  const leadOnly = new Set(plan.ranked.flatMap((r) => [...(r.finding.changeClass?.startsWith("strongly-") ? [`${r.finding.indicator.id}.changeClass`] : []), `${r.finding.indicator.id}.groupRank`]));
  const inLead = (s: Sentence): boolean => s.claims.some((c) => leadOnly.has(c));
  const target = { ...first, sentences: [...first.sentences] };
  const kept: Sentence[] = [];
  // Into a section of more than one sentence they go first, in the order they had: the heading moves up above them,
  // and a record or a far gap the lead could not hold still opens the body (reads I, W and HE). Or right before their
  // measure's own sentences, which they would otherwise split from the rest (Lerum's tillgänglighet, read IK).
  let top = 0;
  // (Into another channel's dropped section, not a best yet far ahead of riket, which opens the body: Strängnäs' response
  // time at a third of riket's, left to the last paragraph, read as buried by a read of 2026-12-02.)
  const ahead = (id: string): boolean => plan.ranked.some((r) => r.finding.indicator.id === id && r.finding.vsNational !== null && comparePolarity(r.finding.vsNational) > 0 && farFromRiket(r.finding));
  const strength = (s: Sentence): boolean => k > 0 && s.claims.some((c) => c.endsWith(".record") && ahead(c.split(".")[0] ?? ""));
  groupsOf(lead.slice(ingress), (i, words) => leans(ingress + i, words)).forEach((g, i) => {
    if ((i === 0 && leans(ingress, LEANS)) || !g.every(mine) || g.some(inLead) || g.some(strength)) return kept.push(...g);
    const id = ids(g[0])[0] ?? "";
    // (The measure's size since the first year goes with them, after its run: Grästorp's direct answers.)
    const size = target.sentences.filter((x) => sizeOnly(x) && ids(x).includes(id));
    target.sentences = target.sentences.filter((x) => !size.includes(x));
    const own = target.sentences.findIndex((x, k) => k >= top && ids(x).includes(id));
    const at = news.length <= 1 ? placeIn(target, id, planned) : own >= 0 ? own : top;
    const moved = [...settledIn(g, target.sentences.slice(0, at), plan.ranked.map((p) => p.finding)), ...size];
    if (at === top) top += moved.length;
    target.sentences.splice(at, 0, ...moved);
  });
  return [[...lead.slice(0, ingress), ...kept], target.sentences.length > 0 ? place(target) : [...rest]];
}

/**
 * A measure's record told in its section, away from its change under the ingress, joins the change there with the
 * sentences on that measure after it: Malmö's bemötande fell 7 points under the ingress, and "Resultatet för bemötandet
 * i telefon är det sämsta i alla mätningar sedan 2014" stood five sentences later, at the end of the Telefon section
 * (read IT scored it 3). Not a record that leans on its own measure's sentence before it in the section.
 */
function recordBesideItsChange(lead: readonly Sentence[], sections: readonly StorySection[], ingress: number): [Sentence[], StorySection[]] {
  const out = sections.map((x) => ({ ...x, sentences: [...x.sentences] }));
  const under = [...lead.slice(ingress)];
  for (const section of out) {
    const at = section.sentences.findIndex((x, i) => {
      const [id, other] = ids(x);
      const before = section.sentences[i - 1];
      return id !== undefined && other === undefined && x.claims.includes(`${id}.record`) && !(before !== undefined && ids(before).includes(id)) && under.some((y) => ids(y).length === 1 && ids(y)[0] === id);
    });
    if (at < 0) continue;
    const id = ids(section.sentences[at] as Sentence)[0] ?? "";
    let end = at + 1;
    while (end < section.sentences.length && ids(section.sentences[end] as Sentence).every((x) => x === id) && ids(section.sentences[end] as Sentence).length > 0) end += 1;
    const moved = section.sentences.splice(at, end - at);
    const last = under.map((y) => ids(y).length === 1 && ids(y)[0] === id).lastIndexOf(true);
    under.splice(last + 1, 0, ...moved);
  }
  return [[...lead.slice(0, ingress), ...under], out.filter((x) => x.sentences.length > 0)];
}

/** A sentence of a run's size since the first year alone: context, not news (runSize in story.ts). */
function sizeOnly(s: Sentence): boolean {
  return s.claims.length > 0 && s.claims.every((c) => c.endsWith(".longRun"));
}

/**
 * A paragraph's "klart sämre även än kommungruppen" without its "även" when the paragraph has not compared the
 * measure with riket: the "även" pointed at the ingress, or at nothing (reads IH, IJ and IK: "'även' points to another
 * paragraph"; 49 of 64 such sentences in the example batch). The group's verdict stands on its own.
 */
function alsoWithin(paragraph: readonly Sentence[]): Sentence[] {
  return paragraph.map((s, i) => {
    if (!ALSO_THAN.test(s.text)) return s;
    const compared = paragraph.slice(0, i).some((x) => x.claims.some((c) => c.endsWith(".vsNational") && ids(s).includes(c.split(".")[0] ?? "")));
    // (A time is longer than the group's average, not than the group.)
    return compared ? s : { ...s, text: s.text.replace(/(längre|kortare) även än kommungruppen/u, "$1 än snittet i kommungruppen").replace(ALSO_THAN, "$1 än") };
  });
}

const ALSO_THAN = /(?<!\p{L})(bättre|sämre|längre|kortare) även än/u;

/**
 * Sentences moved from under the ingress into a section, after `before` (the section's sentences ahead of them): an
 * "Även det är … bästa hittills" that pointed at the ingress's record points at nothing there and loses its "även"
 * (stillVaried's rule), unless a record comes before it; not "Det är …" twice in a row (Borlänge's run, then its
 * record); and the first one's turn against the ingress ("Men …", "däremot") goes with the ingress.
 */
function settledIn(moved: readonly Sentence[], before: readonly Sentence[], findings: readonly IndicatorFinding[]): Sentence[] {
  return moved.map((x, j) => {
    const ahead = [...before, ...moved.slice(0, j)];
    const plain = j === 0 ? unturned(x, findings).text : x.text;
    if (ahead.some((y) => y.claims.some((c) => /\.(record|tie)$/.test(c)))) return { ...x, text: plain };
    const prev = ahead[ahead.length - 1]?.text ?? "";
    const text = withoutAlso(plain, x.claims.some((c) => c.endsWith(".tie")) && STOOD_STILL.test(prev));
    // (A sentence's text may hold two: "… till 53 procent 2019. Det är en förbättring för tredje året i rad.")
    // (Not "Årets resultat är Borlänges bästa resultat hittills".)
    const again = (t: string): string => t.replace(/^Det är( ändå)? (\S+) (bästa|sämsta) resultat hittills/u, "Årets resultat är$1 $2 $3 hittills").replace(/^Det är /, "Årets resultat är ");
    return { ...x, text: /(^|\. )Det är [^.]*\.$/.test(prev) ? again(text) : text };
  });
}

/** "bättre än både riket och …" without its "både" (once in a paragraph: read HD). */
function withoutBoth(text: string): string {
  return text.replace(/ både (i |för )?/gu, (_, p: string | undefined) => ` ${p ?? ""}`);
}

/**
 * A measure's change left under the ingress goes into its section, where looseIntoSections puts one: "that paragraph
 * shouldn't be spent on a flat or weak measure" (A/B read AB20: Täby, Fagersta, Åre). So do its record, run or turn
 * with it: AB20 had preferred them right under the ingress, but reads JT, JV and JY found Nynäshamn's, Berg's, Värmdö's
 * and Eslöv's records there, away from their sections, and A/B read AB59 preferred them in their sections in 12 pairs
 * of 14 (the summary stays one count, no section is left a stub). A place, a strong change and a count's part stay,
 * which the lead must reach (§3).
 */
function intoOwnSections(lead: readonly Sentence[], ingress: number, sections: readonly StorySection[], plan: MunicipalityPlan, name: string): [Sentence[], StorySection[]] {
  const leans = leaning(lead);
  const groups: Sentence[][] = [];
  lead.slice(ingress).forEach((x, j) => (j > 0 && leans(ingress + j, LEANS) ? groups[groups.length - 1]?.push(x) : groups.push([x])));
  // (Not a group whose first sentence leans on the ingress's last: it is part of the ingress's news.)
  const first = groups[0]?.[0];
  // (A count's measures are not what the next sentence leans on: Österåker's rise in direct answers, after "Men sedan 2018
  // har Österåker blivit bättre på tre av fem mått", stood alone as a paragraph under the ingress; read IF.)
  const counts = ids(lead[ingress - 1]).length >= 3 && !LEANS.test(first?.text ?? "");
  const tied = first !== undefined && leans(ingress, LEANS) && !counts;
  const out = sections.map((x) => ({ ...x, sentences: [...x.sentences] }));
  const kept: Sentence[] = [];
  // The ingress ends on the year's count of changes, which a worst-ever right under it answers.
  const yearCount = (lead[ingress - 1]?.claims.filter((c) => c.endsWith(".changeClass")).length ?? 0) >= 3;
  const lows = plan.ranked.filter((p) => p.facts.some((x) => x.kind === "record" && x.polarity < 0)).map((p) => p.finding.indicator.id);
  groups.forEach((g, i) => {
    const id = ids(g[0])[0] ?? "";
    const planned = plan.sections.find((x) => x.findings.some((p) => p.finding.indicator.id === id));
    const target = i === 0 && tied ? undefined : ownSection(g, out, plan.ranked.map((p) => p.finding), yearCount && lows.includes(id));
    if (!target || !planned) return kept.push(...g);
    const at = placeIn(target, id, planned);
    target.sentences.splice(at, 0, ...settledIn(g, target.sentences.slice(0, at), plan.ranked.map((p) => p.finding)));
    const next = target.sentences[at + g.length];
    if (next) target.sentences[at + g.length] = stillAfterMoved(g[g.length - 1] as Sentence, next, plan, name);
  });
  // "både" once in a paragraph, as stillVaried has it, now that the section holds more.
  const once = out.map((x) => ({ ...x, sentences: x.sentences.map((y, i) => (x.sentences.slice(0, i).some((z) => / både /.test(z.text)) ? { ...y, text: withoutBoth(y.text) } : y)) }));
  return [[...lead.slice(0, ingress), ...kept], once];
}

/**
 * The section's comparison right after a change moved in before it, turned with "ändå" when riket is on the other
 * side of the change: "… gick upp till 47 procent 2019, från 39 procent 2018. Direktsvaren i telefon är sämre än
 * rikssnittet" read as if the rise were bad (Österåker, read IF). "ändå", not "Men": the ingress may have its "Men".
 */
function stillAfterMoved(moved: Sentence, next: Sentence, plan: MunicipalityPlan, name: string): Sentence {
  const findings = plan.ranked.map((p) => p.finding);
  const turned = turnedBesideMovedChange([moved, next], findings, name, new Set([moved.claims.join(" ")]))[1];
  if (turned === undefined || turned === next) return next;
  const verb = /(?<!\p{L})(är|ligger)(?= )/u;
  return verb.test(next.text) ? { ...next, text: next.text.replace(verb, "$1 ändå") } : turned;
}

/** The section a group under the ingress belongs in: one measure's change (with its record or run), which the lead need not reach. */
function ownSection(g: readonly Sentence[], sections: readonly StorySection[], findings: readonly IndicatorFinding[], answers: boolean): StorySection | undefined {
  const measures = [...new Set(g.flatMap((x) => ids(x)))];
  const claims = g.flatMap((x) => x.claims);
  const f = findings.find((y) => y.indicator.id === measures[0]);
  if (measures.length !== 1 || !f || f.changeClass?.startsWith("strongly-")) return undefined;
  if (claims.some((c) => /^(summary|survey|national|group)\./.test(c) || /\.(rank|groupRank|changeRank)$/.test(c))) return undefined;
  if (!claims.some((c) => c.endsWith(".changeClass"))) return undefined;
  // (A worst-ever after a fall of half a strong change or more stays when the ingress ends on the year's count of
  // changes: Malmö's bemötande, 7 points down to its lowest, answered "sämre på tre av fem mått" right under it; at
  // the end of the Telefon section it read as buried, AB59. Uppsala's, under a count against riket, read better in
  // its section.)
  const big = f.change !== null && Math.abs(f.change) >= f.changeThresholds.strong / 2;
  if (isDecline(f.changeClass) && big && answers) return undefined;
  return sections.find((x) => x.heading === capitalize(f.indicator.channel));
}

/**
 * A measure's short name said again in the next sentence of a paragraph goes without its channel or limit:
 * "Svarstiden på e-post minskade med 6,4 timmar från 2018. I Åstorp är svarstiden mer än tre gånger så lång …"
 * ("svarstiden på e-post" three times in four sentences: reads HK and HL, seven releases). Only in a sentence about
 * that measure alone, after one that named it, and where the tight name tells the measures apart (tightName).
 * Never a tight name that says its channel: a bare "e-postsvaren" read as e-mail as a whole ("E-postsvaren har nu
 * förbättrats … Men … svarstiden för e-post nästan fördubblats" as a contradiction: A/B read AB16, Tibro and Norsjö;
 * read HM, Värmdö).
 */
function tightAgain(list: readonly Sentence[], findings: readonly IndicatorFinding[]): Sentence[] {
  const channelled = (f: IndicatorFinding): boolean => tightName(f, findings, false).toLowerCase().includes(f.indicator.channel.toLowerCase());
  return list.map((s, i) => {
    const before = list[i - 1];
    const [id, other] = ids(s);
    const f = findings.find((x) => x.indicator.id === id);
    if (!before || !f || other !== undefined || channelled(f)) return s;
    const name = headlineName(f.indicator);
    const tight = tightName(f, findings, false);
    const named = [name, f.indicator.subject].some((n) => before.text.toLowerCase().includes(n.toLowerCase()));
    if (tight === name || !named) return s;
    const text = s.text.replace(new RegExp(`(^|[ (])(${escapeRegExp(name)}|${escapeRegExp(capitalize(name))})(?=[ ,.:;)])`), (_, pre: string, found: string) => `${pre}${found === name ? tight : capitalize(tight)}`);
    return text === s.text ? s : { ...s, text };
  });
}

/**
 * The last word on "Men": the lead's count first, a moved change's turn and others add theirs after stillVaried, and
 * one "Men" opening is all a release has (reads HG and HH). Later ones go as withoutMen says.
 */
function oneMenOpening(lead: readonly Sentence[], intro: readonly Sentence[], sections: readonly StorySection[]): [Sentence[], StorySection[]] {
  let seen = false;
  const once = (list: readonly Sentence[]): Sentence[] =>
    list.map((s, i) => {
      if (!/^Men /.test(s.text)) return s;
      if (!seen) {
        seen = true;
        return s;
      }
      const text = withoutMen(s.text, list[i - 1]?.text ?? "", list[i - 2]?.text ?? "");
      return text === s.text ? s : { ...s, text };
    });
  const first = once(lead);
  seen ||= intro.some((s) => /^Men /.test(s.text));
  return [first, sections.map((x) => ({ ...x, sentences: once(x.sentences) }))];
}

/** A run in the phrase bank's words, its ordinal captured: "en förbättring för tredje året i rad", "den tredje förbättringen i rad". */
const RUN_WORDS = "(?:en (?:förbättring|försämring) för (\\p{L}+) året i rad|den (\\p{L}+) (?:förbättringen|försämringen) i rad)";

/**
 * A run split from its change (splitLong) said a second time in the same words says whose it was too: "Det är den
 * fjärde förbättringen i rad." stood under two measures of Vaxholm's (read HK), and "Det är också den tredje
 * förbättringen i rad" pointed at a run paragraphs away (read JE: Sigtuna, Boden). "Det är den tredje förbättringen i
 * rad, liksom för bemötandet i telefon."
 */
function runsOnce(lead: readonly Sentence[], sections: readonly StorySection[], findings: readonly IndicatorFinding[]): [Sentence[], StorySection[]] {
  // A run by its length and way, however it was worded: "den tredje förbättringen i rad", "för tredje året i rad".
  const run = new RegExp(`${RUN_WORDS}|(?:förbättrats|försämrats) för (\\p{L}+) året i rad`, "u");
  const parts = (text: string): { ordinal: string; up: boolean } | undefined => {
    const m = run.exec(text);
    const ordinal = m?.[1] ?? m?.[2] ?? m?.[3];
    return m && ordinal !== undefined ? { ordinal, up: m[0].includes("förbättr") } : undefined;
  };
  const key = (text: string): string | undefined => {
    const p = parts(text);
    return p ? `${p.ordinal}:${p.up ? "up" : "down"}` : undefined;
  };
  // Each run's measures so far: the third names both before it ("liksom för bemötandet och tillgängligheten i telefon").
  const seen = new Map<string, (string | undefined)[]>();
  const once = (s: Sentence): Sentence => {
    const id = s.claims.find((c) => c.endsWith(".streak"))?.split(".")[0];
    const text = s.text.replace(/(?<=^|\. )Det är (också )?((?:den|en) [^.]* i rad)\./gu, (whole, also: string | undefined, run: string) => {
      const k = key(run);
      const before = (k === undefined ? [] : seen.get(k) ?? []).filter((x) => x !== id);
      const named = before.flatMap((x) => findings.filter((f) => f.indicator.id === x).map((f) => headlineName(f.indicator)));
      // The third of one run says it the other way round: "Det är den tredje förbättringen i rad, liksom för …" twice in a
      // release read as a template (read KW: Sigtuna).
      const own = findings.find((f) => f.indicator.id === id);
      const p = parts(run);
      if (named.length > 1 && named.length === before.length && own && p) return `Också ${headlineName(own.indicator)} har ${p.up ? "förbättrats" : "försämrats"} för ${p.ordinal} året i rad, liksom ${joinOnce(named)}.`;
      if (named.length > 0 && named.length === before.length) return `Det är ${run}, liksom för ${joinOnce(named)}.`;
      return k !== undefined && seen.has(k) && also === undefined ? `Det är också ${run}.` : whole;
    });
    const k = key(s.text);
    if (k !== undefined) seen.set(k, [...(seen.get(k) ?? []), id]);
    const joined = alsoWithItsRun(text);
    return joined === s.text ? s : { ...s, text: joined };
  };
  return [lead.map(once), sections.map((x) => ({ ...x, sentences: x.sentences.map(once) }))];
}

/**
 * A run the measure before shared, said right after an "Också …" change, says it as that measure's: "Också svarstiden
 * på e-post förbättrades markant, från 13,1 timmar 2018 till 1,8 timmar 2019. Det är en förbättring för femte året i
 * rad, liksom för e-postsvaren inom en arbetsdag." read as the first measure's run said twice (read KH: Tomelilla);
 * "Även den förbättringen är den femte i rad." (Not joined to the change's two figures: reads HG and HH.)
 */
function alsoWithItsRun(text: string): string {
  const m = new RegExp(`^(Också [^.]+\\.) Det är ${RUN_WORDS}, liksom för [^.]+\\.$`, "u").exec(text);
  const ordinal = m?.[2] ?? m?.[3];
  if (!m || ordinal === undefined) return text;
  return `${m[1] ?? ""} Även den ${/förbättr/u.test(text.slice((m[1] ?? "").length)) ? "förbättringen" : "försämringen"} är den ${ordinal} i rad.`;
}

/**
 * No sentence twice in a release: two measures level with their best after a year that barely moved each said "Det
 * är ändå Moras bästa resultat hittills." (A/B read AB12: Mora; Torsby). The second says it in the other words.
 */
function notSaidTwice(sections: readonly StorySection[]): StorySection[] {
  const seen = new Set<string>();
  return sections.map((x) => ({
    ...x,
    sentences: x.sentences.map((s) => {
      const text = seen.has(s.text) ? s.text.replace(/^Det är ändå (.+) bästa resultat hittills\.$/u, "Det räcker ändå till $1 bästa resultat hittills.") : s.text;
      seen.add(s.text);
      return text === s.text ? s : { ...s, text };
    }),
  }));
}

/**
 * A lead sentence the ingress left goes to its measure's section, where the comparison after it was composed without
 * it: "Andelen … gick upp till 79 procent 2019, från 72 procent 2018. Tingsryds resultat för bemötandet i telefon är
 * sämre än …" lacked the turn the lead would have given it (read GY's complaint, Tingsryd after read HE's ingress).
 */
function turnedBesideMovedChange(list: readonly Sentence[], findings: readonly IndicatorFinding[], name: string, moved: ReadonlySet<string>): Sentence[] {
  return list.map((s, i) => {
    const id = ids(s)[0];
    const f = findings.find((x) => x.indicator.id === id);
    const before = list[i - 1];
    if (!f || !before || !moved.has(before.claims.join(" ")) || ids(s).length !== 1 || s.claims.includes(`${id}.changeClass`) || !before.claims.includes(`${id}.changeClass`) || ids(before).length !== 1) return s;
    const way = isImprovement(f.changeClass) ? 1 : isDecline(f.changeClass) ? -1 : 0;
    const side = f.vsNational === null ? 0 : comparePolarity(f.vsNational);
    if (way === 0 || side !== -way || !s.claims.includes(`${id}.vsNational`) || STOOD_STILL.test(before.text)) return s;
    if (/^(Men|Trots det|Däremot) |(?<!\p{L})(men|ändå|fortfarande|fortsatt|däremot)(?!\p{L})/u.test(s.text) || s.text.startsWith(`${name} `)) return s;
    // (Where the release has opened a sentence with "Men" already, oneMenOpening makes it "dock".)
    // Not the municipality as its subject (read AB9: "Men Sigtuna är fortfarande …"): "Men resultatet för …".
    const own = `${genitive(name)} resultat `;
    return { ...s, text: `Men ${s.text.startsWith(own) ? `resultatet ${s.text.slice(own.length)}` : lowerFirst(s.text)}` };
  });
}

/**
 * Under a headline that opens with records on every measure ("Håbo: rekord på alla fem mått – men …"), the ingress
 * opens with that count and turns to the place after it: the count as the ingress's fourth sentence, after two on
 * bemötandet near the bottom, read as the headline's claim arriving late (reads FP and FS: Kungälv, Håbo).
 */
function countFirst(lead: readonly Sentence[], ingress: number, plan: MunicipalityPlan, name: string): Sentence[] {
  if (plan.angle.kind !== "place" || plan.angle.counter?.kind !== "records") return [...lead];
  const k = lead.findIndex((s, i) => i < ingress && s.claims.filter((c) => c.endsWith(".record")).length >= 3);
  const first = lead[0];
  if (k <= 0 || !first) return [...lead];
  // With the count against riket that the headline sets against it, that is the turn: "På alla fem mått är Håbos
  // resultat det bästa hittills. Ändå är Håbo sämre än rikssnittet på alla fem mått." (reads JG and JL).
  const b = lead.findIndex((s, i) => i < ingress && s.claims.includes("summary.vsNational"));
  if (b > 0 && headlineSaysBehind(plan)) return [lead[k] as Sentence, lead[b] as Sentence, ...lead.filter((_, i) => i !== k && i !== b)];
  const text = first.text.startsWith(name) ? first.text : `${first.text.charAt(0).toLocaleLowerCase("sv")}${first.text.slice(1)}`;
  return [lead[k] as Sentence, { ...first, text: `Men ${text}` }, ...lead.slice(1, k), ...lead.slice(k + 1)];
}

/**
 * "däremot" only where the sentence before points the other way: "…, men ändå sämre än rikssnittet. För
 * tillgängligheten i telefon är resultatet däremot klart sämre än i riket" read as illogical (read FD: Gislaved).
 */
function contrastAfterSame(list: readonly Sentence[]): Sentence[] {
  return list.map((s, i) => {
    const word = /\bdäremot (?:klart |långt |något )?(sämre|bättre)\b/u.exec(s.text)?.[1];
    const before = list[i - 1]?.text ?? "";
    // A time says its side by length: "…, men svarstiden på e-post är ändå mer än dubbelt så lång som rikssnittet" is
    // the worse side too (Klippan, read GY).
    const [same, other] = word === "sämre" ? [WORSE_WORDS, BETTER_WORDS] : [BETTER_WORDS, WORSE_WORDS];
    if (!word || !same.test(before) || other.test(before)) return s;
    return { ...s, text: s.text.replace(" däremot ", " ") };
  });
}

/** Words of the worse (better) side of riket, for a share or a time. */
const WORSE_WORDS = /\b(sämre|längre)\b|\b(dubbelt|gånger) så lång\b/u;
const BETTER_WORDS = /\b(bättre|kortare)\b|\b(hälften|\p{L}+del) så lång\b/u;

/**
 * Where a change sentence adds its record or run: ", det bästa …", ", vilket är den femte förbättringen …", ",
 * Filipstads bästa resultat … och den femte förbättringen i rad" (read AB14: two verdicts on a figure sentence).
 */
const ADDED = /, (vilket är |även här |också där )?(?=(det (bästa|sämsta) |(\p{Lu}[\p{L}-]*( \p{Lu}[\p{L}-]*)?s|kommunens) (bästa|sämsta) [^,.]* och den \p{L}+ (förbättringen|försämringen) i rad|den \p{L}+ (förbättringen|försämringen)|en (förbättring|försämring) för ))/u;

/**
 * A long lead sentence becomes two where the change's record or run is added: "… från 53 procent 2018 till 63
 * procent 2019. Det är det bästa resultat …". First sentences of 34 and 35 words read as overloaded (reads EE and
 * EG: Tierp, Skellefteå). Not where the survey is named, nor before a sentence that opens "Det …".
 */
function splitLong(s: Sentence, next: Sentence | undefined, name: string): Sentence {
  // (The source's "Det visar …" after it is no "Det är …": Herrljunga's 33 words went unsplit beside it.)
  // Also a change's two figures with its run: "…från 77 procent 2018 till 79 procent 2019, den fjärde förbättringen i
  // rad" read as three figures in a sentence (reads HG and HH: Norrköping, Torsås, Tingsryd, Hjo).
  const m = ADDED.exec(s.text);
  const crowded = m !== null && figuresWithStepsIn(s.text.slice(0, m.index)) >= 2 && /\bi rad\b/.test(s.text.slice(m.index));
  if ((wordsIn(s.text) < LONG_SENTENCE && !crowded) || s.claims.some((c) => c.startsWith("survey.")) || (next !== undefined && /^Det /.test(next.text) && !isSourceSentence(next))) return s;
  // (Not where the added part turns without a subject: "Det är det bästa …, men ligger fortfarande …".)
  if (!m || wordsIn(s.text.slice(0, m.index)) < (crowded ? 6 : 12) || /, men (ligger|är|har) /.test(s.text.slice(m.index))) return s;
  // The record's owner, which the apposition left to the sentence's subject (nameOnceInSentence): "Det är det bästa
  // resultatet i alla mätningar sedan 2014." alone read as a record for the country (read FA: Svenljunga).
  const added = s.text.slice(m.index + m[0].length);
  // Its owner's genitive, not "Det är det sämsta resultatet hittills för Filipstad" ("Det är det" read as heavy, read
  // AB14).
  const owner = new RegExp(`^det (bästa|sämsta) resultatet( hittills)? för ${escapeRegExp(name)}(?= |$)`, "u");
  const owned = added.includes(name) ? added.replace(owner, (_, w: string, h: string | undefined) => `${genitive(name)} ${w} resultat${h ?? ""}`) : added.replace(/^det (bästa|sämsta) resultatet(?= )/u, `${genitive(name)} $1 resultat`);
  // ("…, även här den tredje förbättringen i rad" says "också" as a sentence: "Det är också den tredje …".)
  const also = /även här|också där/.test(m[0]) ? "också " : "";
  return { ...s, text: `${s.text.slice(0, m.index)}. Det är ${also}${owned}` };
}

/**
 * The lead's sentences that the ingress left and had no need to reach (`loose`) go to their measure's section,
 * before the first sentence on a measure planned after it there: in the body's opening they stood alone before the
 * summary, away from their measure's other figures (read W: Filipstad's e-mail time; read X: Varberg's). What the
 * ingress had to reach and left for its length stays in the opening, right under it.
 */
function looseIntoSections(lead: readonly Sentence[], loose: readonly boolean[], sections: readonly StorySection[], plan: MunicipalityPlan): [StorySection[], Sentence[]] {
  const out = sections.map((x) => ({ ...x, sentences: [...x.sentences] }));
  const kept: Sentence[] = [];
  for (const sentences of groupsOf(lead, leaning(lead), (i) => loose[i] === true && loose[i - 1] === true)) {
    const id = ids(sentences[0])[0] ?? "";
    const planned = plan.sections.find((x) => x.findings.some((p) => p.finding.indicator.id === id));
    const section = planned && out.find((x) => x.heading === capitalize(planned.channel));
    if (!loose[lead.indexOf(sentences[0] as Sentence)] || !planned || !section) {
      kept.push(...sentences);
      continue;
    }
    // A place in the group goes after the measure's own sentences, where the body tells one: first, "För
    // tillgängligheten … är Haninge svagast i kommungruppen" named the measure right before "Resultatet för
    // tillgängligheten …".
    const place = sentences.every((x) => x.claims.every((c) => c.endsWith(".groupRank")));
    const at = placeIn(section, id, planned, place);
    // Riket said in passing ("…, men är ändå klart sämre än rikssnittet") before the section's own sentence on riket
    // with its figure said it twice in a row (Varberg's tillgänglighet).
    // (Its verdict, not riket's figure alone: after the lead's verdict the body gives the figure without it.)
    const compared = section.sentences.some((x) => x.claims.includes(`${id}.vsNational`));
    const own = (s: Sentence): Sentence => unturned(s, plan.ranked.map((p) => p.finding));
    const fit = (s: Sentence, j: number): Sentence => (compared ? withoutRiketClause(j === 0 ? own(s) : s, id) : j === 0 ? own(s) : s);
    section.sentences.splice(at, 0, ...sentences.map(fit));
  }
  return [out, kept];
}

/**
 * Where a measure's sentence goes in its section: before the measure's own sentences, or those of a measure planned
 * after it (`after`: after the measure's own sentences); at the end when there are none.
 */
function placeIn(section: StorySection, id: string, planned: MunicipalSection, after = false): number {
  const order = planned.findings.map((p) => p.finding.indicator.id);
  const at = section.sentences.findIndex((x) => (after ? order.indexOf(ids(x)[0] ?? "") > order.indexOf(id) : order.indexOf(ids(x)[0] ?? "") >= order.indexOf(id)));
  return at < 0 ? section.sentences.length : at;
}

/**
 * A section's sentence on a measure's run or turn alone ("Efter två års försämring förbättrades e-postsvaren inom en
 * arbetsdag"), whose change the lead told, goes beside that change: right after it when it is in the paragraph under
 * the ingress, else first in its section (the ingress keeps its length). Between other measures' sentences it read
 * as loose (read X: Gagnef's stood last in the e-mail section, after the response time).
 */
function turnsBesideTheirChange(lead: readonly Sentence[], ingress: number, sections: readonly StorySection[]): [Sentence[], StorySection[]] {
  const out = [...lead];
  const placed = sections.map((x) => {
    const first: Sentence[] = [];
    const rest: Sentence[] = [];
    for (let i = 0; i < x.sentences.length; i++) {
      const s = x.sentences[i] as Sentence;
      const [id] = ids(s);
      const alone = ids(s).length === 1 && !s.claims.includes(`${id}.value`) && s.claims.some((c) => /\.(turnaround|streak)$/.test(c));
      const at = out.findIndex((l) => l.claims.includes(`${id}.changeClass`) && l.claims.includes(`${id}.value`));
      if (i === 0 || !alone || ids(x.sentences[i - 1]).includes(id ?? "") || at < 0) {
        rest.push(s);
        continue;
      }
      // With the measure's sentences after it (riket, the group): left behind, Mörbylånga's "Mörbylångas resultat
      // 2019 är alltjämt sämre …" came after the direct answers and read as about them (read AB), and Örnsköldsvik's
      // "För 2019 är resultatet mycket bättre än … (60 procent)" under the ingress likewise.
      const moved = [s];
      while (i + 1 < x.sentences.length && sameMeasure(x.sentences[i + 1] as Sentence, id ?? "")) moved.push(x.sentences[++i] as Sentence);
      if (at < ingress) first.push(...moved);
      else out.splice(at + 1, 0, ...moved);
    }
    return { ...x, sentences: [...first, ...rest] };
  });
  return [out, placed];
}

/**
 * Under the ingress, after the count of records that names the measure, a sentence of the lead without its own
 * record apposition: "För e-postsvaren … och bemötandet i telefon har Stockholm sitt bästa resultat hittills … I
 * Stockholm var andelen som upplever ett gott bemötande via telefon 73 procent 2019, det bästa resultatet hittills, och
 * bara sju kommuner …" said the record twice in a row once the ingress's cap moved the place under it.
 */
function recordsNotAgain(lead: readonly Sentence[], ingress: number, intro: readonly Sentence[]): Sentence[] {
  // The count is the intro's, or the lead's own when it tells the records after the ingress.
  const count = (s: Sentence): string[] => s.claims.filter((c) => c.endsWith(".record"));
  const counted = new Set([...intro, ...lead.slice(ingress)].filter((s) => count(s).length >= 2).flatMap(count));
  return lead.map((s, i) => {
    const id = s.claims.find((c) => counted.has(c));
    if (i < ingress || id === undefined || count(s).length >= 2) return s;
    const text = s.text.replace(/, (?:det|den|\p{L}+s) (?:bästa|sämsta) (?:resultat(?:et)?|nivån?) hittills(, och|,)/u, (_, tail: string) => (tail === ", och" ? " och" : ","));
    return text === s.text ? s : { text, claims: s.claims.filter((c) => c !== id) };
  });
}

/**
 * The count against riket without its sentence (or clause) naming the measures on the other side when the ingress
 * has said each of those verdicts: "…, men fortfarande sämre än rikssnittet. … Bara för direktsvaren i telefon är
 * Lerum sämre än riket." and the section's figures said it three times (read DA: Lerum, Sundbyberg, Örkelljunga).
 * The count then names them as its exception, so that it still adds up: "På tre av fem mått är Habo bättre än riket
 * och på ett ungefär lika bra." left the fifth measure to the reader (read IB: Habo, Lilla Edet).
 */
function countNamesOnce(intro: readonly Sentence[], ingress: readonly Sentence[], findings: readonly IndicatorFinding[], say: StorySay): Sentence[] {
  const said = new Set(ingress.flatMap((s) => s.claims.filter((c) => c.endsWith(".vsNational"))));
  const excepted = (text: string, named: readonly string[]): string => {
    const found = named.map((c) => findings.find((f) => `${f.indicator.id}.vsNational` === c)).filter((f) => f !== undefined);
    const names = found.map((f) => headlineName(f.indicator));
    // (Not after "lika många mått", which counts against a sentence before it. Exceptions on both sides of riket say
    // which is which: "E-postsvaren … och tillgängligheten i telefon är undantagen" did not, read IC: Hammarö.)
    const side = (f: IndicatorFinding): number => (f.vsNational === null ? 0 : comparePolarity(f.vsNational));
    if (names.length !== named.length || /\blika många\b/u.test(text)) return text;
    const [better, worse] = [found.filter((f) => side(f) > 0), found.filter((f) => side(f) < 0)];
    if (better.length === 1 && worse.length === 1 && found.length === 2) {
      const [b, w] = [headlineName(better[0]!.indicator), headlineName(worse[0]!.indicator)];
      return `${text} ${say("summary.told-exception.both", { bättremått: b, Bättremått: capitalize(b), sämremått: w, Sämremått: capitalize(w) })}`;
    }
    const sides = new Set(found.map(side));
    if (sides.size > 1) return text;
    // One exception to a count of all the others: one sentence, not the count and "… är det enda mått där Jokkmokk
    // ligger efter riket", which said the count again (read JN).
    const only = found.length === 1 ? side(found[0] as IndicatorFinding) : 0;
    const compared = findings.filter((f) => f.vsNational !== null);
    if (only !== 0 && compared.filter((f) => side(f) === -only).length === compared.length - 1) {
      return say(`summary.all-but.${only < 0 ? "better" : "worse"}`, { mått: names[0] ?? "" });
    }
    const mått = joinOnce(names);
    // Which side they are on is said: "Undantaget är e-postsvaren …" did not say which way (read IF: Bräcke, Alingsås).
    const way = [...sides][0] === 1 ? "better" : [...sides][0] === -1 ? "worse" : "level";
    return `${text} ${say(`summary.told-exception.${names.length === 1 ? "one" : "many"}.${way}`, { mått, Mått: capitalize(mått) })}`;
  };
  return intro.map((s) => {
    const named = s.claims.filter((c) => c !== "summary.vsNational" && c.endsWith(".vsNational"));
    const [first, ...rest] = s.text.split(/(?<=\.) (?=\p{Lu})/u);
    if (!s.claims.includes("summary.vsNational") || named.length === 0 || !named.every((c) => said.has(c)) || first === undefined) return s;
    const left = s.claims.filter((c) => !named.includes(c));
    if (rest.length === 1) return { text: excepted(first, named), claims: left };
    // One sentence: its clause naming them goes ("På fyra av fem mått är Vadstenas resultat i nivå med rikets, men
    // tillgängligheten i telefon är sämre." under an ingress that had just said so: read FD).
    const clause = /^(.+)(?:;|, men|, och) (.+)\.$/u.exec(s.text);
    if (rest.length > 1 || !clause || !/\bmått\b/u.test(clause[1] ?? "") || /\bmått\b/u.test(clause[2] ?? "")) return s;
    return { text: excepted(`${clause[1]}.`, named), claims: left };
  });
}

/**
 * A measure's comparison with riket after its record and its run, not between them and its change: "… gick upp med 8
 * procentenheter, till 74 procent 2019. Årets resultat är klart bättre än både riket … Även det är Nykvarns bästa
 * resultat hittills." made the best yet the comparison's (read DH).
 */
function compareAfterHistory(lead: readonly Sentence[]): Sentence[] {
  const out = [...lead];
  const compareOnly = (s: Sentence | undefined, id: string): boolean => s !== undefined && s.claims.length > 0 && s.claims.every((c) => c.startsWith(`${id}.`) && /\.(national|group|vsNational|vsGroup)$/.test(c));
  const history = (s: Sentence | undefined, id: string): boolean => s !== undefined && /^(Även det|Också det|Det är|Förbättringen|Försämringen)\b/.test(s.text) && s.claims.length > 0 && onlyAbout(s, id) && s.claims.some((c) => /\.(record|streak)$/.test(c));
  for (let i = 1; i < out.length - 1; i += 1) {
    const id = ids(out[i])[0] ?? "";
    if (!compareOnly(out[i], id) || !out[i - 1]?.claims.includes(`${id}.value`)) continue;
    let j = i + 1;
    while (history(out[j], id)) j += 1;
    if (j > i + 1) out.splice(i, j - i, ...out.slice(i + 1, j), out[i] as Sentence);
  }
  return out;
}

/**
 * Under a headline that counts measures against riket, the count of the year's changes closes the ingress: "Malmö
 * ligger bättre till än rikssnittet på fyra av fem mått" with "Jämfört med 2018 är resultatet sämre på tre av fem
 * mått" below it hid the year, and so did Österåker's three rises under its four measures behind riket (reads DE
 * and DG scored both 3). "Men" when the year went the other way.
 */
function yearIntoIngress(lead: readonly Sentence[], ingress: number, intro: readonly Sentence[], plan: MunicipalityPlan, findings: readonly IndicatorFinding[]): [Sentence[], number, Sentence[]] {
  const a = plan.angle;
  const year = intro.find((s) => s.claims.length >= 3 && s.claims.every((c) => c.endsWith(".changeClass")));
  // (Not where the ingress tells a change already: Vindeln's two rises turn its count of measures behind riket.)
  const told = lead.slice(0, ingress).some((s) => s.claims.some((c) => c.endsWith(".changeClass")));
  if (a.kind !== "summary" || !year || (told && a.year === undefined)) return [[...lead], ingress, [...intro]];
  const way = (p: number): number => findings.filter((f) => (p > 0 ? isImprovement(f.changeClass) : isDecline(f.changeClass))).length;
  const last = lead[ingress - 1];
  // Named in the headline, the year's count is the turn, before the changes that it counts (Vindeln).
  const changed = a.year === undefined ? -1 : lead.findIndex((s, i) => i > 0 && i < ingress && s.claims.some((c) => c.endsWith(".changeClass")));
  const at = changed > 0 ? changed : last !== undefined && isSourceSentence(last) ? ingress - 1 : ingress;
  // (Not "Men" right after a sentence that turned already.)
  const against = way(-a.polarity) > way(a.polarity) && !/ men /.test(lead[at - 1]?.text ?? "");
  const text = against ? year.text.replace(/^(Jämfört|Sedan) /, (w) => `Men ${w.toLowerCase()}`) : year.text;
  const rest = against ? lead.slice(at).map((s, i) => (i === 0 ? menDropped(s) : s)) : lead.slice(at);
  return [[...lead.slice(0, at), { ...year, text }, ...rest], ingress + 1, intro.filter((s) => s !== year)];
}

/** A sentence on this measure alone that does not give its value anew. */
function sameMeasure(s: Sentence, id: string): boolean {
  const [only, other] = ids(s);
  return only === id && other === undefined && !s.claims.includes(`${id}.value`);
}

/**
 * Under the ingress, a lead sentence leaves its closing clause on riket to the measure's section when the section
 * compares the measure with riket, figures and all: "Också där har Kinda sitt bästa resultat hittills, men fortsatt
 * klart sämre än rikssnittet." between the count's "Sämre än riket är Kinda för tillgängligheten och direktsvaren i
 * telefon" and the section's "För direktsvaren i telefon är Kinda klart sämre än både rikssnittet …" said the verdict
 * three times in a few lines.
 */
function riketOnceUnderIngress(lead: readonly Sentence[], ingress: number, intro: readonly Sentence[], sections: readonly StorySection[]): Sentence[] {
  // (Only a measure the count names too: a record's "men fortfarande bättre än rikssnittet" beside it is its context
  // where the count does not say it, Mjölby's and Gävle's worst-ever, reads BR and BT.)
  const counted = new Set(intro.filter((s) => s.claims.includes("summary.vsNational")).flatMap((s) => s.claims));
  const compared = new Set(sections.flatMap((x) => x.sentences.flatMap((s) => s.claims.filter((c) => c.endsWith(".vsNational") && counted.has(c)))));
  return lead.map((s, i) => {
    const id = s.claims.find((c) => c.endsWith(".vsNational") && compared.has(c))?.replace(/\.vsNational$/, "");
    return i < ingress || id === undefined ? s : withoutRiketClause(s, id);
  });
}

/**
 * Under the ingress, a record the ingress left for its length takes its measure's comparisons from the section
 * right after it: "Den genomsnittliga svarstiden för e-post var 2,1 timmar 2019, det bästa … hittills" in the
 * paragraph under the ingress left the e-mail section with "Svarstiden på e-post är ungefär en tredjedel så lång som
 * snittet i riket" and no figure of its own, or with that one sentence alone (Strängnäs, Strömstad, Älvdalen: reads FO
 * and FP). The record stays where it is: in the section it read as buried (read I: Mjölby). Only comparisons move,
 * the block of them that the section tells of that measure; the section keeps the rest.
 */
function comparedBesideRecord(lead: readonly Sentence[], ingress: number, sections: readonly StorySection[]): [Sentence[], StorySection[]] {
  const out = [...lead];
  let secs = sections.map((x) => ({ ...x, sentences: [...x.sentences] }));
  for (let i = ingress; i < out.length; i++) {
    const s = out[i] as Sentence;
    const id = ids(s)[0];
    const last = out.findLastIndex((x) => ids(x)[0] === id);
    if (id === undefined || i !== last || !s.claims.includes(`${id}.record`) || new Set(ids(s)).size > 1) continue;
    const comparison = (x: Sentence): boolean => x.claims.length > 0 && x.claims.every((c) => c.startsWith(`${id}.`) && COMPARISON_CLAIM.test(c));
    const sec = secs.find((x) => x.sentences.some(comparison));
    // Not where the section still tells the measure's change, whose figure its comparison follows (Tibro).
    if (!sec || sec.sentences.some((x) => x.claims.includes(`${id}.changeClass`))) continue;
    const at = sec.sentences.findIndex(comparison);
    let end = at;
    while (end < sec.sentences.length && comparison(sec.sentences[end] as Sentence)) end += 1;
    const block = sec.sentences.slice(at, end);
    // Nor where the record's own clause said riket already ("…, men fortfarande sämre än rikssnittet. För e-postsvaren
    // … är Ockelbo sämre än både riket …" said it twice in a row); a block on the group alone still joins (Strömstad).
    if (s.claims.includes(`${id}.vsNational`) && block.some((x) => x.claims.includes(`${id}.vsNational`))) continue;
    secs = secs.map((x) => (x === sec ? { ...x, sentences: [...x.sentences.slice(0, at), ...x.sentences.slice(end)] } : x));
    out.splice(i + 1, 0, ...block);
    i += block.length;
  }
  // A section left with nothing is no section: its measure is told under the ingress (Strömstad's e-mail).
  return [out, secs.filter((x) => x.sentences.length > 0)];
}

/** Claims of a comparison with riket or the group (a multiple of riket's time is one too). */
const COMPARISON_CLAIM = /\.(national|vsNational|group|vsGroup)$/;

/** A sentence without its closing clause on riket with no figure (", men alltjämt sämre än rikssnittet"). */
function withoutRiketClause(s: Sentence, id: string): Sentence {
  const text = s.text.replace(/, (men|och) [^,.]*(rikssnittet|snittet i landet|riket)( \([^)]*\))?\.$/u, ".");
  return text === s.text ? s : { text, claims: s.claims.filter((c) => c !== `${id}.vsNational` && c !== `${id}.national`) };
}

/** A sentence moved out of the lead loses the turn that tied it to the sentence before there ("Men andelen …"). */
function unturned(s: Sentence, findings: readonly IndicatorFinding[]): Sentence {
  // (A turn that put the verb first goes back to its own order: "Däremot gick andelen … upp" is "Andelen … gick upp".)
  const own = däremotDropped(s.text, findings);
  if (own !== undefined) return { ...s, text: own };
  // (And a "däremot" after its verb: "Andelen … gick däremot ner" contrasts with nothing in a section either.)
  const inner = s.text.replace(/ däremot(?=[ ,])/u, "");
  const m = /^(Men|Däremot|Samtidigt|Dessutom) (\p{Ll})/u.exec(inner);
  return { ...s, text: m ? `${(m[2] ?? "").toLocaleUpperCase("sv")}${inner.slice(m[0].length)}` : inner };
}

/**
 * The official name ("Stockholms stad", "Ale kommun") once in the lead, the name after it: "Stockholms stad" four
 * times in one ingress and "Ale kommun" three read as machine-made (two reads of 2026-12-02). Only where the
 * official name is the name with "kommun" or "stad" ("Halmstads kommuns" → "Halmstads"); "Region Gotland" stays.
 */
function officialOnce(sentences: readonly Sentence[], m: { name: string; officialName: string }): Sentence[] {
  const suffix = /^(.*?)s? (kommun|stad)$/.exec(m.officialName);
  const stem = suffix?.[1];
  if (stem === undefined || (stem !== m.name && stem !== m.name.replace(/s$/, ""))) return [...sentences];
  const official = new RegExp(`(?<![\\p{L}])${escapeRegExp(m.officialName)}`, "gu");
  let seen = false;
  return sentences.map((x) => {
    if (!seen) {
      seen = official.test(x.text);
      official.lastIndex = 0;
      return x;
    }
    const text = x.text.replace(official, m.name);
    return text === x.text ? x : { ...x, text };
  });
}

/**
 * The official name at the ingress's first mention of the municipality, where that opens a sentence and the official
 * name came only later: "Kungälv har sitt bästa resultat hittills på alla fem mått …. Men med 69 procent 2019 delar
 * Kungälvs kommun tredje sista plats …" (read LL) is "Kungälvs kommun har … delar Kungälv …". (The ingress's order is
 * settled only late: a count moves first after officialOnce.)
 */
function officialFirst(lead: readonly Sentence[], ingress: number, m: { name: string; officialName: string }): Sentence[] {
  const mentions = (t: string): boolean => new RegExp(`(?<![\\p{L}])${escapeRegExp(m.name)}`, "u").test(t);
  const first = lead.slice(0, ingress).findIndex((s) => mentions(s.text));
  const later = lead.findIndex((s, i) => i > first && i < ingress && s.text.includes(m.officialName));
  const opening = lead[first]?.text.startsWith(`${m.name} `) === true && !lead[first]?.text.includes(m.officialName);
  if (first < 0 || later < 0 || !opening || m.officialName === m.name) return [...lead];
  return lead.map((s, i) => (i === first ? { ...s, text: `${m.officialName}${s.text.slice(m.name.length)}` } : i === later ? { ...s, text: s.text.replace(m.officialName, m.name) } : s));
}

/**
 * A record apposition in a sentence that named the municipality already says "kommunens bästa resultat", not the name
 * again: "Härnösands kommun har förbättrat …: från 5,5 timmar 2018 till 3,6 timmar 2019, Härnösands bästa resultat
 * i alla mätningar sedan 2014" (read AB; 32 example leads opened so).
 */
function nameOnceInSentence(name: string): (s: Sentence) => Sentence {
  const forms = kommunensRecord(name, "gu", false);
  return (s) => {
    const at = s.text.indexOf(name);
    if (at < 0) return s;
    const rest = s.text.slice(at + name.length);
    // "kommunens", not "det bästa resultatet": "…, det bästa resultatet i alla mätningar sedan 2014" read as the best in
    // the country (read FM: Tibro, Ekerö).
    const tail = forms.reduce((t, [re, to]) => t.replace(re, to), rest);
    return tail === rest ? s : { ...s, text: s.text.slice(0, at + name.length) + tail };
  };
}

/**
 * The source said as a clause of the ingress's first sentence (or its second, where the first is long), where that sentence is short: "Med 94 procent 2019
 * ligger Värmdö kommun först i landet för …, enligt Kommunens Kvalitet i Korthet (KKiK)." instead of a sentence of its own after the
 * news, which every read counted as one more sentence in an ingress EDITORIAL.md §7 gives two or three (read KE).
 * A/B read AB65 preferred it in 11 pairs of 12.
 * Returns the lead and the number of sentences its ingress now holds.
 */
function sourceAsClause(lead: readonly Sentence[], ingress: number, say: StorySay, year: string): [Sentence[], number] {
  const at = lead.findIndex((s, i) => i < ingress && isSourceSentence(s));
  // (Not a sentence with a clause of its own already: "…54 procent 2019, vilket ger fjärde sista plats i landet,
  // framgår det av …" read as overloaded, AB65: Göteborg.)
  // Past SOURCE_SHORT words, with one comma at most: "Med 100 procent 2019, liksom 2018, delar Kramfors …, framgår det
  // av …" stacked clauses (AB79 found the longer first sentences heavy where they did).
  const room = (s: Sentence): boolean => wordsIn(s.text) <= SOURCE_SHORT || (wordsIn(s.text) <= SOURCE_ROOM && (s.text.match(/,/g) ?? []).length <= 1);
  // (Nor on last year's place: "Året innan delade Karlshamn förstaplatsen i landet, enligt … 2019" credited a 2018 rank
  // to the 2019 survey, read LR.)
  const fits = (s: Sentence | undefined): s is Sentence => s !== undefined && !/, vilket |; |: /.test(s.text) && !s.claims.some((c) => c.startsWith("survey.") || c.endsWith(".previousRank")) && room(s) && s.text.endsWith(".");
  // The first sentence, else the second where the first is long: "Det är fjärde året i rad som Kramfors delar den
  // platsen, visar …" (AB77 wanted the source in the ingress, on a sentence it has, not under it).
  // (Not on a second sentence with a clause of its own: "…, men fortsatt klart sämre än rikssnittet (84 procent), enligt …",
  // "Men det är, med knapp marginal, Essungas bästa resultat hittills, upp från 41 procent 2018, framgår det av …"; nor
  // right after a parenthesis, nor on a ranking of changes the release made itself: "den största förbättringen …,
  // enligt KKiK" credited the survey with it, AB78: Lilla Edet, Mörbylånga.)
  // (And within SOURCE_SHORT words, as AB78 read it.)
  const second = (s: Sentence): boolean => wordsIn(s.text) <= SOURCE_SHORT && !/,|\)\.$/.test(s.text) && !s.claims.some((c) => c.endsWith(".changeRank") || c.endsWith(".groupRank"));
  // Else the ingress's last sentence, where it is as short as a second one: "Det är den tredje förbättringen i rad, visar
  // …" instead of a fifth sentence that only names the source (reads LO and LP counted it against the ingress).
  const k = [0, 1, at - 1].find((i) => i >= 0 && i < at && fits(lead[i]) && (i === 0 || second(lead[i] as Sentence)));
  const first = k === undefined ? undefined : lead[k];
  if (k === undefined || !first || at <= 0) return [[...lead], ingress];
  // (Without the year where the sentence gave it: "…84 procent 2019, visar Kommunens Kvalitet i Korthet (KKiK).")
  const text = `${first.text.slice(0, -1)}, ${say(first.text.includes(year) ? "lead.source-clause.year-said" : "lead.source-clause", {})}.`;
  return [[...lead.slice(0, k), { text, claims: [...first.claims, "survey.name", "survey.year"] }, ...lead.slice(k + 1, at), ...lead.slice(at + 1)], ingress - 1];
}

/**
 * The words past which the ingress's first sentence keeps its source apart (sourceAsClause): with the clause, under
 * LONG_SENTENCE. A/B read AB79 preferred the source in first sentences of 21 to 24 words to a sentence of its own in 12
 * pairs of 12 (AB65 had chosen 20, SOURCE_SHORT: up to it, any sentence without a clause of its own).
 */
const SOURCE_ROOM = 24;
const SOURCE_SHORT = 20;

/**
 * The ingress names the municipality in two sentences at most; a later one says "kommunen": "Hudiksvall når … Sedan
 * 2018 har Hudiksvall … har Hudiksvalls kommun …; Hudiksvall är också bäst …" named it four times in three sentences
 * (read KD), and 12 example ingresses did so. A/B read AB64 preferred "kommunens sämsta resultat" to a third name in 9
 * pairs of 12, but not a second "kommunens" in the ingress (Ånge) nor "Kommunens resultat" before "Kommunens Kvalitet
 * i Korthet" (Nässjö). Only the forms that read the same with "kommunen": its best or worst result, "; Hudiksvall
 * är", "är Essunga sämre", "Håbo ligger"; not the official name.
 */
function kommunenAfterTwo(lead: readonly Sentence[], ingress: number, name: string): Sentence[] {
  const own = escapeRegExp(name);
  const named = new RegExp(`(?<![\\p{L}])${own}`, "u");
  const kommunen = /(?<![\p{L}])kommunen(s)?(?![\p{L}])/u;
  const forms: readonly (readonly [RegExp, string])[] = [
    ...kommunensRecord(name, "u", true),
    [new RegExp(`den (bästa|sämsta) nivån för ${own} hittills`, "u"), "kommunens $1 nivå hittills"],
    [new RegExp(`^${own} (ligger|är|har)(?![\\p{L}])`, "u"), "Kommunen $1"],
    [new RegExp(`(; |, | (?:är|har|ligger) )${own}(?= (är|har|ligger|sämre|bättre|också|även)(?![\\p{L}]))`, "u"), "$1kommunen"],
  ];
  let seen = 0;
  let said = false;
  return lead.map((s, i) => {
    if (i >= ingress) return s;
    const text = seen >= 2 && !said ? forms.reduce((t, [re, to]) => (t === s.text ? t.replace(re, to) : t), s.text) : s.text;
    if (named.test(s.text)) seen += 1;
    said ||= kommunen.test(text);
    return text === s.text ? s : { ...s, text };
  });
}

/**
 * A record said with the municipality's name, and its form with "kommunens": "Xs bästa resultat", "Xs sämsta nivå",
 * "det bästa resultatet (hittills) för X". Shared by nameOnceInSentence and kommunenAfterTwo.
 */
function kommunensRecord(name: string, flags: string, hittills: boolean): readonly (readonly [RegExp, string])[] {
  // ("det bästa resultatet hittills för X" within the sentence that named X stays: there the name is said once.)
  const upTo = hittills ? "( hittills)?" : "()";
  return [
    [new RegExp(`(?<![\\p{L}])${escapeRegExp(genitive(name))} (bästa|sämsta) (resultat|nivå)(?![\\p{L}])`, flags), "kommunens $1 $2"],
    [new RegExp(`det (bästa|sämsta) resultatet${upTo} för ${escapeRegExp(name)}(?![\\p{L}])`, flags), "kommunens $1 resultat$2"],
  ];
}

/** "Även det är …" and "Också den siffran är …" without the word that points back to an earlier record. */
function withoutAlso(text: string, still: boolean): string {
  const ändå = still ? " ändå" : "";
  return text
    .replace(/^(?:Även|Också) det (är|räcker)\b/, `Det $1${ändå}`)
    // ("Det är Kindas bästa hittills" lacked its noun: read IK's Kinda.)
    .replace(/^Också den siffran är (\S+) (bästa|sämsta) hittills/u, `Det är${ändå} $1 $2 resultat hittills`)
    .replace(/^Också den siffran är\b/, `Det är${ändå}`)
    .replace(/^Även det resultatet är\b/, `Resultatet är${ändå}`);
}

/**
 * One section sentence of a share's plain rise in words a reader keeps (EDITORIAL.md §5, SPRAK.md's anchors):
 * "Andelen e-postfrågor som besvaras inom en arbetsdag ökade från 83 procent 2018 till 87 procent 2019." becomes
 * "Nästan nio av tio e-postfrågor (87 procent) besvarades inom en arbetsdag 2019, upp från 83 procent 2018." Four
 * blind reads in a row asked for the approximate words (KU, KV, KW, KX: "87 → nästan nio av tio"), which a sentence
 * with last year's figure never had, and it opens a sentence with something else than "Andelen" (§6); A/B read AB71
 * preferred it in 11 of 12 pairs. Once in a release, within MAX_APPROXIMATE, and not for a name with a number in it
 * ("inom 60 sekunder" beside "sex av tio"). Not for a fall: "Drygt åtta av tio … upplever" read as good news (AB71: Hjo).
 */
function shareInWords(sections: readonly StorySection[], before: readonly Sentence[], findings: readonly IndicatorFinding[], years: { year: string; previous: string }, say: StorySay): StorySection[] {
  const all = [...before, ...sections.flatMap((x) => x.sentences)];
  if (all.reduce((n, s) => n + (s.text.match(APPROXIMATED)?.length ?? 0), 0) >= MAX_APPROXIMATE) return [...sections];
  let done = false;
  return sections.map((x) => {
    if (done) return x;
    const sentences = x.sentences.map((s) => {
      const text = done ? undefined : shareSentence(s.text, findings, years, say);
      if (text === undefined) return s;
      done = true;
      return { ...s, text };
    });
    return { ...x, sentences };
  });
}

/** The measure whose full name opens a sentence ("Andelen som …"; the text has no-break spaces where the data has plain ones). */
function openingMeasure(text: string, findings: readonly IndicatorFinding[], ok: (f: IndicatorFinding) => boolean): IndicatorFinding | undefined {
  const plain = text.replace(/\u00A0/g, " ");
  return findings.find((f) => ok(f) && plain.startsWith(`${capitalize(f.indicator.subject)} `));
}

/** The past tense of the verbs that open a share's name in the data ("andelen som får …"). */
const PAST: Readonly<Record<string, string>> = { får: "fick", besvaras: "besvarades", upplever: "upplevde", svarar: "svarade", når: "nådde", ger: "gav" };

/** The plain rise of a share said in words (shareInWords), or undefined when the sentence is not one. */
function shareSentence(text: string, findings: readonly IndicatorFinding[], years: { year: string; previous: string }, say: StorySay): string | undefined {
  const plain = text.replace(/\u00A0/g, " ");
  const f = openingMeasure(text, findings, (x) => x.indicator.unit === "percent" && !/\d/.test(x.indicator.subject));
  const parts = f ? /^andelen (?:(\S+) )?som (\S+) (.+)$/u.exec(f.indicator.subject) : null;
  if (!f || !parts || f.value === null || f.previous === null) return undefined;
  const plainValue = (v: number): string => escapeRegExp(formatValue(v, "percent", "text").replace(/\u00A0/g, " "));
  const [from, to] = [plainValue(f.previous), plainValue(f.value)];
  const rise = new RegExp(`^(?:ökade|steg|gick upp|lyfte) (?:från ${from} ${years.previous} till ${to} ${years.year}|till ${to} ${years.year}, från ${from} ${years.previous})\\.$`, "u");
  const approx = approximate(f.value, "en");
  const [, noun, verb, tail] = parts;
  const past = verb === undefined ? undefined : PAST[verb];
  // (A noun takes only a plural anchor: "var tredje e-postfrågor", "hälften e-postfrågor" are wrong.)
  if (!rise.test(plain.slice(f.indicator.subject.length + 1)) || !approx || !past || (noun !== undefined && (approx.agreement === "singular" || /hälften/u.test(approx.phrase)))) return undefined;
  const andel = noun === undefined ? approx.phrase : `${approx.phrase} ${noun}`;
  const values = { andel, Andel: capitalize(andel), värde: formatValue(f.value, "percent", "text"), verb: past, resten: tail ?? "", år: years.year, föregående: formatValue(f.previous, "percent", "text"), föregåendeår: years.previous };
  return say("change.share-words", values, f);
}

/**
 * Words varied over the whole release, in reading order: "fortfarande" every other time, "fortsatt" in between
 * (Jönköping's four read as a machine's, read S), a narrow record's hedge (marginless, marginAgain), and
 * approximate words (MAX_APPROXIMATE).
 */
function stillVaried(lead: readonly Sentence[], intro: readonly Sentence[], sections: readonly StorySection[], release: { name: string; year: string; firstYear: boolean }): [Sentence[], Sentence[], StorySection[]] {
  const { name } = release;
  let n = 0;
  let margins = 0;
  let granted = 0;
  let approximations = 0;
  let turns = 0;
  const vary = (s: Sentence, i: number, list: readonly Sentence[]): Sentence => {
    // ("alltjämt" read as old-fashioned, read BY; "har fortsatt" would say something else.)
    let text = pairedFigures(s.text).replace(/(\S+ )?\bfortfarande\b/g, (w, before: string | undefined) => (n++ % 2 === 1 && !/^(har|hade) $/.test(before ?? "") ? `${before ?? ""}fortsatt` : w));
    // "Fortfarande" before a multiple says last year's was the same: Piteå's "fortsatt nästan dubbelt så lång som
    // rikssnittet" after 2,5 times in 2018 (read CP). A multiple says "ändå".
    text = text.replace(/\b(fortsatt|fortfarande) ((?:nästan |drygt |mer än |ungefär |mindre än |knappt )?(?:dubbelt|[\p{L}-]+ gånger|hälften|en [\p{L}]+del|[\p{L}]+ och en halv gånger) så lång)/gu, "ändå $2");
    // The figure alone past MAX_APPROXIMATE: four "… av tio" in a short release read as a template (Arjeplog, read AB).
    text = text.replace(APPROXIMATED, (whole, figure: string) => (approximations++ < MAX_APPROXIMATE ? whole : figure));
    text = measureNotTwice(text, list[i - 1]?.text ?? "", name);
    // One "vilket" in two sentences: "…, vilket ger en delad förstaplats … Det är en kraftig förbättring …, vilket är den
    // femte förbättringen i rad" stacked them (read HE: Motala, Stockholm). The second is an apposition.
    if (/(?<!\p{L})vilket(?!\p{L})/u.test(list[i - 1]?.text ?? "")) text = text.replace(/, vilket är (den|det) /u, ", $1 ");
    // "både" once in a paragraph: four or five "bättre än både riket och kommungruppen" in a release read as a
    // template (read HD: Knivsta, Härnösand, Sollefteå, Sorsele, Haparanda). The later pairs say "riket och …".
    if (list.slice(0, i).some((x) => / både /.test(x.text))) text = withoutBoth(text);
    // One hedge per pair of sentences: "i stort sett oförändrat … Den är i stort sett i nivå med rikssnittet" (read CA:
    // Bollebygd; Östhammar, Hofors).
    if (/\b(i stort sett|ungefär)\b/.test(list[i - 1]?.text ?? "")) text = text.replace(/\b(i stort sett|ungefär) i nivå med\b/g, "i nivå med");
    // A municipality measured for the first time has no "Årets resultat": the words promise a comparison with
    // earlier years that the release cannot make (Orsa, read BL).
    if (release.firstYear) text = text.replace(/^Årets resultat\b/, "Resultatet");
    // After "Resultatet för tillgängligheten i telefon är …", not "Resultatet är …" again.
    if (/^Resultatet för /.test(list[i - 1]?.text ?? "")) text = text.replace(/^Resultatet (är|ligger)\b/, "Det $1");
    // One "Men …" opening in a release: "Men årets resultat är … Men svarstiden på e-post är fortsatt …" in one
    // paragraph read as stacked turns (read AB10: Mönsterås, Säter), and two in a release as a template (reads HG and
    // HH: Upplands-Bro, Tingsryd, Bjurholm, Vindeln, Vännäs). Before the pronoun's rules below, which then apply to it.
    if (/^Men /.test(text) && turns > 0) text = withoutMen(text, list[i - 1]?.text ?? "", list[i - 2]?.text ?? "");
    if (/^Men /.test(text)) turns += 1;
    // Right after a "Men …" sentence, a turn back to riket's side says "om än": "Men andelen … sjönk … Det är Ludvikas
    // sämsta resultat …, men ändå klart bättre än rikssnittet" turned twice in two sentences (read JA).
    if (/^Men /.test(list[i - 1]?.text ?? "")) text = text.replace(/, men (?:ändå )?((?:fortsatt |fortfarande )?(?:klart |långt |något )?(?:bättre|sämre|kortare|längre) än)/u, ", om än $1");
    // A time's comparison says "Den": where "Det" would point away ("Årets resultat är kortare" is not said of a time),
    // where its length must agree ("Den är ungefär två och en halv gånger så lång som …", not "Det är … så lång"), and
    // wherever it is shorter or longer ("Det är kortare än genomsnittet" read as the wrong pronoun, read HD: Sollefteå).
    const away = pointsAway(s, list[i - 1]);
    if (TIME_WORDS.test(text)) text = text.replace(/^Det är\b/, "Den är");
    else if (away) text = resultNamed(text, "årets resultat");
    // "Även det är … bästa hittills" points back only within its paragraph: a record moved to open its section (or under
    // the ingress) pointed at the ingress's record ("Också den siffran" in Mora, Hällefors: reads GU and GV).
    // (A best level with the old one after a year of no change says "ändå", as the first one in a release does.)
    if (!list.slice(0, i).some((x) => x.claims.some((c) => /\.(record|tie)$/.test(c)))) text = withoutAlso(text, s.claims.some((c) => c.endsWith(".tie")) && STOOD_STILL.test(list[i - 1]?.text ?? ""));
    // Not two "Årets resultat är …" in a row: "Årets resultat är 10 procentenheter sämre än 2014 (40 procent). Årets
    // resultat är klart bättre än …" read as a template (A/B read AB7: Överkalix). The second names whose result.
    if (/^Årets resultat\b/.test(list[i - 1]?.text ?? "")) text = text.replace(/^Årets resultat (är|ligger)\b/, `${genitive(name)} resultat ${release.year} $1`);
    // After "Det är ändå … bästa resultat hittills", "Trots det är resultatet fortfarande …" said the turn twice (read AS:
    // Tranemo; eight example releases).
    // Nor right after a sentence that said the measure barely moved: "förändrades knappt … Trots det är resultatet klart
    // sämre" turned from nothing (Katrineholm, once its "fortfarande klart" went: read AB10).
    // (After "Det räcker ändå till Ljungbys bästa resultat hittills" a comparison the other way still turns, with
    // "Men": "Årets resultat är långt sämre …" lost it once "fortsatt" went, read HE.)
    const before = list[i - 1]?.text ?? "";
    const against = (/\bbästa\b/.test(before) && /^Trots det är resultatet [^.]*\b(sämre|längre)\b/.test(text)) || (/\bsämsta\b/.test(before) && /^Trots det är resultatet [^.]*\b(bättre|kortare)\b/.test(text));
    // ("Årets resultat är dock" where the release has opened a sentence with "Men" already: read HG.)
    if (/(?<!\p{L})ändå(?!\p{L})/u.test(before) && !STOOD_STILL.test(before) && against) text = text.replace(/^Trots det är resultatet\b/, turns > 0 ? "Årets resultat är dock" : "Men årets resultat är");
    if (/^Men årets resultat är/.test(text) && !/^Men /.test(s.text)) turns += 1;
    if (/(?<!\p{L})ändå(?!\p{L})/u.test(before) || STOOD_STILL.test(before)) text = text.replace(/^Trots det är resultatet\b/, "Årets resultat är");
    // Nor "ändå" two sentences after a "Trots det": "Trots det är resultatet bättre … Andelen … låg kvar … Resultatet är
    // ändå Skinnskattebergs bästa hittills" piled the turns up in one paragraph (read GZ).
    // It "räcker till" the best instead, which keeps that the year did not move much (reads BX, CA, CB).
    if (/^Trots det\b/.test(list[i - 2]?.text ?? "")) text = text.replace(/^(?:Resultatet|Det) är ändå (\S+) bästa(?: resultat)? hittills\./u, "Det räcker till $1 bästa resultat hittills.");
    // "Trots det" turns alone: "Trots det är resultatet fortfarande …" said it twice (read BD: Flen, Karlskoga).
    text = text.replace(/^Trots det är resultatet (fortfarande|fortsatt|alltjämt) /u, "Trots det är resultatet ");
    // Right after a "Men …" sentence, its ", men resultatet är …" says "om än": "Men andelen … sjönk … Det är Upplands
    // Väsbys sämsta resultat …, men resultatet är trots det i nivå med rikssnittet" turned twice (read AV), and
    // ", även om det är i nivå med rikssnittet" read as tacked on, an excuse (reads DC and DE: Trosa, Kristianstad).
    if (/^Men /.test(list[i - 1]?.text ?? "")) text = text.replace(/, men (?:(?:resultatet|det) (?:är|ligger) (?:(?:trots det|ändå) )?|(?:ligger )?ändå (?=i nivå))((?:fortfarande|fortsatt|alltjämt) )?/u, (_, still: string | undefined) => `, om än ${still === undefined ? "" : "fortfarande "}`);
    if (/(knapp|liten) marginal|om än knappt/.test(text)) text = STOOD_STILL.test(list[i - 1]?.text ?? "") ? marginless(text) : margins++ > 0 && !/om än knappt/.test(text) ? marginAgain(text) : text;
    // "om än" once in a release: "…, om än i nivå med rikssnittet. … sitt sämsta resultat hittills, med 56 procent, om
    // än med knapp marginal" read as a tic (read HB: Kristianstad; Älvkarleby likewise).
    // (Nor "men med knapp marginal", read IF as machine-made: "med knapp marginal", after a figure "och med …".)
    // After a figure, the margin says what it is measured against: "sitt sämsta resultat hittills, 56 procent, knappt
    // sämre än den tidigare bottennoteringen" ("med 56 procent och med knapp marginal", read IO: Kristianstad).
    if (granted > 0) text = text.replace(/, med ([\d,]+\u00A0\S+), om än med knapp marginal\./u, (_, figure: string) => (/ sämsta /.test(text) ? `, ${figure}, knappt sämre än den tidigare bottennoteringen.` : `, ${figure}, knappt bättre än det tidigare rekordet.`)).replace(/, om än med knapp marginal\./u, ", med knapp marginal.");
    if (/\bom än\b/.test(text)) granted += 1;
    // Nor "Årets resultat … Men årets resultat …" (read IR: Storfors), whose "Men" came from the turns above.
    if (/^Årets resultat\b/.test(list[i - 1]?.text ?? "")) text = text.replace(/^Men årets resultat (är|ligger)\b/, `Men ${genitive(name)} resultat ${release.year} $1`);
    return text === s.text ? s : { ...s, text };
  };
  return [lead.map(vary), intro.map(vary), sections.map((x) => ({ ...x, sentences: x.sentences.map(vary) }))];
}

/**
 * A section's second sentence that opens with a measure's full name ("Andelen som …") opens with "Samtidigt" instead,
 * once in a release: three telephone sentences in a paragraph that all open "Andelen som …" read as machine-made
 * (EDITORIAL.md §6; reads JA and JB: Eda, Upplands-Bro, Åre, Norsjö). The measure's name stays whole, after the verb.
 * Only where the measure moved the other way from the one before it, with a verb of change ("Samtidigt sjönk …"
 * after "gick upp"): A/B read AB40 found "Samtidigt var …", "Samtidigt mättes …" and "Samtidigt låg … kvar" padding,
 * and a name ending in "inom 60 sekunder" put its number beside the figure ("60 sekunder 36 procent").
 */
function openingsVaried(sections: readonly StorySection[], lead: readonly Sentence[], findings: readonly IndicatorFinding[]): StorySection[] {
  if ([...lead, ...sections.flatMap((x) => x.sentences)].some((s) => /^Samtidigt\b/.test(s.text))) return [...sections];
  let done = false;
  return sections.map((x) => {
    if (done) return x;
    // (The text has a no-break space inside a name with a number, "inom 60 sekunder"; the data a plain one.)
    const opens = (t: string): IndicatorFinding | undefined => openingMeasure(t, findings, (f) => /^andelen /.test(f.indicator.subject));
    const way = (f: IndicatorFinding): number => (isImprovement(f.changeClass) ? 1 : isDecline(f.changeClass) ? -1 : 0);
    const turned = (i: number): boolean => {
      const f = opens(x.sentences[i]?.text ?? "");
      const before = x.sentences.slice(0, i).map((y) => opens(y.text)).filter((y) => y !== undefined).at(-1);
      return f !== undefined && before !== undefined && !/\d\s\S+$/.test(f.indicator.subject) && way(f) !== 0 && way(f) === -way(before) && CHANGE_VERB.test(x.sentences[i]?.text.slice(f.indicator.subject.length + 1) ?? "");
    };
    const at = x.sentences.findIndex((_, i) => i > 0 && turned(i) && !LINKED.test(x.sentences[i - 1]?.text ?? ""));
    const s = x.sentences[at];
    const f = s ? opens(s.text) : undefined;
    if (!s || !f) return x;
    const rest = s.text.slice(f.indicator.subject.length + 1).split(" ");
    const verb = rest.shift();
    if (!verb) return x;
    done = true;
    const name = s.text.slice(0, f.indicator.subject.length);
    const text = `Samtidigt ${verb} ${lowerFirst(name)} ${rest.join(" ")}`;
    return { ...x, sentences: x.sentences.map((y, i) => (i === at ? { ...y, text } : y)) };
  });
}

/** The verbs of a change that "Samtidigt" may open with (not "var", "låg", "mättes": padding, AB40). */
const CHANGE_VERB = /^(ökade|minskade|steg|sjönk|föll|lyfte|gick (upp|ner))\b/u;

/** Openings that link to the sentence before: no "Samtidigt" right after them. */
const LINKED = /^(Samtidigt|Även|Också|Dessutom|Däremot|Men)\b/;

/**
 * A "Men …" sentence after the release's first, without its "Men": it keeps its "fortfarande", else says "ändå" after
 * a year that barely moved and "dock" after anything else ("Det är ändå …" after a plain change read as a turn from
 * nothing, and two sentences after "Trots det" as the turn twice). A bare "Resultatet är" after a sentence of the
 * years read as that year's result (sweep 3): it says "Årets resultat", and keeps its "Men" where the sentence
 * before already opened so (Överkalix: "Årets resultat är 14 procentenheter sämre än 2014 (81 procent). Men …").
 */
function withoutMen(text: string, before: string, twoBefore: string): string {
  const rest = capitalize(text.slice(4));
  const years = /\b20\d\d\b/.test(before) && /^Resultatet (är|ligger) /.test(rest);
  if (years && /^Årets resultat\b/.test(before)) return text;
  const dated = years ? rest.replace(/^Resultatet/, "Årets resultat") : rest;
  if (/\b(fortfarande|fortsatt)\b/.test(dated)) return dated;
  const word = STOOD_STILL.test(before) && !/(?<!\p{L})ändå(?!\p{L})/u.test(before) && !/^Trots det\b/.test(twoBefore) ? "ändå" : "dock";
  return dated.replace(/ (är|ligger) /, ` $1 ${word} `);
}

/**
 * "För direktsvaren i telefon ökade andelen … För direktsvaren i telefon är Ale långt bättre än riket" named the
 * measure twice in a row (Ale, Håbo, Ljungby): the second says "Resultatet är …". (A share said of a short name
 * becomes "För {ämne} ökade andelen" after the phrase bank chose it, so the chooser cannot see the pair coming.)
 */
function measureNotTwice(text: string, before: string, name: string): string {
  const m = /^För (.+?) är /.exec(text);
  if (!m || !before.startsWith(`För ${m[1]} `)) return text;
  const rest = text.slice(m[0].length);
  return rest.startsWith(`${name} `) ? `Resultatet är ${rest.slice(name.length + 1)}` : text;
}

/**
 * A comparison of a time: "kortare än", "dubbelt så lång som". Before any comma: "Det är Åstorps bästa resultat …,
 * men svarstiden på e-post är fortsatt nästan tre gånger så lång som rikssnittet" is a record, and its "Det" stays
 * (read BV found "Den är Åstorps bästa resultat").
 */
const TIME_WORDS = /^Det är [^.,]*\b(kortare|längre|så lång)\b/;

/** A sentence that ends on an apposition a following "Det" would point to: "…, en kraftig försämring.", "…, den tredje förbättringen i rad.". */
const APPOSITION_END = /, (vilket är )?(en|den|det) [^,]+\.$/;

/**
 * A comparison (no record) whose "Det" would point elsewhere: after an apposition, "Det är långt bättre än riket"
 * pointed at "…, en kraftig försämring" (Ljusdal, read AN); after a place in the country, "… delar Kungälvs kommun
 * tredje sista plats i landet med Kiruna … Det ligger klart under …" could mean the municipality (read AO).
 */
function pointsAway(s: Sentence, before: Sentence | undefined): boolean {
  if (!before || s.claims.some((c) => c.endsWith(".record"))) return false;
  const compares = s.claims.some((c) => c.endsWith(".vsNational") || c.endsWith(".vsGroup"));
  return compares && (APPOSITION_END.test(before.text) || before.claims.some((c) => c.endsWith(".rank")));
}

/** A comparison's "Det är" ("Men det är") as whose result it is: "Årets resultat är", "Men årets resultat är". */
function resultNamed(text: string, own: string): string {
  return text.replace(/^(Men )?[Dd]et (är|ligger)\b/, (_, men: string | undefined, verb: string) => `${men ?? ""}${men === undefined ? capitalize(own) : own} ${verb}`);
}

/** A sentence of the years: it ends on a run ("… den tredje förbättringen i rad.") or on the first year's figure. */
const YEARS_END = /\bi rad\.$| än 20\d\d \([^)]*\)\.$/;

/**
 * A paragraph's comparison that opens "Det" names whose result it is. Right after a sentence of the years it names
 * this year's result, where its "Det" pointed at the run or at the first year: "Det är också den tredje
 * förbättringen i rad. Men det är fortfarande sämre …"
 * (Boden), "… bättre än 2014 (41 procent). Det är fortfarande långt sämre …" (Vellinge; read HP). Run on each
 * paragraph as written, since runs and first years join their sentences late. After "Årets resultat …" it names
 * whose result, as stillVaried does. After a sentence that ends on last year's figure it names the result too
 * (`namer`): "… 59 procent 2019 mot 60 procent 2018. Det är i jämnhöjd med …" could be 2018's (read HX: Varberg;
 * A/B read AB21: Karlsborg, Uddevalla), or on a change that ends on this year's. Not after this year's figure
 * alone, where "Det" is it.
 */
function comparisonNamed(list: readonly Sentence[], name: string, year: string, namer: (before: string, men: boolean) => string): Sentence[] {
  return list.map((s, i) => {
    const before = list[i - 1]?.text ?? "";
    // (Not a run's "Det är femte året i rad med en förbättring, men …": "Staffanstorps resultat är femte året i rad"
    // read as clumsy, read IL.)
    const compares = s.claims.some((c) => c.endsWith(".vsNational") || c.endsWith(".vsGroup")) && !s.claims.some((c) => /\.(record|tie|streak)$/.test(c));
    if (!compares || TIME_WORDS.test(s.text) || !/^(Men )?[Dd]et (är|ligger) /.test(s.text)) return s;
    // Right after this year's figure, the sentence's only one, "Det" is that figure and clearer than a noun (A/B read
    // AB21: Tierp's "var nästan två av tre (65 procent) 2019. Det är bättre …"). After a change's two, "gick upp med 2
    // procentenheter, till 59 procent 2019", it is not (AB21: Vetlanda; reads HX and HY: Solna, Säter).
    // (Figures of a value or a step: "60 sekunder" in a measure's name is none.)
    const figures = before.match(/\d+(?:,\d+)?\u00A0(?:procent(?:enheter?)?|timmar|timme)\b/g)?.length ?? 0;
    if (before.endsWith(` ${year}.`) && !YEARS_END.test(before) && figures === 1) return s;
    // (Or a sentence of the years that ends elsewhere: "Sedan 2014 har tillgängligheten … förbättrats med 24
    // procentenheter, från 32 procent. Resultatet är …" read as 2014's, Lysekil.)
    const history = /\b20\d\d\b/.test(before) && (list[i - 1]?.claims ?? []).some((c) => /\.(streak|longRun)$/.test(c));
    const years = YEARS_END.test(before) || history;
    const own = !years ? namer(before, /^Men /.test(s.text)) : /(^|\. )Årets resultat\b[^.]*\.$/.test(before) ? `${genitive(name)} resultat ${year}` : "årets resultat";
    const named = resultNamed(s.text, own);
    // After a worst yet, a result still better than riket turns with "ändå" (read BC), as a record's comparison does.
    const turns = years && !/^Men /.test(named) && /\bsämsta\b/.test(before) && /\b(bättre|kortare)\b/.test(named);
    const text = turns ? named.replace(/ (fortfarande|fortsatt) /, " ändå ") : named;
    return text === s.text ? s : { ...s, text };
  });
}

/**
 * "Årets resultat" opens one sentence of a paragraph: a later one says the year ("Resultatet 2019", SPRAK.md: the
 * year, not "i år"), or whose result after a sentence that opened "Resultatet" and for "Årets resultat för <kommun>".
 * Two in a paragraph read as a template (reads JY and KA; A/B read AB62 preferred the varied paragraph in 10 pairs of
 * 10). After "Men", never the municipality's name (read AB9).
 */
function åretsOnce(list: readonly Sentence[], name: string, year: string): Sentence[] {
  let seen = false;
  return list.map((s, i) => {
    const m = new RegExp(`^(Men )?Årets resultat( för ${escapeRegExp(name)})?(?= )`, "u").exec(s.text);
    if (!m) return s;
    if (!seen) {
      seen = true;
      return s;
    }
    // (Not one against an earlier year, "Årets resultat är 14 procentenheter sämre än 2014", which "Men resultatet är
    // fortfarande …" may follow: sweep 3.)
    if (/ än 20\d\d\b/u.test(s.text)) return s;
    const men = m[1] ?? "";
    // ("Årets resultat för Stockholm" says whose already: "Stockholms resultat 2019". So does a paragraph that opened a
    // sentence "Resultatet" already: read HX, at most three such openings in a release.)
    const opened = list.some((x) => /^(Men )?Resultatet\b/u.test(x.text));
    const whose = (opened || m[2] !== undefined) && men === "";
    const own = whose ? `${genitive(name)} resultat ${year}` : `${men === "" ? "R" : "r"}esultatet ${year}${m[2] ?? ""}`;
    return { ...s, text: `${men}${own}${s.text.slice(m[0].length)}` };
  });
}

/**
 * The words a comparison's "Det" is named with through a release: "resultatet", "Solnas resultat" or "årets resultat",
 * whichever the release's sentences (`texts`) and earlier picks have opened with least (one of them for all read as
 * a template), never the words the sentence before opened with, nor the municipality's name after "Men" ("Men
 * Sigtunas …" read as a verdict on Sigtuna: read AB9).
 */
function resultNamer(name: string, firstYear: boolean, texts: readonly string[]): (before: string, men: boolean) => string {
  const owns = [...(firstYear ? [] : ["årets resultat"]), "resultatet", `${genitive(name)} resultat`];
  const opens = (o: string, t: string): boolean => new RegExp(`^(Men )?${escapeRegExp(capitalize(o))}\\b`, "u").test(t);
  const used = new Map(owns.map((o) => [o, texts.filter((t) => opens(o, t)).length]));
  return (before, men) => {
    const free = owns.filter((o) => !(men && o.startsWith(genitive(name))) && !opens(o, before));
    const pick = free.reduce((a, b) => ((used.get(b) ?? 0) < (used.get(a) ?? 0) ? b : a));
    used.set(pick, (used.get(pick) ?? 0) + 1);
    return pick;
  };
}

/**
 * A record right after a sentence that its measure stood still says whose result is the best: "Jämfört med 2018 har
 * svarstiden på e-post knappt förändrats. Det är det bästa resultatet hittills för Halmstad" pointed "Det" at a
 * change that did not happen (read HX). "Resultatet är ändå Halmstads bästa hittills", as the lead says it.
 */
function recordAfterStill(list: readonly Sentence[], name: string): Sentence[] {
  const gen = genitive(name);
  const it = new RegExp(`^Det är (?:ändå )?${ownRecord(name)}(?=[,.])`, "u");
  return list.map((s, i) => {
    const before = list[i - 1];
    const m = it.exec(s.text);
    if (!m || !before || !STOOD_STILL.test(before.text) || ids(before).join() !== ids(s).join()) return s;
    return { ...s, text: `Resultatet är ändå ${gen} ${m[1] ?? m[2] ?? ""} hittills${s.text.slice(m[0].length)}` };
  });
}

/**
 * In an ingress on two measures or more, a comparison says its measure, not "Mönsterås resultat 2019 är klart sämre än
 * både riket …", which after a sentence on bemötandet read as the municipality's whole result (read LN).
 */
function measureNamedInIngress(lead: readonly Sentence[], ingress: number, name: string, year: string, findings: readonly IndicatorFinding[]): Sentence[] {
  const whose = new RegExp(`^(Men )?${escapeRegExp(genitive(name))} resultat ${year} (?=(är|ligger) )`, "u");
  const measures = new Set(lead.slice(0, ingress).flatMap((s) => ids(s)));
  return lead.map((s, i) => {
    const m = whose.exec(s.text);
    const [id, ...more] = ids(s);
    const f = findings.find((x) => x.indicator.id === id);
    if (i >= ingress || !m || more.length > 0 || !f || measures.size < 2) return s;
    const named = headlineName(f.indicator);
    return { ...s, text: `${m[1] ? `Men ${named}` : capitalize(named)} ${s.text.slice(m[0].length)}` };
  });
}

/**
 * A second "Resultatet är ändå …s bästa hittills" in a paragraph says "också": "Resultatet är ändå det bästa hittills
 * för Åtvidaberg. … Resultatet är ändå Åtvidabergs bästa hittills." in one E-post section read as one template twice
 * (read LM).
 */
function ändåRecordOnce(list: readonly Sentence[], name: string): Sentence[] {
  const gen = genitive(name);
  const again = new RegExp(`^Resultatet är ändå ${escapeRegExp(gen)} (bästa|sämsta) hittills`, "u");
  return list.map((s, i) => {
    const m = again.exec(s.text);
    const kind = m?.[1];
    const said = kind !== undefined && list.slice(0, i).some((x) => x.text.startsWith("Resultatet är ändå ") && x.text.includes(`${kind} hittills`));
    return m && said ? { ...s, text: `Också det är ${gen} ${kind} resultat hittills${s.text.slice(m[0].length)}` } : s;
  });
}

/**
 * A record's margin and riket's turn in one sentence go apart: "Det är Trosas sämsta resultat i mätningen hittills, 1
 * procentenhet under kommunens tidigare bottennotering, om än i nivå med rikssnittet." hung three clauses on one
 * record (read ID: Trosa; seven releases). Riket's side is a sentence of its own: "Resultatet ligger ändå i nivå med
 * rikssnittet." Or, without a figure and right after the measure's change, it joins the change: "… minskade från 91
 * procent 2018 till 84 procent 2019, vilket är i nivå med rikssnittet. Det är Bergs sämsta resultat …, 1 procentenhet
 * under kommunens tidigare bottennotering." (read IX: change, record and riket in three sentences made Berg's and
 * Trosa's ingresses six long). Not a side with a figure: the change sentence has two already (EDITORIAL.md §5).
 */
function marginApart(list: readonly Sentence[]): Sentence[] {
  const margin = /^(.+, [\d,]+\u00A0\S+ (?:över|under|kortare än|längre än) (?:det tidigare|den tidigare|det gamla|kommunens tidigare) \p{L}+), (om än|men)(?: de[tn] är)? (ändå |fortfarande |fortsatt )?(.+)\.$/u;
  const bare = /^(?:i nivå med|bättre än|sämre än|längre än|kortare än) rikssnittet$/u;
  const out: Sentence[] = [];
  for (const s of list) {
    const m = margin.exec(s.text);
    if (!m) {
      out.push(s);
      continue;
    }
    const [, head, turn, still, rest] = m;
    const change = out[out.length - 1];
    if (change && bare.test(rest ?? "") && ids(change).join() === ids(s).join() && / \d{4}\.$/u.test(change.text) && !/(vilket|rikssnitt)/u.test(change.text)) {
      const side = s.claims.filter((c) => /\.(vsNational|national)$/.test(c));
      out.splice(-1, 1, { text: `${change.text.slice(0, -1)}, vilket är ${rest}.`, claims: [...change.claims, ...side] }, { text: `${head}.`, claims: s.claims.filter((c) => !side.includes(c)) });
      continue;
    }
    // "om än i nivå" and "men ändå …" say "ändå"; "men fortfarande/fortsatt …" keep their word.
    const word = still?.trim() ?? (turn === "om än" ? "ändå" : "");
    const verb = /^i nivå(?!\p{L})/u.test(rest ?? "") ? "ligger" : "är";
    out.push({ ...s, text: `${head}. Resultatet ${verb} ${word === "" ? "" : `${word} `}${rest}.` });
  }
  return out;
}

/**
 * "ändå" once in a paragraph: a later "Den är ändå längre än rikssnittet (6 timmar)." says "fortfarande" where the
 * measure was on that side of riket last year too (read IX and IY: Karlshamn's ingress, "… men ligger ändå i nivå med
 * rikssnittet. … Den är ändå längre än rikssnittet"). Else it stays.
 */
function ändåOnce(list: readonly Sentence[], findings: readonly IndicatorFinding[]): Sentence[] {
  const again = /^(Den|Resultatet) (är|ligger) ändå (?=(?:klart |långt |något )?(?:bättre|sämre|längre|kortare) än riks)/u;
  let seen = false;
  return list.map((s) => {
    const f = findings.find((x) => x.indicator.id === ids(s)[0]);
    const held = ids(s).length === 1 && f !== undefined && nationalHeld(f);
    // (A sentence may hold two, the change and its turn: "… till 10,7 timmar 2019. Den är ändå längre …".)
    const text = s.text.split(/(?<=\.) /).map((part) => {
      const out = seen && held ? part.replace(again, "$1 $2 fortfarande ") : part;
      seen ||= /(?<!\p{L})ändå(?!\p{L})/u.test(part);
      return out;
    }).join(" ");
    return text === s.text ? s : { ...s, text };
  });
}


/**
 * The group's "även" right after the same measure's verdict on riket, in the same words, joins it: "…, men ändå sämre
 * än rikssnittet (84 procent). För e-postsvaren inom en arbetsdag är Gislaved sämre även än kommungruppen (86
 * procent)." is "…, men ändå sämre än rikssnittet och kommungruppen (84 och 86 procent)." (A/B read AB26:
 * Gislaved; Sundbyberg, Kinda, Örkelljunga).
 */
function groupBesideRiket(list: readonly Sentence[], findings: readonly IndicatorFinding[]): Sentence[] {
  const riket = /^(.*?)((?:klart |långt |något )?(?:sämre|bättre|längre|kortare)) än rikssnittet \(([\d,]+)\u00A0(procent|timmar)\)\.$/u;
  const group = /(?<!\p{L})((?:klart |långt |något )?(?:sämre|bättre|längre|kortare)) även än kommungruppen \(([\d,]+)\u00A0(procent|timmar)\)\.$/u;
  const out: Sentence[] = [];
  for (const s of list) {
    const before = out[out.length - 1];
    const a = before && riket.exec(before.text);
    const b = group.exec(s.text);
    const same = before !== undefined && ids(s).length === 1 && ids(before).length === 1 && ids(before)[0] === ids(s)[0];
    // ("fortfarande" then speaks of the group too: only where the group was on that side last year as well.)
    const f = findings.find((x) => x.indicator.id === ids(s)[0]);
    const still = /(?<!\p{L})(fortsatt|fortfarande)(?!\p{L})/u.test(before?.text ?? "");
    const held = !still || (f !== undefined && groupHeld(f));
    if (!a || !b || !same || !held || a[2] !== b[1] || a[4] !== b[3]) {
      out.push(s);
      continue;
    }
    // (Without "både": once in a paragraph, and the ingress above counts too.)
    out[out.length - 1] = { text: `${a[1]}${a[2]} än rikssnittet och kommungruppen (${a[3]} och ${b[2]}\u00A0${a[4]}).`, claims: [...before.claims, ...s.claims] };
  }
  return out;
}

/**
 * A strong change told by its points alone in the ingress says it is strong: "Andelen … steg med 23 procentenheter,
 * till 56 procent 2019" beside the country's largest rise (read JP: Östersund; Upplands Väsby's 12 points). Only the
 * ingress: the body gives a change the lead classed by its figures alone (read GY).
 */
function strongSaid(list: readonly Sentence[], findings: readonly IndicatorFinding[]): Sentence[] {
  return list.map((s) => {
    const id = s.claims.find((c) => c.endsWith(".changeClass"))?.split(".")[0];
    const f = findings.find((x) => x.indicator.id === id);
    const m = /^(.*?(?:steg|sjönk|gick upp|gick ner|ökade|minskade)) med ([\d,]+\u00A0(?:procentenheter|timmar)), till /u.exec(s.text);
    if (!f?.changeClass?.startsWith("strongly-") || !m || /kraftig|markant|lyft|största|halver|fördubbl|gånger/u.test(s.text)) return s;
    // ("kraftigt" once in the paragraph: strongOnce, which the ingress passes next, makes the second "markant".)
    return { ...s, text: s.text.replace(m[0], `${m[1] ?? ""} kraftigt, med ${m[2] ?? ""}, till `) };
  });
}

/**
 * "kraftigt" once in a paragraph: "Resultatet har förbättrats kraftigt, från 59 procent 2018. Andelen … ökade kraftigt,
 * från 33 procent …" (read IH: Tranås; Ljusdal). The second is "markant", where the paragraph has no "markant" yet, and
 * a third, or a second beside a "markant", "rejält" (Sundsvall: "föll … markant", "minskade kraftigt", "föll dessutom
 * kraftigt").
 */
function strongOnce(list: readonly Sentence[]): Sentence[] {
  const strong = /(?<!\p{L})kraftigt(?!\p{L})/u;
  const word = (w: string): RegExp => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, "u");
  const free = ["markant", "rejält"].filter((w) => !list.some((s) => word(w).test(s.text)));
  let seen = false;
  return list.map((s) => {
    const text = s.text.split(/(?<=\.) /).map((part) => {
      if (!strong.test(part)) return part;
      const next = seen ? free.shift() : undefined;
      seen = true;
      return next === undefined ? part : part.replace(strong, next);
    }).join(" ");
    return text === s.text ? s : { ...s, text };
  });
}

/**
 * A step said "förbättrades" takes its run without the word again: "Direktsvaren i telefon förbättrades med 3
 * procentenheter från 2018, en förbättring för fjärde året i rad" (A/B read AB23: Karlskoga) is "…, för fjärde året i
 * rad".
 */
function stepRunOnce(list: readonly Sentence[]): Sentence[] {
  const twice = new RegExp(`(?<!\\p{L})(förbättrades|försämrades)( med [^,.]+), (?:vilket är )?${RUN_WORDS}`, "u");
  return list.map((s) => {
    const m = twice.exec(s.text);
    if (!m) return s;
    // ("den fjärde förbättringen i rad" names the ordinal as "fjärde året".)
    const ordinal = m[3] ?? m[4] ?? "";
    return { ...s, text: s.text.replace(m[0], `${m[1]}${m[2]}, för ${ordinal} året i rad`) };
  });
}

/**
 * A time's comparison with its group after a sentence that opened "Den" as well does not open "Den" again: "Den är
 * drygt hälften så lång som rikssnittet (6 timmar). Den är också kortare än snittet i kommungruppen" (read IC: Timrå).
 */
function denOnce(list: readonly Sentence[]): Sentence[] {
  // (Two sentences of one text too: a time's comparison with riket and then its group.)
  const within = (text: string): string => text.replace(/(^|\. )(Den [^.]+\.) (Den är (?:också|även|likaså) [^.]+\.)/u, (_, a: string, b: string, c: string) => `${a}${b} ${referenceFirst(c)}`);
  return list.map((s, i) => {
    const text = within(s.text);
    return { ...s, text: /^Den /.test(list[i - 1]?.text.split(/(?<=\.) /).pop() ?? "") ? referenceFirst(text) : text };
  });
}

/**
 * "Den är också ungefär en fjärdedel så lång som snittet i kommungruppen (5 timmar)." after a sentence that opened
 * "Den" as "Jämfört med snittet i kommungruppen (5 timmar) är den ungefär en fjärdedel så lång.": "Dessutom är den …"
 * read as machine-made and as more than it said (reads IK and IL: Höör, Lidingö, Upplands Väsby).
 */
function referenceFirst(text: string): string {
  const m = /^Den är (?:också|även|likaså) (.+ så lång) som (.+ \([^)]+\))\.$/u.exec(text);
  if (m) return `Jämfört med ${m[2] ?? ""} är den ${m[1] ?? ""}.`;
  // (Any other "Den är också …" as the bank's own third variant says it, never "Dessutom är den".)
  return text.replace(/^Den är (också|även|likaså) /u, "Samtidigt är den ");
}

/** A record said on its own after a change too small to tell: "Resultatet är ändå Köpings bästa hittills." */
const RECORD_ALONE = /^Resultatet (är ändå \p{L}+|för [^.]+ är det) (bästa|sämsta) hittills\.$/u;

/**
 * A record said on its own, and this year's result against riket in the next sentence, in one sentence: "Resultatet
 * är ändå Köpings bästa hittills. Årets resultat är bättre än riket …" read as a template in three releases of
 * fourteen (read HX: Haninge, Munkfors, Köping); "Resultatet är ändå Köpings bästa hittills och bättre än …". A
 * verdict against the record's direction turns with ", men".
 */
function recordWithComparison(list: readonly Sentence[], name: string, findings: readonly IndicatorFinding[]): Sentence[] {
  const out: Sentence[] = [];
  // ("Vaggeryds resultat 2019 är klart sämre …" after the record too: read HY.)
  const result = new RegExp(`^(?:Årets resultat|${escapeRegExp(genitive(name))} resultat(?: \\d{4})?) (?:för \\p{L}+ )?är (.+)$`, "u");
  for (const s of list) {
    const before = out[out.length - 1];
    const m = before && RECORD_ALONE.exec(before.text);
    const compared = result.exec(s.text);
    const same = before !== undefined && ids(s).length === 1 && ids(before).join() === ids(s).join();
    if (!m || !compared || !same || !s.claims.some((c) => c.endsWith(".vsNational") || c.endsWith(".vsGroup")) || wordsIn(before.text + s.text) > LONG_SENTENCE) {
      out.push(s);
      continue;
    }
    const rest = compared[1] as string;
    const worse = firstVerdict(s, findings) === "worse";
    const turns = (m[2] === "bästa") === worse;
    // (Not "bästa hittills och bättre än riket (84 procent) och klart bättre än …": a pair of verdicts after a comma.)
    const join = turns ? ", men" : /\) (och|men) /.test(rest) ? "," : " och";
    // One turn in the sentence: "Resultatet är ändå Jönköpings bästa hittills, men något sämre än riket …" turned twice
    // (read ID). "Det räcker till …" still says the best came of a small step (read BR), and "men är" turns once.
    const enough = turns ? /^Resultatet är ändå (.+) bästa hittills\.$/u.exec(before.text) : null;
    // ("…, men det är": "Det räcker till Tranemos bästa resultat hittills, men är sämre …" lacked its subject, read IG.)
    const [head, joint] = enough ? [`Det räcker till ${enough[1] ?? ""} bästa resultat hittills.`, ", men det är"] : [before.text, join];
    out[out.length - 1] = { text: `${head.slice(0, -1)}${joint} ${rest}`, claims: [...before.claims, ...s.claims] };
  }
  return out;
}

/** The group as a reference: "kommungruppen" or "likvärdiga kommuner", whichever the release said first. */
const GROUP_WORDS = [
  ["snittet i kommungruppen", "snittet för likvärdiga kommuner"],
  ["och i kommungruppen", "och för likvärdiga kommuner"],
  ["riket och kommungruppen", "riket och likvärdiga kommuner"],
  ["helhet och kommungruppen", "helhet och likvärdiga kommuner"],
  ["rikssnittet och kommungruppen", "rikssnittet och likvärdiga kommuner"],
  ["än kommungruppen", "än likvärdiga kommuner"],
  ["med kommungruppen", "med likvärdiga kommuner"],
  // (A group place at the head of a sentence: "Bland likvärdiga kommuner är resultatet det bästa" among sentences of
  // "kommungruppen", read KO: Jönköping.)
  ["I kommungruppen ", "Bland likvärdiga kommuner "],
] as const;

/**
 * A place in the group in the release's word (not deciding it): "främst bland kommunerna i kommungruppen" in a release
 * of "likvärdiga kommuner" read as a mix of two words (read KY: Mariestad). ("de 19 kommunerna i kommungruppen" stays: the
 * count's unit is "kommunerna".)
 */
const GROUP_PLACES = [
  [/\b([Bb]land|[Aa]v) kommunerna i kommungruppen\b/gu, "$1 de likvärdiga kommunerna", /\b([Bb]land|[Aa]v) de likvärdiga kommunerna\b/gu, "$1 kommunerna i kommungruppen"],
] as const;

/**
 * One word for the group in a release: "… klart bättre än både riket och kommungruppen (60 och 61 procent).
 * … sämre än riket och likvärdiga kommuner" read as two groups (reads JH and JI: "kommungruppen" and "likvärdiga
 * kommuner" alternate within one paragraph, in 213 of the 264 example releases). The release keeps the word its
 * first comparison with the group used (`reading`: the release in reading order), a place in the group too ("bland
 * kommunerna i kommungruppen", "bland de likvärdiga kommunerna").
 */
function oneGroupWord(list: readonly Sentence[], reading: readonly Sentence[], headline = ""): Sentence[] {
  const at = (text: string, i: 0 | 1): number => Math.min(...GROUP_WORDS.map((w) => text.indexOf(w[i])).filter((n) => n >= 0), Number.POSITIVE_INFINITY);
  const first = reading.map((s) => [at(s.text, 0), at(s.text, 1)] as const).find(([a, b]) => Number.isFinite(a) || Number.isFinite(b));
  if (first === undefined) return [...list];
  // A headline that says "likvärdiga kommuner" sets the word: Vilhelmina's "i topp bland likvärdiga kommuner" over a
  // body of "kommungruppen" read as two names for one thing (read JX).
  // So does one that says "kommungruppen" (Halmstad's "svarstiden längst i kommungruppen").
  const keep: 0 | 1 = headline.includes("likvärdiga kommuner") ? 1 : headline.includes("kommungrupp") ? 0 : first[0] >= first[1] ? 1 : 0;
  const other = keep === 0 ? 1 : 0;
  return list.map((s) => {
    const words = GROUP_WORDS.reduce((t, w) => t.split(w[other]).join(w[keep]), s.text);
    const text = GROUP_PLACES.reduce((t, [toGroup, group, toKommungruppen, kommungruppen]) => (keep === 1 ? t.replace(toGroup, group) : t.replace(toKommungruppen, kommungruppen)), words);
    return text === s.text ? s : { ...s, text };
  });
}

/**
 * Two references with one verdict give their figures together, after both names: "bättre än både riket och
 * kommungruppen (84 och 82 procent)". "både riket (84 procent) och likvärdiga kommuner (82 procent)" put a unit
 * after every name, 600 times in the example batch (read BB: "för många siffror i en mening"). Only figures of the
 * same unit word are joined ("1 timme" and "1,5 timmar" are not).
 */
export function pairedFigures(text: string): string {
  return oneAverageWord(text.replace(PAIRED, (_, a: string, x: string, unit: string, b: string, y: string) => `både ${a} och ${b} (${x} och ${y}\u00A0${unit})`));
}

/**
 * Riket's average and the group's in one "både" take the word once: "både snittet i riket och genomsnittet för
 * likvärdiga kommuner" switched words in one breath (read BD: Skurup), and "både genomsnittet i riket och
 * genomsnittet för likvärdiga kommuner" said it twice (read CA): "genomsnittet både i riket och för likvärdiga
 * kommuner".
 */
function oneAverageWord(text: string): string {
  return text.replace(/\bbåde (snittet|genomsnittet) i riket och (snittet|genomsnittet) (för|i) /gu, (_, a: string, _b: string, p: string) => `${a} både i riket och ${p} `);
}

const PAIRED = /(?<!\p{L})både ([^().,]+?) \((\d+(?:,\d+)?)\u00A0(\p{L}+)\) och ([^().,]+?) \((\d+(?:,\d+)?)\u00A0\3\)/gu;

/** Approximate words per release ("drygt hälften (53 procent)"); later figures stand alone. */
export const MAX_APPROXIMATE = 2;

/** The lead's own rewrites, after the ingress is cut: each a pure pass over its sentences. */
function leadTidied(lead: readonly Sentence[], ingress: number, name: string, headline: string, findings: readonly IndicatorFinding[]): Sentence[] {
  return concessionAgain(notHeadlineWord(unmirrored(placeWithoutValueAgain(unturnedAfterCut(lead, ingress, findings)), name, findings), headline), ingress);
}

/** A record's turn to riket ("…, men fortsatt sämre än rikssnittet"): its adverb and its side. */
const CONCESSION = /, men (?:är )?(?:fortfarande|ändå|fortsatt) ((?:klart |långt )?(sämre|bättre|längre|kortare) än rikssnittet)(?= \(|\.$)/u;

/**
 * The ingress's second turn to riket the same way as its first says so: "…, men fortsatt sämre än rikssnittet (60
 * procent). … Också den siffran är Alingsås bästa hittills, men ändå sämre än rikssnittet (84 procent)." read as one
 * template twice (read JD: "men fortsatt/ändå sämre än rikssnittet" in seven leads of fifteen). The second is "men
 * även här sämre än rikssnittet".
 */
function concessionAgain(lead: readonly Sentence[], ingress: number): Sentence[] {
  let side: string | undefined;
  return lead.map((s, i) => {
    const m = i < ingress ? CONCESSION.exec(s.text) : null;
    if (!m) return s;
    const again = side === m[2];
    side = m[2];
    return again ? { ...s, text: `${s.text.slice(0, m.index)}, men även här ${m[1]}${s.text.slice(m.index + m[0].length)}` } : s;
  });
}

/**
 * The first sentence under the ingress does not turn: its "däremot" pointed at nothing in a paragraph of its own
 * ("Andelen … gick däremot upp" under "sämre än rikssnittet på fyra av fem mått": Ockelbo, read AY). Without the turn,
 * the clause onceDäremot made of its "men" is a "men" again: "…, det bästa resultatet hittills för Ockelbo, vilket
 * fortfarande är sämre än rikssnittet" chained its "vilket" to the record (reads HR and HS).
 */
function unturnedAfterCut(lead: readonly Sentence[], ingress: number, findings: readonly IndicatorFinding[]): Sentence[] {
  return lead.map((s, i) => {
    if (i !== ingress) return s;
    const unturned = (däremotDropped(s.text, findings) ?? s.text).replace(/^(Men|Däremot|Samtidigt) (\p{L})/u, (_, _w: string, c: string) => c.toUpperCase()).replace(/ däremot(?= )/u, "");
    const text = unturned === s.text ? s.text : unturned.replace(/, vilket fortfarande är /u, ", men är fortfarande ");
    return text === s.text ? s : { ...s, text };
  });
}

/**
 * A place in the country right after a sentence that gave its measure's value does not give the value again:
 * "… till 63 procent 2019. … Gullspång hör till de tio sämsta i landet när det gäller e-postsvaren inom en
 * arbetsdag, med 63 procent 2019" (read AZ).
 */
function placeWithoutValueAgain(lead: readonly Sentence[]): Sentence[] {
  return lead.map((s, i) => {
    const id = s.claims.find((c) => c.endsWith(".rank"))?.split(".")[0];
    const before = lead.slice(Math.max(0, i - 2), i);
    if (id === undefined || !before.some((b) => b.claims.includes(`${id}.value`))) return s;
    const text = s.text.replace(/,? med \d+(,\d+)?\u00A0\p{L}+ \d{4}\.$/u, ".").replace(/: \d+(,\d+)?\u00A0\p{L}+ \d{4}\.$/u, ".");
    return text === s.text ? s : { ...s, text };
  });
}

/** An intensity word and its other word: the lead does not repeat the headline's. */
const INTENSITY: Readonly<Record<string, string>> = { markant: "kraftigt", kraftigt: "markant" };

/**
 * The lead's first sentence does not repeat the headline's intensity word: "Jokkmokk: tillgängligheten i telefon
 * förbättras markant" over "Jokkmokks kommun har lyft andelen … markant" (reads AW and AX).
 */
function notHeadlineWord(lead: readonly Sentence[], headline: string): Sentence[] {
  const [first, ...rest] = lead;
  const word = Object.keys(INTENSITY).find((w) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, "u").test(headline));
  if (!first || word === undefined) return [...lead];
  return [{ ...first, text: first.text.replace(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, "u"), INTENSITY[word] ?? word) }, ...rest];
}

/**
 * The municipality's own best (worst) yet as a record sentence words it after "Det är": "det bästa resultatet hittills
 * för Halmstad", "Halmstads bästa resultat i mätningen hittills", "… så här långt". Group 1 or 2 is bästa/sämsta.
 */
function ownRecord(name: string): string {
  const scope = "(?:i mätningen |i alla mätningar sedan \\d{4} |i mätningarna sedan \\d{4} )?(?:hittills|så här långt)";
  return `(?:det (bästa|sämsta) resultatet hittills för ${escapeRegExp(name)}|${escapeRegExp(genitive(name))} (bästa|sämsta) resultat ${scope})`;
}

/**
 * A second record in the lead said "Det är …" after a first said so says the municipality's result: "Det är det
 * sämsta resultatet för Norrköping …, men … Det är det bästa resultatet hittills för Norrköping, men …" read as
 * mirrored sentences (Norrköping, Mellerud; reads AT and AU). "…, men resultatet ligger …" then says "det".
 */
function unmirrored(lead: readonly Sentence[], name: string, findings: readonly IndicatorFinding[]): Sentence[] {
  const gen = genitive(name);
  const own = new RegExp(`^Det är ${ownRecord(name)}(?=[,.])`, "u");
  // A record said "Det är … bästa (sämsta) resultat …" (time.record.*.follow), whatever its scope.
  const said = new RegExp(`^Det är (?:det (?:bästa|sämsta) resultatet|${escapeRegExp(gen)} (?:bästa|sämsta) resultat)(?!\\p{L})`, "u");
  return lead.map((s, i) => {
    const m = own.exec(s.text);
    if (!m || !lead.slice(0, i).some((x) => said.test(x.text))) return s;
    const word = m[1] ?? m[2] ?? "";
    const f = findings.find((x) => s.claims.includes(`${x.indicator.id}.record`));
    // A time is the longest or shortest yet, not a result: "Tranemos resultat är därmed det sämsta hittills, 0,2 timmar
    // längre än …" made a result longer (read JD). "Svarstiden i Tranemo är därmed den längsta hittills, …".
    const time = f !== undefined && isTime(f.indicator.unit);
    const longest = f !== undefined && (word === "sämsta") === (f.indicator.better === "lower");
    // ("nu", not "därmed", right after a run: "Det är den tredje försämringen i rad. Nässjös resultat är därmed det
    // sämsta hittills" read as if the run made it the lowest, read KG.)
    const so = /\bi rad\.$/u.test(lead[i - 1]?.text ?? "") ? "nu" : "därmed";
    const subject = f && time ? `${capitalize(tightName(f, findings, false))} i ${name} är ${so} den ${longest ? "längsta" : "kortaste"} hittills` : `${gen} resultat är ${so} det ${word} hittills`;
    // Its turn to riket then points back with "den": "…, men den är fortsatt längre än rikssnittet", not "men svarstiden
    // är …" after "Svarstiden i Norrköping är …", nor "men det är" for a time.
    const turn = f && time ? new RegExp(`, (men|och) (?:resultatet|det|${escapeRegExp(headlineName(f.indicator))}|${escapeRegExp(tightName(f, findings, false))}) (ligger|är) `, "u") : /, (men|och) resultatet (ligger|är) /u;
    // (And its margin "över"/"under" the old one: "den kortaste hittills, 0,9 timmar kortare än …" said it twice.)
    const margin = (t: string): string => (time ? t.replace(/(?<=\d\u00A0timm(?:e|ar) )(kortare|längre) än (?=(?:det|den|kommunens) )/u, (_, w: string) => (w === "kortare" ? "under " : "över ")) : t);
    const text = margin(s.text.replace(own, subject).replace(turn, time ? ", $1 den $2 " : ", $1 det $2 "));
    return { ...s, text };
  });
}

/**
 * A narrow record right after a sentence that said the year was no change takes no hedge: "Tillgängligheten i
 * telefon förändrades knappt: 35 procent 2019 mot 34 procent 2018. Resultatet är ändå det bästa hittills för
 * Vingåker, med knapp marginal" said the smallness twice (read W: Vingåker, Åtvidaberg).
 */
function marginless(text: string): string {
  return text.replace(/^Med knapp marginal är det (.+)\.$/u, "Det är $1.").replace(/,? (om än )?(med (knapp|liten) marginal|knappt)\.$/u, ".");
}

/**
 * "med knapp marginal" said again in a release says "om än knappt": Vingåker's two narrow records, a best and a
 * worst, both ended ", med knapp marginal" (read W). The phrase bank's variants are chosen in the order the story is
 * composed, not read, so the release is varied here, in reading order.
 */
function marginAgain(text: string): string {
  return text
    .replace(/^Med knapp marginal är det (.+)\.$/u, "Det är $1, om än knappt.")
    .replace(/,? (om än )?med (knapp|liten) marginal\.$/u, ", om än knappt.")
    .replace(/, och med knapp marginal (även|också) för (.+)\.$/u, ", och $1 för $2, om än knappt.")
    .replace(/, och med knapp marginal gäller det (även|också) (.+)\.$/u, ", och det gäller $1 $2, om än knappt.");
}

/**
 * "på alla fem mått" in two sentences in a row says "på samtliga mått" the second time: "Vaxholm har sitt bästa
 * resultat hittills på alla fem mått. Jämfört med 2018 är resultatet bättre på alla fem mått." read as mechanical
 * (sweep 7: Vaxholm, Ydre).
 */
function sayAllOnce(sentences: readonly Sentence[]): Sentence[] {
  return varyLevel(sentences).map((s, i) => allAgain(sentences[i - 1], s));
}

/** `s` with "på samtliga mått" where the sentence before it said "på alla fem mått" (sayAllOnce). */
function allAgain(before: Sentence | undefined, s: Sentence): Sentence {
  const n = /\b[Pp]å alla (\S+) mått/.exec(before?.text ?? "")?.[1];
  const again = n === undefined ? null : new RegExp(`\\b([Pp])å alla ${n} mått`).exec(s.text);
  return again ? { ...s, text: s.text.replace(again[0], `${again[1]}å samtliga mått`) } : s;
}

/**
 * Once the source has left the ingress's end (sourceAsClause), its last sentence and the one under it meet: they say
 * "på alla fem mått" once (Tingsryd: "… bättre på alla fem mått. På alla fem mått är Tingsryd sämre …").
 */
function allOnceUnderIngress(lead: readonly Sentence[], ingress: number, intro: readonly Sentence[]): [Sentence[], Sentence[]] {
  const last = lead[ingress - 1];
  const [i0, l0] = [intro[0], lead[ingress]];
  if (i0) return [[...lead], [allAgain(last, i0), ...intro.slice(1)]];
  return [l0 ? [...lead.slice(0, ingress), allAgain(last, l0), ...lead.slice(ingress + 1)] : [...lead], [...intro]];
}

/** Other words for "rikssnittet" after the first "i nivå med rikssnittet" in the opening. */
const LEVEL_AGAIN = ["i nivå med snittet i landet", "i nivå med riket som helhet"];

/**
 * "i nivå med rikssnittet" once in the opening; again it says "snittet i landet", then "riket som helhet": three
 * times in one lead read as machine-made (sweep 8: Östersund; Lekeberg, Halmstad, Kumla twice).
 */
function varyLevel(sentences: readonly Sentence[]): Sentence[] {
  let seen = 0;
  return sentences.map((s) => {
    let text = s.text;
    text = text.replace(/i nivå med rikssnittet/g, (m) => (seen++ === 0 ? m : LEVEL_AGAIN[(seen - 2) % LEVEL_AGAIN.length] ?? m));
    return text === s.text ? s : { ...s, text };
  });
}

/** EDITORIAL.md §7: "Lead: two or three sentences that work alone as a news brief." */
export const INGRESS_SENTENCES = 3;

/** A sentence that leans on the one before it ("Det är …", "Resultatet …", "Därmed …"): never cut from it. */
const LEANS = /^(Det |Där |De |Den (är|var|ligger|har|blev) |Också |Även |Dessutom |Resultatet|Siffran|Årets|Även det|Också det|Därmed|Förbättringen|Försämringen|Sämre än så|Bättre än så|(Andra|Tredje|Fjärde|Femte|Sjätte) året|Året innan |Så sent som )/;

/** The headline's measures: its findings, and a channel's other measures when it names the channel. */
function headlineNamed(plan: MunicipalityPlan): IndicatorFinding[] {
  const a = plan.angle;
  // A channel in the headline ("Stort lyft för … service via e-post") speaks of each of its measures.
  const channels = a.kind === "change" && a.subject.kind === "channels" ? a.subject.channels : [];
  return [...headlineFindings(a), ...plan.ranked.map((r) => r.finding).filter((f) => channels.includes(f.indicator.channel))];
}

/**
 * The other measures of a channel the headline names ("Kalmar förbättrar sin service via e-post"), as must keys: the
 * ingress told only the response time, and Kalmar's e-mail answers, up for the fifth year in a row, opened the section
 * (read IW scored it 3: "the lead never says … fifth year in a row").
 */
function channelOthers(plan: MunicipalityPlan): string[] {
  const a = plan.angle;
  if (!((a.kind === "change" || a.kind === "compare") && a.subject.kind === "channels")) return [];
  const first = headlineFindings(a)[0];
  const channels = a.subject.channels;
  return plan.ranked.map((r) => r.finding).filter((f) => f !== first && channels.includes(f.indicator.channel)).map((f) => `${f.indicator.id}.`);
}

/**
 * The lead split with the headline channel's other measures in the ingress too, where that keeps it within
 * INGRESS_SENTENCES + 1 sentences and the source; else as it was (Mörbylånga's ingress would have taken its count of
 * records as well, six sentences).
 */
function withChannel(split: (others: readonly string[]) => ReturnType<typeof splitLead>, others: readonly string[]): ReturnType<typeof splitLead> {
  const plain = split([]);
  if (others.length === 0) return plain;
  const wide = split(others);
  const content = (r: ReturnType<typeof splitLead>): number => r[0].slice(0, r[1]).filter((s) => !isSourceSentence(s)).length;
  return content(wide) > content(plain) && content(wide) <= INGRESS_SENTENCES + 1 ? wide : plain;
}

/** The headline's first measure, and both sides of a two-sided one; a channel's other measures the headline says. */
function headlineSides(plan: MunicipalityPlan): IndicatorFinding[] {
  const a = plan.angle;
  const named = headlineNamed(plan);
  return a.kind === "both" || a.kind === "contrast" || a.kind === "mixed" ? named : named.slice(0, 1);
}

/**
 * A side that is a record or a run is said as such, not only its measure: Färgelanda's "eget rekord för svarstiden,
 * men ändå bland landets sämsta" had the record after the ingress (sweep 8 scored it 3). So is a headline's record,
 * counted with others ("Örebro: e-postsvaren inom en arbetsdag bäst hittills").
 */
function headlineFacts(plan: MunicipalityPlan): string[] {
  const a = plan.angle;
  const facts = a.kind === "both" ? [a.first, a.second].filter((i) => i.fact.kind === "record" || i.fact.kind === "streak").map((i) => `${i.finding.indicator.id}.${i.fact.kind}`) : [];
  // (Both records of "Kalix slår egna rekord för svarstiden på e-post och e-postsvaren".)
  if (a.kind === "time" && a.fact.kind === "record") facts.push(...[a.finding, ...(a.also ? [a.also] : [])].map((f) => `${f.indicator.id}.record`));
  return facts;
}

/**
 * What the ingress keeps whatever its length, as claim prefixes: the headline's news, every strong change, place in
 * the country and worst-ever the lead tells, and the lead's first news the other way (Solna's bemötande at its
 * lowest under a headline on a fourth rise: good news alone over a worst-ever reads as spin, §2).
 */
function headlineCore(plan: MunicipalityPlan, hard = false): string[] {
  const a = plan.angle;
  // A count against riket is told with its largest gap and its exception, its own counterweight (Österåker).
  // And the change the count took the headline from, when it points the other way: Norrtälje's 4-point fall in
  // bemötandet under "bättre än riket på tre av fem mått" (countOverChange), which the ingress must not leave out.
  const counted = a.kind === "summary" ? [plan.largestGap, summaryException(plan.ranked, a.polarity)?.finding, a.over].filter((f) => f !== undefined).map((f) => `${f.indicator.id}.`) : [];
  const counter = leadCounter(plan);
  // Every strong change (EDITORIAL.md §3: "a strong decline in headline or lead"), and every place in the country
  // the lead tells (Ånge's tenth-from-bottom direct answers after the ingress, under a 2-point rise in it).
  const strong = plan.ranked.filter((p) => p.finding.changeClass?.startsWith("strongly-")).map((p) => `${p.finding.indicator.id}.changeClass`);
  // (Past INGRESS_HARD_WORDS, only the very top and bottom of the country: EDITORIAL.md §1's first rank of news.)
  const places = plan.lead.filter((i) => PLACE_FACTS.includes(i.fact.kind) && !(hard && TEN_FACTS.includes(i.fact.kind))).map((i) => `${i.finding.indicator.id}.rank`);
  // And a worst-ever: Mellerud's bemötande at its lowest left the ingress to a 2-point rise (spin, §2).
  // (Past INGRESS_HARD_WORDS, only when no other counterweight is told: Halmstad's direct answers at their lowest after
  // its record and its last place in the group for the response time made an ingress of six sentences, read IO.)
  const lows = worstEvers(plan).filter((f) => !hard || counter === undefined || counter.fact.polarity > 0 || counter.finding === f).map((f) => `${f.indicator.id}.`);
  // And a count against riket that the headline names (Håbo, Umeå).
  const behind = headlineSaysBehind(plan) ? ["summary."] : [];
  return [...headlineSides(plan).map((f) => `${f.indicator.id}.`), ...headlineFacts(plan), ...counted, ...(counter ? [`${counter.finding.indicator.id}.`] : []), ...strong, ...places, ...lows, ...behind];
}

/** The lead's first news the other way (its counterweight), but under a count against riket. */
function leadCounter(plan: MunicipalityPlan): LeadItem | undefined {
  const first = plan.lead[0]?.fact.polarity ?? 0;
  return plan.angle.kind === "summary" ? undefined : plan.lead.find((i) => i.fact.polarity !== 0 && first !== 0 && i.fact.polarity !== first);
}

/** Places among the ten best or worst, past the very top and bottom. */
const TEN_FACTS: readonly string[] = ["top-ten", "bottom-ten"];

/** The clear worst-evers the lead tells (not narrow, not demoted). */
function worstEvers(plan: MunicipalityPlan): IndicatorFinding[] {
  return plan.lead.filter((i) => i.fact.kind === "record" && i.fact.polarity < 0 && !i.fact.narrow && !i.fact.demoted).map((i) => i.finding);
}

/** What the ingress must reach (§3), as claim prefixes: the headline's news, every strong change, every place in the country and at an end of the group. */
function mustLead(plan: MunicipalityPlan): string[] {
  const a = plan.angle;
  const named = headlineNamed(plan);
  const sides = headlineSides(plan);
  // Every place in the country or at an end of the group the lead tells (sweep 8: Strömsund's shared tenth place
  // and Halmstad's last place in the group after the ingress, both scored 3).
  const strong = plan.lead.filter((i) => i.fact.kind === "strong-change" || PLACE_FACTS.includes(i.fact.kind) || GROUP_FACTS.includes(i.fact.kind)).map((i) => i.finding);
  const unsaid = [...strong, ...plan.leadAlso].filter((f) => !named.includes(f));
  const facts = headlineFacts(plan);
  // A worst-ever the lead tells, when no turn to good news carries it: Storuman's bemötande at its lowest after a
  // fall of 9 points followed the ingress (sweep 8 scored it 3).
  // (Not one still better than riket: it may open the body when the ingress is full, Mjölby.)
  const lows = worstEvers(plan).map((f) => `${f.indicator.id}.record`);
  // Under a count against riket, its largest gap and its exception (Östra Göinge's and Lomma's exception opened the
  // body), the bad news the lead tells under a good count (Malmö's 7-point fall in bemötande), and a change the lead
  // tells of half a strong change or more (read S: Örnsköldsvik's 9-point rise, which ended three years of decline).
  const big = (i: (typeof plan.lead)[number]): boolean =>
    (i.fact.kind === "change" || i.fact.kind === "strong-change") && i.finding.change !== null && Math.abs(i.finding.change) >= i.finding.changeThresholds.strong / 2;
  const falls = a.kind === "summary" ? plan.lead.filter((i) => (a.polarity > 0 && i.fact.polarity < 0) || big(i)).map((i) => i.finding) : [];
  const counted = a.kind === "summary" ? [plan.largestGap, summaryException(plan.ranked, a.polarity)?.finding, ...falls].filter((f) => f !== undefined) : [];
  // The strength and weakness said side by side (Övertorneå). The lead's counterweight, when a record the lead's way
  // came before it: Katrineholm's flat tillgänglighet, clearly behind riket, left the ingress once e-mail's best joined
  // the place (an ingress of good news alone, §2).
  // (Only under a place in the country: elsewhere the counterweight may give way to a second strength, Fagersta.)
  const counter = PLACE_FACTS.includes(plan.lead[0]?.fact.kind ?? "gap") ? leadCounter(plan) : undefined;
  return [...new Set([...sides, ...unsaid, ...counted, ...(plan.strengths ?? []), ...(counter ? [counter.finding] : [])].map((f) => `${f.indicator.id}.`)), ...facts, ...lows, ...(headlineSaysBehind(plan) ? ["summary."] : [])];
}

/**
 * Where the lead's ingress ends: the lead in its order with the source sentence moved to the ingress's end, and
 * the number of sentences the ingress holds. At most INGRESS_SENTENCES and the source, more only to reach every
 * measure in `must`, and never cutting a sentence from the one it leans on; the rest opens the body. Leads of six
 * to nine sentences read as "the lead carries the whole release" (sweeps 6 and 7: Mörbylånga, Filipstad, Haninge
 * scored 3; a dozen more 4).
 */
export function splitLead(lead: readonly Sentence[], must: readonly string[], mustSay: (s: Sentence) => boolean = () => false, keep: readonly string[] = [], core: readonly string[] = [], essential: readonly string[] = core, firsts: readonly string[] = [], ends: readonly string[] = [], firm: readonly string[] = []): [Sentence[], number, Sentence[]] {
  const last = lead[lead.length - 1];
  const source = last !== undefined && isSourceSentence(last) ? last : undefined;
  const content = source ? lead.slice(0, -1) : [...lead];
  const leans = leaning(content);
  // The turn to the other side's news goes with the ingress (moved up when it comes later), with the sentences
  // leaning on it: an ingress of good news alone over a worst-ever read as spin (§2).
  const [b, e] = turnGroup(content, leans);
  const moved = (i: number): boolean => i >= b && i < e && b >= INGRESS_SENTENCES;
  // `must` holds claim prefixes: "tillganglighet." for any claim on the measure, "epost-svarstid.record" for one.
  const about = (s: Sentence, key: string): boolean => s.claims.some((c) => c.startsWith(key));
  const first = (ok: (s: Sentence) => boolean): number => content.findIndex((s, i) => ok(s) && !moved(i));
  const reach = Math.max(-1, ...must.map((key) => (content.some((s, i) => moved(i) && about(s, key)) ? -1 : first((s) => about(s, key)))), content.findLastIndex((s, i) => mustSay(s) && !moved(i)));
  let k = Math.max(INGRESS_SENTENCES, reach + 1);
  while (k < content.length && leans(k, LEANS)) k += 1;
  if (k > b && k < e) k = e;
  const turn = b >= k ? content.slice(b, e) : [];
  // Past INGRESS_MAX sentences, the groups with nothing the ingress must reach open the body instead.
  // (And what `keep` names, the lead's strong changes on the headline's channel too: Östersund's 23-point rise in
  // direct answers, the country's largest, under a headline on tillgängligheten; and a count of records: Sundsvall's
  // worst yet on all three telephone measures, read R.)
  // A record the lead tells stays too (Nykvarn's tillgänglighet at its best after a third rise, read M).
  const counts = (s: Sentence): boolean => mustSay(s) || s.claims.some((c) => c.endsWith(".record"));
  const needed = new Set([0, ...[...must, ...keep].map((key) => first((s) => about(s, key))), ...content.flatMap((s, i) => (counts(s) ? [i] : []))]);
  const head = [...content.slice(0, Math.min(k, content.length)), ...turn];
  const full = withoutGroupBesidePlace(trimmed(head, (s) => needed.has(content.indexOf(s)) || turn.includes(s), leaning(head)), firsts);
  const budget = budgeted(full, (s) => content.indexOf(s) === 0 || turn.includes(s) || core.some((key) => about(s, key)), leaning(full));
  const ingress = capped(budget, (s) => content.indexOf(s) === 0 || turn.includes(s) || essential.some((key) => about(s, key)), (s) => ids(s).every((id) => ends.includes(id)), (s) => firm.some((key) => about(s, key)));
  const rest = content.filter((s) => !ingress.includes(s));
  // What the ingress had to reach, or left only for its length, stays right under it; the rest goes to the sections.
  const groups = groupsOf(rest, leaning(rest));
  const besidePlace = (s: Sentence): boolean => head.includes(s) && !full.includes(s);
  // (Left for its length, a plain change goes to its section: once the lead's record sentences joined their changes,
  // Hagfors' e-mail answers came into reach and were cut only for length, then opened the body; read W.)
  const held = (s: Sentence): boolean => !besidePlace(s) && (needed.has(content.indexOf(s)) || turn.includes(s) || (full.includes(s) && counts(s)) || core.some((key) => about(s, key)));
  const loose = groups.filter((g) => !g.some(held)).flat();
  if (rest.length === 0) return [[...lead], lead.length, []];
  const src = source ? [source] : [];
  return [[...ingress, ...src, ...rest], ingress.length + src.length, loose];
}

/**
 * The measures whose first place of their own in the group stays in the ingress beside the same measure's place
 * among the country's best (withoutGroupBesidePlace).
 */
function groupFirstsBesidePlace(plan: MunicipalityPlan): string[] {
  const best = (i: LeadItem): boolean => i.fact.kind === "top-ten" || i.fact.kind === "first" || i.fact.kind === "shared-first";
  return plan.lead
    .filter((i) => i.fact.kind === "group-first" && i.finding.rank?.group?.tied === undefined && plan.lead.some((j) => j.finding === i.finding && best(j)))
    .map((i) => i.finding.indicator.id);
}

/** What the ingress keeps up to INGRESS_HARD_WORDS but not past INGRESS_WORDS, as claim prefixes. */
function firmInIngress(plan: MunicipalityPlan): string[] {
  const tens = plan.lead.filter((i) => TEN_FACTS.includes(i.fact.kind)).map((i) => `${i.finding.indicator.id}.rank`);
  // (And a far gap the other way, the ingress's counterweight: Skinnskatteberg's e-mail answers, 66 procent against
  // riket's 84, beside its first place, reads R and S.)
  const first = plan.lead[0]?.fact.polarity ?? 0;
  const against = plan.lead.filter((i) => i.fact.kind === "gap" && first !== 0 && i.fact.polarity === -first && (plan.strengths ?? []).includes(i.finding));
  // (And a gap the ingress's way when its first measure is only level with riket: Fagersta's direct answers, 71
  // procent against 55, beside a record response time level with riket's, AB30: "undersells the release".)
  const level = plan.lead[0]?.finding.vsNational === "level";
  const beside = level ? plan.lead.filter((i) => i.fact.kind === "gap" && first !== 0 && i.fact.polarity === first && i.finding !== plan.lead[0]?.finding) : [];
  return [...tens, ...[...(plan.balance ?? []), ...against.map((i) => i.finding), ...beside.map((i) => i.finding)].map((f) => `${f.indicator.id}.`)];
}

/** The headline's measures at an end of their group whose place in the country the lead does not tell. */
function headlineEnds(plan: MunicipalityPlan): string[] {
  const sides = headlineSides(plan);
  const placed = (f: IndicatorFinding): boolean => plan.lead.some((i) => i.finding === f && PLACE_FACTS.includes(i.fact.kind));
  return plan.lead.filter((i) => GROUP_FACTS.includes(i.fact.kind) && sides.includes(i.finding) && !placed(i.finding)).map((i) => i.finding.indicator.id);
}

/**
 * An ingress of more than INGRESS_SENTENCES without a sentence that only gives a first or last place in the
 * kommungrupp on a measure whose place in the country it already tells: "… en delad tredje sista plats i landet. För
 * tillgängligheten i telefon är Haninge svagast av de 40 kommunerna i kommungruppen …" made leads of five and six
 * sentences (31 in the example batch; Jokkmokk, Västervik, Ånge read as overloaded, reads AI and AJ). The place
 * in the group opens its measure's section instead. A first place in the group (`firsts`: measures) stays: Växjö's,
 * alone at the top of 21 beside a shared sixth place in the country, read as buried (reads EE and EH).
 */
function withoutGroupBesidePlace(ingress: readonly Sentence[], firsts: readonly string[] = []): Sentence[] {
  if (ingress.length <= INGRESS_SENTENCES) return [...ingress];
  const groupOnly = (s: Sentence): string | undefined => {
    const [id, ...more] = ids(s);
    return id !== undefined && more.length === 0 && groupPlaceOnly(s) && !firsts.includes(id) ? id : undefined;
  };
  return ingress.filter((s) => {
    const id = groupOnly(s);
    return id === undefined || !ingress.some((x) => x.claims.includes(`${id}.rank`));
  });
}

/**
 * An ingress of more words than this, and more than INGRESS_SENTENCES, drops its last groups that do not carry the
 * headline's news (`budgeted`), and past it `capped` keeps only what is essential or firm.
 */
export const INGRESS_WORDS = 60;

/** The words an ingress of four sentences that tells a record may have. */
export const INGRESS_WORDS_FOUR = 80;

/**
 * The ingress within INGRESS_WORDS: its groups (a sentence and those leaning on it) dropped from the last, unless
 * they carry the headline's news, the first sentence or the turn (`core`). Ingresses of 100 words and more, five
 * or six sentences on three or four measures, read as overloaded (reads X and Y: Nykvarn, Halmstad, Herrljunga,
 * Vara, Landskrona, Kinda scored 3 or 4 for it).
 */
function budgeted(ingress: readonly Sentence[], core: (s: Sentence) => boolean, leans: (i: number, words: RegExp) => boolean): Sentence[] {
  // "Resultatet för andelen e-postfrågor …" opens with a leaning word but speaks of another measure (Vara).
  const own = (i: number): boolean => {
    const [a, b] = [ids(ingress[i - 1]), ids(ingress[i])];
    return !(a.length > 0 && b.length > 0 && b.every((id) => !a.includes(id)) && !/^(Även|Också) /.test(ingress[i]?.text ?? ""));
  };
  // Four sentences that tell a record may run to INGRESS_WORDS_FOUR: at 60 Arboga's ingress lost its response time at
  // its best yet and kept two plain changes of 4 points (read AK scored it 2).
  const over = (out: readonly Sentence[]): boolean => out.length > INGRESS_SENTENCES && wordCount(out) > INGRESS_WORDS && !room(out);
  return dropLast(groupsOf(ingress, leans, own), core, over);
}

/** An ingress of four sentences that tells a record (in its last sentence, when `last`), within INGRESS_WORDS_FOUR. */
function room(out: readonly Sentence[], last = false): boolean {
  const told = (last ? out.slice(INGRESS_SENTENCES) : out).some((s) => s.claims.some((c) => c.endsWith(".record")));
  return out.length === INGRESS_SENTENCES + 1 && told && wordCount(out) <= INGRESS_WORDS_FOUR;
}

/**
 * The words (the source sentence aside) past which an ingress of more than INGRESS_SENTENCES keeps only what it cannot
 * do without (`capped`). (Read DG still found ingresses of about 90 words with the source heavy; at 95 the cap left
 * Håbo's and Jönköping's five sentences.)
 */
export const INGRESS_HARD_WORDS = 85;

/**
 * The ingress within INGRESS_HARD_WORDS, never below INGRESS_SENTENCES (Ånge's place among the ten weakest stays beside
 * its fall and its turn): its last groups dropped that hold nothing `essential` (the first sentence,
 * the turn, the headline's news, strong changes, the very top and bottom of the country, clear worst-evers). A place
 * from fourth to tenth in the country, a group's place, a gap or a run of another measure then opens the body, right
 * under the ingress. Ingresses of 100 to 150 words were the first complaint of every blind read (Stockholm,
 * Mörbylånga, Örebro, Landskrona, Ödeshög scored 3 for it).
 *
 * Its first tier is at INGRESS_WORDS, the budget `budgeted` keeps: past it an ingress keeps only what it cannot do
 * without and what is firm (a place among the country's ten best or worst, a strength said beside a weakness, a far gap
 * the other way), and a plain change, a gap to riket the ingress's way or a place in the group of another measure opens
 * the body. A/B read AB29 preferred Mölndal's, Karlskoga's, Tranås' and Lomma's ingresses so; it wanted Heby's place
 * among the ten weakest and Övertorneå's strength kept.
 */
function capped(ingress: readonly Sentence[], essential: (s: Sentence) => boolean, end: (s: Sentence) => boolean, firm: (s: Sentence) => boolean): Sentence[] {
  // A sentence that gives a measure's value or place anew starts a group of its own, unless its words lean back: after
  // a count of records, "Andelen som får ett direkt svar … gick upp" is news of its own (Örebro).
  const anew = (i: number, list: readonly Sentence[]): boolean => !LEANS.test(list[i]?.text ?? "") && (list[i]?.claims ?? []).some((c) => /\.(value|rank)$/.test(c));
  const past = (words: number) => (out: readonly Sentence[]): boolean => out.length > INGRESS_SENTENCES && wordCount(out) > words && !room(out, true);
  const over = past(INGRESS_HARD_WORDS);
  // Four sentences are many at any length, a sentence long enough for splitLong to cut counting as two: Herrljunga's
  // ingress of four, one of them long, came out as five once a record's wording got shorter (read HE). Only then, a
  // place in the group stays: Nyköping's last place beside its strong rise.
  const sentences = (out: readonly Sentence[]): number => out.length + out.filter((s) => wordsIn(s.text) >= LONG_SENTENCE).length;
  const many = (out: readonly Sentence[]): boolean => out.length > INGRESS_SENTENCES && sentences(out) > INGRESS_SENTENCES;
  // A place in the group alone is never essential: the measure's own news is (Uppsala). Such a sentence goes first,
  // from the last (Jokkmokk's last place for the direct answers, after their rise and their gap to riket).
  // (But a first or last place in the group on the headline's measure, when the ingress has no place in the country
  // for it: Nyköping's e-mail answers, up 15 points yet last of 24, AB29.)
  const alone = (s: Sentence): boolean => groupPlaceOnly(s) && !end(s);
  const kept = (s: Sentence): boolean => essential(s) && !alone(s);
  const out = [...ingress];
  for (let i = out.length - 1; i > 0 && past(INGRESS_WORDS)(out); i -= 1) if (alone(out[i] as Sentence)) out.splice(i, 1);
  // Past INGRESS_WORDS, what is not `firm` goes first: plain changes and gaps of other measures (AB29).
  // (Not when that takes the ingress's only other side: Sävsjö's direct answers "… men är fortsatt klart sämre än
  // rikssnittet" and Öckerö's run "…, men … fortfarande sämre än rikssnittet" beside records.)
  const firmed = dropLast(groupsOf(out, leaning(out), (i) => !anew(i, out)), (s) => kept(s) || (firm(s) && !alone(s)), past(INGRESS_WORDS));
  const turns = (list: readonly Sentence[]): boolean => list.some((s) => TURN.test(s.text) || /, (men|om än) /.test(s.text));
  const held = turns(out) && !turns(firmed) ? out : firmed;
  const within = dropLast(groupsOf(held, leaning(held), (i) => !anew(i, held)), kept, over);
  // Past three sentences, a long one counting as two, what is not firm goes too (A/B read AB81 preferred Botkyrka's,
  // Bjuv's, Vindeln's and six more ingresses of two or three sentences, the second measure's record in its section,
  // in 9 pairs of 9); but never the ingress's only turn to the other side (Sävsjö, Eksjö).
  const groups = groupsOf(within, leaning(within), (i) => !anew(i, within));
  const keep = (s: Sentence): boolean => essential(s) || groupPlaceOnly(s) || firm(s);
  const short = dropLast(groups, keep, many);
  return turns(within) && !turns(short) ? dropLast(groups, (s) => keep(s) || turns([s]), many) : short;
}

/** At most this many sentences in an ingress, unless what it must reach needs more. */
export const INGRESS_MAX = 5;

/**
 * An ingress of more than INGRESS_MAX sentences without the groups (a sentence and those leaning on it) that hold
 * nothing it must reach, the last first: Hagfors' seven sentences held the e-mail answers between its place and its
 * bemötande, Härjedalen's and Sundsvall's seven read as a list (reads R and S asked for leads of about four).
 */
function trimmed(ingress: readonly Sentence[], needed: (s: Sentence) => boolean, leans: (i: number, words: RegExp) => boolean): Sentence[] {
  return dropLast(groupsOf(ingress, leans), needed, (out) => out.length > INGRESS_MAX);
}

/** A list cut into groups: a sentence and those leaning on it (`joins`, when given, may refuse a lean). */
function groupsOf(list: readonly Sentence[], leans: (i: number, words: RegExp) => boolean, joins: (i: number) => boolean = () => true): Sentence[][] {
  const groups: Sentence[][] = [];
  list.forEach((s, i) => (i > 0 && leans(i, LEANS) && joins(i) ? groups[groups.length - 1]?.push(s) : groups.push([s])));
  return groups;
}

/** The groups without their last ones that hold nothing `kept`, dropped while `over` holds. */
function dropLast(groups: readonly Sentence[][], kept: (s: Sentence) => boolean, over: (out: readonly Sentence[]) => boolean): Sentence[] {
  let out = groups;
  for (let i = groups.length - 1; i >= 0 && over(out.flat()); i -= 1) {
    const g = groups[i] as Sentence[];
    if (!g.some(kept)) out = out.filter((x) => x !== g);
  }
  return out.flat();
}

/** Whether sentence `i` leans on the one before it: by its words, or by speaking of that sentence's measure only. */
function leaning(content: readonly Sentence[]): (i: number, words: RegExp) => boolean {
  return (i, words) => {
    const [a, b] = [content[i - 1], content[i]];
    // ("Även andelen … är på sin sämsta nivå hittills" follows the record it echoes: Gävle.)
    const echo = b !== undefined && /^(Även|Också) /.test(b.text) && b.claims.some((c) => c.endsWith(".record"));
    return b !== undefined && (words.test(b.text) || echo || (ids(b).length > 0 && ids(b).every((id) => ids(a).includes(id))));
  };
}

/** The words of some sentences. */
function wordCount(sentences: readonly Sentence[]): number {
  return sentences.reduce((n, s) => n + wordsIn(s.text), 0);
}

/** A sentence that only names the survey ("Det visar Kommunens Kvalitet i Korthet (KKiK) 2019."). */
function isSourceSentence(s: Sentence): boolean {
  return s.claims.length > 0 && s.claims.every((c) => c.startsWith("survey."));
}

/** A sentence that only gives places in the kommungrupp. */
function groupPlaceOnly(s: Sentence): boolean {
  return s.claims.length > 0 && s.claims.every((c) => c.endsWith(".groupRank"));
}

/** The measures a sentence speaks of. */
function ids(x: Sentence | undefined): string[] {
  return [...new Set((x?.claims ?? []).map((c) => c.split(".")[0] ?? ""))];
}

/**
 * The first turn past the ingress's first sentences, [from, to): from its measure's first sentence ("Men svarstiden
 * … är nästan dubbelt så lång som rikssnittet" after that time's fall: Hylte) through the sentences leaning on it
 * ("Även andelen … är på sin sämsta nivå hittills i Gävle"). [-1, -1] when there is none.
 */
function turnGroup(content: readonly Sentence[], leans: (i: number, words: RegExp) => boolean): [number, number] {
  const t = content.findIndex((s, i) => i >= INGRESS_SENTENCES && TURN.test(s.text));
  if (t < 0) return [-1, -1];
  let e = t + 1;
  while (e < content.length && leans(e, TURN_LEANS)) e += 1;
  let b = t;
  while (b > INGRESS_SENTENCES && ids(content[b - 1]).length > 0 && ids(content[b - 1]).every((id) => ids(content[t]).includes(id))) b -= 1;
  return [b, e];
}

const TURN_LEANS = new RegExp(`${LEANS.source}|^(Även|Också) `);

/** Fills a template with the municipality's and the survey's names and `values`. */
function fillNamed(template: string, m: Municipality, survey: Survey, values: Record<string, string>): string {
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
  return fill(template, { ...names, ...surveyTokens, ...values });
}

/** The tokens of a headline that carry a fact of their own (a place, a count of years, a step). */
const HEADLINE_FACTS: readonly string[] = ["placering", "ordning", "antal", "skillnad", "andel"];

/** The sides of a two-sided headline that tell a place in the country. */
const PLACE_SIDE = /^headline\.side\.(top-ten|bottom-three)(\.time)?(\.shared)?$/;

/**
 * Picks a headline variant that comes out at most HEADLINE_MAX characters when
 * one does (the seeded order decides among those, so that variation stays
 * even); over it, the shorter the better.
 */
function headlineSayer(chooser: Chooser, m: Municipality, survey: Survey): Say {
  return (slot, values) => {
    // One side of a two-sided headline gets the room its caller left it (ROOM), else about half.
    const room = Number(values[ROOM]);
    const max = Number.isFinite(room) ? room : slot.startsWith("headline.side.") ? HEADLINE_SIDE_MAX : HEADLINE_MAX;
    // Where lower is better, "lyfter svarstiden" misleads: such variants only when there is no other.
    const height = (template: string): number => (values[LOWER] !== undefined && HEIGHT_WORDS.test(template) ? 1000 : 0);
    // "tappar i bemötandet i telefon": two "i" a word apart read badly; another variant when there is one.
    const doubleI = (text: string): number => (/(^|\s)i \S+ i\s/.test(text) ? 500 : 0);
    // A place's side that leaves the place unsaid ("direktsvaren nära botten" for a shared second-to-last place, read as
    // vague; "i toppskiktet" for a second place, as understated: reads IK and IL) only where no variant with it fits.
    const vague = (template: string): number => (PLACE_SIDE.test(slot) && values["placering"] && !template.includes("{placering}") ? (values[PRECISE] === undefined ? 0.5 : 1000) : 0);
    // Past HEADLINE_AIM, a whole headline's variant comes after those within it, but never one that leaves out a figure
    // or a count the others say: "Vetlanda fortsätter att förbättra svarstiden" for its fifth rise in a row, "nära botten"
    // for a shared second-to-last place.
    const long = (text: string): number => (Number.isFinite(room) || text.length <= HEADLINE_AIM ? 0 : 0.5);
    const lossy = (template: string): number => (Number.isFinite(room) ? 0 : HEADLINE_FACTS.some((k) => values[k] !== undefined && values[k] !== "" && !template.toLowerCase().includes(`{${k}}`)) ? 1 : 0);
    const cost = (template: string): number => {
      const text = fillNamed(template, m, survey, values);
      return height(template) + doubleI(text) + vague(template) + Math.max(0, text.length - max) + long(text) + lossy(template);
    };
    return fillNamed(chooser.pick(slot, cost, true), m, survey, values);
  };
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
    warn("no-contact", `${prefix}.contacts`);
  }
  const about = release.about ?? aboutPlaceholder;
  if (!release.about) {
    const label = aboutPlaceholder.slice(0, aboutPlaceholder.indexOf(":") + 1);
    warn("no-about", `${prefix}.about`, label);
  }
  let dateline = "Pressmeddelande [DATUM]";
  if (release.date) dateline = `Pressmeddelande ${formatDate(release.date)}`;
  else warn("no-date", `${prefix}.date`);
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



const CHANNEL_WORDS: Record<string, RegExp> = {
  telefon: /(?<!\p{L})(telefon|samtal|ring|växel)/iu,
  "e-post": /(?<!\p{L})(e-?post|mejl|mail)/iu,
};

/** The section a quote belongs after: the channel it mentions, else the first free one. */
export function quoteSection(text: string, sections: readonly Section[], taken: ReadonlySet<number>): number | null {
  const mentions = (i: number): boolean => {
    const channel = (sections[i]?.heading ?? "").toLocaleLowerCase("sv");
    const words = CHANNEL_WORDS[channel] ?? new RegExp(escapeRegExp(channel), "i");
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

function factSentences(dataset: Dataset, a: Analysis, told: readonly Sentence[]): Sentence[] {
  const out = [...surveyFacts(dataset), ...definedInFacts(a, told)];
  // The release's own word for the group: a release that says only "kommungruppen" defines that word (read KX: Skurup's
  // text said "kommungruppen" throughout, and its fact box defined "likvärdiga kommuner").
  const grouped = groupWordOnly(told);
  if (a.group && a.findings.some((f) => f.vsGroup !== null)) {
    out.push({
      text: grouped ? `Med kommungruppen avses ${genitive(a.municipality.name)} grupp av likvärdiga kommuner, ${a.group.name}.` : `Med likvärdiga kommuner avses kommungruppen ${a.group.name}.`,
      claims: ["group.name"],
    });
  }
  const changed = a.findings.filter((f) => f.changeClass !== null);
  const words = thresholdWords(changed.map((f) => ({ indicator: f.indicator, same: f.changeThresholds.same })));
  if (words) {
    out.push({
      text: `Ett resultat räknas som förbättrat eller försämrat jämfört med ${formatYear(a.previousYear)} först när det har ändrats med minst ${words.gräns}${words.undantag}.`,
      claims: changed.map((f) => `${f.indicator.id}.changeClass`),
    });
  }
  // And behind "kraftigt" and "markant": read FA found "markant" undefined where "klart" was. Only where used.
  const strong = thresholdWords(changed.map((f) => ({ indicator: f.indicator, same: f.changeThresholds.strong })));
  if (strong && told.some((s) => /\b(kraftig|kraftigt|kraftiga|markant)\b/.test(s.text))) {
    out.push({
      text: `En förändring kallas kraftig eller markant när den är minst ${strong.gräns}${strong.undantag}.`,
      claims: changed.map((f) => `${f.indicator.id}.changeClass`),
    });
  }
  // The threshold behind "i nivå med", "något bättre": three reads asked why 81 against 84 procent is "sämre" and 86
  // "i nivå" (reads BS, BU, BW).
  const compared = a.findings.filter((f) => f.vsNational !== null);
  const gap = thresholdWords(compared.map((f) => ({ indicator: f.indicator, same: f.compareThresholds.same })));
  if (gap) {
    const refs = a.findings.some((f) => f.vsGroup !== null) ? `riket och ${grouped ? "kommungruppen" : "likvärdiga kommuner"}` : "riket";
    out.push({
      text: `Mot ${refs} krävs en skillnad på minst ${gap.gräns}${gap.undantag} för att ett resultat ska räknas som bättre eller sämre.`,
      claims: compared.map((f) => `${f.indicator.id}.vsNational`),
    });
  }
  // And behind "klart" and "långt" (gradeDegree): read DP checked "klart sämre" against data.yaml's `strong` and asked
  // the fact box to say it. Only where the release uses the words.
  const clear = thresholdWords(compared.map((f) => ({ indicator: f.indicator, same: f.compareThresholds.strong })));
  if (clear && told.some((s) => /\b(klart|långt) (bättre|sämre|längre|kortare|över|under)\b/.test(s.text))) {
    out.push({
      text: `I jämförelserna betyder ”klart” en skillnad på minst ${clear.gräns}${clear.undantag} och ”långt” minst det dubbla.`,
      claims: compared.map((f) => `${f.indicator.id}.vsNational`),
    });
  }
  out.push(...historyFact(a, told));
  const note = noteFact(dataset);
  if (note) out.push(note);
  return out;
}

/**
 * A measure the text names only by its short name gets its long one in the fact box ("Med tillgängligheten i telefon
 * avses andelen som får kontakt med en handläggare inom 60 sekunder."): the text says the short name where the long
 * one's number would be a third figure (storySay), and a release that never said what was measured read as vague
 * (reads BH and BJ).
 */
function definedInFacts(a: Analysis, told: readonly Sentence[]): Sentence[] {
  const text = told.map((s) => s.text).join(" ").toLowerCase();
  return a.findings.flatMap(({ indicator: i }) => {
    const long = keepNumberWithUnit(i.subject).toLowerCase();
    if (i.short === undefined || text.includes(long) || !text.includes(keepNumberWithUnit(i.short).toLowerCase())) return [];
    return [{ text: `Med ${keepNumberWithUnit(i.short)} avses ${keepNumberWithUnit(i.subject)}.`, claims: [] }];
  });
}

/** Whether the release names the group only as "kommungruppen", never as "likvärdiga kommuner". */
function groupWordOnly(told: readonly Sentence[]): boolean {
  const text = told.map((s) => s.text).join(" ");
  return /kommungrupp/u.test(text) && !/likvärdiga kommuner/u.test(text);
}

/** A claim about the series over the years: the fact box says which years it rests on. */
const TIME_CLAIM = /\.(record|tie|streak|longRun|turnaround)$/;

/**
 * "Jämförelser med tidigare år, som 'bästa resultatet hittills', gäller
 * mätningarna 2014–2019.": the data begins later than the survey did, so a
 * record or a streak holds for the years in the data (a read asked how far
 * back "hittills" and "aldrig" reach). Only when the release tells one.
 */
function historyFact(a: Analysis, told: readonly Sentence[]): Sentence[] {
  if (!told.some((s) => s.claims.some((c) => TIME_CLAIM.test(c)))) return [];
  const years = Object.entries(a.municipality.results)
    .filter(([, row]) => Object.values(row ?? {}).some((v) => typeof v === "number"))
    .map(([y]) => Number(y));
  const first = Math.min(...years);
  if (!Number.isFinite(first) || first >= a.year) return [];
  // A year missing in between is said: "2014–2019" hid that Sala has no 2017 (a read).
  const ranges = yearRanges(years.filter((y) => y <= a.year));
  const main = { text: `Jämförelser med tidigare år, som ”bästa resultatet hittills”, gäller ${joinList(ranges)}, de år som finns med i underlaget.`, claims: [] };
  const whole = ranges.length < 2 ? [] : [{ text: `För ${a.municipality.name} saknas resultat för ${joinList(missingYears(years, first, a.year).map(formatYear))}.`, claims: [] }];
  return [main, ...whole, ...missingForMeasure(a, told, years)];
}

/**
 * A measure the release tells a record or a run for, with no value for a year the municipality was otherwise
 * measured: said in the fact box ("För Nacka saknas resultat för tillgängligheten i telefon 2017."), as a whole
 * missing year is. Nacka's "bästa resultaten hittills på fyra av fem mått" counted a measure without 2017 and said
 * nothing (read FH scored it 3).
 */
function missingForMeasure(a: Analysis, told: readonly Sentence[], years: readonly number[]): Sentence[] {
  const timed = new Set(told.flatMap((s) => s.claims).filter((c) => TIME_CLAIM.test(c)).map((c) => c.slice(0, c.lastIndexOf("."))));
  return a.findings.flatMap((f) => {
    if (!timed.has(f.indicator.id)) return [];
    const gaps = years.filter((y) => y < a.year && typeof a.municipality.results[String(y)]?.[f.indicator.id] !== "number");
    if (gaps.length === 0) return [];
    const name = f.indicator.short ?? f.indicator.subject;
    return [{ text: `För ${a.municipality.name} saknas resultat för ${name} ${joinList([...gaps].sort((x, y) => x - y).map(formatYear))}.`, claims: [] }];
  });
}

/** "2014–2016", "2018–2019": runs of consecutive years (a single year alone). */
function yearRanges(years: readonly number[]): string[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const out: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i++) {
    const y = sorted[i] as number;
    if (sorted[i + 1] === y + 1) continue;
    out.push(start === y ? formatYear(y) : `${formatYear(start as number)}–${formatYear(y)}`);
    start = sorted[i + 1];
  }
  return out;
}

function missingYears(years: readonly number[], first: number, last: number): number[] {
  const out: number[] = [];
  for (let y = first; y <= last; y++) if (!years.includes(y)) out.push(y);
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
  const season = "weeks" in s.period ? seasonOfWeeks(s.period.weeks[0], s.period.weeks[1]) : undefined;
  const period = "weeks" in s.period
    ? `under ${formatWeeks(s.period.weeks[0], s.period.weeks[1])} ${season ?? "år"} ${formatYear(s.year)}`
    : `mellan ${formatDate(s.period.from)} och ${formatDate(s.period.to)}`;
  out.push({ text: `Mätningen gjordes ${period}.`, claims: ["survey.period"] });
  out.push({ text: capitalize(s.method.replace(/\s+/g, " ").trim()), claims: [] });
  const parts: string[] = [];
  if (s.searches.phone !== undefined) parts.push(`${formatNumber(s.searches.phone)}${NBSP}sökningar via telefon`);
  if (s.searches.email !== undefined) parts.push(`${formatNumber(s.searches.email)}${NBSP}sökningar via e-post`);
  // The searches are per municipality (the genre's own release gives Huddinge's 108): "Totalt gjordes 108 sökningar"
  // read as the whole survey's total, least of all possible in riket's release beside 264 kommuner (reads FI and earlier).
  if (parts.length > 0) {
    out.push({ text: `Varje kommun fick ${joinList(parts)}.`, claims: ["survey.searches"] });
  } else if (s.searches.total !== undefined) {
    out.push({ text: `Varje kommun fick ${formatNumber(s.searches.total)}${NBSP}sökningar.`, claims: ["survey.searches"] });
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
