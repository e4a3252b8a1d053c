// phrase: the municipal release's story in Swedish: headline, lead and the
// sections, from the story plan. Short forms after the first mention; the
// lead's facts are not repeated in the body.
import { classPolarity, comparePolarity, countryEnd, groupEnd, isDecline, isImprovement, placesBelow, type Analysis, type CompareClass, type GroupPlace, type IndicatorFinding, type Place } from "../analyse/municipality.js";
import type { Indicator } from "../schema.js";
import { GROUP_FACTS, hairLevelBest, LONG_STREAK_STEPS, MAX_RECORD_SENTENCES, PLACE_FACTS, recordsCounted, TIME_FACTS, type Fact, type FactKind, type TimeInput } from "../plan/news.js";
import { headlineFindings, summaryException, type Counter, type LeadItem, type MunicipalAngle, type MunicipalityPlan, type PlannedFinding, type Subject } from "../plan/municipality.js";
import { degreeBand, gradeDegree, isLargeRatio, yearHalvedOrDoubled, isTime, movedPlainly, relativeChange, type RelativeChange, slightGap, TIME_GAP, timeGapRatio, TIMES_AS_LONG, timeSlot, underHalfWords, sharedTimesWords, nearAnchor } from "./relative.js";
import { BODY_TIME_ORDER, contextSide, countedHairSentence, marginWord, oldRecordYears, runSizeSentence, timeHeadline, timeSentence } from "./time.js";
import { figuresIn, figuresWithStepsIn, LONG_SENTENCE, onlyAbout, TURN, wordsIn, type Sentence, type StorySay, type StorySection } from "./sentence.js";
import { approximate, capitalize, countPhrase, formatDifference, formatValue, formatYear, genitive, headlineName, joinList, keepNumberWithUnit, lowerFirst, NBSP, numberWord, ordinal, ordinalWord } from "./swedish.js";

/** SPRAK.md aims at 60 characters for a headline; none is longer than this. */
export const HEADLINE_MAX = 70;

/**
 * SPRAK.md's aim: a headline variant within it comes before a longer one (Härjedalen's 68 characters, Ängelholm's 66
 * and Tranemo's 67, read JD; 173 of the 265 example headlines were longer). Not for a two-sided headline's layout:
 * trying it first only used up the sides' short words.
 */
export const HEADLINE_AIM = 60;

/**
 * A two-sided headline whose sides point opposite ways may run to this when it does not fit HEADLINE_MAX: one side
 * alone hid the other (Torsås: its e-mail record headlined, its fifth fall in a row to the lowest yet left out; read
 * CE scored it 3).
 */
export const HEADLINE_BOTH_MAX = 76;

/** One side of a two-sided headline ("direktsvaren lyfter kraftigt"): about half of it. */
export const HEADLINE_SIDE_MAX = 28;

/** A value key (never a token) by which a headline's part is told the characters left for it. */
export const ROOM = "#rum";
/** Set for a headline side that should say a place with its number if it can (PLACE_SIDE in compose.ts). */
export const PRECISE = "#exakt";

/**
 * A value key (never a token) marking a headline about a measure where lower
 * is better: "lyfter svarstiden", "tapp för svarstiden" or "svarstiden under riket" would read as the
 * time going up or down, so variants without those words are preferred.
 */
export const LOWER = "#lägre";

/** Words of height that mislead about a measure where lower is better (see LOWER). */
export const HEIGHT_WORDS = /(?<![\p{L}])(lyft|lyfter|lyftet|tapp|tappar|tappet|backar|uppåt|nedåt|över|under)(?![\p{L}])/iu;

function lowerIsBetter(...fs: readonly IndicatorFinding[]): Record<string, string> {
  return fs.some((f) => f.indicator.better === "lower") ? { [LOWER]: "1" } : {};
}


/** Tracks which indicators have been named, so the long subject is said once. */
export class Mentions {
  private readonly seen = new Set<string>();
  private readonly approximated = new Set<string>();
  private readonly longSaid = new Map<string, number>();
  subject(ind: Indicator): string {
    const first = !this.seen.has(ind.id);
    this.seen.add(ind.id);
    const long = first || !ind.short;
    if (long) this.longSaid.set(ind.id, (this.longSaid.get(ind.id) ?? 0) + 1);
    return keepNumberWithUnit(long ? ind.subject : (ind.short ?? ind.subject));
  }
  /** The short name in a sentence where the long one would not read well; the long one is still said first later. */
  shortOnly(ind: Indicator): string | undefined {
    if (!ind.short) return undefined;
    this.seen.delete(ind.id);
    this.longSaid.set(ind.id, Math.max(0, (this.longSaid.get(ind.id) ?? 0) - 1));
    return keepNumberWithUnit(ind.short);
  }
  /** True when the long subject was said before the sentence being written (which has just asked for it). */
  longBefore(id: string): boolean {
    return (this.longSaid.get(id) ?? 0) >= 2;
  }
  /** True when the long subject has been said (before any sentence now being written). */
  named(id: string): boolean {
    return (this.longSaid.get(id) ?? 0) >= 1;
  }
  /** Forgets that a measure was named: its sentences in the lead were left out (composeRelease), so the section names it in full. */
  forget(id: string): void {
    this.seen.delete(id);
    this.longSaid.delete(id);
    this.approximated.delete(id);
  }
  private records = 0;
  /** True once a record "sedan mätningen började 2014" has been said: later ones are "hittills". */
  startSaid = false;
  /** The run told last as a clause ("improving:5"): "även här den femte …" follows only a run as long. */
  lastRun: string | undefined;
  /** The kind of record told last in a sentence of its own: "Även det …" follows only its own kind. */
  lastRecord: "best" | "worst" | undefined;
  /**
   * True while a record may still get a sentence of its own: two per release.
   * More read as a list; the lead counts them instead ("bästa resultatet
   * hittills på fyra av fem mått").
   */
  recordSentence(): boolean {
    this.records += 1;
    return this.records <= MAX_RECORD_SENTENCES;
  }
  /** True the first time a finding's value is given (it may get an approximate word). */
  firstValue(id: string): boolean {
    const first = !this.approximated.has(id);
    this.approximated.add(id);
    return first;
  }
  private readonly told = new Set<string>();
  /** True when `key` was told before in this release (and notes it): a second turnaround as long as the first is "lika lång". */
  readonly again = (key: string): boolean => {
    const seen = this.told.has(key);
    this.told.add(key);
    return seen;
  };
  private readonly phrases = new Set<string>();
  /** True the first time an approximate word is used: "nästan två av tre" twice in a release reads as a template. */
  freshPhrase(phrase: string): boolean {
    const fresh = !this.phrases.has(phrase);
    this.phrases.add(phrase);
    return fresh;
  }
}

export { headlineName } from "./swedish.js";

/** "98 procent 2019" or "drygt en tredjedel (34 procent) 2019"; an index value reads "index 84 år 2024" so two bare numbers never meet. */
export function valueAt(v: number, unit: Indicator["unit"], year: number, approx = false, fresh: (phrase: string) => boolean = () => true): string {
  const formatted = formatValue(v, unit, "text");
  // Said of the subject ("andelen var drygt en tredjedel"), so in the form of a share.
  // Not the "… av tio" forms: "nästan sex av tio (59 procent)" and "sex av tio (60 procent)" read as stiff beside a
  // figure that says as much (read GU, four releases); halves, thirds, quarters and "nästan alla" speak.
  const candidate = unit === "percent" && approx ? approximate(v, "share") : undefined;
  const speaks = candidate !== undefined && !/av tio$/.test(candidate.phrase) ? candidate : undefined;
  const a = speaks && fresh(speaks.phrase) ? speaks : undefined;
  // Only the fractions ("drygt hälften", "tre av fyra"): "ökade till nästan alla" is not Swedish.
  const shown = a && !/alla$/.test(a.phrase) ? `${a.phrase} (${formatted})` : formatted;
  return unit === "index" ? `${shown} år ${formatYear(year)}` : `${shown} ${formatYear(year)}`;
}

/** The value without an approximate word, for sentences that also give last year's figure. */
export const EXACT = "värde:exakt";

/** "från 48 procent till drygt hälften (53 procent)" is three figures: the approximation goes. */
// (Also where the value is not said of the subject; see below.)
export function withoutApproximation(template: string, values: Record<string, string>): Record<string, string> {
  const exact = values[EXACT];
  // Only where the value is said of the subject ("andelen … ökade till drygt
  // hälften"); "Resultatet var drygt var tredje" and "Med nästan hälften … ligger" are not Swedish, nor "hamnade på
  // nästan hälften (48 procent)" (read GY: Mariestad), nor "mättes till", nor "låg på" ("låg på nästan hälften", Mariestad).
  const predicated = /\{[äÄ]mne\}[^.]*\b(?<!hamnade |mättes |låg )(till|på|var) \{värde\}/.test(template);
  return exact !== undefined && (template.includes("{föregående}") || template.includes("{skillnad}") || !predicated) ? { ...values, värde: exact } : values;
}

export function numberTokens(f: IndicatorFinding, a: Analysis, mentions: Mentions): Record<string, string> {
  const unit = f.indicator.unit;
  const t: Record<string, string> = {
    värde: valueAt(f.value, unit, a.year, mentions.firstValue(f.indicator.id), (p) => mentions.freshPhrase(p)),
    [EXACT]: valueAt(f.value, unit, a.year, false),
  };
  if (f.previous !== null) t["föregående"] = valueAt(f.previous, unit, a.previousYear, false);
  if (f.change !== null) t["skillnad"] = formatDifference(f.change, unit);
  return t;
}

export function movement(f: IndicatorFinding): "up" | "down" {
  return (f.change ?? 0) >= 0 ? "up" : "down";
}

export function changeClaims(f: IndicatorFinding): string[] {
  const id = f.indicator.id;
  return [`${id}.value`, `${id}.previous`, `${id}.change`, `${id}.changeClass`];
}

function subjectName(s: Subject): string {
  return s.kind === "channels" ? `servicen via ${joinList(s.channels)}` : headlineName(s.finding.indicator);
}

function subjectClaims(s: Subject, findings: readonly IndicatorFinding[], field: string): string[] {
  const covered = s.kind === "channels" ? findings.filter((f) => s.channels.includes(f.indicator.channel)) : [s.finding];
  return covered.map((f) => `${f.indicator.id}.${field}`);
}

/**
 * "med Ale och Bjuv", or "med 12 andra kommuner" when many share the place. A first place names up to four others
 * (§3); a place further down names two at most: "delad näst sista plats i landet med Stockholm, Knivsta, Uppsala och
 * Gullspång" made a lead's first sentence of 35 words (read EH: Köping).
 */
export function sharedPhrase(r: Place | null | undefined): string {
  if (!r?.tied) return "";
  if (r.sharedWith && (r.position === 1 || r.sharedWith.length <= 2)) return `med ${joinList(r.sharedWith)}`;
  return `med ${countPhrase(r.tied - 1, "annan kommun", "andra kommuner")}`;
}

/** The place in words: "tionde" from the top, "tredje sista" from the bottom. */
function placeWord(f: IndicatorFinding, kind: string): string {
  const r = f.rank;
  if (!r) return "";
  if (kind === "top-ten" || kind === "first" || kind === "shared-first") return ordinalWord(r.position) ?? ordinal(r.position);
  const fromBottom = placesBelow(r) + 1;
  if (fromBottom === 1) return "sista";
  if (fromBottom === 2) return "näst sista";
  return `${ordinalWord(fromBottom) ?? ordinal(fromBottom)} sista`;
}

/** Places that are said as shared ("delar tredje sista plats") when others have the same value. */
// A shared place among the ten weakest is said as "bland de tio svagaste": "delar nionde sista plats" is not Swedish.
const SHARED_PLACES: readonly string[] = ["last", "bottom-three", "top-ten"];

/** The slot of a place fact: "….shared" when the place is shared (EDITORIAL.md §3). */
export function placeSlot(prefix: string, kind: string, f: IndicatorFinding): string {
  if (kind === "bottom-ten" && straddles(f)) return `${prefix}.${kind}.straddle`;
  // Fourth or fifth from the bottom is said as that place ("på fjärde sista plats"): "bland de tio sämsta"
  // understated Göteborg's and Ljusdal's places, 261st of 264 and 259th of 262 (read BA).
  const r = f.rank;
  const k = kind === "bottom-ten" && r && placesBelow(r) + (r.tied ?? 1) <= NEAR_BOTTOM ? "bottom-three" : kind;
  // A place near the bottom that many share is said by how few are worse: "delar tredje sista plats i landet med sex
  // andra kommuner" packaged a seven-way tie as a place (read EZ: Hedemora).
  // In a headline too: "Karlsborg på delad tredje sista plats" hid the seven that share it (read FG).
  if (k === "bottom-three" && r && (r.tied ?? 1) > MANY_SHARE && placesBelow(r) > 0) return `${prefix}.bottom-ten.straddle`;
  return `${prefix}.${k}${r?.tied && SHARED_PLACES.includes(k) ? ".shared" : ""}`;
}

/** More than this many sharing a place near the bottom: said by how few are worse (placeSlot). */
const MANY_SHARE = 5;

/** Places from the bottom said exactly, like the last three ("fjärde sista plats"). */
const NEAR_BOTTOM = 5;

/**
 * A tie among the ten weakest that reaches past tenth from the bottom: "bland
 * de tio sämsta" is loose when six share places 8–13 (a read, Linköping); it
 * is said as "bara sju kommuner har ett sämre resultat" instead.
 */
function straddles(f: IndicatorFinding): boolean {
  const r = f.rank;
  return r != null && (r.tied ?? 1) > 1 && placesBelow(r) + (r.tied ?? 1) > 10;
}

/** "sju kommuner": how many are strictly worse (for a place among the ten weakest). */
function fewerWorse(f: IndicatorFinding): string {
  return f.rank ? countPhrase(placesBelow(f.rank), "kommun", "kommuner") : "";
}

export function rankTokens(f: IndicatorFinding, participants: number, kind = ""): Record<string, string> {
  const r = f.rank;
  if (!r) return {};
  return {
    antal: r.of < participants ? `de ${countPhrase(r.of, "kommun", "kommuner")} som har resultat` : `de ${countPhrase(r.of, "kommun", "kommuner")} som deltog`,
    plats: `plats${NBSP}${r.position}`,
    delar: sharedPhrase(f.rank),
    placering: placeWord(f, kind),
    färre: fewerWorse(f),
  };
}

/** The channel said once: "tillgängligheten bättre men bemötandet i telefon sämre", not "i telefon" twice. */
function contrastMeasure(say: StorySay, up: string, down: string, lower: Record<string, string> = {}, time = ""): string {
  const channel = / (?:i|på|via) [^ ]+$/.exec(up)?.[0];
  const better = channel !== undefined && down.endsWith(channel) ? up.slice(0, -channel.length) : up;
  return say(`headline.contrast-measure${time}`, { bättre: better, Bättre: capitalize(better), sämre: down, ...lower });
}

/**
 * A time on either side of a contrast gets a time's verbs: "svarstiden försämras" read as the wrong word for a
 * time (read BK); the better side "kortas", the worse "blir längre".
 */
function contrastTime(angle: Extract<MunicipalAngle, { kind: "contrast" }>): string {
  const time = (x: Subject): boolean => x.kind === "indicator" && isTime(x.finding.indicator.unit);
  return time(angle.up) ? ".time-up" : time(angle.down) ? ".time-down" : "";
}

/** "på svarstiden på e-post" reads badly: before a name that has its own "på", the headline says "för". */
export function onePa(text: string, name: string): string {
  return name.includes(" på ") ? text.replace(` på ${name}`, ` för ${name}`) : text;
}

/**
 * "Stort lyft för tillgängligheten i telefon i Falkenberg" stumbles on its
 * two "i": the municipality moves to the front ("Falkenberg: stort lyft för …").
 */
export function oneI(text: string, kommun: string): string {
  const tail = ` i ${kommun}`;
  const head = text.slice(0, -tail.length);
  if (kommun === "" || !text.endsWith(tail) || !/ i \S+$/.test(head)) return text;
  return `${kommun}: ${lowerFirst(head)}`;
}

/** `unmeasured`: how many of the data's measures have no result this year (the headline's count says them). */
export function composeHeadline(angle: MunicipalAngle, all: readonly IndicatorFinding[], say: StorySay, kommun = "", unmeasured = 0): Sentence {
  const named = angleFinding(angle);
  const h = headlineOf(angle, all, say, kommun, unmeasured);
  const text = named ? onePa(h.text, headlineName(named.indicator)) : h.text;
  return { ...h, text: oneI(text, kommun) };
}

/**
 * The angle and findings with no indicator's own tight name (`tight` in the data), so that a headline names the
 * measures by their short names cut ("e-postsvaren"): where "e-postsvar inom en dag" made a headline too long to say
 * both its sides, or its measures at all (plannedHeadline in compose.ts chooses).
 */
export function withoutTight(angle: MunicipalAngle, all: readonly IndicatorFinding[]): { angle: MunicipalAngle; all: IndicatorFinding[] } {
  // One clone of both keeps the angle's findings the very ones in `all`, which tightName tells apart by identity.
  const copy = structuredClone({ angle, all: [...all] });
  for (const f of copy.all) delete (f.indicator as { tight?: string }).tight;
  return copy;
}

/**
 * Whether a headline with the data's tight names lost what the one without them says: a side or a count (its
 * claims), or a measure it named (Jönköping's "Framsteg för e-postsvaren men bakslag för tillgängligheten" became
 * "går både framåt och bakåt").
 */
export function tightLoses(own: Sentence, plain: Sentence, all: readonly IndicatorFinding[]): boolean {
  const claims = (s: Sentence): string => [...new Set(s.claims)].sort().join(" ");
  if (claims(own) !== claims(plain)) return true;
  const names = (f: IndicatorFinding): string[] => [headlineName(f.indicator), f.indicator.tight ?? "", cutName(f.indicator)].filter((n) => n !== "").map((n) => n.toLowerCase());
  const says = (s: Sentence, f: IndicatorFinding): boolean => names(f).some((n) => s.text.toLowerCase().includes(n));
  // Nor a place, a figure or a record's "eget": Ale's "direktsvaren åttonde bäst i landet" became "i toppskiktet",
  // Osby's "eget rekord för e-postsvaren" "rekord för e-postsvar inom en dag" (a national record to a reader, AB73).
  const places = (s: Sentence): string[] => s.text.match(KEPT_WORDS) ?? [];
  return all.some((f) => says(plain, f) && !says(own, f)) || places(plain).some((w) => !places(own).includes(w));
}

/**
 * Whether each claim a headline makes of a measure with a tight name in the data holds for every other measure of its
 * channel too, so that the cut name, which reads as the channel ("e-postsvaren"), is true: Forshaga's "e-postsvaren
 * lyfter" with both e-mail measures better, Bjurholm's "e-postsvaren bäst hittills" with both at their best (headline
 * read HL3 published the cut name there, and the tight one wherever the response time said otherwise).
 */
export function channelAgrees(h: Sentence, ranked: readonly PlannedFinding[]): boolean {
  const own = (id: string): PlannedFinding | undefined => ranked.find((r) => r.finding.indicator.id === id && r.finding.indicator.tight !== undefined);
  const claims = h.claims.map((c) => c.split(".")).filter(([id]) => own(id ?? "") !== undefined);
  return claims.length > 0 && claims.every(([id, kind]) => {
    const a = own(id ?? "");
    const others = ranked.filter((r) => r !== a && r.finding.indicator.channel === a?.finding.indicator.channel);
    return a !== undefined && others.length > 0 && others.every((b) => sameClaim(kind ?? "", a, b));
  });
}

/** Whether `b` has the fact `kind` that a headline claims of `a`, the same way and as strong. */
function sameClaim(kind: string, a: PlannedFinding, b: PlannedFinding): boolean {
  if (kind === "changeClass") return a.finding.changeClass !== null && a.finding.changeClass === b.finding.changeClass;
  if (kind === "vsNational") return a.finding.vsNational !== null && a.finding.vsNational === b.finding.vsNational;
  const [ra, rb] = [a.time?.series.record, b.time?.series.record];
  return kind === "record" && ra != null && rb != null && ra.kind === rb.kind;
}

/** The words of a place, a figure or an own record in a headline ("åttonde", "näst sista", "19", "eget"). */
const KEPT_WORDS = /\d+|(?<!\p{L})(andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|sista|topp|eget|egna)(?!\p{L})/giu;

/** A number of measures in words ("fyra", "13"): mått is an ett-word. */
function measureCount(n: number): string {
  return numberWord(n, "ett") ?? String(n);
}

/**
 * "fyra av fem", or "alla fem" when it is every one; `definite` for a count of those with a result ("tre av de
 * fyra", "alla de fyra"), which the slot follows with "mått som går att jämföra".
 */
export function shareOfMeasures(n: number, total: number, definite = false): string {
  const de = definite ? "de " : "";
  return n === total ? `alla ${de}${measureCount(total)}` : `${measureCount(n)} av ${de}${measureCount(total)}`;
}

function summaryCounts(all: readonly IndicatorFinding[]): { total: number; better: number; worse: number } {
  const cls = all.map((f) => f.vsNational).filter((c): c is CompareClass => c !== null);
  return { total: cls.length, better: cls.filter((c) => comparePolarity(c) > 0).length, worse: cls.filter((c) => comparePolarity(c) < 0).length };
}

/** The one indicator a headline names, if any. */
function angleFinding(angle: MunicipalAngle): IndicatorFinding | undefined {
  if (angle.kind === "place" || angle.kind === "crossing" || angle.kind === "time") return angle.finding;
  if ((angle.kind === "change" || angle.kind === "compare") && angle.subject.kind === "indicator") return angle.subject.finding;
  return undefined;
}

/** "Lyft för e-postsvaren men tapp för direktsvaren i Höör": both ways, by channel or by measure. */
function contrastHeadline(angle: Extract<MunicipalAngle, { kind: "contrast" }>, all: readonly IndicatorFinding[], say: StorySay): Sentence {
  const { up, down } = angle;
  const named = up.kind === "channels" && down.kind === "channels"
    ? say("headline.contrast", { kanal_bättre: joinList(up.channels), kanal_sämre: joinList(down.channels) })
    : contrastMeasure(say, subjectName(up), subjectName(down), lowerIsBetter(...angle.findings), contrastTime(angle));
  // Two long names do not fit: the measures without their channel ("direktsvaren", "svarstiden"), else the
  // headline says both ways and the lead names them.
  const tight = (x: Subject): string => (x.kind === "indicator" ? tightName(x.finding, all) : subjectName(x));
  const shorter = named.length > HEADLINE_MAX && (up.kind === "indicator" || down.kind === "indicator") ? contrastMeasure(say, tight(up), tight(down), lowerIsBetter(...angle.findings), contrastTime(angle)) : named;
  const text = shorter.length > HEADLINE_MAX ? say("headline.contrast-general", {}) : shorter;
  return { text, claims: [...subjectClaims(up, all, "changeClass"), ...subjectClaims(down, all, "changeClass")] };
}

/** A place in the country or at an end of the kommungrupp as the headline. */
function placeHeadline(angle: Extract<MunicipalAngle, { kind: "place" }>, all: readonly IndicatorFinding[], say: StorySay, kommun: string): Sentence {
  const f = angle.finding;
  // First or last in the kommungrupp (groupAngle): "Härjedalen först i kommungruppen för svarstiden på e-post".
  if (GROUP_FACTS.includes(angle.fact)) {
    const slot = `headline.place.${angle.fact}${f.rank?.group?.tied ? ".shared" : ""}`;
    const full = say(slot, { mått: headlineName(f.indicator), ...lowerIsBetter(f) });
    // Over 70 characters, "i kommungruppen" with the measure's whole name; only then the measure without its limit
    // ("e-postsvaren" for "e-postsvaren inom en arbetsdag" read as ambiguous beside the response time, AB30).
    const brief = full.length <= HEADLINE_MAX ? full : say(`${slot}.brief`, { mått: headlineName(f.indicator), ...lowerIsBetter(f) });
    const text = brief.length <= HEADLINE_MAX ? brief : say(`${slot}.brief`, { mått: tightName(f, all), ...lowerIsBetter(f) });
    return { text, claims: [`${f.indicator.id}.groupRank`] };
  }
  const both = angle.counter ? counterHeadline(angle, angle.counter, all, say, kommun) : undefined;
  if (both) return both;
  const rise = riseToPlace(angle, all, say);
  if (rise) return rise;
  const tokens = { mått: headlineName(f.indicator), delar: sharedPhrase(f.rank), placering: placeWord(f, angle.fact), färre: fewerWorse(f) };
  // At 100 procent both years the top is held, not reached: "fortsatt i topp" (a read: Nynäshamn).
  const kept = keptTop(angle.fact, f);
  return { text: say(`${placeSlot("headline.place", angle.fact, f)}${kept ? ".kept" : ""}`, tokens), claims: [`${f.indicator.id}.rank`, ...(kept ? [`${f.indicator.id}.previous`] : [])] };
}

/**
 * A place among the ten best that a strong rise of a share reached, both in the headline: "Huddinge: e-postsvaren upp
 * 19 procentenheter – tionde bäst i landet". "Huddinge på tionde plats i landet för …" left a rise of 19 points to a
 * best yet to the lead (reads KX and KZ scored it 3). Not for a shared place, nor for first place, which says more.
 */
function riseToPlace(angle: Extract<MunicipalAngle, { kind: "place" }>, all: readonly IndicatorFinding[], say: StorySay): Sentence | undefined {
  const f = angle.finding;
  if (angle.fact !== "top-ten" || f.rank?.tied !== undefined || f.changeClass !== "strongly-improved" || f.change === null || f.indicator.unit !== "percent") return undefined;
  const tokens = { placering: placeWord(f, angle.fact), förändring: formatDifference(Math.abs(f.change), f.indicator.unit) };
  // The measure's name in full where it fits, else its tight name, else that name cut ("e-postsvaren").
  const names = [...new Set([headlineName(f.indicator), tightName(f, all), cutName(f.indicator)])];
  let text = "";
  for (const mått of names) {
    text = say("headline.place.top-ten.rise", { mått, ...tokens });
    if (text.length <= HEADLINE_MAX) break;
  }
  const id = f.indicator.id;
  return { text, claims: [`${id}.rank`, `${id}.changeClass`, `${id}.change`] };
}

/** A change since last year as the headline: by channel when every measure in it agrees, else by measure. */
function changeHeadline(angle: Extract<MunicipalAngle, { kind: "change" }>, all: readonly IndicatorFinding[], say: StorySay): Sentence {
  const cls = `${angle.strong ? "strongly-" : ""}${angle.polarity > 0 ? "improved" : "declined"}`;
  const s = angle.subject;
  // The largest change in the country is the headline's news when it names the measure.
  if (s.kind === "indicator" && angle.most) {
    const id = s.finding.indicator.id;
    return { text: say(`headline.measure.most.${angle.polarity > 0 ? "up" : "down"}`, { mått: headlineName(s.finding.indicator), ...lowerIsBetter(s.finding) }), claims: [`${id}.changeClass`, `${id}.changeRank`] };
  }
  if (s.kind === "channels") return { text: say(`headline.${cls}`, { kanal: joinList(s.channels) }), claims: subjectClaims(s, all, "changeClass") };
  const f = s.finding;
  // A strong change of a share says its size: "mycket bättre än året innan" read as vague (reads EA, on Trelleborg's +10).
  // In digits: a change in points is a figure, not a count of things (SPRAK.md "Numbers"; "elva procentenheter" in a
  // headline, read FK: Danderyd).
  // So does one of half a strong change or more: "Torsby: förbättring för e-postsvaren inom en arbetsdag" undersold a
  // 9-point rise to a record (read KU).
  const sized = f.change !== null && (angle.strong || Math.abs(f.change) >= f.changeThresholds.strong / 2);
  const points = sized && f.indicator.unit === "percent" && f.change !== null ? formatDifference(Math.abs(f.change), f.indicator.unit) : undefined;
  const tokens = { mått: headlineName(f.indicator), ...lowerIsBetter(f), ...(points ? { förändring: points } : {}) };
  const text = say(`headline.measure.${cls}${points ? ".points" : ""}`, tokens);
  return { text, claims: [...subjectClaims(s, all, "changeClass"), ...(points ? [`${f.indicator.id}.change`] : [])] };
}

function headlineOf(angle: MunicipalAngle, all: readonly IndicatorFinding[], say: StorySay, kommun = "", unmeasured = 0): Sentence {
  switch (angle.kind) {
    case "place":
      return placeHeadline(angle, all, say, kommun);
    case "change":
      return changeHeadline(angle, all, say);
    case "contrast":
      return contrastHeadline(angle, all, say);
    case "crossing":
      return {
        text: say(`headline.crossing.${angle.polarity > 0 ? "up" : "down"}`, { mått: headlineName(angle.finding.indicator) }),
        claims: [`${angle.finding.indicator.id}.vsNational`],
      };
    case "compare": {
      const slot = angle.polarity > 0 ? "compare-better" : angle.polarity < 0 ? "compare-worse" : "compare-level";
      const s = angle.subject;
      // A time a large multiple of riket's says the multiple: "svarstiden på e-post mindre än hälften så lång som
      // rikssnittet", where "slår rikssnittet" read as news for a municipality ahead of riket every year (Grums,
      // Säffle: reads BA, BD and a sweep).
      const times = s.kind === "channels" ? undefined : timesWords(s.finding, s.finding.national === null || s.finding.vsNational === null ? null : { cls: s.finding.vsNational, v: s.finding.national });
      if (s.kind !== "channels" && times) {
        return { text: say("headline.measure.compare-times", { mått: headlineName(s.finding.indicator), jämförelse: times }), claims: subjectClaims(s, all, "vsNational") };
      }
      // A measure far from riket says so: "bättre än riket" over 71 procent against 55 read as understated (read FI:
      // Arboga; Gnosjö, Åtvidaberg). "klart" is the comparison's own word from `strong`, as in the fact box.
      const far = s.kind !== "channels" && farWords(s.finding) ? ".far" : "";
      const text = s.kind === "channels"
        ? say(`headline.${slot}`, { kanal: joinList(s.channels) })
        : say(`headline.measure.${slot}${far}`, { mått: headlineName(s.finding.indicator), ...lowerIsBetter(s.finding) });
      return { text, claims: subjectClaims(s, all, "vsNational") };
    }
    case "time": {
      if (angle.also) {
        const slot = `headline.records-two.${angle.fact.polarity > 0 ? "best" : "worst"}`;
        // (The names swapped into the variant chosen for the short ones: a second pick from the bank changed Karlstad's
        // variant, A/B read AB72.)
        const [ta, tb] = [tightName(angle.finding, all), tightName(angle.also, all)];
        const tight = say(slot, { första: ta, andra: tb });
        const named = tight.replace(`${ta} och ${tb}`, twoNames(angle.finding, angle.also, all).join(" och "));
        const two = named.length <= HEADLINE_MAX ? named : tight;
        if (two.length <= HEADLINE_MAX) return { text: two, claims: [`${angle.finding.indicator.id}.record`, `${angle.also.indicator.id}.record`] };
      }
      const h = timeHeadline(angle.fact, angle.finding, angle.time);
      const mått = headlineName(angle.finding.indicator);
      return h
        ? { text: say(h.slot, { ...h.values, mått, ...lowerIsBetter(angle.finding) }), claims: [h.claim] }
        : { text: say("headline.none", {}), claims: [] };
    }
    case "summary": {
      const sm = summaryCounts(all);
      const n = angle.polarity > 0 ? sm.better : sm.worse;
      // A measure without a result: the headline gives the count alone ("på tre mått"), the lead says "av de fyra mått
      // som går att jämföra". "på tre av fyra mått" puzzled a reader who knew the survey has five (read FH: Östra Göinge).
      const andel = unmeasured > 0 ? measureCount(n) : shareOfMeasures(n, sm.total);
      // The year's count the other way too: "Vindeln efter riket på alla fem mått, men bättre än 2018 på tre".
      const year = angle.year === undefined ? undefined : say(`headline.summary.${angle.polarity > 0 ? "better" : "worse"}.year`, { andel, antal: measureCount(angle.year.count), fjol: formatYear(angle.year.since) });
      if (year && year.length <= HEADLINE_MAX) return { text: year, claims: ["summary.vsNational", ...all.filter((f) => (angle.polarity > 0 ? isDecline(f.changeClass) : isImprovement(f.changeClass))).map((f) => `${f.indicator.id}.changeClass`)] };
      return { text: say(`headline.summary.${angle.polarity > 0 ? "better" : "worse"}`, { andel }), claims: ["summary.vsNational"] };
    }
    case "records": {
      const claims = angle.findings.map((f) => `${f.indicator.id}.record`);
      const against = angle.against;
      const both = against ? recordsAgainstHeadline(angle, against, all, say, kommun) : undefined;
      if (both && against) return { text: both, claims: [...claims, sideClaim(against)] };
      const behind = angle.behind === undefined ? undefined : recordsBehindHeadline(angle, angle.behind, all, say, kommun);
      return behind ? { text: behind, claims: [...claims, "summary.vsNational"] } : { text: say(`headline.records.${angle.record}`, { andel: shareOfMeasures(angle.findings.length, all.length) }), claims };
    }
    case "both":
      return bothHeadline(angle, all, say, kommun) ?? headlineOf(angle.inner, all, say, kommun, unmeasured);
    case "mixed": {
      const level = all.filter((f) => f.vsNational === "level").length;
      const apart = all.filter((f) => f.vsNational !== null && f.vsNational !== "level").length;
      // Most measures level with riket: that is the picture, not "both better and worse".
      if (level > apart) return { text: say("headline.mostly-level", {}), claims: ["summary.vsNational"] };
      return { text: say("headline.mixed", {}), claims: angle.findings.map((f) => `${f.indicator.id}.vsNational`) };
    }
    default:
      return { text: say(`headline.${angle.kind}`, {}), claims: all.filter((f) => f.changeClass !== null).map((f) => `${f.indicator.id}.changeClass`) };
  }
}

/**
 * A measure's name without its channel or its limit ("direktsvaren",
 * "e-postsvaren"), for a headline that names two; the full short name when
 * the tight one would not tell the measures apart.
 */
export function tightName<F extends { indicator: Pick<Indicator, "short" | "label" | "tight"> }>(f: F, all: readonly F[], headline = true): string {
  // (The data's tight name is a headline's: "För svar inom en arbetsdag är Värmdö …" in a section lost the channel.)
  const tight = (x: F): string => (headline ? x.indicator.tight : undefined) ?? cutName(x.indicator);
  const name = tight(f);
  const clash = all.some((x) => x !== f && tight(x) === name);
  return clash ? headlineName(f.indicator) : name;
}

/** A measure's short name without its channel or limit: "direktsvaren", "e-postsvaren". */
function cutName(ind: Pick<Indicator, "short" | "label">): string {
  return headlineName(ind).replace(/ (?:i|på|via|inom|för) .*$/, "");
}

/**
 * Two measures' names in a headline that says where they were measured: "tillgängligheten och bemötandet i telefon"
 * when both end alike, else the first in full when its short name says no channel ("svarstiden på e-post och
 * e-postsvaren"). "Kalix slår egna rekord för svarstiden och e-postsvaren" left "svarstiden" vague (read KY).
 */
function twoNames<F extends { indicator: Pick<Indicator, "short" | "label" | "channel" | "tight"> }>(a: F, b: F, all: readonly F[]): [string, string] {
  const [ta, tb] = [tightName(a, all), tightName(b, all)];
  const [fa, fb] = [headlineName(a.indicator), headlineName(b.indicator)];
  const tail = (full: string, tight: string): string => (full.startsWith(tight) ? full.slice(tight.length) : "");
  const shared = tail(fa, ta);
  if (shared !== "" && shared === tail(fb, tb)) return [ta, fb];
  const says = (name: string, f: F): boolean => name.toLowerCase().includes(f.indicator.channel.toLowerCase());
  return says(ta, a) ? [ta, tb] : [fa, tb];
}

/** A side told by its ratio: a plain change (not the country's largest) that halved or doubled a time. */
function relativeSide(item: LeadItem): boolean {
  return item.fact.kind === "change" && !item.fact.most && yearHalvedOrDoubled(item.finding) !== undefined;
}

/** The slot of one side of a two-sided headline: the fact and its direction. */
function sideSlot(item: LeadItem, named: boolean): string {
  // A time that halved or doubled in a year says so: "men svarstiden har ökat" undersold Södertälje's 1,5 → 3 timmar
  // (read KU).
  if (relativeSide(item)) return "headline.side.change-relative";
  const slot = plainSideSlot(item, named);
  // A shared place is said as shared: "svarstiden tredje kortast" over a place four share read as its own (Hagfors,
  // read BX).
  const shared = (item.finding.rank?.tied ?? 1) > 1 && ["top-ten", "bottom-three"].includes(item.fact.kind);
  return shared && !slot.includes(".bottom-ten") ? `${slot}.shared` : slot;
}

/** Whether last year's place in the country was in the band this year's is (the first, the ten best, the three weakest …). */
function placeHeld(f: IndicatorFinding, kind: string): boolean {
  const p = f.rank?.previous;
  if (!p) return false;
  if (kind === "first" || kind === "shared-first") return p.position === 1;
  if (kind === "top-ten") return p.position <= 10;
  const below = placesBelow(p);
  return kind === "last" ? below === 0 : kind === "bottom-three" ? below < 3 : below < 10;
}

function plainSideSlot(item: LeadItem, named: boolean): string {
  const { kind, polarity } = item.fact;
  // A shared last place says so: "sista plats för e-postsvaren" over a place shared with Storuman (read L).
  if (kind === "last" && item.finding.rank?.tied !== undefined) return `headline.side.last.shared${named ? "" : placeHeld(item.finding, kind) ? ".same" : ".new"}`;
  // A time is shorter or longer than riket's, not "sämre" (Norberg, Arjeplog: reads).
  const time = timeSlot(item.finding.indicator.unit);
  if (kind === "gap" && named) return `headline.side.gap-named.${polarity > 0 ? "better" : "worse"}${time}`;
  // The same measure as the first side: the place without the name ("– men ändå nära botten i landet").
  // "kvar" and "fortfarande" only where last year's place was in the same band: Åstorp's "men kvar på tredje sista
  // plats" had been last in 2018 (read HL's wrong fact).
  if (!named && ["first", "shared-first", "top-ten", "last", "bottom-three", "bottom-ten"].includes(kind)) return `headline.side.${kind}.${placeHeld(item.finding, kind) ? "same" : "new"}`;
  // A time gets shorter or longer: "svarstiden blir sämre" read as wrong for a time (Södertälje, read BK).
  if (item.fact.most) return `headline.side.most.${polarity > 0 ? "up" : "down"}${time}`;
  if (kind === "strong-change" || kind === "change") return `headline.side.${kind}.${polarity > 0 ? "up" : "down"}${time}`;
  // (In a series that began after the survey's first year, without "hittills": Tibro, measured since 2016.)
  // (A time's record is short or long: "svarstiden längst hittills", read LL.)
  if (kind === "record") return `headline.side.record.${polarity > 0 ? "best" : "worst"}${item.fact.since ? ".since" : ""}${time}`;
  if (kind === "streak") return `headline.side.streak.${polarity > 0 ? "improving" : "declining"}`;
  // Far from riket by the comparison's `strong` says "klart", as the lead does (Bjuv, Borlänge: read FI).
  const far = farWords(item.finding) ? ".far" : "";
  if (kind === "gap") return `headline.side.gap.${polarity > 0 ? "better" : "worse"}${far}${time}`;
  // Fourth or fifth from the bottom, alone there, is said as that place, as the lead does (placeSlot): "svarstiden bland
  // de längsta" understated Ljusdal's 259th of 262 (read LO).
  const k = nearBottomAlone(item) ? "bottom-three" : kind;
  // A time's place says short or long: "svarstiden nära botten" read as nearly the shortest, "svarstiden i landets
  // topp" as the longest (read BF: Burlöv, Hagfors).
  if (time && ["top-ten", "bottom-ten", "bottom-three", "group-last"].includes(k)) return `headline.side.${k}.time`;
  return `headline.side.${k}`;
}

/** A place among the NEAR_BOTTOM weakest that no other municipality shares. */
function nearBottomAlone(item: LeadItem): boolean {
  const r = item.finding.rank;
  return (item.fact.kind === "bottom-three" || item.fact.kind === "bottom-ten") && r !== null && r !== undefined && r.tied === undefined && placesBelow(r) + 1 <= NEAR_BOTTOM;
}

/**
 * The place word of a side: "näst", "fjärde" before "sämst" or "längst" for a place alone near the bottom ("direktsvaren
 * näst sämst i landet"; "bemötandet näst sista i landet" and "svarstiden fjärde sista längst" are not Swedish), else
 * the lead's word ("åttonde", "näst sista").
 */
function sidePlace(item: LeadItem, named: boolean): string {
  const r = item.finding.rank;
  if (!named || !nearBottomAlone(item) || r === null || r === undefined || item.fact.kind === "last") return placeWord(item.finding, item.fact.kind);
  const fromBottom = placesBelow(r) + 1;
  return fromBottom === 2 ? "näst" : (ordinalWord(fromBottom) ?? ordinal(fromBottom));
}

function sideClaim(item: LeadItem): string {
  const id = item.finding.indicator.id;
  const k = item.fact.kind;
  if (k === "gap") return `${id}.vsNational`;
  if (k === "group-last") return `${id}.groupRank`;
  if (item.fact.most) return `${id}.changeRank`;
  if (relativeSide(item)) return `${id}.ratio`;
  return k === "strong-change" || k === "change" ? `${id}.changeClass` : k === "record" || k === "streak" ? `${id}.${k}` : `${id}.rank`;
}

/**
 * "Kävlinge: bemötandet nära botten – men direktsvaren lyfter kraftigt": both
 * sides, each in a short clause; undefined when it does not fit a headline.
 */
function bothHeadline(angle: Extract<MunicipalAngle, { kind: "both" }>, all: readonly IndicatorFinding[], say: StorySay, kommun: string): Sentence | undefined {
  // The second side names its measure unless it speaks of the first's ("– men kvar under rikssnittet").
  // A place is said with its number where any headline has room for it (PRECISE), before a vaguer side at either length:
  // "tillgängligheten i toppskiktet" for a shared second place read as understated (read IL: Hjo).
  let precise = true;
  const side = (item: LeadItem, named: boolean, room: number): string =>
    say(sideSlot(item, named), { mått: tightName(item.finding, all), placering: sidePlace(item, named), relativt: yearHalvedOrDoubled(item.finding)?.words ?? "", [ROOM]: String(room), ...(precise ? { [PRECISE]: "1" } : {}), ...lowerIsBetter(item.finding) });
  // When the two do not fit, the first side tries its shortest words (room 0) before the headline gives up.
  // Last, a strong change as a plain one ("lyft för e-postsvaren"): understated, but the lead says "markant",
  // where the headline without it hid a rise of 11 points beside a bottom place (Forshaga, a read scored it 2).
  const plain: LeadItem = angle.second.fact.kind === "strong-change" ? { ...angle.second, fact: { ...angle.second.fact, kind: "change" } } : angle.second;
  // A record after a side that said "hittills" says it in other words: "bemötandet sämst hittills – men svarstiden
  // bäst hittills" read as mechanical (read AK: Skövde).
  const recordAgain = (first: string, item: LeadItem, room: number): string | undefined =>
    /\bhittills\b|alla (tidigare )?år|uppmätt/.test(first) && item.fact.kind === "record" ? say(`headline.side.record.${item.fact.polarity > 0 ? "best" : "worst"}.again${timeSlot(item.finding.indicator.unit)}`, { mått: tightName(item.finding, all), [ROOM]: String(room) }) : undefined;
  // A strong change's shortest words, "lyft för e-postsvaren", where the plain change's ("framsteg för …") are longer:
  // "lyft" and "tapp" are kept for strong changes (read AL found "Lyft" for 4 points an overclaim).
  const short = (item: LeadItem, room: number): string | undefined =>
    item === plain && plain !== angle.second && timeSlot(item.finding.indicator.unit) === "" ? say(`headline.side.strong-change.${item.fact.polarity > 0 ? "up" : "down"}.short`, { mått: tightName(item.finding, all), [ROOM]: String(room) }) : undefined;
  // A second gap to riket after a first does not say riket again: "e-postsvaren bättre än riket – men svarstiden
  // längre" (Norberg: "… – men svarstiden längre än i riket" said riket twice; reads AT and AX).
  const gapAgain = (item: LeadItem, room: number): string | undefined => {
    const slot = sideSlot(item, item.finding !== angle.first.finding);
    return angle.first.fact.kind === "gap" && slot.startsWith("headline.side.gap-named.") ? say(`${slot}.again`, { mått: tightName(item.finding, all), [ROOM]: String(room) }) : undefined;
  };
  const opposite = angle.first.fact.polarity * angle.second.fact.polarity < 0;
  for (const strict of [true, false]) {
    precise = strict;
    const found = bothWithin(opposite ? [HEADLINE_MAX, HEADLINE_BOTH_MAX] : [HEADLINE_MAX]);
    if (found) return found;
  }
  return undefined;

  function bothWithin(maxes: readonly number[]): Sentence | undefined {
    for (const max of maxes) {
      for (const [firstRoom, other] of [[HEADLINE_SIDE_MAX, angle.second], [0, angle.second], [0, plain]] as const) {
        const first = side(angle.first, true, firstRoom);
        // The second side gets what the first left: "<kommun>: <första> – men <andra>".
        const room = sideRoom(max, first, kommun);
        const second = recordAgain(first, other, room) ?? gapAgain(other, room) ?? short(other, room) ?? side(other, other.finding !== angle.first.finding, room);
        // (No variant fits when the sides alone leave no room: no pick then, which would use up a variant that never
        // reaches the page.)
        if (`${kommun}: ${first}, men ${second}`.length > max) continue;
        const text = say("headline.both", { första: first, Första: capitalize(first), andra: second, [ROOM]: String(max) });
        if (text.length <= max) return { text, claims: [sideClaim(angle.first), sideClaim(other)] };
      }
    }
    return undefined;
  }
}

/** The characters a headline of `max` leaves its second side after `first`: "<kommun>: <första> – men <andra>". */
function sideRoom(max: number, first: string, kommun: string): number {
  return max - first.length - `${kommun}:  – men `.length;
}

/**
 * "Perstorp: rekord på fyra av fem mått, men bemötandet på sin sämsta nivå": a
 * count of records and a clear record the other way on the measure left
 * out; undefined when it does not fit.
 */
function recordsAgainstHeadline(angle: Extract<MunicipalAngle, { kind: "records" }>, against: LeadItem, all: readonly IndicatorFinding[], say: StorySay, kommun: string): string | undefined {
  const first = say(`headline.side.records.${angle.record === "best" ? "all" : "worst"}`, { andel: shareOfMeasures(angle.findings.length, all.length), [ROOM]: String(HEADLINE_SIDE_MAX) });
  const room = sideRoom(HEADLINE_BOTH_MAX, first, kommun);
  const kind = against.fact.polarity > 0 ? "best" : "worst";
  // The count has set the frame of the years already: the record's words without "hittills" ("bemötandet på sin
  // sämsta nivå").
  const second = say(`headline.side.record.${kind}.again${timeSlot(against.finding.indicator.unit)}`, { mått: tightName(against.finding, all), [ROOM]: String(room) });
  const text = say("headline.both", { första: first, Första: capitalize(first), andra: second });
  return text.length <= HEADLINE_BOTH_MAX ? text : undefined;
}

/**
 * "Karlskoga: bästa resultaten hittills på alla fem mått – men sämre än riket
 * på tre": a count of records where riket is still ahead on most measures;
 * undefined when it does not fit.
 */
function recordsBehindHeadline(angle: Extract<MunicipalAngle, { kind: "records" }>, behind: number, all: readonly IndicatorFinding[], say: StorySay, kommun: string): string | undefined {
  const first = say("headline.side.records.all", { andel: shareOfMeasures(angle.findings.length, all.length), [ROOM]: String(HEADLINE_SIDE_MAX) });
  const room = String(sideRoom(HEADLINE_BOTH_MAX, first, kommun));
  const second = behind >= all.length ? say("headline.side.behind.all", { [ROOM]: room }) : say("headline.side.behind.some", { antal: measureCount(behind), [ROOM]: room });
  const text = say("headline.both", { första: first, Första: capitalize(first), andra: second });
  return text.length <= HEADLINE_BOTH_MAX ? text : undefined;
}

/** The side of a bottom place with its measure named ("bemötandet nära botten", "svarstiden fjärde längst"). */
function placeSide(item: LeadItem, all: readonly IndicatorFinding[], say: StorySay): string {
  return say(sideSlot(item, true), { mått: tightName(item.finding, all), placering: sidePlace(item, true), [ROOM]: String(HEADLINE_SIDE_MAX) });
}

/**
 * "Lycksele: bemötandet nära botten – men lyft på alla fem mått": a bottom
 * place and the year's count on the other side; undefined when it does not fit.
 */
function counterHeadline(angle: Extract<MunicipalAngle, { kind: "place" }>, counter: Counter, all: readonly IndicatorFinding[], say: StorySay, kommun: string): Sentence | undefined {
  const f = angle.finding;
  // Records on every measure while riket is ahead on every one: riket is the other side, not one measure's place.
  const behind = counter.kind === "records" && all.every((x) => x.vsNational !== null && comparePolarity(x.vsNational) < 0);
  const first = behind
    ? say("headline.side.behind.all", { [ROOM]: String(HEADLINE_SIDE_MAX) })
    : placeSide({ finding: f, fact: { kind: angle.fact, value: 1, polarity: -1 } }, all, say);
  const room = sideRoom(HEADLINE_MAX, first, kommun);
  const second = say(`headline.side.${counter.kind}.all`, { andel: shareOfMeasures(counter.total, counter.total), [ROOM]: String(room) });
  // Records on every measure first, the place after: "bemötandet nära botten, men egna rekord på alla fem mått" set
  // the place against a count that holds the same measure's record, and read as a contradiction (Kungälv, read EZ).
  const [a, b] = counter.kind === "records" ? [second, first] : [first, second];
  const text = say("headline.both", { första: a, Första: capitalize(a), andra: b });
  if (text.length > HEADLINE_MAX) return undefined;
  const field = counter.kind === "records" ? "record" : "changeClass";
  const side = behind ? all.map((x) => `${x.indicator.id}.vsNational`) : [`${f.indicator.id}.rank`];
  return { text, claims: [...side, ...all.map((x) => `${x.indicator.id}.${field}`)] };
}

export interface StoryContext {
  analysis: Analysis;
  plan: MunicipalityPlan;
  say: StorySay;
  mentions: Mentions;
  /** The data's indicators without a value for the municipality this year (not measured). */
  missing?: readonly Indicator[];
  /** What the lead's sentences claim, once it is written: the body does not compare again what it compared. */
  leadClaims?: ReadonlySet<string>;
  /** Claims of the lead's sentences under its ingress that the sections tell instead (composeRelease). */
  retell?: ReadonlySet<string>;
  /** What the headline claims: the ingress says it too (channelAlso). */
  headlineClaims?: readonly string[];
}

/** "Bemötandet i telefon mättes inte i Östra Göinge 2019.": a count over four measures of five needs it. */
function missingSentence(ctx: StoryContext): Sentence[] {
  const missing = ctx.missing ?? [];
  if (missing.length === 0) return [];
  const mått = joinOnce(missing.map(headlineName));
  return [{ text: ctx.say("summary.missing", { mått, Mått: capitalize(mått) }), claims: missing.map((i) => `${i.id}.value`) }];
}

/**
 * The slot of the change since last year. "Unchanged" by the thresholds is
 * said plainly ("gick från 4,2 till 3,3 timmar") when "ungefär samma nivå"
 * would mislead: the value is a record, or a time moved by a sixth or more.
 */
function changeSlot(f: IndicatorFinding, prefix: string, record = false): string {
  if (f.changeClass === null) return `${prefix}.value`;
  if (f.changeClass === "unchanged") {
    if (f.change === 0) return `${prefix}.same`;
    return record || movedPlainly(f.value, f.previous, f.indicator.unit) ? `${prefix}.plain.${movement(f)}` : `${prefix}.unchanged`;
  }
  return `${prefix}.${f.changeClass}.${movement(f)}`;
}


/**
 * The change since last year, in the lead's ("lead") or the body's ("change")
 * words; a large ratio in a unit that takes ratios is told as one ("har
 * nästan halverats, från 1,9 timmar till 1 timme").
 */
function changeSentence(f: IndicatorFinding, prefix: "lead" | "change", tokens: Record<string, string>, ctx: StoryContext): Sentence {
  const id = f.indicator.id;
  // A change is told by its ratio only when the ratio is large (a half, a doubling, §5): "ökat med nästan en
  // tredjedel" for 0,7 timmar read as a worsening the fact box says does not count (Österåker), and "minskat
  // med drygt två femtedelar" made readers do the arithmetic (Oxelösund, Herrljunga, Lysekil): the figures.
  const rel = largeYearRatio(f);
  if (rel) {
    return { text: ctx.say(`${prefix}.relative.${movement(f)}`, { ...tokens, relativt: rel.words }, f), claims: [...changeClaims(f), `${id}.ratio`] };
  }
  // A record by a hair over last year's (stale) is said as the change it is; the record follows as an afterthought.
  const record = ctx.plan.ranked.some((r) => r.finding === f && r.facts.some((x) => x.kind === "record" && !x.stale));
  return { text: ctx.say(changeSlot(f, prefix, record), tokens, f), claims: f.changeClass === null ? [`${id}.value`] : changeClaims(f) };
}

/**
 * A headline that counts three best records, which the lead names: the first news opens the lead and the names follow.
 */
function namedCountAfterFirst(ctx: StoryContext): boolean {
  if (ctx.plan.angle.kind !== "records") return false;
  const named = listedRecords(ctx, "best");
  const first = ctx.plan.lead[0];
  return named !== undefined && named.length === 3 && !narrowSplit(ctx, named) && !clearNamed(ctx, "best") && first !== undefined && named.includes(first.finding) && recordCount(ctx).length === 1;
}

/**
 * The slots of a change in the lead: "lead" ("I Öckerö kommun gick …") for the
 * lead's first sentence, else the body's. After a count that opens the lead
 * ("… är de bästa hittills i Öckerö"), the name is not said again at once.
 */
function leadPrefix(index: number, ctx: StoryContext): "lead" | "change" {
  const counted = ctx.plan.angle.kind === "summary" || (ctx.plan.angle.kind === "records" && recordCount(ctx).length > 0 && !namedCountAfterFirst(ctx));
  return index === 0 && !counted ? "lead" : "change";
}

/** Notes that a record since the survey began has been said (the next one says "hittills"). */
function saidRecord(ctx: StoryContext, fact: Fact, t: PlannedFinding["time"], s: Sentence | undefined): Sentence | undefined {
  if (s && fact.kind === "record" && t) {
    ctx.mentions.startSaid = true;
    // Only the last kind told: "Även det är … bästa" right after a "sämsta" read as false (Haninge, Emmaboda).
    ctx.mentions.lastRecord = t.series.record?.kind;
  }
  return s;
}

function plannedTime(ctx: StoryContext, f: IndicatorFinding): PlannedFinding["time"] {
  return ctx.plan.ranked.find((r) => r.finding === f)?.time ?? null;
}

/** A time fact in the lead: its indicator's change first, unless the lead has just given it. */
function leadTimeSentences(item: LeadItem, index: number, ctx: StoryContext, tokens: Record<string, string>): Sentence[] {
  const { finding: f, fact } = item;
  const out: Sentence[] = [];
  const told = ctx.plan.lead.slice(0, index).some((i) => i.finding === f);
  // A record reached by a step too small to count is told by its value, not as a change ("gick från 4,4 till
  // 3,6 timmar" read as an improvement the fact box says does not count: Ronneby, Haninge).
  const byValue = !told && fact.kind === "record" && !fact.demoted && f.changeClass === "unchanged" && index > 0;
  // The measure's gap item told its worst-ever by value already (worstByValue).
  const lowTold = fact.kind === "record" && fact.polarity < 0 && f.changeClass === "unchanged" && f.change !== 0 && ctx.plan.lead.slice(1, index).some((i) => i.finding === f && i.fact.kind === "gap");
  if (lowTold) return [];
  if (!told && !byValue) out.push(changeSentence(f, leadPrefix(index, ctx), tokens, ctx));
  // After the measure's place, a streak or a turnaround needs the year's step first: "Förbättringen är den
  // femte i rad" right after "ligger först i landet" pointed back to nothing (Värmdö).
  const placeOnly = told && ctx.plan.lead.slice(0, index).every((i) => i.finding !== f || PLACE_FACTS.includes(i.fact.kind));
  const stepped = f.changeClass !== null && f.changeClass !== "unchanged";
  if (placeOnly && stepped && (fact.kind === "streak" || fact.kind === "turnaround")) {
    out.push({ text: ctx.say(`lead.again.${f.changeClass}`, tokens, f), claims: changeClaims(f) });
  }
  const follow = out.length > 0 || ctx.plan.lead[index - 1]?.finding === f;
  // When the lead counts or names the records together, it does not tell them one by one, but riket's
  // context stays with the change. (Only records of the counted kind: Perstorp's worst-ever bemötande is
  // told beside its four best.)
  const kind = plannedTime(ctx, f)?.series.record?.kind;
  if (fact.kind === "record" && ((kind !== undefined && countedRecords(ctx, kind)) || !ctx.mentions.recordSentence())) {
    // The change was the sentence before: riket's word comes as its own sentence (Trelleborg: "… men ändå sämre än riket").
    const prior = ctx.plan.lead[index - 1];
    const afterMove = prior?.finding === f && (prior.fact.kind === "change" || prior.fact.kind === "strong-change");
    const cmp = out.length === 0 && fact.demoted ? compareSentence(f, ctx, false, false, true, true, afterMove ? classPolarity(f.changeClass) : 0) : undefined;
    return cmp ? [cmp] : out.map((s) => withRiketContext(s, item, ctx, fact.demoted === true));
  }
  // "klart" only by the thresholds (farWords), whatever the ratio.
  const far = farWords(f);
  // One sentence says riket's side: a run beside its measure's record, which says it, does not (Malå: "… men
  // direktsvaren ligger fortfarande under rikssnittet. Det är det bästa …, men fortfarande sämre än rikssnittet",
  // read BH).
  const recordSays = fact.kind === "streak" && ctx.plan.lead.some((i) => i.finding === f && i.fact.kind === "record" && i.fact.demoted === true);
  // A worst-ever still ahead of riket, as it was last year, says so: Ulricehamn's bemötande at its lowest, 87 against
  // riket's 84, read as bad news without it (read ED).
  const ahead = fact.kind === "record" && fact.polarity < 0 && f.vsNational !== null && comparePolarity(f.vsNational) > 0 && f.previousVsNational !== null && comparePolarity(f.previousVsNational) > 0;
  // A run riket contradicts says riket's side even when it was news enough to keep its value: Höganäs' fifth rise in
  // e-post answers, to 80 procent against riket's 84, headlined with riket only in the body (reads FI and FK).
  // (The headline's run only: told later in the lead it kept its apposition, Staffanstorp's fifth rise, read BL.)
  const opposedRun = index === 0 && fact.kind === "streak" && f.vsNational !== null && comparePolarity(f.vsNational) === -fact.polarity;
  const t = saidRecord(ctx, fact, plannedTime(ctx, f), timeSentence(fact, f, plannedTime(ctx, f), ctx.say, { follow, against: (fact.demoted === true || ahead || opposedRun) && !recordSays, far, startSaid: ctx.mentions.startSaid, lastRecord: ctx.mentions.lastRecord, again: ctx.mentions.again, level: f.vsNational === "level", withValue: byValue }));
  if (t) out.push(timesContext(t, f));
  return out;
}

/**
 * The lead's sentence for a place in the group or the country, or a crossing of riket. `tokens` is called only
 * where the value is said: it notes the measure's first value (its approximate word goes there).
 */
function placeLeadSentence(item: LeadItem, index: number, ctx: StoryContext, tokens: () => Record<string, string>): Sentence[] {
  const { finding: f, fact } = item;
  const { analysis: a, say } = ctx;
  const id = f.indicator.id;
  // Also a lead's only group place on a measure the lead does not otherwise tell: "Lomma har svagast resultat för
  // direktsvaren i telefon av de 40 …" gave no figure (sweep 4 scored Lomma 3; a read before it, 4).
  const alone = ctx.plan.lead.filter((i) => GROUP_FACTS.includes(i.fact.kind)).length === 1 && !ctx.plan.lead.some((i) => i.finding === f && i !== item);
  if (GROUP_FACTS.includes(fact.kind) && (index === 0 || alone)) {
    // The headline's group place opens the lead with the value (groupAngle): "Med 3,3 timmar har Härjedalens
    // kommun det bästa resultatet av de 19 kommunerna i kommungruppen … för den genomsnittliga svarstiden …".
    const g = f.rank?.group;
    if (!g) return [];
    // A shared place names the others, and the group's size beside them was a third figure: "93 procent 2019 i Åre
    // kommun, en delad förstaplats med Leksand och Älvdalen bland de 19 kommunerna …" (read HG). The body counts it.
    const delar = sharedPhrase(g);
    // A shared place that is the headline names the group: "delar toppen i kommungruppen" over a lead that never said
    // which group read as jargon (read JB: Åre). (Not before "som deltog", nor a name with a comma of its own.)
    const headline = ctx.plan.angle.kind === "place" && ctx.plan.angle.finding === f;
    const group = headline && a.group && !a.group.name.includes(",") ? ` ${a.group.name}` : "";
    const t = { ...tokens(), antal: delar === "" ? groupCount(g, ctx, true) : `kommunerna i kommungruppen${group}`, delar };
    return [{ text: say(`lead.group.${fact.kind === "group-first" ? "first" : "last"}${g.tied ? ".shared" : ""}`, t, f), claims: [`${id}.value`, `${id}.groupRank`] }];
  }
  if (GROUP_FACTS.includes(fact.kind)) {
    // Named always: the lead's "Även …" or a count may come between it and its measure ("Ljusdal har svagast
    // resultat av de 31 …" read as tillgängligheten, where it is best), and unnamed after its own measure it read
    // as an overall ranking ("Nyköping har svagast resultat av de 24 …": four releases in a sweep).
    const s = groupPlaceSentence(f, ctx, true);
    return s ? [s] : [];
  }
  if (fact.kind === "crossing") {
    const ref = f.national === null ? "" : formatValue(f.national, f.indicator.unit, "text");
    // A time is "kortare"/"längre" than riket's, not "bättre"/"sämre" (Mellerud's response time).
    const time = timeSlot(f.indicator.unit);
    return [{ text: say(`lead.crossing.${fact.polarity > 0 ? "up" : "down"}${time}`, { ...tokens(), riket: ref }, f), claims: [`${id}.value`, `${id}.national`, `${id}.vsNational`] }];
  }
  // Right after its measure's own sentence, which gave the value: the place without it ("Älvsbyn delar femte
  // plats i landet med …"), not "har 88 procent 2019 och delar därmed …" a second time.
  // (Not after a record's sentence: "Det är Gullspångs bästa resultat … Det placerar Gullspång bland de tio sämsta"
  // read as the record putting it near the bottom, sweep 4 scored it 3.)
  const prev = ctx.plan.lead[index - 1];
  if (index > 0 && prev?.finding === f && !TIME_FACTS.includes(prev.fact.kind)) {
    return [{ text: say(placeSlot("rank", fact.kind, f), rankTokens(f, a.participants, fact.kind)), claims: [`${id}.rank`] }, ...endRunSentence(f, fact.kind, false, ctx)];
  }
  // A weak place is given by its figure alone: "nästan tre av fyra (73 procent)" read as good news beside "bara
  // sju kommuner har sämre" (Lycksele, read BC).
  const t = tokens();
  const exact = t[EXACT];
  if (fact.polarity < 0 && exact !== undefined) t["värde"] = exact;
  // A top kept at 100 procent says last year too, as its headline does ("kvar i delad topp"): "Med 100 procent 2019,
  // liksom 2018, delar Kramfors …" (the ingress said 2019 alone under Nynäshamn's, Kristianstad's and Kramfors'
  // headlines; "100 procent både 2018 och 2019 … med åtta andra kommuner" read as the eight at 100 both years, AB47).
  const kept = keptTop(fact.kind, f);
  if (kept) t["värde"] = t[EXACT] = `${formatValue(f.value, f.indicator.unit, "text")} ${formatYear(a.year)}, liksom ${formatYear(a.previousYear)}`;
  const text = say(placeSlot("lead.place", fact.kind, f), t, f);
  // (The aside closes with a comma where the sentence goes on: "Med 100 procent 2019, liksom 2018, delar …".)
  return [{ text: kept ? text.replace(/(liksom \d{4})(?= \p{L})/u, "$1,") : text, claims: [`${id}.value`, `${id}.rank`, ...(kept ? [`${id}.previous`] : [])] }, ...endRunSentence(f, fact.kind, kept, ctx)];
}

/**
 * A first or last place held for years in a row says so right after the place: "Det är tredje året i rad som Gagnef
 * har landets bästa resultat." Reads JQ and JR missed Gagnef's top and Herrljunga's last place two years running
 * (and JP Ronneby's). Not the second year of a top at 100 procent, whose sentence already says "liksom 2018".
 */
function endRunSentence(f: IndicatorFinding, kind: FactKind, kept: boolean, ctx: StoryContext): Sentence[] {
  const run = f.rank?.endRun ?? 1;
  const end = kind === "first" || kind === "shared-first" ? "first" : kind === "last" ? "last" : undefined;
  const ordning = ordinalWord(run);
  if (end === undefined || run < 2 || (kept && run < 3) || ordning === undefined) return [];
  // Shared every year, said so: "För femte året i rad har Nynäshamn landets bästa resultat" for a first place shared
  // each of the five years read as Nynäshamn's alone (read KM; Eslöv in read KK).
  const shared = f.rank?.endRunShared === true ? ".shared" : "";
  return [{ text: ctx.say(`lead.place.run.${end}${shared}`, { ordning }), claims: [`${f.indicator.id}.rankRun`] }];
}

/** The sentence without its opening "Men", where the sentence before it is the turn instead. */
export function menDropped(s: Sentence): Sentence {
  return s.text.startsWith("Men ") ? { ...s, text: capitalize(s.text.slice(4)) } : s;
}

/** A first place (shared or not) at 100 procent this year and last: the top kept, not reached. */
function keptTop(kind: FactKind, f: IndicatorFinding): boolean {
  return (kind === "first" || kind === "shared-first") && f.indicator.unit === "percent" && f.value === 100 && f.previous === 100;
}

function leadSentence(item: LeadItem, index: number, first: Fact | undefined, ctx: StoryContext): Sentence[] {
  const { finding: f, fact } = item;
  const { analysis: a, say, mentions } = ctx;
  const id = f.indicator.id;
  const tokens = (): Record<string, string> => ({ ...numberTokens(f, a, mentions), ...rankTokens(f, a.participants, fact.kind) });
  if (TIME_FACTS.includes(fact.kind)) return leadTimeSentences(item, index, ctx, tokens());
  if (GROUP_FACTS.includes(fact.kind) || fact.kind === "crossing" || PLACE_FACTS.includes(fact.kind)) return placeLeadSentence(item, index, ctx, tokens);
  // A measure the lead has just told, and riket puts in its place: only the comparison is new.
  if (fact.kind === "gap" && index > 0 && ctx.plan.lead.slice(0, index).some((i) => i.finding === f)) {
    // After news on another measure the comparison names its measure: "Men Borås ligger klart bättre till än
    // både riket …" read as Borås as a whole, after two falls (a read).
    const others = ctx.plan.lead.slice(0, index).some((i) => i.finding !== f);
    // After a record's sentence ("Det är Vimmerbys bästa resultat …") a time is named, not "Den är …".
    const prev = ctx.plan.lead[index - 1]?.fact.kind;
    // After "Det är en förbättring från 17,7 timmar 2018." a time is named, not "Den är …" (Piteå).
    const afterChange = prev === "change" || prev === "strong-change";
    // In a lead about more than one measure, "Resultatet är …", never "Orsa ligger sämre till …" (read as the whole
    // municipality).
    const several = ctx.plan.lead.some((i) => i.finding !== f);
    const cmp = compareSentence(f, ctx, others || afterChange, (prev !== undefined && TIME_FACTS.includes(prev)) || several, true, true, afterChange ? classPolarity(f.changeClass) : 0);
    return cmp ? [cmp] : [];
  }
  const gapFirst = index === 0 && fact.kind === "gap" ? gapBeforeChange(f, ctx, tokens) : undefined;
  if (gapFirst) return gapFirst;
  const moved = fact.kind === "change" || fact.kind === "strong-change";
  // The same indicator's value was just given (a place): only last year's figure is new.
  // A change told by its ratio alone (its class is "unchanged") has no class words: changeSentence says it.
  const classed = f.changeClass !== null && f.changeClass !== "unchanged";
  const again = classed && moved && index > 0 && ctx.plan.lead.slice(0, index).some((i) => i.finding === f);
  // A streak or turnaround after the place told the step already (leadTimeSentences).
  if (again && ctx.plan.lead.slice(0, index).some((i) => i.finding === f && (i.fact.kind === "streak" || i.fact.kind === "turnaround"))) return [];
  if (again) {
    const rel = largeYearRatio(f);
    if (rel) return [{ text: say(`lead.again-relative.${movement(f)}`, { ...tokens(), relativt: rel.words }, f), claims: [...changeClaims(f), `${id}.ratio`] }];
    return [{ text: say(`lead.again.${f.changeClass}`, tokens(), f), claims: changeClaims(f) }];
  }
  // "däremot" only when no earlier measure in the lead moved the same way (Tranås: bemötande rose too).
  const earlier = ctx.plan.lead.slice(0, index).map((i) => i.finding);
  const against = classed && moved && index > 0 && first !== undefined && first.polarity !== 0 && fact.polarity === -first.polarity && !movedAlike(earlier, fact.polarity);
  // A gap whose measure barely moved says both figures ("höll sig på ungefär samma nivå, 46 procent 2019 mot 45
  // procent 2018"): "förändrades knappt från året innan: 2,7 timmar 2019" left the reader without last year's
  // figure (four editors of a sweep: Åmål, Härnösand, Hammarö, Övertorneå).
  const valueOnly = fact.kind === "gap" && f.changeClass === "unchanged" && f.change !== 0 && index > 0;
  // A value that barely moved but is the worst yet is told as that, by its value: "höll sig på ungefär samma
  // nivå som året innan, 74 procent" softened Mönsterås' lowest ever (a read).
  const low = valueOnly ? worstByValue(f, ctx) : undefined;
  const out: Sentence[] = [against ? contrastSentence(f, tokens(), ctx) : (low ?? changeSentence(f, leadPrefix(index, ctx), tokens(), ctx))];
  if (fact.kind === "gap") {
    // In a lead about more than one measure, "Resultatet är …", not "Men Vimmerby ligger klart sämre till …",
    // which read as the municipality as a whole (a read, as Borås).
    const others = ctx.plan.lead.some((i) => i.finding !== f);
    const cmp = compareSentence(f, ctx, false, others, true, true, classPolarity(f.changeClass));
    if (cmp) out.push(cmp);
  }
  return moved ? out.map((s, i) => (i === 0 ? withRiketContext(s, item, ctx) : s)) : out;
}

/** The year's change as a ratio, where it is large enough to be said so (§5: a half, a doubling); one rule for every sentence of a change. */
function largeYearRatio(f: IndicatorFinding): RelativeChange | undefined {
  const found = f.changeClass === null ? undefined : relativeChange(f.value, f.previous, f.indicator.unit);
  return found && isLargeRatio(found.ratio, f.changeClass !== "unchanged") ? found : undefined;
}

/**
 * The lead's turn to a measure that moved the other way ("däremot"); by its ratio when that is large, as the lead's
 * other changes are: "Den genomsnittliga svarstiden för e-post ökade däremot, från 1,5 timmar 2018 till 3 timmar
 * 2019" hid a doubling (read JC: Södertälje; EDITORIAL.md §5).
 */
function contrastSentence(f: IndicatorFinding, tokens: Record<string, string>, ctx: StoryContext): Sentence {
  const rel = largeYearRatio(f);
  if (rel) return { text: ctx.say(`lead.contrast-relative.${movement(f)}`, { ...tokens, relativt: rel.words }, f), claims: [...changeClaims(f), `${f.indicator.id}.ratio`] };
  return { text: ctx.say(`lead.contrast.${f.changeClass}.${movement(f)}`, tokens, f), claims: changeClaims(f) };
}

/**
 * A lead that opens with a share's gap to riket, on a measure whose year went the other way, says the gap first and
 * the change after it: "I Essunga ökade andelen … från 41 procent 2018 till 44 procent 2019" opened a release
 * headlined "Essunga sämre än riket på service via telefon" (read AJ scored it 3: the ingress sprawled). The group's
 * side is the body's (groupUnsaid).
 */
function gapBeforeChange(f: IndicatorFinding, ctx: StoryContext, values: () => Record<string, string>): Sentence[] | undefined {
  const gap = f.vsNational === null ? 0 : comparePolarity(f.vsNational);
  const change = classPolarity(f.changeClass);
  if (f.national === null || f.previous === null || f.indicator.unit !== "percent" || gap === 0 || change !== -gap) return undefined;
  // (Tokens only now: the first value said is noted, and decides its approximate words.)
  const tokens = values();
  const id = f.indicator.id;
  const side = gap > 0 ? "better" : "worse";
  const riket = formatValue(f.national, f.indicator.unit, "text");
  const first = gradeDegree(ctx.say(`lead.gap-first.${side}`, { ...tokens, riket }, f), Math.abs(f.value - f.national), f.compareThresholds.strong);
  // A rise to the measure's best yet says so here: Essunga's direct answers, at their best by a point, were told so only
  // in the body after a comparison with the group (reads GT and GU scored it 3).
  const record = ctx.plan.ranked.find((r) => r.finding === f)?.facts.find((x) => x.kind === "record" && x.polarity > 0);
  const best = change > 0 && record ? (record.narrow ? ".best.narrow" : ".best") : "";
  const then = ctx.say(`lead.gap-first.${change > 0 ? "improved" : "declined"}${best}`, { föregående: tokens["föregående"] ?? "", kommunens: genitive(ctx.analysis.municipality.name) });
  return [
    { text: first, claims: [`${id}.value`, `${id}.national`, `${id}.vsNational`] },
    { text: then, claims: [`${id}.previous`, `${id}.change`, `${id}.changeClass`, ...(best ? [`${id}.record`] : [])] },
  ];
}

/** A worst-ever told by its value ("… var 74 procent 2019, det sämsta …"), when the measure has one. */
function worstByValue(f: IndicatorFinding, ctx: StoryContext): Sentence | undefined {
  const p = ctx.plan.ranked.find((r) => r.finding === f);
  const fact = p?.facts.find((x) => x.kind === "record" && x.polarity < 0);
  if (!p || !fact || !p.time) return undefined;
  return timeSentence(fact, f, p.time, ctx.say, { follow: false, against: false, startSaid: ctx.mentions.startSaid, lastRecord: ctx.mentions.lastRecord, again: ctx.mentions.again, withValue: true });
}

/**
 * Far from riket by the class, or for a time by the ratio and a few hours apart (11,9 timmar against 6): which news
 * the lead weighs. The comparison's words follow the class alone (compareSentence): "klart längre" by the ratio for
 * gaps of 3–5 timmar read against the 8-hour threshold (reads R and Q: Huddinge, Mölndal).
 */
export function farFromRiket(f: IndicatorFinding): boolean {
  if (f.vsNational === null || f.national === null) return false;
  if (/^much-/.test(f.vsNational)) return true;
  const ratio = timeGapRatio(f.value, f.national, f.indicator.unit);
  return ratio !== undefined && ratio >= TIME_GAP.clear && Math.abs(f.value - f.national) >= TIME_GAP_HOURS * f.compareThresholds.same && f.vsNational !== "level";
}

/** Far from riket by the thresholds: the words "klart", "mycket", "långt" (far by a time's ratio alone is plain). */
function farWords(f: IndicatorFinding): boolean {
  return /^much-/.test(f.vsNational ?? "");
}

/** A time is far from riket by its ratio only when also this many times `same` apart. */
const TIME_GAP_HOURS = 3;

/**
 * A change in the lead on a measure riket puts on the other side (far, or near when its record is not told),
 * when nothing else in the lead says so: "…, men fortfarande klart sämre än
 * rikssnittet." (a 9-point rise to 73 % read as good news, 11 points below riket).
 */
/**
 * A year's change told later in the lead, which says where it leaves the measure whenever riket is on the other side,
 * near or far: "bemötandet … gick däremot ner … till 90 procent" read as a problem at 90 against riket's 84, and "steg
 * … till 80 procent" as a success at 80 against 84 (read FI: Arboga, Höganäs). Not the first sentence, which carries the
 * headline's news and its appositions (a turn, a national extreme); not a measure with a record, a run or a turn to
 * tell, whose clause gives riket (Ockelbo); not before a sentence that turns against it ("…, men är ändå sämre än
 * rikssnittet. Men …": Mörbylånga); not under a count against riket, which has said it.
 */
function laterChange(item: LeadItem, ctx: StoryContext): boolean {
  const { finding: f, fact } = item;
  const at = ctx.plan.lead.indexOf(item);
  if ((fact.kind !== "change" && fact.kind !== "strong-change") || at <= 0 || fact.most || ctx.plan.angle.kind === "summary") return false;
  const timed = ctx.plan.ranked.some((r) => r.finding === f && r.facts.some((x) => x.kind === "record" || x.kind === "streak" || x.kind === "turnaround"));
  const next = ctx.plan.lead[at + 1]?.fact;
  return !timed && !(next !== undefined && next.kind !== "gap" && next.polarity === -fact.polarity);
}

function withRiketContext(s: Sentence, item: LeadItem, ctx: StoryContext, near = false): Sentence {
  const f = item.finding;
  const p = item.fact.polarity;
  if (f.vsNational === null || p === 0) return s;
  const far = farFromRiket(f);
  const against = comparePolarity(f.vsNational) === -p;
  const side = !against || (!far && !near && !laterChange(item, ctx)) ? undefined : contextSide(p, farWords(f));
  const told = ctx.plan.lead.some((i) => i !== item && i.finding === f && (i.fact.kind === "gap" || TIME_FACTS.includes(i.fact.kind)));
  // A strong change that lands level with riket says so: "tappar kraftigt … från 100 till 84 procent" read as
  // worse than it is without riket's 84 (Karlshamn, a read). So does any fall that lands there ("gick däremot ner …
  // till 84 procent" with no riket beside it: read FI, Vårgårda).
  const levelled = item.fact.kind === "strong-change" || (item.fact.kind === "change" && p < 0);
  if (!side && !told && f.vsNational === "level" && levelled) {
    const level = ctx.say(`lead.context.level.${p > 0 ? "up" : "down"}`, {});
    return { text: `${s.text.replace(/\.$/, "")}, ${level}.`, claims: [...s.claims, `${f.indicator.id}.vsNational`] };
  }
  if (!side || told) return s;
  // After a change the clause needs its verb ("…, men är fortfarande klart sämre än rikssnittet").
  // A time is "längre" than riket's, not "sämre".
  const time = timeSlot(f.indicator.unit);
  // The degree follows the gap, as in the body: Skinnskatteberg's 75 against 60 procent was "klart bättre" here and
  // "mycket bättre" in its section (read BO).
  const clause = f.national === null ? ctx.say(`lead.context.${side}${time}`, {}) : gradeDegree(ctx.say(`lead.context.${side}${time}`, {}), Math.abs(f.value - f.national), f.compareThresholds.strong);
  return timesContext({ text: `${s.text.replace(/\.$/, "")}, ${clause}.`, claims: [...s.claims, `${f.indicator.id}.vsNational`] }, f);
}

/**
 * Riket's side of a time that is a large multiple of riket's, in the multiple's words: "men svarstiden på e-post är
 * fortsatt nästan dubbelt så lång som rikssnittet" for Piteå's 11,9 against 6 timmar, which is no "klart längre" by
 * the 8-hour threshold (read R) and more than "längre" (three reads asked for the distance).
 */
function timesContext(s: Sentence, f: IndicatorFinding): Sentence {
  const words = f.national === null ? undefined : relativeChange(f.value, f.national, f.indicator.unit, TIMES_AS_LONG)?.words;
  // Not after two figures: "från 1,5 timmar 2018 till 3 timmar 2019, men är ändå hälften så lång som rikssnittet" made
  // the multiple a third.
  const figures = figuresIn(s.text);
  if (!words || figures >= 2) return s;
  // With riket's figure when the sentence has room for it: "nästan dubbelt så lång som rikssnittet" left the reader
  // to look it up (read AK: Eslöv).
  const riket = f.national !== null && figures === 0 ? ` (${formatValue(f.national, f.indicator.unit, "text")})` : "";
  const text = s.text.replace(/(?:klart |mycket |långt )?(?:längre|kortare) än rikssnittet/, `${words} rikssnittet${riket}`);
  // The multiple rests on riket's value: the body gives the group alone, not the multiple again (read V: Eslöv).
  return text === s.text ? s : { text, claims: [...new Set([...s.claims, `${f.indicator.id}.national`])] };
}

export function composeLead(ctx: StoryContext): Sentence[] {
  const items = ctx.plan.lead;
  const first = items[0]?.fact;
  const angle = ctx.plan.angle.kind;
  // The count of records opens the lead when it is the headline, and follows the lead's news when a record
  // is (the lead does not tell counted records one by one); the count against riket, which would repeat
  // its headline word for word, is the body's opening (composeIntro).
  const out: Sentence[] = [];
  // Three named records follow the first news, with its figures: opening the lead, the list of names repeated the
  // headline's count (read AK: Åsele, Öckerö, Staffanstorp).
  const namedAfter = namedCountAfterFirst(ctx);
  const recordsOpening = angle === "records" ? recordCount(ctx) : [];
  if (angle === "records" && !namedAfter) {
    // Better on every measure since last year goes with the count of bests, before its narrow ones: Sigtuna's
    // "På alla fem mått har Sigtuna förbättrat resultatet" was the body's second sentence (read BF).
    const [count, ...narrow] = recordsOpening;
    out.push(...(count ? [count] : []), ...(allChangedInLead(ctx) ? changeCount(ctx) : []), ...narrow);
  }
  // The count as the headline: the lead opens with it and the survey in one sentence (the source said).
  const counted = angle === "summary" ? leadSummary(ctx) : undefined;
  // The one measure the count leaves out, named right after it ("Undantaget är svarstiden …").
  const except = exceptionItem(ctx);
  // The measure farthest behind (ahead of) riket on the count's side, right after the count and what it left out.
  const largest = counted ? largestItem(ctx) : undefined;
  // Its other lead facts go with it (Lomma: last in the group on the same measure).
  const withLargest = (item: LeadItem): boolean => largest !== undefined && item.finding === largest.finding;
  const largestOwn = largest ? items.flatMap((item, i) => (item !== largest && withLargest(item) ? leadSentence(item, i, first, ctx) : [])) : [];
  // The exception right after the count it excepts: after the largest gap and its group place, "Undantaget är …" read
  // as excepting the place (Lomma, read AE scored it 3).
  // What the survey gave no result for comes after them: between the count and its exception, "Undantaget är
  // svarstiden" read as excepting the missing measure (Östra Göinge, read AS).
  if (counted) out.push(counted, ...(except ? exceptionSentence(except.finding, ctx) : []), ...(largest ? [...gapSentence(largest.finding, ctx, "lead.summary.largest"), ...largestRecord(largest.finding, ctx), ...largestOwn] : []), ...missingSentence(ctx));
  // A municipality with no earlier year says so after the lead's first news (a lead opening with a caveat
  // read badly): nothing below is compared with last year.
  const groups = items.map((item, i) => (item === except || withLargest(item) ? [] : strengthItem(item, ctx) ? withGapRecord(gapSentence(item.finding, ctx, "lead.strength"), item.finding, ctx) : leadSentence(item, i, first, ctx)));
  const told = streakBeforeContext(withTurn(groups, items, ctx));
  // After the first measure's sentences, its group place included (Orsa: "Det finns inga tidigare resultat …"
  // between the value and "Bland de 19 … är Orsa svagast" cut the place from its measure).
  const run = items.findIndex((i) => i.finding !== items[0]?.finding);
  const at = out.length > 0 ? 0 : groups.slice(0, run < 0 ? groups.length : run).reduce((n, g) => n + g.length, 0);
  const none = noHistory(ctx);
  const lead = [...told.slice(0, at), ...none, ...told.slice(at)];
  // (After all of the first measure's sentences: between its change and its run, "Det är tredje året i rad" read as
  // the list's.)
  if (namedAfter) lead.splice(groups.slice(0, run < 0 ? groups.length : run).reduce((n, g) => n + g.length, 0), 0, ...recordsOpening, ...(allChangedInLead(ctx) ? changeCount(ctx) : []));
  const count = angle !== "records" && recordsInLead(ctx) ? recordCount(ctx) : lowsLed(ctx) ? recordCount(ctx, "worst") : [];
  // The count goes with the news it agrees with, before the lead turns (Gävle: first place, three records, "Men" …).
  if (count.length > 0) {
    const cut = countBefore(groups, items, ctx);
    lead.splice(cut + (cut >= at ? none.length : 0), 0, ...count);
  }
  // So do the other strong changes the lead's way ("Även …"), before its "Men" (Mörbylånga); a turn comes last.
  const [also, turned0] = alsoSentences(ctx);
  // "Även …" the turn's way goes after the turn: "…sämsta resultat … Även tillgängligheten i telefon förbättrades
  // kraftigt. Men andelen e-postfrågor … gick upp" set "Även" against the decline before it (Falkenberg).
  const way = first?.polarity ?? 0;
  const alike = also.filter((x) => way === 0 || changePolarity(x, ctx) === way);
  const turned = [...also.filter((x) => !alike.includes(x)), ...turned0];
  const turning = told[turnAt(groups, items)];
  const at2 = turning ? lead.indexOf(turning) : lead.length;
  const [next, ...rest] = alike;
  // Right after the count (before its narrow records) when it can refer back to the count's last names.
  const atCount = count[0] === undefined ? -1 : lead.indexOf(count[0]);
  const latter = next !== undefined && atCount >= 0 && atCount + count.length === at2 ? latterAlso(next, ctx) : undefined;
  if (latter && latter !== next) {
    lead.splice(at2, 0, ...rest);
    lead.splice(atCount + 1, 0, latter);
  } else if (atCount >= 0 && alike.length > 0 && alike.every((x) => inCount(x, count))) {
    // Changes of measures the count just named come before it: the count named the response time, and "Också
    // svarstiden på e-post blev klart bättre" after it read as a repeat (Tomelilla, a read).
    lead.splice(atCount, 0, ...alike);
  } else lead.splice(at2, 0, ...alike);
  // Better (worse) on every measure goes with the count of records when there is one: last, the ingress's cut left it
  // under the ingress, after a plain change (Eksjö, read AT: "förbättrats på alla fem mått" buried).
  const everyWay = countInLead(ctx) ? changeCount(ctx) : [];
  const afterCount = count[0] === undefined ? -1 : lead.indexOf(count[count.length - 1] as Sentence);
  if (afterCount >= 0) lead.splice(afterCount + 1, 0, ...everyWay);
  out.push(...withOtherLows(lead, ctx), ...turned, ...(afterCount >= 0 ? [] : everyWay));
  const merged = withExceptionClause(onceDäremot(ctx.analysis.findings, lastNoHistory(withTurnClause(withFallClauses(noTurnAfterPlaceRise(withPlaceClauses(withBestAfterStep(withRecordClauses(withOwnRuns(withStreakClauses(withGroupPlaceClause(groupPlacesMerged(placesOnce(out, ctx), ctx), ctx), ctx), ctx), ctx), ctx), ctx), ctx), ctx), ctx), none)), ctx);
  // A lead that opens with the headline's count of records says its source there: the count alone repeated the
  // headline (Tyresö, Karlskoga, Sigtuna; reads AT and AU).
  const opening = angle === "records" && !namedAfter && recordsOpening[0] !== undefined && merged[0] === recordsOpening[0] ? merged[0] : undefined;
  if (opening) merged[0] = { text: `${opening.text.replace(/\.$/, "")}, ${ctx.say("lead.source-clause", {})}.`, claims: [...opening.claims, "survey.name", "survey.year"] };
  const behind = recordsBehindRiket(ctx);
  const final = behind ? withBehind(merged, behind, ctx) : merged;
  const channel = channelAlso(final, ctx);
  if (channel) final.splice(channelAt(final, channel, ctx), 0, channel);
  if (!opening && !counted) final.push({ text: ctx.say("lead.source", {}), claims: ["survey.name", "survey.year"] });
  return withPlaceLeft(final.map((x) => withRiketFigure(x, ctx)), ctx);
}

/**
 * Last year's first or last place in the country, left since, said beside last year's figure where the lead first
 * gives it: "Resultatet har förbättrats kraftigt, från 59 procent 2018, då ingen kommun i landet hade ett sämre
 * resultat." (read JQ: Tranås; read JR: Karlshamn's fall from a shared first place; A/B read AB52 preferred it in all
 * three releases). Once in a lead, and not where the body's crossing of riket says it ("2018 delade kommunen
 * förstaplatsen i landet", Haparanda).
 */
function withPlaceLeft(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const year = formatYear(ctx.analysis.previousYear);
  // (Not beside the country's largest change, which the sentence already tells: Sundsvall's fall from a shared first
  // place took the ingress's room from its count of worst-evers, read R.)
  const left = ctx.analysis.findings.flatMap((f) => {
    const end = placeLeft(f, ctx);
    return f.previous === null || end === undefined || f.rank?.change !== undefined ? [] : [{ f, end, previous: f.previous }];
  });
  for (const [i, s] of lead.entries()) {
    for (const { f, end, previous } of left) {
      if (!s.claims.some((c) => c.startsWith(`${f.indicator.id}.`))) continue;
      const before = `${formatValue(previous, f.indicator.unit, "text")} ${year}`;
      const at = s.text.indexOf(before) + before.length;
      const next = s.text.slice(at, at + 5);
      if (at < before.length || !(next.startsWith(" till") || next.startsWith(".") || next.startsWith(","))) continue;
      const slot = `${end}${f.rank?.previous?.tied === undefined ? "" : ".shared"}`;
      const claims = [`${f.indicator.id}.previousRank`];
      // Between "från …" and "till …" a sentence of its own after it: a clause there broke the step in two (A/B read
      // AB52: Karlshamn, Kävlinge).
      if (next.startsWith(" till")) return [...lead.slice(0, i + 1), { text: ctx.say(`lead.place-left-sentence.${slot}`, { fjol: year }), claims }, ...lead.slice(i + 1)];
      // (Not the name twice in one sentence: "Karlshamns kommun har tappat … då kommunen delade förstaplatsen".)
      const name = ctx.analysis.municipality.name;
      const said = ctx.say(`lead.place-left.${slot}`, {});
      const clause = s.text.includes(name) ? said.replace(`då ${name} `, "då kommunen ") : said;
      const text = `${s.text.slice(0, at)}, ${clause}${s.text.slice(at)}`;
      return [...lead.slice(0, i), { text, claims: [...s.claims, ...claims] }, ...lead.slice(i + 1)];
    }
  }
  return [...lead];
}

/** The end of the country (first or last) a measure held last year and has left, unless its crossing of riket says so. */
function placeLeft(f: IndicatorFinding, ctx: StoryContext): "first" | "last" | undefined {
  const [now, before] = [f.rank, f.rank?.previous];
  if (!now || !before) return undefined;
  const left = countryEnd(before);
  const crossed = ctx.plan.ranked.some((p) => p.finding === f && p.facts.some((x) => x.kind === "crossing" && x.polarity < 0));
  return left === undefined || countryEnd(now) === left || (left === "first" && crossed) ? undefined : left;
}

/**
 * A lead clause on riket gives riket's figure where the sentence has room for it (two figures at most): "…, och
 * resultatet ligger i nivå med rikssnittet (84 procent)". Without it the body said riket's verdict again to give the
 * figure ("För e-postsvaren … är Alvesta på samma nivå som rikssnittet (84 procent) och …", reads HC and HD: the
 * same verdict twice); with it the body gives the group's side alone.
 */
function withRiketFigure(s: Sentence, ctx: StoryContext): Sentence {
  const id = s.claims.find((c) => c.endsWith(".vsNational"))?.replace(/\.vsNational$/, "");
  const f = ctx.analysis.findings.find((x) => x.indicator.id === id);
  // (Not riket's figure when it is the sentence's own: "till 84 procent 2019 …, i nivå med rikssnittet (84 procent)",
  // read AB11: Tomelilla.)
  if (!f || f.national === null || f.national === f.value || s.claims.includes(`${f.indicator.id}.national`) || figuresWithStepsIn(s.text) > 1) return s;
  const text = s.text.replace(/, ([^,]*)\b(rikssnittet|snittet i riket|snittet i landet)\.$/u, (_, clause: string, ref: string) => `, ${clause}${ref} (${formatValue(f.national ?? 0, f.indicator.unit, "text")}).`);
  return text === s.text ? s : { text, claims: [...s.claims, `${f.indicator.id}.national`] };
}

/**
 * A place in the country said once in the lead: a count of lows that named Ljusdal's ninth and shared eighth places
 * ("… även om tillgängligheten och bemötandet i telefon ligger på nionde och delad åttonde plats i landet") was
 * followed by a sentence for each place (read GU). The place's own sentence goes; the body gives the value.
 */
function placesOnce(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  return lead.filter((s, i) => {
    const ids = [...new Set(s.claims.map((c) => c.split(".")[0]))];
    const id = ids[0];
    const placeOnly = id !== undefined && ids.length === 1 && s.claims.includes(`${id}.rank`) && s.claims.every((c) => c === `${id}.rank` || c === `${id}.value`);
    const again = placeOnly && lead.slice(0, i).some((x) => x.claims.includes(`${id}.rank`));
    // Its measure's full name goes with it: the body names it in full (Mentions.forget).
    if (again) ctx.mentions.forget(id);
    return !again;
  });
}

/**
 * A count of best results yet over a lead with nothing the other way, where most measures are still behind riket,
 * turns to riket: Karlskoga's "På alla fem mått är Karlskogas resultat det bästa hittills" with a fifth rise in a row
 * and nothing else read as one-sided, three of five measures being worse than riket (read CV scored it 3). The count
 * against riket then opens the lead's turn instead of the body (composeIntro leaves it out).
 */
export function recordsBehindRiket(ctx: StoryContext): Sentence | undefined {
  const s = ctx.plan.summary;
  if (!turnsToRiket(ctx) || !s) return undefined;
  const level = s.total - s.better - s.worse;
  const values = { sämre: measureCount(s.worse), antal: measureCount(s.total), nivå: measureCount(level) };
  const slot = s.worse === s.total ? "lead.records.behind.all" : level > 0 ? "lead.records.behind.level" : "lead.records.behind";
  return { text: ctx.say(slot, values), claims: ["summary.vsNational"] };
}

/** Whether the lead turns to riket's count (recordsBehindRiket), decided from the plan alone. */
function turnsToRiket(ctx: StoryContext): boolean {
  const a = ctx.plan.angle;
  const s = ctx.plan.summary;
  const named = headlineSaysBehind(ctx.plan);
  if ((a.kind !== "records" && !named) || (a.kind === "records" && a.record !== "best") || !s || s.worse <= s.better) return false;
  // Only where the lead has no news the other way of its own, or the headline says the count too: Håbo's "rekord på
  // alla fem mått – men sämre än riket på samtliga" had the count only in the body, its ingress turning with "Men"
  // to a bemötande that was at its best too (reads JG and JL). (From the plan alone: composeIntro asks the same
  // question before the lead is written, and the two must agree or the count against riket is said twice or never.)
  return named || !ctx.plan.lead.some((i) => i.fact.polarity < 0);
}

/** The headline sets a count of best results yet against riket's count: "… – men sämre än riket på samtliga". */
export function headlineSaysBehind(plan: MunicipalityPlan): boolean {
  const a = plan.angle;
  if (a.kind === "records") return a.behind !== undefined;
  const s = plan.summary;
  return a.kind === "place" && a.counter?.kind === "records" && s !== null && s.worse === s.total;
}

/**
 * Under a headline that sets a whole channel against riket ("Kungsbackas service via telefon under rikssnittet"), the
 * channel's measures the lead does not compare with riket are named in the ingress, without figures (the sections
 * give them): the ingress told the direct answers alone (Kungsbacka, Essunga). Not for a response time, whose side
 * of riket is said by its length.
 */
function channelAlso(lead: readonly Sentence[], ctx: StoryContext): Sentence | undefined {
  // Or the year's change of every measure of the channel: "Karlskrona blir bättre på att svara via telefon" over an
  // ingress on the direct answers alone; "Stort lyft för Mörbylångas service via e-post" on the response time alone.
  // (Not under a count against riket, whose year's count says the changes: yearIntoIngress.)
  const claims = ctx.headlineClaims ?? [];
  const field = channelField(ctx.plan, claims);
  if (!field) return undefined;
  const said = new Set(lead.flatMap((s) => s.claims));
  const others = ctx.analysis.findings.filter((f) => claims.includes(`${f.indicator.id}.${field}`) && !said.has(`${f.indicator.id}.${field}`));
  if (others.length === 0 || others.some((f) => isTime(f.indicator.unit))) return undefined;
  const way = alikeWay(others, field);
  if (!way) return undefined;
  const mått = joinOnce(others.map((f) => headlineName(f.indicator)));
  return { text: ctx.say(`lead.channel-also.${way}`, { mått }), claims: others.map((f) => `${f.indicator.id}.${field}`) };
}

/** The field a headline on a change or a comparison claims of two measures or more: a whole channel's. */
function channelField(plan: MunicipalityPlan, claims: readonly string[]): "vsNational" | "changeClass" | undefined {
  if (plan.angle.kind !== "compare" && plan.angle.kind !== "change") return undefined;
  return (["vsNational", "changeClass"] as const).find((k) => claims.filter((c) => c.endsWith(`.${k}`)).length >= 2);
}

/** The side of riket, or the year's direction and strength, that the measures share; undefined when they differ. */
function alikeWay(fs: readonly IndicatorFinding[], field: "vsNational" | "changeClass"): string | undefined {
  const ways = new Set(
    fs.map((f) => {
      if (field === "vsNational") return f.vsNational === null ? "" : comparePolarity(f.vsNational) > 0 ? "better" : comparePolarity(f.vsNational) < 0 ? "worse" : "";
      const strong = f.changeClass?.startsWith("strongly-") ? "strongly-" : "";
      return isImprovement(f.changeClass) ? `${strong}up` : isDecline(f.changeClass) ? `${strong}down` : "";
    }),
  );
  const [way] = [...ways];
  return ways.size === 1 && way ? way : undefined;
}

/** Right after the lead's last sentence on the headline's channel, before the turn to other news. */
function channelAt(lead: readonly Sentence[], also: Sentence, ctx: StoryContext): number {
  const headline = new Set((ctx.headlineClaims ?? []).map((c) => c.split(".")[0]));
  const ids = (s: Sentence): string[] => s.claims.filter((c) => !c.startsWith("survey.")).map((c) => c.split(".")[0] ?? "");
  // (Not the note that no earlier year exists, whose claims name every measure: Kungsbacka's "Också tillgängligheten och
  // bemötandet …" came after it and pointed past it, read KB.)
  const channel = (s: Sentence): boolean => ids(s).some((id) => headline.has(id)) && !s.claims.every((c) => c.endsWith(".previous") || c.startsWith("survey."));
  // (A turn to another measure's news: "Men andelen som upplever ett gott bemötande …" after Mörbylånga's e-post.)
  const first = lead.findIndex((s) => /^Men /.test(s.text) && ids(s).length > 0 && !ids(s).some((id) => headline.has(id)));
  const end = first < 0 ? lead.length : first;
  const last = lead.slice(0, end).findLastIndex(channel);
  return last < 0 ? end : last + 1;
}

/**
 * The count against riket in the lead: last, or, where the lead has news the other way of its own, right after the
 * count of records, the turn it is, with the next sentence's own "Men" dropped (Umeå).
 */
function withBehind(lead: readonly Sentence[], behind: Sentence, ctx: StoryContext): Sentence[] {
  // (And where the lead ends on a turn of its own: "Men resultatet är fortfarande sämre än … Ändå är Trelleborg
  // sämre än rikssnittet på tre av fem mått" turned twice.)
  const last = lead[lead.length - 1]?.text ?? "";
  const turned = TURN.test(last) || /, men /.test(last);
  const count = lead.findIndex((s) => new Set(s.claims.filter((c) => c.endsWith(".record")).map((c) => c.split(".")[0])).size >= 2);
  const next = lead[count + 1];
  if ((!turned && !ctx.plan.lead.some((i) => i.fact.polarity < 0)) || count < 0 || !next) return [...lead, behind];
  return [...lead.slice(0, count + 1), behind, menDropped(next), ...lead.slice(count + 2)];
}

/**
 * "Järfälla saknar resultat för åren 2014–2018 …" last in the lead, where the ingress's cut leaves it to the body's
 * opening when the lead has more news: in the ingress's third sentence it read as a note about the data between two
 * pieces of news (a read of 2026-12-02). (Before the first news it read worse: sweep 4.)
 */
function lastNoHistory(lead: Sentence[], none: readonly Sentence[]): Sentence[] {
  const note = none[0];
  const at = note ? lead.findIndex((s) => s.text === note.text) : -1;
  return at < 0 ? lead : [...lead.slice(0, at), ...lead.slice(at + 1), lead[at] as Sentence];
}

/**
 * A change the lead tells, to the measure's lowest (best) yet, says so in its own sentence when the lead has no
 * room for the record's sentence (a best only after its run: "…, den femte förbättringen i rad och … bästa
 * resultat hittills"): "Samtidigt minskade andelen … till 75 procent 2019, Jönköpings sämsta resultat hittills,
 * men …" (sweep 7: Jönköping's low was left to the body, scored 3).
 */
function withRecordClauses(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const said = new Set(lead.flatMap((s) => s.claims.filter((c) => c.endsWith(".record")).map((c) => c.split(".")[0])));
  const year = ` ${formatYear(ctx.analysis.year)}`;
  let lows = lead.filter((s) => s.claims.some((c) => c.endsWith(".record") && worstId(c, ctx))).length;
  return lead.flatMap((s): Sentence | Sentence[] => {
    const r = ctx.plan.ranked.find((x) => s.claims.includes(`${x.finding.indicator.id}.changeClass`) && s.claims.includes(`${x.finding.indicator.id}.value`));
    const id = r?.finding.indicator.id;
    // Not a narrow one: that is said with its margin to the old worst, in the body.
    const narrow = r?.facts.some((x) => x.kind === "record" && x.narrow === true) ?? false;
    if (!r || id === undefined || said.has(id) || narrow) return s;
    // After an apposition on the change ("…, en kraftig försämring"), joined to it: "… och Haninges sämsta …".
    const tail = /, (vilket är )?(en|den) [^,]+\.$/.exec(s.text);
    // A rise to the best yet, told by its run alone, takes the record the same way: "…, vilket är den femte
    // förbättringen i rad och Grästorps bästa resultat hittills" (read K of 2026-12-02: the record as a loose
    // sentence in the body, scored 3).
    const best = tail !== null && isImprovement(r.finding.changeClass) && r.time?.series.record?.kind === "best" && /i rad\.$/.test(s.text);
    // (The apposition loses its "vilket är": "…, vilket är den femte förbättringen i rad och Motalas bästa resultat
    // hittills" read as "vilket" pointing at two things, read CB.)
    // (It keeps it after last year's figure, where the apposition would read as about 2018: "…, från 88 procent 2018,
    // vilket är den fjärde försämringen i rad".)
    const appositive = (text: string): string => (text.includes(` ${formatYear(ctx.analysis.previousYear)}, vilket är `) ? text.replace(/\.$/, "") : text.replace(/\.$/, "").replace(/, vilket är (den|en) ([^,]+)$/, ", $1 $2"));
    // A best yet at 100 procent goes without saying (Motala's shared first place at 100 procent, read CB).
    const top = r.finding.indicator.unit === "percent" && r.finding.value === 100;
    if (best && top) {
      said.add(id);
      return s;
    }
    if (best) {
      said.add(id);
      return { text: `${appositive(s.text)} och ${ctx.say("lead.best-clause", {})}.`, claims: [...s.claims, `${id}.record`] };
    }
    const plain = plainBestClause(s, r, lead, ctx);
    if (plain) {
      said.add(id);
      return plain;
    }
    if (!isDecline(r.finding.changeClass) || r.time?.series.record?.kind !== "worst") return s;
    // (Also after last year's figure: the apposition speaks of the fall, "…, från 88 procent 2018, vilket är den
    // fjärde försämringen i rad och …", not of 2018.)
    if (tail) {
      said.add(id);
      lows += 1;
      return { text: `${appositive(s.text)} och ${ctx.say("lead.low-clause", {})}.`, claims: [...s.claims, `${id}.record`] };
    }
    // Before "…, men är fortfarande bättre än rikssnittet" the comparison becomes a sentence of its own: "minskade …,
    // det sämsta …, men är fortfarande …" hung three clauses on one subject (sweep 8: Jönköping, Filipstad scored 3).
    const men = new RegExp(`${year}, men ((är|ligger) [^.]+)\\.$`).exec(s.text);
    if (men) {
      said.add(id);
      const clause = ctx.say(`lead.low-clause${lows > 0 ? ".also" : ""}`, {});
      lows += 1;
      const riket = (c: string): boolean => /\.(national|vsNational|group|vsGroup)$/.test(c);
      return [
        { text: `${s.text.slice(0, men.index + year.length)}, ${clause}.`, claims: [...s.claims.filter((c) => !riket(c)), `${id}.record`] },
        { text: `Årets resultat ${men[1]}.`, claims: s.claims.filter(riket) },
      ];
    }
    const at = s.text.indexOf(`${year}.`) >= 0 ? s.text.lastIndexOf(`${year}.`) : -1;
    if (at < 0 || s.text.length > MAX_CLAUSED + 40) return s;
    // The second in one lead says "också": "… Borås sämsta resultat hittills. … till 67 procent 2019, också det
    // sämsta resultatet hittills".
    const clause = ctx.say(`lead.low-clause${lows > 0 ? ".also" : ""}`, {});
    said.add(id);
    lows += 1;
    const end = at + year.length;
    return { text: `${s.text.slice(0, end)}, ${clause}${s.text.slice(end)}`, claims: [...s.claims, `${id}.record`] };
  });
}

/**
 * A rise the lead tells to the measure's best yet, still behind riket, where nothing else in the lead says the
 * record: the record and riket's side as clauses of that sentence, "… från 73 procent 2018 till 78 procent 2019,
 * Ockelbos bästa resultat hittills, men fortfarande sämre än rikssnittet". Left to the section, the record stood
 * apart from its figures (Ockelbo: reads BR and BT scored it 3).
 */
function plainBestClause(s: Sentence, r: PlannedFinding, lead: readonly Sentence[], ctx: StoryContext): Sentence | undefined {
  const f = r.finding;
  const id = f.indicator.id;
  const year = ` ${formatYear(ctx.analysis.year)}.`;
  const behind = f.vsNational !== null && comparePolarity(f.vsNational) < 0;
  const demoted = r.facts.some((x) => x.kind === "record" && x.demoted === true && x.narrow !== true);
  // Not where a turn takes the sentence's clause (Tranås' "den första förbättringen efter fyra års
  // försämring"), nor where the lead gives riket's side of the measure already (Åstorp), nor for a response time.
  const other = r.facts.some((x) => x.kind === "turnaround") || isTime(f.indicator.unit);
  const riket = lead.some((x) => x !== s && x.claims.some((c) => c === `${id}.vsNational` || c === `${id}.national`));
  // (Nor where the bests are counted, which names it: Härryda.)
  if (!behind || !demoted || other || riket || recordsCounted(ctx.plan.ranked, "best") || !isImprovement(f.changeClass) || !s.text.endsWith(year) || s.text.length > MAX_CLAUSED) return undefined;
  const context = f.national === null ? ctx.say("lead.context.behind", {}) : gradeDegree(ctx.say(`lead.context.${contextSide(1, farWords(f))}`, {}), Math.abs(f.value - f.national), f.compareThresholds.strong);
  return { text: `${s.text.slice(0, -1)}, ${ctx.say("lead.best-clause", {})}, ${context}.`, claims: [...s.claims, `${f.indicator.id}.record`, `${f.indicator.id}.vsNational`] };
}

/**
 * A year's step told on its own after the lead's place, "Det är 19 procentenheter bättre än året innan.", takes the
 * measure's best yet: Huddinge's 98 procent, its best, was told as a record in the body only (read BO).
 */
function withBestAfterStep(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const said = (id: string): boolean => lead.some((s) => s.claims.includes(`${id}.record`));
  return lead.map((s) => {
    if (!/^Det är [^.,]* än året innan\.$/.test(s.text)) return s;
    const r = ctx.plan.ranked.find((x) => s.claims.includes(`${x.finding.indicator.id}.changeClass`));
    const id = r?.finding.indicator.id;
    const best = r?.time?.series.record?.kind === "best" && !r.facts.some((x) => x.kind === "record" && x.narrow === true);
    if (!r || id === undefined || !best || !isImprovement(r.finding.changeClass) || said(id)) return s;
    // (Without the name: "…, Huddinges bästa resultat hittills" echoed the next sentence's "Huddinges bästa resultat i
    // alla mätningar sedan 2014".)
    return { text: `${s.text.slice(0, -1)} ${ctx.say("lead.best-step-clause", {})}.`, claims: [...s.claims, `${id}.record`] };
  });
}

/**
 * A place among the weakest on a measure whose own year went the other way says so in its sentence, when the lead
 * tells nothing else of that measure: "Bara sju kommuner … har ett sämre resultat …: 73 procent 2019, Stockholms
 * bästa resultat hittills" (up 8 points); "… hör till de tio sämsta i landet, med 12,9 timmar 2019, en förbättring
 * från 17,8 timmar 2018" (Storuman). Sweep 9 scored Storuman 3 and marked Stockholm, Burlöv, Gislaved and Klippan
 * down for a bottom place told without it.
 */
function withPlaceClauses(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const year = ` ${formatYear(ctx.analysis.year)}.`;
  // (Not by a count of several measures: "På alla fem mått har Lycksele förbättrat resultatet" left bemötandet's best yet,
  // beside its place near the bottom, to the body; read AP.)
  const count = (s: Sentence): boolean => new Set(s.claims.map((c) => c.split(".")[0])).size >= 3;
  const told = (id: string): boolean => lead.some((s) => (!count(s) && s.claims.some((c) => c === `${id}.changeClass` || c === `${id}.previous`)) || s.claims.includes(`${id}.record`));
  return lead.map((s, k) => {
    const item = ctx.plan.lead.find((i) => PLACE_FACTS.includes(i.fact.kind) && i.fact.polarity < 0 && s.claims.includes(`${i.finding.indicator.id}.rank`));
    const f = item?.finding;
    const r = ctx.plan.ranked.find((x) => x.finding === f);
    // Also after "…, bland de tio sämsta i landet." (Storuman's fall from 17,8 timmar went to the body without it), and
    // right after the year's value when the place follows it ("… var 12,8 timmar 2019, trots en förbättring från 14
    // timmar 2018, och bara nio kommuner i landet har ett sämre resultat": Burlöv and Linköping's "Bara nio kommuner …
    // har ett sämre resultat än Burlövs kommun för …: 12,8 timmar 2019, trots …" read as convoluted, reads AL and AM).
    // (Also after "… 2019 i Burlövs kommun, och bara nio …".)
    const inner = new RegExp(`${year.slice(0, -1)}( i \\p{Lu}[^,.]*)?, `, "u").exec(s.text);
    const end = s.text.endsWith(year) || s.text.endsWith(" i landet.") ? s.text.length - 1 : inner ? inner.index + inner[0].length - 2 : -1;
    if (!f || !r || told(f.indicator.id) || end < 0 || s.text.length > MAX_CLAUSED + 40) return s;
    // Before the place the clause is an apposition: "…, Stockholms bästa resultat hittills, och bara sju kommuner …"
    // ("fast det är …" before the place contrasted with nothing yet; "men bara" took the turn from the lead's next
    // "Men …").
    const before = end < s.text.length - 1 ? ".before" : "";
    // A turn to the bad news does not carry the good in its middle: "Men andelen … var 36 procent 2019, en förbättring
    // jämfört med 33 procent 2018, och bara nio kommuner …" lost its contrast (Eslöv, read AQ); the body tells the rise.
    // Nor at its end: "Men Ljungby hör till de tio sämsta i landet för …, med 71 procent 2019, även om resultatet är
    // bättre än 69 procent 2018" softened the bad news in the same breath (read LL).
    if (/^Men /.test(s.text)) return s;
    // The good news before the place turns to it with "men" where the lead's next sentence does not turn: "…, en
    // förbättring jämfört med 2018, och bara nio kommuner …" joined the two sides with "och" (A/B read AB24: Burlöv).
    const turn = (rest: string): string => (/^Men /.test(lead[k + 1]?.text ?? "") ? rest : rest.replace(/^, och bara /, ", men bara "));
    const at = (clause: string): string => `${s.text.slice(0, end)}, ${clause}${turn(s.text.slice(end))}`;
    const id = f.indicator.id;
    const best = r.time?.series.record?.kind === "best" && !r.facts.some((x) => x.kind === "record" && x.narrow === true);
    if (best) return { text: at(ctx.say(`lead.place-clause.best${before}`, {})), claims: [...s.claims, `${id}.record`] };
    if (!isImprovement(f.changeClass) || f.previous === null) return s;
    // Right after the value, without last year's figure: the sentence already holds the value and the place (read BX).
    if (before) return { text: at(ctx.say("lead.place-clause.rise.before", { fjol: formatYear(ctx.analysis.previousYear) })), claims: [...s.claims, `${id}.changeClass`] };
    const föregående = valueAt(f.previous, f.indicator.unit, ctx.analysis.previousYear, false);
    return { text: at(ctx.say("lead.place-clause.rise", { föregående })), claims: [...s.claims, `${id}.previous`, `${id}.change`, `${id}.changeClass`] };
  });
}

/**
 * A good place on a measure whose own year went down says so in its sentence, when the lead tells nothing else of
 * that measure: "Andelen … var 94 procent 2019 i Kalmar, bäst av de 21 kommunerna i kommungruppen som deltog, trots
 * en försämring jämfört med 2018" (read BZ found the fall to Kalmar's lowest yet framed as "bäst i gruppen").
 */
function withFallClauses(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const told = (id: string, s: Sentence): boolean => lead.some((x) => x !== s && x.claims.some((c) => c === `${id}.changeClass` || c === `${id}.previous` || c === `${id}.record`));
  return lead.map((s) => {
    const item = ctx.plan.lead.find((i) => (PLACE_FACTS.includes(i.fact.kind) || GROUP_FACTS.includes(i.fact.kind)) && i.fact.polarity > 0 && (s.claims.includes(`${i.finding.indicator.id}.rank`) || s.claims.includes(`${i.finding.indicator.id}.groupRank`)));
    const f = item?.finding;
    if (!f || f.previous === null || !isDecline(f.changeClass) || told(f.indicator.id, s) || s.claims.some((c) => c.startsWith(`${f.indicator.id}.change`))) return s;
    // Only a sentence on this measure alone that gives its value: "… bäst för bemötandet men svagast för direktsvaren,
    // fast resultatet …" would not say whose result.
    const alone = s.claims.every((c) => c.startsWith(`${f.indicator.id}.`) || c.startsWith("survey.")) && s.claims.includes(`${f.indicator.id}.value`);
    if (!alone || !s.text.endsWith(".") || s.text.length > MAX_CLAUSED || /^(Men|Däremot|Samtidigt) /.test(s.text)) return s;
    // Without last year's figure, which the section gives: the sentence has the value and the place already (read BX).
    const fjol = formatYear(ctx.analysis.previousYear);
    return { text: `${s.text.slice(0, -1)}, ${ctx.say("lead.place-clause.fall", { fjol })}.`, claims: [...s.claims, `${f.indicator.id}.changeClass`] };
  });
}

/**
 * The first lead sentence that tells a change ending a run the other way, plainly, takes the turn as a clause: "…
 * från 63 procent 2018 till 67 procent 2019, den första förbättringen efter två års försämring". Told on its own at
 * the top of the measure's section it read as buried (Uddevalla, read AD scored it 3). One per lead.
 */
function withTurnClause(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const year = ` ${formatYear(ctx.analysis.year)}.`;
  const at = lead.findIndex((s) => {
    const id = s.claims.find((c) => c.endsWith(".changeClass"))?.split(".")[0];
    const turn = id === undefined ? undefined : ctx.plan.ranked.find((r) => r.finding.indicator.id === id)?.time?.series.turnaround;
    const plain = s.text.endsWith(year) && s.text.length < MAX_CLAUSED && !/, (men|och|vilket|den|en|det) /.test(s.text);
    const alone = id !== undefined && onlyAbout(s, id) && s.claims.includes(`${id}.value`);
    return turn != null && plain && alone && !lead.some((x) => x.claims.includes(`${id}.turnaround`));
  });
  const s = lead[at];
  const id = s?.claims.find((c) => c.endsWith(".changeClass"))?.split(".")[0];
  const turn = id === undefined ? undefined : ctx.plan.ranked.find((r) => r.finding.indicator.id === id)?.time?.series.turnaround;
  const antal = turn ? numberWord(turn.after) : undefined;
  if (!s || !turn || antal === undefined) return [...lead];
  const clause = ctx.say(`lead.turn-clause.${turn.trend}`, { antal });
  // A later turn as long says so in other words (time.turnaround.*.again), as after a sentence of its own.
  ctx.mentions.again(`turnaround:${turn.trend}:${turn.after}`);
  return lead.map((x, i) => (i === at ? { text: `${x.text.slice(0, -1)}, ${clause}.`, claims: [...x.claims, `${id}.turnaround`] } : x));
}

/** Whether `s` speaks of the one measure on the other side of riket from a count's (withExceptionClause). */
function isCountException(ctx: StoryContext, s: Sentence): boolean {
  const a = ctx.plan.angle;
  const id = a.kind === "summary" ? summaryException(ctx.plan.ranked, a.polarity)?.finding.indicator.id : undefined;
  return id !== undefined && s.claims.some((c) => c.startsWith(`${id}.`));
}

/** "… till 75 procent 2019, från 82 procent 2018." as "… från 82 procent 2018 till 75 procent 2019.", or undefined. */
function fromBeforeTo(text: string, year: string): string | undefined {
  const m = new RegExp(`^(.*) till ([^,]+ ${year}), från ([^,]+ \\d{4})\\.$`, "u").exec(text);
  return m ? `${m[1] ?? ""} från ${m[3] ?? ""} till ${m[2] ?? ""}.` : undefined;
}

/** A sentence short and plain enough to take a clause at its end. */
const MAX_CLAUSED = 150;

/**
 * A run told right after its measure's change joins that sentence as a clause: "… gick upp med 5
 * procentenheter, till 94 procent 2019, den fjärde förbättringen i rad." Sweep 4 found leads of eight and nine
 * sentences (Stockholm, Falun, Tomelilla: two runs each told on their own).
 */
function withStreakClauses(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const out: Sentence[] = [];
  for (const s of lead) {
    const before = out[out.length - 1];
    const id = s.claims.find((c) => c.endsWith(".streak"))?.split(".")[0];
    const run = id === undefined ? undefined : plannedTime(ctx, ctx.analysis.findings.find((f) => f.indicator.id === id) as IndicatorFinding)?.series.streak;
    const ordning = run ? ordinalWord(run.steps) : undefined;
    const joins = before !== undefined && id !== undefined && s.claims.length === 2 && before.claims.includes(`${id}.changeClass`) && onlyAbout(before, id);
    const plain = before !== undefined && before.text.length < MAX_CLAUSED && !/, (men|och|vilket|mot)\b/.test(before.text);
    // (After "… från 82 procent 2018" the apposition would read as last year's record: only after this year's figure.)
    const thisYear = before !== undefined && before.text.endsWith(` ${formatYear(ctx.analysis.year)}.`);
    // "… gick ner till 75 procent 2019, från 82 procent 2018. Det är Mörbylångas sämsta resultat …" says the years
    // the other way round and takes the record too: three sentences for one measure's news made leads of six (read BD).
    // (Not the one measure a count against riket leaves out: its sentence takes that clause instead, Mellerud.)
    const turned = before !== undefined && plain && !thisYear && !isCountException(ctx, s) ? fromBeforeTo(before.text, formatYear(ctx.analysis.year)) : undefined;
    const base = before !== undefined && turned !== undefined ? { ...before, text: turned } : before;
    const record = base !== undefined && plain && (thisYear || turned !== undefined) ? recordClause(s, base) : undefined;
    if (base !== undefined && record !== undefined) {
      out[out.length - 1] = { text: `${base.text.replace(/\.$/, "")}, ${record}.`, claims: [...base.claims, ...s.claims.filter((c) => !base.claims.includes(c))] };
      continue;
    }
    // A run with years that moved by less than `same` keeps its own sentence ("… har sjunkit varje år sedan 2014"):
    // "den femte försämringen i rad" over 99 → 98 → 97 → 85 → 83 → 80 counted two 1-point steps the fact box calls
    // no change (read BF: Karlshamn, scored 2).
    if (!joins || !plain || !run || ordning === undefined || run.clearSteps < run.steps) {
      out.push(s);
      continue;
    }
    const clause = runClause(ctx, run.trend, run.steps, ordning, before.text);
    // After a record apposition the run joins it with "och": "…, till 34 procent 2019, Stockholms sämsta resultat …,
    // en försämring för tredje året i rad" hung two appositions on one figure (read BB: Stockholm, Mönsterås, Lerum).
    const joined = before.claims.includes(`${id}.record`) ? ` och ${clause.replace(/^vilket är /, "")}` : `, ${clause}`;
    out[out.length - 1] = { text: `${before.text.replace(/\.$/, "")}${joined}.`, claims: [...before.claims, ...s.claims.filter((c) => !before.claims.includes(c))] };
  }
  return out;
}

/**
 * A lead sentence on a measure's change, plain and short, takes the measure's run as a clause when the lead says
 * nothing else of it: the body told "Tredje året i rad blev bemötandet i telefon bättre." alone, last in its section
 * and without figures, after the ingress gave the rise (Sigtuna, read AN).
 */
function withOwnRuns(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const year = ` ${formatYear(ctx.analysis.year)}.`;
  return lead.map((s) => {
    const id = s.claims.find((c) => c.endsWith(".changeClass"))?.split(".")[0];
    const p = id === undefined ? undefined : ctx.plan.ranked.find((r) => r.finding.indicator.id === id);
    const fact = p?.facts.find((x) => x.kind === "streak" && (x.value <= 3 || x.demoted === true));
    const run = p?.time?.series.streak;
    const alone = id !== undefined && onlyAbout(s, id);
    const plain = s.text.endsWith(year) && s.text.length < MAX_CLAUSED && !/, (men|och|vilket|den|en|det|mot) /.test(s.text);
    if (!p || !fact || !run || run.clearSteps < run.steps || !alone || !plain || lead.some((x) => x.claims.includes(`${id}.streak`) || x.claims.includes(`${id}.turnaround`))) return s;
    const ordning = ordinalWord(run.steps);
    if (ordning === undefined) return s;
    return { text: `${s.text.slice(0, -1)}, ${runClause(ctx, run.trend, run.steps, ordning, s.text)}.`, claims: [...s.claims, `${id}.streak`] };
  });
}

/**
 * A run as a clause of `sentence` ("den fjärde förbättringen i rad"). A second run as long the same way says so
 * ("även det den femte …"): the same words on two measures, two sentences apart, read as a template (Grästorp).
 * (Not after "Också …", which says "also" already: "Också svarstiden … blev klart bättre, …, också där den femte …".)
 */
function runClause(ctx: StoryContext, trend: "improving" | "declining", steps: number, ordning: string, sentence: string): string {
  // Only right after a run as long the same way: "…, den fjärde förbättringen i rad. … , även här den femte
  // förbättringen i rad" pointed back past the fourth to the lead's fifth (Ydre, read AV).
  const key = `${trend}:${steps}`;
  const again = ctx.mentions.lastRun === key && !/^(Också|Även) /.test(sentence) ? ".again" : "";
  ctx.mentions.lastRun = key;
  return ctx.say(`lead.streak-clause.${trend}${again}`, { ordning });
}

/**
 * No "Men" from a place among the weakest whose sentence told its rise to another measure's rise: "… var 73 procent
 * 2019, bättre än 2018, och bara sju kommuner i landet har ett sämre resultat. Men andelen e-postfrågor … gick upp"
 * turned from a rise to a rise (read HP: Lycksele; Burlöv and Gislaved likewise).
 */
function noTurnAfterPlaceRise(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const rose = (id: string | undefined): boolean => isImprovement(ctx.analysis.findings.find((f) => f.indicator.id === id)?.changeClass ?? null);
  return lead.map((s, i) => {
    // (Past a place in the group, which opens the body later: Lycksele's last place for bemötandet.)
    const before = lead.slice(0, i).reverse().find((x) => !x.claims.every((c) => c.endsWith(".groupRank")));
    const placed = before?.claims.find((c) => c.endsWith(".rank"))?.split(".")[0];
    const id = s.claims.find((c) => c.endsWith(".changeClass"))?.split(".")[0];
    if (!/^Men /.test(s.text) || placed === undefined || !before?.claims.includes(`${placed}.changeClass`) || !rose(placed) || id === placed || !rose(id)) return s;
    return menDropped(s);
  });
}

/**
 * A plain record sentence right after its measure's change, as an apposition to it: "… gick ner från 82 procent
 * 2018 till 75 procent 2019, Mörbylångas sämsta resultat i samtliga mätningar sedan 2014." Only "Det är …" with nothing
 * after the record (no riket, no margin): Mörbylånga's lead ran to nine sentences (sweep 4 scored it 3).
 */
function recordClause(s: Sentence, before: Sentence): string | undefined {
  const id = s.claims.find((c) => c.endsWith(".record"))?.split(".")[0];
  if (id === undefined || s.claims.length !== 2 || !s.claims.includes(`${id}.value`)) return undefined;
  if (!before.claims.includes(`${id}.changeClass`) || !onlyAbout(before, id)) return undefined;
  const m = /^Det är ([^,;]+ (bästa|sämsta) [^,;]+)\.$/.exec(s.text);
  return m?.[1];
}

/**
 * Two or more places at the ends of the kommungrupp in a lead are said in one sentence, last in the lead: "I
 * kommungruppen är Jönköping bäst för tillgängligheten och svarstiden på e-post men svagast för e-postsvaren
 * inom en arbetsdag". One sentence each made leads of seven sentences that swung back and forth (Jönköping,
 * Jokkmokk: reads BH, BE).
 */
function groupPlacesMerged(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const ids = (s: Sentence): string[] => s.claims.filter((c) => c.endsWith(".groupRank")).map((c) => c.split(".")[0] as string);
  const places = lead.filter((s) => ids(s).length === 1 && s.claims.length === 1);
  if (places.length < 2) return [...lead];
  const findings = places.flatMap(ids).map((id) => ctx.analysis.findings.find((f) => f.indicator.id === id)).filter((f): f is IndicatorFinding => f !== undefined);
  // A shared place names the others: "Leksand är bäst för e-postsvaren" hid that Älvdalen and Åre have the same
  // 93 procent, Jönköping's "svagast" that Borås shares the place (sweep 3 scored Leksand 2).
  const named = (f: IndicatorFinding): string => {
    const g = f.rank?.group;
    return g?.tied ? `${headlineName(f.indicator)} (delad plats ${sharedPhrase(g)})` : headlineName(f.indicator);
  };
  // (The shared ones first: last in a list, "tillgängligheten och bemötandet i telefon (delad plats med Lycksele)"
  // read as both places shared, where only bemötandet's is: Tranås, sweep 4.)
  const ends = (end: "first" | "last"): string[] => findings.filter((f) => groupEnd(f) === end).sort((a, b) => Number(b.rank?.group?.tied !== undefined) - Number(a.rank?.group?.tied !== undefined)).map(named);
  const first = ends("first");
  const last = ends("last");
  const slot = first.length > 0 && last.length > 0 ? "both" : first.length > 0 ? "first" : "last";
  const text = ctx.say(`lead.group-places.${slot}`, { först: joinOnce(first), sist: joinOnce(last) });
  return [...lead.filter((s) => !places.includes(s)), { text, claims: places.flatMap((s) => s.claims) }];
}

/**
 * The lead's comparison of a measure with riket and its group, the same way as the measure's end of the group, hosts
 * that place as its last clause: "Årets resultat är klart bättre än både rikssnittet och kommungruppen (55 och 57
 * procent) och bäst av de 19 kommunerna i kommungruppen som deltog." Rättvik's first place in its group, on the
 * headline's measure, went under the ingress as a sentence of its own (read FY scored it 3).
 */
function groupCompareHost(s: Sentence, f: IndicatorFinding | undefined, end: "first" | "last" | undefined): boolean {
  if (!f || end === undefined || f.vsGroup === null || !s.text.endsWith(").")) return false;
  const id = f.indicator.id;
  const way = comparePolarity(f.vsGroup) === (end === "first" ? 1 : -1);
  return way && s.claims.includes(`${id}.vsGroup`) && onlyAbout(s, id) && wordsIn(s.text) < LONG_SENTENCE - 8;
}

/** Words a sentence may run past LONG_SENTENCE when a group's place joins it after a semicolon. */
const SEMICOLON_WORDS = 3;

/**
 * A place in the group beside the same measure's place in the country is a clause of that sentence: "Västerviks
 * kommun delar tionde plats i landet … : 83 procent 2019, bäst av de 24 kommunerna i kommungruppen som deltog".
 * As a sentence of its own the ingress had no room for it, and the first place in the group was told in the body
 * only (Västervik, read BK). Not a shared group place, whose others are named in its own sentence.
 */
function withGroupPlaceClause(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const year = ` ${formatYear(ctx.analysis.year)}.`;
  let out = [...lead];
  for (const place of lead) {
    const [id, more] = place.claims.filter((c) => c.endsWith(".groupRank")).map((c) => c.split(".")[0] as string);
    const f = ctx.analysis.findings.find((x) => x.indicator.id === id);
    const g = f?.rank?.group;
    const end = f ? groupEnd(f) : undefined;
    if (id === undefined || more !== undefined || !g || g.tied || end === undefined || place.claims.some((c) => !c.startsWith(`${id}.`))) continue;
    // Not where the year went the other way: that sentence takes the year's rise (withPlaceClauses), and "12,9 timmar
    // 2019, en förbättring från 17,8 timmar 2018, bland de tio sämsta i landet och sist bland …" chained four
    // appositions (Storuman, read BT scored it 3).
    // (Only where that sentence tells the year: Tingsryd's "…62 procent 2019, bland de tio sämsta i landet." with its
    // rise in the next sentence lost its last place in the group from the ingress, read HE.)
    const against = f !== undefined && (end === "last" ? isImprovement(f.changeClass) : isDecline(f.changeClass));
    // (Also after "…, bland de tio sämsta i landet.", joined with "och": Ånge, Tingsryd, read BP.)
    const ranked = out.findIndex((s) => s !== place && s.claims.includes(`${id}.rank`) && (s.text.endsWith(year) || /, bland de tio (sämsta|bästa) i landet\.$/.test(s.text)) && s.text.length <= MAX_CLAUSED + 40);
    // (The comparison only after the measure's value: Leksand's and Orsa's place sentences give it.)
    const compared = ranked >= 0 ? ranked : out.findIndex((s, i) => i > 0 && i < out.indexOf(place) && groupCompareHost(s, f, end));
    // Else any sentence with the place in the country, after a semicolon and naming the municipality: Heby's,
    // Katrineholm's and Kiruna's ends of the group went under the ingress beside their places in the country (read GV).
    const at = compared >= 0 ? compared : out.findIndex((s) => s !== place && s.claims.includes(`${id}.rank`) && onlyAbout(s, id));
    const host = out[at];
    // (A year the other way told in no sentence of its own is joined to the place later, withPlaceClauses: Storuman's
    // "…, en förbättring från 2018, bland de tio sämsta i landet och sist bland …" chained four appositions.)
    const toldApart = out.some((x) => x !== host && x !== place && new Set(x.claims.map((c) => c.split(".")[0])).size < 3 && x.claims.some((c) => c === `${id}.changeClass` || c === `${id}.previous`));
    if (!f || !host || (against && (!toldApart || ranked < 0))) continue;
    const named = compared < 0;
    const join = named ? "; " : host.text.endsWith(year) ? ", " : " och ";
    // The group's size once in the lead: the sentence this replaces said it, unless another had.
    const short = "kommunerna i kommungruppen";
    // Nor beside the host's figure and its place in the country: "62 procent 2019, bland de tio sämsta i landet och
    // svagast av de 20 kommunerna i kommungruppen som deltog" was a third figure (Tingsryd, read HG).
    // (After a semicolon it keeps the size, which reads as a sentence of its own: Haninge, "last of 40".)
    // (Nor after a comparison that gives two figures already: "… (55 och 57 procent) och främst bland de 19 kommunerna
    // i gruppen som deltog", read KY: Rättvik.)
    const crowded = compared >= 0 && figuresIn(host.text) > 0 && (host.claims.includes(`${id}.rank`) || figuresIn(host.text) >= 2);
    const antal = crowded || out.some((s) => s !== place && s.text.includes(groupSize(g))) ? short : groupCounted(g);
    // Not into a sentence of 32 words or more: Skellefteå's and Vara's first sentences of 33 and 35 words, a place in
    // the country and one in the group stacked, read as overloaded (read EE). Without the group's size when that is
    // enough; else the group's place keeps a sentence of its own.
    // After "… än både rikssnittet och kommungruppen (…)", the group once: "bland de 19 kommunerna i gruppen".
    const once = (a: string): string => (host.text.includes("kommungruppen") ? a.replace(/ i kommungruppen\b/, " i gruppen") : a);
    const clause = (a: string): string => (named ? ctx.say(`lead.group-clause.${end}.named`, { antal: once(a), kommun: ctx.analysis.municipality.name }) : ctx.say(`lead.group-clause.${end}`, { antal: once(a) }));
    // (After a semicolon a little longer: the clause reads as a sentence of its own.)
    const text = [antal, short].map((a) => `${host.text.slice(0, -1)}${join}${clause(a)}.`).find((t) => wordsIn(t) < LONG_SENTENCE + (named ? SEMICOLON_WORDS : 0));
    if (text === undefined) continue;
    out[at] = { text, claims: [...host.claims, `${id}.groupRank`] };
    out = out.filter((s) => s !== place);
  }
  return out;
}

/**
 * A streak told right after its record's sentence that ends on riket goes before it: "…, men det är
 * fortfarande i nivå med rikssnittet. Tredje året i rad blev resultatet sämre." tacked the run on after the
 * comparison (Halmstad, a read).
 */
function streakBeforeContext(told: readonly Sentence[]): Sentence[] {
  const out = [...told];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i] as Sentence;
    const b = out[i + 1] as Sentence;
    const id = a.claims.find((c) => c.endsWith(".record"))?.split(".")[0];
    if (id === undefined || !a.claims.includes(`${id}.vsNational`) || !b.claims.includes(`${id}.streak`)) continue;
    out[i] = b;
    out[i + 1] = a;
  }
  return out;
}

/**
 * A lead that tells one worst-ever names the others right after it, with their values: Gävle's tillgänglighet,
 * down for the fourth year to 65 procent, its lowest, was the release's last sentence while the lead told
 * bemötandet's low (two reads, both 3). Not the ones by a hair, nor under a count of worst records.
 */
function withOtherLows(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const at = lead.findLastIndex((s) => s.claims.some((c) => c.endsWith(".record") && worstId(c, ctx)));
  if (at < 0) return lowsAfterBadPlace(lead, ctx);
  if (countedRecords(ctx, "worst")) return [...lead];
  const said = new Set(lead.flatMap((s) => s.claims.filter((c) => c.endsWith(".record")).map((c) => c.split(".")[0])));
  // Not one far better than riket: "Också för bemötandet … sämsta resultat hittills, 94 procent" dressed a strength
  // (twelfth in the country) as a weakness in the lead (Alvesta, a read scored it 3); the body tells it.
  const far = (f: IndicatorFinding): boolean => f.vsNational === "much-better";
  // By a hair only when the year fell past `same` and the measure is behind riket: Kristianstad's tillgänglighet, 59 → 56
  // procent against riket's 60, a point under its old low, was left to the body (read J of 2026-12-02 scored it 3).
  const low = (r: PlannedFinding, x: Fact): boolean => !x.hair || (isDecline(r.finding.changeClass) && r.finding.vsNational !== null && comparePolarity(r.finding.vsNational) < 0);
  const others = ctx.plan.ranked.filter((r) => !said.has(r.finding.indicator.id) && !far(r.finding) && r.facts.some((x) => x.kind === "record" && x.polarity < 0 && low(r, x)));
  const extra = others.map((r) => {
    const f = r.finding;
    const värde = formatValue(f.value, f.indicator.unit, "text");
    // Still better than riket: said with it, or the low reads worse than it is (Alvesta's 94 procent).
    const ahead = f.vsNational !== null && comparePolarity(f.vsNational) > 0;
    const claims = [`${f.indicator.id}.value`, `${f.indicator.id}.record`, ...(ahead ? [`${f.indicator.id}.vsNational`] : [])];
    // By a hair, with its margin: "om än med knapp marginal" (a low by 1 point read as a clear one).
    const hair = r.facts.some((x) => x.kind === "record" && x.hair === true);
    return { text: ctx.say(`lead.worst-also${ahead ? ".ahead" : hair ? ".narrow" : ""}`, { värde }, f), claims };
  });
  return [...lead.slice(0, at + 1), ...extra, ...lead.slice(at + 1)];
}

/**
 * Under a bad place as the headline, with no worst-ever in the lead, the other measures at their worst yet are named
 * before the lead turns: Kiruna's third-last place in bemötande told nothing of tillgängligheten and direktsvaren at
 * their lowest, left to the body (read AX scored it 3). Not one far better than riket, nor one by a hair that did not
 * fall; named without figures, which their sections give.
 */
function lowsAfterBadPlace(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const a = ctx.plan.angle;
  if (a.kind !== "place" || !["last", "bottom-three", "bottom-ten"].includes(a.fact) || countedRecords(ctx, "worst")) return [...lead];
  const said = new Set(lead.flatMap((s) => s.claims.map((c) => c.split(".")[0])));
  const lows = ctx.plan.ranked.filter((r) => !said.has(r.finding.indicator.id) && r.finding.vsNational !== "much-better" && r.facts.some((x) => x.kind === "record" && x.polarity < 0 && (!x.hair || isDecline(r.finding.changeClass))));
  if (lows.length === 0) return [...lead];
  const mått = joinOnce(lows.map((r) => headlineName(r.finding.indicator)));
  const low = { text: ctx.say("summary.records-named.worst", { mått }), claims: lows.map((r) => `${r.finding.indicator.id}.record`) };
  const turn = lead.findIndex((s, i) => i > 0 && TURN.test(s.text));
  const at = turn < 0 ? lead.length : turn;
  return [...lead.slice(0, at), low, ...lead.slice(at)];
}

/** The claim is a record of the worst kind. */
function worstId(claim: string, ctx: StoryContext): boolean {
  const id = claim.split(".")[0];
  return ctx.plan.ranked.some((r) => r.finding.indicator.id === id && r.time?.series.record?.kind === "worst");
}

/** Every measure of an "Även …" sentence is named by the count of records. */
function inCount(also: Sentence, count: readonly Sentence[]): boolean {
  const ids = also.claims.map((c) => c.split(".")[0] ?? "");
  return ids.length > 0 && ids.every((id) => count.some((c) => c.claims.includes(`${id}.record`)));
}

/**
 * An "Även …" right after a count of records that named its measures last says
 * "De två sistnämnda förbättrades dessutom kraftigt": the names, said twice in
 * a row, read as a list (Mörbylånga).
 */
function latterAlso(also: Sentence, ctx: StoryContext): Sentence {
  const ids = also.claims.map((c) => c.split(".")[0] ?? "");
  const cls = ctx.plan.leadAlso.find((f) => f.indicator.id === ids[0])?.changeClass;
  if (cls !== "strongly-improved" && cls !== "strongly-declined") return also;
  const listed = listedRecords(ctx, cls === "strongly-improved" ? "best" : "worst");
  if (!listed || narrowSplit(ctx, listed)) return also;
  const named = listed.map((f) => f.indicator.id);
  const tail = named.slice(named.length - ids.length);
  if (ids.length === 0 || ids.length >= named.length || !ids.every((id) => tail.includes(id))) return also;
  // One measure is named again, opening the sentence: "Det sistnämnda blev dessutom kraftigt sämre" hid Sundsvall's
  // fall of bemötandet (read AB).
  const one = ctx.plan.leadAlso.find((f) => f.indicator.id === ids[0]);
  const Mått = ids.length === 1 && one ? capitalize(headlineName(one.indicator)) : "";
  const slot = `lead.also.${cls}.latter-${ids.length === 1 ? "one" : "some"}`;
  return { text: ctx.say(slot, { antal: numberWord(ids.length, "en") ?? String(ids.length), Mått }), claims: also.claims };
}

/**
 * Where the count of records goes in the lead's told sentences: before the
 * first measure that turns against the lead's first news when the records are
 * of that news's kind (best records after good news), else at the end.
 */
function countBefore(groups: readonly Sentence[][], items: readonly LeadItem[], ctx: StoryContext): number {
  const base = items[0]?.fact.polarity ?? 0;
  const kind = base > 0 ? "best" : "worst";
  const mine = base !== 0 && countedRecords(ctx, kind) && !countedRecords(ctx, kind === "best" ? "worst" : "best");
  // Under a headline of one of the counted records, right after that measure's sentences: Örebro's "e-postsvaren …
  // bäst hittills" had the count after the lead's turn, past the ingress (read M of 2026-12-02 scored it 3).
  const a = ctx.plan.angle;
  if (mine && a.kind === "time" && a.fact.kind === "record") {
    const other = items.findIndex((i) => i.finding !== items[0]?.finding);
    return groups.slice(0, other < 0 ? groups.length : other).reduce((n, g) => n + g.length, 0);
  }
  // Before the strength and weakness said side by side too: Aneby's count of bests came between them.
  const pair = items.findIndex((i) => strengthItem(i, ctx));
  const beforePair = pair < 0 ? Infinity : groups.slice(0, pair).reduce((n, g) => n + g.length, 0);
  return Math.min(beforePair, mine ? turnAt(groups, items) : groups.reduce((n, g) => n + g.length, 0));
}

/**
 * The headline counts the year's changes against a bottom place: the lead says the count. So does a lead whose
 * news goes the way every measure went since last year, four measures or more: "Jämfört med 2018 är resultatet
 * bättre på alla fem mått" sat under the lead of Eksjö's one record (sweep 4 scored it 3 for the buried count).
 */
function countInLead(ctx: StoryContext): boolean {
  const a = ctx.plan.angle;
  if (a.kind === "place" && a.counter?.kind === "changes") return true;
  if (a.kind === "records" || a.kind === "summary") return false;
  const fs = ctx.analysis.findings;
  const way = ctx.plan.lead[0]?.fact.polarity ?? 0;
  // (Not in a lead that is long already: Hylte's nine sentences.)
  const room = ctx.plan.lead.length <= 3 && ctx.plan.leadAlso.length === 0;
  return room && fs.length >= 4 && way !== 0 && fs.every((f) => (way > 0 ? isImprovement(f.changeClass) : isDecline(f.changeClass)));
}

/** Under a count of best (worst) records, better (worse) on every measure since last year: said in the lead. */
/**
 * A best on every measure, each one better than last year: "Jämfört med 2018 är resultatet bättre på alla fem mått"
 * under "På alla fem mått är Hyltes resultat det bästa hittills" said "alla fem mått" a third time (read AL).
 */
function everyRecordAhead(ctx: StoryContext): boolean {
  const fs = ctx.analysis.findings;
  const best = ctx.plan.ranked.filter((r) => r.time?.series.record?.kind === "best").length;
  return ctx.plan.angle.kind === "records" && fs.length >= 3 && best === fs.length && fs.every((f) => isImprovement(f.changeClass));
}

function allChangedInLead(ctx: StoryContext): boolean {
  const fs = ctx.analysis.findings;
  if (ctx.plan.angle.kind !== "records" || fs.length < 3) return false;
  const best = ctx.plan.ranked.filter((r) => r.time?.series.record?.kind === "best").length;
  const worst = ctx.plan.ranked.filter((r) => r.time?.series.record?.kind === "worst").length;
  // A record on every measure says the year already: "På alla fem mått är Hyltes resultat det bästa hittills.
  // Jämfört med 2018 är resultatet bättre på samtliga mått." read as the same thing twice (a read: Hylte, Ydre).
  if (Math.max(best, worst) === fs.length) return false;
  return best >= worst ? fs.every((f) => isImprovement(f.changeClass)) : fs.every((f) => isDecline(f.changeClass));
}

/** The headline or the lead tells a record, and the records are counted: the count belongs in the lead. */
function recordsInLead(ctx: StoryContext): boolean {
  const a = ctx.plan.angle;
  const time = a.kind === "time" || (a.kind === "both" && a.first.fact.kind === "record") || (a.kind === "place" && a.counter?.kind === "records");
  const recordLed = ctx.plan.lead.some((i) => i.fact.kind === "record");
  return (a.kind === "records" || time || recordLed) && countedRecords(ctx);
}

/**
 * A lead that opens on a decline takes the count of worst records too: Sundsvall's three phone measures, each at its
 * lowest yet after the country's largest falls, were lows only the body told (sweep 7 scored it 3).
 */
function lowsLed(ctx: StoryContext): boolean {
  const first = ctx.plan.lead[0];
  return first !== undefined && first.fact.polarity < 0 && first.fact.kind === "strong-change" && countedRecords(ctx, "worst");
}

/** Some of the findings changed in the direction of `polarity` (+1 better, −1 worse) since last year. */
function movedAlike(findings: readonly IndicatorFinding[], polarity: number): boolean {
  return findings.some((f) => (polarity > 0 ? isImprovement(f.changeClass) : polarity < 0 && isDecline(f.changeClass)));
}

/** The verbs a measure's sentence may open with after its subject. */
const FINITE = /^(ökade|minskade|gick|steg|sjönk|föll|lyfte|hamnade|landade|låg|var|är|ligger|har|blev|förbättrades|försämrades)$/u;

/** A measure's names as a sentence may open with them: its subject and its short name. */
function measureNames(f: IndicatorFinding): string[] {
  return [f.indicator.subject, f.indicator.short].filter((n): n is string => n !== undefined);
}

/** Whether `text` continues with `name` and a space (the text has no-break spaces where the data has plain ones). */
function continuesWith(text: string, name: string): boolean {
  return text.replace(/\u00A0/g, " ").startsWith(`${name} `);
}

/**
 * "Däremot gick andelen … upp …" from "Andelen … gick upp …": the turn word first and the verb before the measure's
 * subject, as Swedish word order wants; undefined for a sentence that does not open with the measure's name.
 */
export function däremotFirst(text: string, f: IndicatorFinding): string | undefined {
  const name = measureNames(f).find((n) => continuesWith(text, capitalize(n)));
  if (name === undefined) return undefined;
  const m = /^(\p{L}+) (.+)$/u.exec(text.slice(name.length + 1));
  return m?.[1] !== undefined && FINITE.test(m[1]) ? `Däremot ${m[1]} ${lowerFirst(text.slice(0, name.length))} ${m[2]}` : undefined;
}

/**
 * The sentence däremotFirst turned, in its own order again, for one that leaves the turn (moved under the ingress or
 * into a section): without "Däremot", "Gick andelen … upp …" would read as a question. Undefined for any other text.
 */
export function däremotDropped(text: string, findings: readonly IndicatorFinding[]): string | undefined {
  const m = /^Däremot (\p{L}+) (.+)$/u.exec(text);
  const [verb, rest] = [m?.[1], m?.[2]];
  if (verb === undefined || rest === undefined || !FINITE.test(verb)) return undefined;
  const name = findings.flatMap(measureNames).find((n) => continuesWith(rest, lowerFirst(n)));
  return name === undefined ? undefined : `${capitalize(rest.slice(0, name.length))} ${verb} ${rest.slice(name.length + 1)}`;
}

/** A sentence that says its measure stood still (one copy, used by the lead and the body). */
export const STOOD_STILL = /låg (andelen )?kvar|samma nivå|förändrades (andelen )?knappt|andelen i stort sett densamma|oförändra[dt]|står still|stod still|samma (resultat )?som året innan|samma resultat|precis som året innan|knappt förändrats|förändrats marginellt|detsamma som/;

/** A turn in the news is marked already ("gick däremot upp", "men alltjämt"). */
// ("Trots det": "Men trots det är resultatet fortfarande …" said the turn three times, read AN: Lysekil.)
const TURNED = /\b(däremot|samtidigt|men|dock|trots det|ändå)\b/i;

/**
 * "Men" before the first lead sentence about another measure that points the
 * other way from the lead's first fact, unless it marks the turn itself: good
 * and bad news side by side with no link read as a list (blind reads).
 */
function withTurn(groups: readonly Sentence[][], items: readonly LeadItem[], ctx: StoryContext): Sentence[] {
  const first = items[0];
  // Under a count headline the lead opens with the count: its direction is the one a fact may turn from.
  const a = ctx.plan.angle;
  const base = a.kind === "summary" ? a.polarity : first?.fact.polarity ?? 0;
  const opposite = (i: LeadItem): boolean => base !== 0 && i.fact.polarity === -base;
  const turn = items.findIndex((i) => (a.kind === "summary" || i.finding !== first?.finding) && opposite(i));
  // The first measure's own context has turned already ("Det är sämre än både riket …"): no "Men" after it.
  // Nor after the count's exception ("Undantaget är …"), which turns the lead right after the count.
  if (items.slice(0, Math.max(turn, 0)).some(opposite) || exceptionItem(ctx)) return groups.flat();
  return groups.flatMap((g, k) => {
    // A gap told after its measure's rise ("gick upp till 37 procent. Det är …"): the turn is the comparison;
    // after a fall the change itself turns ("Men andelen … gick ner …").
    const item = items[k];
    const fell = item !== undefined && (item.fact.polarity > 0 ? isImprovement(item.finding.changeClass) : isDecline(item.finding.changeClass));
    // (Not a measure with no earlier year, whose sentence gave its value only: Arjeplog, new in the survey, turned from
    // a better-than-riket measure to a longer response time with no "men", read GZ.)
    const still0 = item?.fact.kind === "gap" && (item.finding.changeClass === "unchanged" || (item.finding.changeClass === null && item.finding.previous !== null));
    // A measure that barely moved but did move the turn's way turns on its figures ("Men den genomsnittliga
    // svarstiden … gick från 3,8 timmar 2018 till 3 timmar 2019. Svarstiden … är hälften så lång …": Haninge).
    const movedTurnWay = still0 && item !== undefined && g.length > 1 && !STOOD_STILL.test(g[0]?.text ?? "") && Math.sign(item.finding.change ?? 0) * (item.finding.indicator.better === "lower" ? -1 : 1) === item.fact.polarity;
    const at = item?.fact.kind === "gap" && !fell && !movedTurnWay ? g.length - 1 : 0;
    const s = g[at];
    // No turn where the news already moved this way, or right after a sentence that turned ("…, men är …").
    // (A run told alone after its record is moved before it, streakBeforeContext: the record's "men" is then last.)
    const lastOf = (g: readonly Sentence[] | undefined): string => g?.[g.length - 1]?.text ?? "";
    const runOnly = groups[k - 1]?.length === 1 && groups[k - 1]?.[0]?.claims.some((c) => c.endsWith(".streak")) === true;
    const before = `${lastOf(groups[k - 1])} ${runOnly ? lastOf(groups[k - 2]) : ""}`;
    // Only the measures whose year the lead told: a place says nothing of the change (Stockholm's bemötande, up 8
    // points but told as among the weakest, took the "Men" from e-post's rise).
    const toldMoves = items.slice(0, k).filter((i) => !PLACE_FACTS.includes(i.fact.kind) && !GROUP_FACTS.includes(i.fact.kind));
    const movedBefore = item !== undefined && movedAlike(toldMoves.map((i) => i.finding), item.fact.polarity);
    // Nor on a comparison right after a sentence saying the measure stood still: "låg kvar på 47 procent. Men
    // …" had nothing to turn from, three readers found (Vimmerby, Storfors, Umeå).
    const still = still0 && !movedTurnWay;
    // Nor right after the group's last place, bad news too: "Men den genomsnittliga svarstiden … steg" after
    // "svagast av de 24 kommunerna" turned from nothing (Nyköping, a read).
    const alike = item !== undefined && groupSide(groups[k - 1], ctx) === item.fact.polarity;
    // (Only after a measure that moved: after one that stood still too, the turn is the comparison's, Hammarö.)
    const firstMoved = first !== undefined && (isImprovement(first.finding.changeClass) || isDecline(first.finding.changeClass));
    if (k === turn && still && firstMoved && !movedBefore && !alike && item !== undefined) return stillTurn(g, item, before, ctx) ?? g;
    if (k !== turn || !s || TURNED.test(s.text) || movedBefore || still || alike || item === undefined) return g;
    return turnMarked(g, at, item, before, groups.slice(0, k).flat(), ctx);
  });
}

/**
 * A measure that stood still, turned to after one that moved, turns on its own sentence: "Däremot var andelen … 44
 * procent 2019, samma som året innan" (read LO: Olofström's flat direct answers, clearly behind riket, followed its
 * record e-mail answers with no link; A/B read AB84). Not where the lead turns to riket's count first ("Ändå är kommunen
 * sämre än rikssnittet …": Umeå), nor where something turned already.
 */
function stillTurn(g: readonly Sentence[], item: LeadItem, before: string, ctx: StoryContext): Sentence[] | undefined {
  const [head] = g;
  if (g.length < 2 || !head || turnsToRiket(ctx) || TURNED.test(before) || g.some((x) => TURNED.test(x.text))) return undefined;
  const turned = däremotFirst(head.text, item.finding);
  return turned === undefined ? undefined : [{ ...head, text: turned }, ...g.slice(1)];
}

/** The group with its turn marked on sentence `at`: "Däremot …", "… är däremot …" or "Men …". */
function turnMarked(g: readonly Sentence[], at: number, item: LeadItem, before: string, earlier: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const s = g[at] as Sentence;
  const mark = (text: string): Sentence[] => g.map((x, i) => (i === at ? { ...x, text } : x));
  // Right after a sentence that turned ("…, men det ligger ändå i nivå med rikssnittet"), not "Men" again but
  // "Däremot" before the verb: Skövde's worst bemötande went straight on to its best response time (read LP).
  if (/ men /.test(before)) {
    const turned = däremotFirst(s.text, item.finding);
    return turned === undefined ? [...g] : mark(turned);
  }
  // A measure with no earlier year turns inside its comparison: "… hamnade på 64 procent 2019. Men Orsas resultat
  // 2019 är något bättre …" read as if 64 procent were the bad news (read HC).
  const fresh = item.finding.previous === null && at > 0 && !earlier.some((x) => /\bdäremot\b/i.test(x.text));
  const inside = fresh ? s.text.replace(/^([^,]*?) (är|ligger) (?!däremot)/u, "$1 $2 däremot ") : s.text;
  if (inside !== s.text) return mark(inside);
  const m = ctx.analysis.municipality;
  const name = [m.officialName, m.name].some((n) => s.text.startsWith(n));
  return mark(`Men ${name ? s.text : lowerFirst(s.text)}`);
}

/**
 * The body's opening paragraph (EDITORIAL.md §4: the count across indicators
 * "comes early in the body"): the count against riket and the count of records,
 * unless the headline is that count (then the lead opens with it).
 */
/** "Täby är bättre än rikssnittet på fyra av fem mått i Kommunens Kvalitet i Korthet (KKiK) 2019." */
function leadSummary(ctx: StoryContext): Sentence | undefined {
  const a = ctx.plan.angle;
  const s = ctx.plan.summary;
  if (a.kind !== "summary" || !s) return undefined;
  const n = a.polarity > 0 ? s.better : s.worse;
  // A measure without a result: "tre av de fyra mått som går att jämföra" (read KH: not "som gav resultat"), as "tre av
  // fyra" read as a miscount of the survey's five (read ED: Östra Göinge).
  const missing = (ctx.missing ?? []).length > 0;
  const andel = shareOfMeasures(n, s.total, missing);
  const slot = `lead.summary.${a.polarity > 0 ? "better" : "worse"}${missing ? ".missing" : ""}`;
  return { text: ctx.say(slot, { andel }), claims: ["summary.vsNational", "survey.name", "survey.year"] };
}

/** The lead's gap on the one measure a count of "fyra av fem" leaves out (plan: summaryException). */
function exceptionItem(ctx: StoryContext): LeadItem | undefined {
  const a = ctx.plan.angle;
  const e = a.kind === "summary" ? summaryException(ctx.plan.ranked, a.polarity) : undefined;
  const items = ctx.plan.lead.filter((i) => i.finding === e?.finding);
  return items.length === 1 && items[0]?.fact.kind === "gap" ? items[0] : undefined;
}

/**
 * Under a count of "fyra av fem", the one measure on the other side of riket, told in the lead by its change or its
 * record but not by its gap, says that it is the exception: Mellerud's e-post within a day, its best yet and the only
 * measure better than riket, was said to be better than riket only last in the body (read AU scored it 3).
 */
function withExceptionClause(lead: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const a = ctx.plan.angle;
  const e = a.kind === "summary" ? summaryException(ctx.plan.ranked, a.polarity) : undefined;
  const id = e?.finding.indicator.id;
  if (!e || e.finding.vsNational === null || lead.some((s) => s.claims.includes(`${id}.vsNational`))) return [...lead];
  const at = lead.findLastIndex((s) => s.claims.some((c) => c.startsWith(`${id}.`)));
  const s = lead[at];
  if (!s || s.text.length > MAX_CLAUSED || /, (men|och) /.test(s.text)) return [...lead];
  const clause = ctx.say(`lead.except-clause.${comparePolarity(e.finding.vsNational) > 0 ? "better" : "worse"}`, {});
  return lead.map((x, i) => (i === at ? { text: `${x.text.replace(/\.$/, "")}, ${clause}.`, claims: [...x.claims, `${id}.vsNational`] } : x));
}

/** The lead's gap on the measure farthest from riket on a count's side (plan: largestGap). */
function largestItem(ctx: StoryContext): LeadItem | undefined {
  const f = ctx.plan.largestGap;
  return f ? ctx.plan.lead.find((i) => i.finding === f && i.fact.kind === "gap") : undefined;
}

/**
 * "däremot" once in a lead: a later one inside a sentence is dropped ("… gick däremot upp … Resultatet för … är
 * däremot klart sämre" read as a machine's; reads R and S, Vara and Skinnskatteberg).
 */
function onceDäremot(findings: readonly IndicatorFinding[], lead: readonly Sentence[]): Sentence[] {
  let seen = false;
  return lead.map((s, i) => {
    // Right after a "Men …" that turned already, the next bad news adds to it: "Men direktsvaren är fortfarande sämre än
    // … Andelen som upplever ett gott bemötande … minskade däremot" turned against the turn (reads JD and JF: Vansbro).
    const turned = /^Men /.test(lead[i - 1]?.text ?? "");
    let text = seen ? s.text.replace(/ däremot(?= )/, "") : turned ? s.text.replace(/ däremot(?=[ ,])/, " dessutom").replace(/^Däremot /, "Dessutom ") : s.text;
    // One turn a sentence: "Däremot sjönk andelen …, men ligger fortfarande klart bättre …" turned twice (Skinnskatteberg,
    // read AF scored it 3): the second is a relative clause. ("…, och är ändå kortare än rikssnittet" read as the wrong
    // conjunction in reads CU, DC and DD: Söderhamn, Skinnskatteberg.)
    if (/^(Däremot|Men|Samtidigt) |\bdäremot\b/.test(text)) text = text.replace(/, men (?:ligger|är) (?:fortfarande|fortsatt|alltjämt) (\S+ )?(?:(bättre|sämre|längre|kortare)(?: till)? än|(före|efter)) /, (_, how: string | undefined, word: string | undefined, side: string | undefined) => `, vilket fortfarande är ${how ?? ""}${word ?? (side === "före" ? "bättre" : "sämre")} än `);
    // Nor "däremot … men … ändå" (Ljusnarsberg: "… gick däremot ner, från 91 … till 87 procent 2019, men är ändå
    // bättre än rikssnittet", read GY), nor "Samtidigt … men är ändå", "… men ligger trots det" (Södertälje, read HC):
    // the "men" is turn enough.
    if (/^Samtidigt |\bdäremot\b/i.test(text)) text = text.replace(/, men (är|ligger) (ändå|trots det) /, ", men $1 ").replace(/, men ändå (?=i nivå)/, ", men ");
    // "däremot … men är …" still turned twice (read IG: Örebro's "Däremot sjönk andelen … till 90 procent 2019, men är
    // bättre än rikssnittet"): riket's side is a sentence of its own, "Den är ändå bättre än rikssnittet."
    // A sentence of its own has room for riket's figure, which the body may never give (read IS: Örebro's bemötande).
    const national = findings.find((f) => s.claims.includes(`${f.indicator.id}.vsNational`));
    const figure = national?.national == null ? "" : ` (${formatValue(national.national, national.indicator.unit, "text")})`;
    if (/\bdäremot\b/i.test(text)) text = text.replace(/, men (är|ligger) (?!ändå|trots)([^,()]+ än rikssnittet)\.$/u, `. Den $1 ändå $2${figure}.`).replace(/, men (är|ligger) (?!ändå|trots)([^,]+)\.$/u, ". Den $1 ändå $2.");
    seen ||= /\bdäremot\b/i.test(s.text);
    const figured = figure !== "" && text.endsWith(`${figure}.`) && !s.text.endsWith(`${figure}.`);
    return text === s.text ? s : { ...s, text, claims: figured && national ? [...s.claims, `${national.indicator.id}.national`] : s.claims };
  });
}

/** A lead gap on the measure farthest ahead of or behind riket, said beside the other (plan: strengths). */
function strengthItem(item: LeadItem, ctx: StoryContext): boolean {
  return item.fact.kind === "gap" && ctx.plan.strengths?.includes(item.finding) === true;
}

/**
 * A lead's measure said by its value against riket's, in one sentence: the count's largest gap ("Störst är skillnaden
 * för tillgängligheten i telefon: 43 procent mot 60 procent i riket.", `lead.summary.largest`) or a strength or
 * weakness said side by side, with no superlative ("För e-postsvaren inom en arbetsdag är resultatet klart bättre än
 * i riket: 94 procent mot 84 procent.", `lead.strength`), its degree word by the gap.
 */
function gapSentence(f: IndicatorFinding, ctx: StoryContext, slot: "lead.summary.largest" | "lead.strength"): Sentence[] {
  const id = f.indicator.id;
  if (f.national === null) return [];
  const fmt = (v: number): string => formatValue(v, f.indicator.unit, "text");
  const side = comparePolarity(f.vsNational ?? "level") > 0 ? "better" : "worse";
  // A time is said as a multiple of riket's, never "bättre": "Svarstiden på e-post är däremot ungefär en tredjedel så
  // lång som rikssnittet: 2 timmar mot 6 timmar." (Hofors, read FZ).
  const time = slot === "lead.strength" && isTime(f.indicator.unit);
  const gånger = time ? relativeChange(f.value, f.national, f.indicator.unit, TIMES_AS_LONG)?.words : undefined;
  if (time && gånger === undefined) return [];
  const text = gånger
    ? ctx.say(`${slot}.${side}.times`, { värde: fmt(f.value), riket: fmt(f.national), gånger }, f)
    : gradeDegree(ctx.say(`${slot}.${side}`, { värde: fmt(f.value), riket: fmt(f.national) }, f), Math.abs(f.value - f.national), f.compareThresholds.strong);
  return [{ text, claims: [`${id}.value`, `${id}.national`, `${id}.vsNational`] }];
}

/**
 * A weakness at its clear worst yet says so in its sentence: "Resultatet för andelen
 * e-postfrågor … är klart sämre än rikets: 72 procent mot 84 procent, Varas sämsta hittills." (read IP: Vara's
 * lowest since 2014 was told in the last paragraph while the lead gave only the gap).
 */
function withGapRecord(said: Sentence[], f: IndicatorFinding, ctx: StoryContext): Sentence[] {
  const r = ctx.plan.ranked.find((x) => x.finding === f);
  const kind = r?.time?.series.record?.kind;
  const side = comparePolarity(f.vsNational ?? "level");
  const clear = r?.facts.some((x) => x.kind === "record" && x.narrow !== true && x.demoted !== true) === true;
  const s = said[0];
  // (Not a best: the leads that tell one count their records already, "på alla mått utom …", as Nacka's and Karlskoga's.)
  if (!s || said.length !== 1 || !clear || side >= 0 || kind !== "worst" || ctx.plan.angle.kind === "records" || !s.text.endsWith(".")) return said;
  return [{ text: `${s.text.slice(0, -1)}, ${ctx.say("lead.strength.worse.worst", {}, f)}.`, claims: [...s.claims, `${f.indicator.id}.record`] }];
}

/**
 * The count's largest gap at its record the other way, said right after it: "Längst före riket ligger Täby för
 * tillgängligheten i telefon, med 81 procent … Det är samtidigt Täbys sämsta resultat hittills." Left to the body, the
 * strength hid the worst-ever (reads HJ and HM scored Täby 3 and 2).
 */
function largestRecord(f: IndicatorFinding, ctx: StoryContext): Sentence[] {
  const r = ctx.plan.ranked.find((x) => x.finding === f);
  const kind = r?.time?.series.record?.kind;
  const side = comparePolarity(f.vsNational ?? "level");
  const slot = side > 0 && kind === "worst" ? "better.worst" : side < 0 && kind === "best" ? "worse.best" : undefined;
  // A narrow one says so: a record by a point read as a clear one (Täby's 81 procent against 82).
  const narrow = r?.facts.some((x) => x.kind === "record" && x.narrow === true) === true ? ".narrow" : "";
  return slot ? [{ text: ctx.say(`lead.summary.largest.${slot}${narrow}`, {}), claims: [`${f.indicator.id}.record`] }] : [];
}

/** "Undantaget är svarstiden för e-post, som är nästan dubbelt så lång som rikssnittet: 11,6 timmar mot 6 timmar." */
function exceptionSentence(f: IndicatorFinding, ctx: StoryContext): Sentence[] {
  const id = f.indicator.id;
  const riket = f.national;
  if (riket === null) return [];
  const fmt = (v: number): string => formatValue(v, f.indicator.unit, "text");
  const gånger = relativeChange(f.value, riket, f.indicator.unit, TIMES_AS_LONG)?.words;
  const side = comparePolarity(f.vsNational ?? "level") > 0 ? "better" : "worse";
  const values = { värde: fmt(f.value), riket: fmt(riket), ...(gånger ? { gånger } : {}) };
  // With a measure level with riket too, the exception is not the count's only one ("Undantaget är …" read as if it
  // were): the only one on the other side of riket (Norrtälje: better on three of five, level on one).
  const s = ctx.plan.summary;
  const level = s !== null && s.total - s.better - s.worse > 0;
  const text = ctx.say(`lead.summary.except.${level ? `${side}.level` : gånger ? "times" : side}`, values, f);
  // The exception at its best (worst) yet says so, or it reads as the year's bad (good) news (read FY: Örnsköldsvik).
  const kind = plannedTime(ctx, f)?.series.record?.kind;
  const planned = ctx.plan.ranked.find((r) => r.finding === f);
  // A narrow one says so, but is said: Lomma's response time, better than riket's and 0,1 timmar longer than its old
  // worst, read as the year's bright spot without it (reads LG and LJ scored Lomma 2).
  const record = kind === (side === "worse" ? "best" : "worst") && planned !== undefined;
  if (!record || !text.endsWith(".")) return [{ text, claims: [`${id}.value`, `${id}.national`, `${id}.vsNational`] }];
  const narrow = narrowRecord(planned) ? ".narrow" : "";
  return [{ text: `${text.slice(0, -1)}, ${ctx.say(`lead.summary.except.record.${kind}${narrow}`, {})}.`, claims: [`${id}.value`, `${id}.national`, `${id}.vsNational`, `${id}.record`] }];
}

export function composeIntro(ctx: StoryContext): Sentence[] {
  const angle = ctx.plan.angle.kind;
  // (Under a count of records whose lead turns to riket, the count against riket is that turn: recordsBehindRiket.)
  const turnedToRiket = recordsBehindRiket(ctx) !== undefined;
  const summary = angle === "summary" || turnedToRiket ? undefined : summarySentence(ctx);
  const changes = countInLead(ctx) || allChangedInLead(ctx) || everyRecordAhead(ctx) ? [] : changeCount(ctx);
  // The year's count first when it goes the lead's way: "bättre på fyra av fem mått" came last, after the counts
  // against riket, under a lead of two rises (Robertsfors, read AD scored it 3).
  const way = ctx.plan.lead[0]?.fact.polarity ?? 0;
  const first = changes.length > 0 && way !== 0 && ctx.analysis.findings.filter((f) => (way > 0 ? isImprovement(f.changeClass) : isDecline(f.changeClass))).length * 2 > ctx.analysis.findings.length;
  // The measure without a result last: opening the body, "För svarstiden på e-post finns inget resultat …" came before
  // the overall picture (read FA: Ljusnarsberg, Norberg).
  return sameCountOnce([
    ...(first ? changes : []),
    ...(summary ? [summary] : []),
    ...(first ? [] : changes),
    ...(angle === "records" || recordsInLead(ctx) ? [] : lowsLed(ctx) ? recordCount(ctx).filter((x) => !x.claims.some((c) => worstId(c, ctx))) : recordCount(ctx)),
    ...(angle === "summary" ? [] : missingSentence(ctx)),
  ]);
}

/**
 * The second of two counts in a row with the same count says "lika många": "Sedan 2018 har resultatet blivit bättre
 * på fyra av fem mått. Aneby är bättre än rikssnittet på fyra av fem mått." read as two sentences from one template
 * (read GH).
 */
function sameCountOnce(intro: readonly Sentence[]): Sentence[] {
  return intro.map((s, i) => {
    // (Only right after it: "Tranås är sämre än rikssnittet på fyra av fem mått. Bara e-postsvaren … är bättre än
    // riket. Jämfört med 2018 är resultatet bättre på lika många mått." pointed back past the other side.)
    const count = /\b(\p{L}+) av (\p{L}+) mått\b/u.exec(intro[i - 1]?.text.split(". ").pop() ?? "")?.[0];
    if (i === 0 || count === undefined || !s.text.includes(`på ${count}`)) return s;
    // Beside "lika bra på ett", "också" before the comparison: "Ekerös resultat också bättre på fyra av fem mått och
    // ungefär lika bra på ett". ("bättre på lika många mått och ungefär lika bra på ett" read as loose: reads GL, AB3.)
    // (Alone, "Aneby är bättre än rikssnittet på lika många mått" was preferred to a second "fyra av fem": read AB3.)
    const also = /(?<=^|\s)(är|står sig|resultat) (bättre|sämre|i nivå)(?=\s)/u.exec(s.text);
    if (also && also.index < s.text.indexOf(`på ${count}`) && s.text.includes("lika bra")) return { ...s, text: s.text.replace(also[0], `${also[1]} också ${also[2]}`) };
    return { ...s, text: s.text.replace(`på ${count}`, "på lika många mått") };
  });
}

/**
 * "Jämfört med 2018 är resultatet bättre på alla fem mått." (EDITORIAL.md §4:
 * "bättre än året innan på tre av fem"): when every measure has last year's
 * value, three or more, and all or all but one moved the same way.
 */
function changeCount(ctx: StoryContext): Sentence[] {
  const fs = ctx.analysis.findings;
  if (fs.length < 3 || fs.some((f) => f.changeClass === null)) return [];
  const up = fs.filter((f) => isImprovement(f.changeClass)).length;
  const down = fs.filter((f) => isDecline(f.changeClass)).length;
  const [n, other, way] = up >= down ? [up, down, "better"] : [down, up, "worse"];
  // Also a plain majority that goes against a count of measures against riket: Malmö, better than riket on four of
  // five, fell on three of them, and read CH scored a release that never said so 3.
  const against = ctx.plan.angle.kind === "summary" && (way === "better" ? -1 : 1) === ctx.plan.angle.polarity && n * 2 > fs.length;
  if (n < 3 || (n < fs.length - 1 && !against)) return [];
  const kind = n === fs.length ? `${way}-all` : other > 0 ? `${way}-but` : way;
  const values = { fjol: formatYear(ctx.analysis.previousYear), antal: measureCount(fs.length), flest: measureCount(n), övriga: measureCount(other) };
  return [{ text: ctx.say(`summary.changes.${kind}`, values), claims: fs.map((f) => `${f.indicator.id}.changeClass`) }];
}

function saidInLead(ctx: StoryContext, f: IndicatorFinding): Set<string> {
  const retold = (kind: FactKind): boolean => ctx.retell?.has(`${f.indicator.id}.${CLAIM_OF[kind]}`) === true;
  return new Set(ctx.plan.lead.filter((i) => i.finding === f && !retold(i.fact.kind)).map((i) => i.fact.kind));
}

/** The claim a lead fact's sentence makes. */
const CLAIM_OF: Readonly<Record<FactKind, string>> = {
  first: "rank",
  "shared-first": "rank",
  last: "rank",
  "bottom-three": "rank",
  "top-ten": "rank",
  "bottom-ten": "rank",
  "strong-change": "changeClass",
  change: "changeClass",
  crossing: "vsNational",
  gap: "vsNational",
  rest: "value",
  record: "record",
  streak: "streak",
  turnaround: "turnaround",
  "long-run": "longRun",
  "group-first": "groupRank",
  "group-last": "groupRank",
};

/**
 * The slot that names riket, the group or both: a time is compared with an average ("kortare än
 * rikssnittet", "längre än snittet för likvärdiga kommuner"), never with a place ("kortare än riket som
 * helhet" compares a length with a country: eight releases in a read).
 */
function refSlot(f: IndicatorFinding, which: "national" | "group" | "both"): string {
  return `compare.ref.${which}${isTime(f.indicator.unit) ? "-average" : ""}`;
}

/** A reference without its figure: "riket (55 procent)" → "riket". */
function withoutFigure(ref: string): string {
  return ref.replace(/ \([^()]*\)$/u, "");
}

/** "är nu bättre än rikssnittet (60 procent), efter att ha varit sämre än snittet 2018" (§1, rank 3). */
function crossingSentences(f: IndicatorFinding, ctx: StoryContext): Sentence[] {
  const { say } = ctx;
  const id = f.indicator.id;
  const fmt = (v: number): string => formatValue(v, f.indicator.unit, "text");
  if (f.national === null || f.vsNational === null) return [];
  // The group's average equal to riket's, the same side: one reference for both, in the crossing sentence
  // ("nu sämre än både riket och likvärdiga kommuner (84 procent)"); a sentence of its own after it read as a
  // fragment or clumsy (Borås, two reads).
  const same = f.group !== null && f.vsGroup !== null && f.group === f.national && f.vsGroup === f.vsNational;
  const ref = say(refSlot(f, same ? "both" : "national"), { värde: fmt(f.national) });
  const up = comparePolarity(f.vsNational) > 0;
  const fjol = formatYear(ctx.analysis.previousYear);
  const crossClaims = [`${id}.national`, `${id}.vsNational`, `${id}.previousVsNational`, ...(same ? [`${id}.group`, `${id}.vsGroup`] : [])];
  // A time now a multiple of riket's: the multiple is the news, last year's side a short sentence after it.
  const n = { cls: f.vsNational, v: f.national };
  const g = f.vsGroup !== null && f.group !== null ? { cls: f.vsGroup, v: f.group } : null;
  const times = timesSentence(f, ctx, n, g);
  if (times) {
    return [
      { text: times, claims: [...crossClaims, ...(g ? [`${id}.group`, `${id}.vsGroup`] : [])] },
      { text: say(`compare.crossing.was.${up ? "up" : "down"}${timeSlot(f.indicator.unit)}`, { fjol }, f), claims: [`${id}.previousVsNational`] },
    ];
  }
  // Far past riket, the crossing says how far: "ligger nu efter riket" read as mild for 41 against 55 procent (a read).
  const far = /^much-/.test(f.vsNational);
  // A time is shorter or longer than riket's: "har gått förbi snittet i riket för svarstiden" confused a reader where
  // lower is better (Enköping, read BH).
  const time = timeSlot(f.indicator.unit);
  // A second crossing the same way says so: "2018 låg Hylte under riket; nu …" three times in one section read as a
  // template (reads CJ and CV).
  const also = ctx.mentions.again(`crossing:${up ? "up" : "down"}`) && !far && time === "" ? ".also" : "";
  // A fall below riket from the country's first place says so: "2018 låg Haparanda över riket" undersold a shared first
  // place (reads JE and JK).
  const first = !up && time === "" && f.rank?.previous?.position === 1 ? (f.rank.previous.tied === undefined ? ".from-first" : ".from-shared-first") : "";
  const crossing = say(`compare.crossing.${up ? "up" : "down"}${far ? ".far" : ""}${time}${first === "" ? also : first}`, { ref, fjol: formatYear(ctx.analysis.previousYear) }, f);
  const out: Sentence[] = [{
    text: far ? gradeDegree(crossing, Math.abs(f.value - f.national), f.compareThresholds.strong) : crossing,
    claims: first === "" ? crossClaims : [...crossClaims, `${id}.rank`],
  }];
  if (f.group !== null && f.vsGroup !== null && !same) {
    // Graded like every comparison (Hylte's 97 against the group's 83 was "mycket bättre" at 14 points).
    const one = gradeDegree(say(`compare.one.${f.vsGroup}`, { ref: say(refSlot(f, "group"), { värde: fmt(f.group) }) }), Math.abs(f.value - f.group), f.compareThresholds.strong);
    const text = afterCrossing(one, comparePolarity(f.vsGroup) === comparePolarity(f.vsNational));
    out.push({ text, claims: [`${id}.group`, `${id}.vsGroup`] });
  }
  return out;
}

/**
 * The one time fact a section tells about its indicator: the strongest not in
 * the lead, when it has news value 3 or better (a clear record, a streak of
 * three, a turnaround, also by a weak step). The long-run change (4) is told when the year itself
 * brought no change, so that it gives the year its context; a record by a
 * hair or a streak of two is left to the chart.
 */
/**
 * `recordFollows`: a record may say "Det är …" after the sentence before. Not after a change told by its size alone
 * ("… försämrats med 4 procentenheter. Det är Varas sämsta resultat …" pointed at the change, A/B read AB7): the
 * record then names its measure.
 */
function bodyTimeSentence(p: PlannedFinding, lead: ReadonlySet<string>, ctx: StoryContext, follow: boolean, recordFollows = follow): Sentence | undefined {
  const changed = p.facts.some((x) => x.kind === "change" || x.kind === "strong-change");
  // The strongest first (a five-year decline before a record low); equal ones in BODY_TIME_ORDER.
  const kinds = [...BODY_TIME_ORDER].sort((a, b) => (p.facts.find((x) => x.kind === a)?.value ?? 9) - (p.facts.find((x) => x.kind === b)?.value ?? 9));
  for (const kind of kinds) {
    const fact = p.facts.find((x) => x.kind === kind);
    if (!fact || lead.has(kind)) continue;
    // A turnaround by a weak step is no lead news, but the body gives it as the year's context.
    // Records the lead named together are not told again one by one.
    if (kind === "record" && namedRecords(ctx).includes(p.finding)) continue;
    // Nor one the lead told by its value (worstByValue: Mönsterås' bemötande twice), nor a turn it told as a clause.
    if ((kind === "record" || kind === "turnaround" || kind === "streak") && ctx.leadClaims?.has(`${p.finding.indicator.id}.${kind}`)) continue;
    // Every strict record is told (a reader looks for them); other weak facts are left to the chart.
    if (fact.value > 3 && !fact.demoted && kind !== "turnaround" && kind !== "record" && !(kind === "long-run" && (!changed || (halvedSince(p) && (lead.size === 0 || headlineFindings(ctx.plan.angle).includes(p.finding)))))) continue;
    // The lead gave the value: the record does not repeat it ("E-postsvaren … var 87 procent" twice).
    const follows = kind === "record" ? recordFollows : follow;
    const withValue = !follows && lead.size === 0;
    const s = saidRecord(ctx, fact, p.time, timeSentence(fact, p.finding, p.time, ctx.say, { follow: follows, against: false, startSaid: ctx.mentions.startSaid, withValue, lastRecord: ctx.mentions.lastRecord, again: ctx.mentions.again }));
    if (s) return s;
  }
  return undefined;
}

/**
 * A time that halved or doubled since its first year, but not mostly this year: its long run is told beside the year's
 * change too ("Sedan 2014 har svarstiden mer än halverats", Ludvika's 12,6 → 5,7 timmar after a 1,7-hour step; read
 * JE). (Tomelilla's 13,1 → 1,8 timmar this year was the halving itself: runSize's rule.) Of a measure the lead tells,
 * only the headline's: Arboga's response time, 18,3 → 7,9 timmar since 2014, under a headline on its record (read JO),
 * while Strängnäs' and Höör's response times at their best stay with their comparisons under the ingress.
 */
function halvedSince(p: PlannedFinding): boolean {
  const lr = p.time?.series.longRun;
  const rel = lr ? relativeChange(p.finding.value, lr.firstValue, p.finding.indicator.unit) : undefined;
  const year = p.finding.previous === null ? 0 : Math.abs(p.finding.value - p.finding.previous);
  return lr !== undefined && lr !== null && rel !== undefined && isLargeRatio(rel.ratio) && year < Math.abs(lr.difference) / 2;
}

/**
 * A run of three real steps or more beside the record it led to: both are told
 * ("Det är femte året i rad som andelen ökar"), where one time sentence per
 * measure left Herrljunga's five rises in direct answers unsaid (a read).
 */
function longStreakAfterRecord(p: PlannedFinding, lead: ReadonlySet<string>, told: Sentence | undefined, ctx: StoryContext): Sentence | undefined {
  const streak = p.time?.series.streak;
  const fact = p.facts.find((x) => x.kind === "streak");
  // Three steps are enough (Kumla: bemötandet down every year since 2014 to its lowest, said nowhere); the
  // record may be the lead's, the streak then opens the measure's part of the body.
  const record = told?.claims.some((c) => c.endsWith(".record")) ?? lead.has("record");
  // Nor when the lead told it as a clause of the change ("…, en försämring för tredje året i rad"): "Bemötandet i
  // telefon har nu försämrats för tredje året i rad" opened the section again (Norrköping, Nässjö; reads AT and AU).
  if (!fact || !streak || streak.steps < LONG_STREAK_STEPS || lead.has("streak") || ctx.leadClaims?.has(`${p.finding.indicator.id}.streak`) || !record) return undefined;
  return timeSentence(fact, p.finding, p.time, ctx.say, { follow: told !== undefined, against: false, startSaid: ctx.mentions.startSaid, lastRecord: ctx.mentions.lastRecord, again: ctx.mentions.again });
}

/**
 * A worst-ever by a hair, told "med knapp marginal", beside the long decline it ends: Nordanstig's bemötande at 85
 * procent, 1 point under its old worst, had fallen from 99 procent in 2014 (read AE found the hedge alone played it
 * down, scored 3).
 */
function longRunAfterLow(p: PlannedFinding, lead: ReadonlySet<string>, told: Sentence | undefined, ctx: StoryContext): Sentence | undefined {
  const low = p.facts.find((x) => x.kind === "record" && x.polarity < 0 && x.narrow === true);
  const fact = p.facts.find((x) => x.kind === "long-run" && x.polarity < 0);
  if (!low || !fact || lead.has("long-run") || ctx.leadClaims?.has(`${p.finding.indicator.id}.longRun`) || !told?.claims.some((c) => c.endsWith(".record"))) return undefined;
  return timeSentence(fact, p.finding, p.time, ctx.say, { follow: true, against: false, startSaid: ctx.mentions.startSaid, lastRecord: ctx.mentions.lastRecord, again: ctx.mentions.again });
}

/** Steps of a run from which its size is told too: "den femte förbättringen i rad" did not say from where. */
const RUN_SIZE_STEPS = 4;

/**
 * A run of RUN_SIZE_STEPS clear steps or more, told anywhere in the release, with its size since the series began
 * (EDITORIAL.md §8, "the long-run change"): Överkalix's e-mail answers, "den femte förbättringen i rad", had risen from
 * 46 to 86 procent since 2014 and the release never said so (read IR), nor did most releases with such a run in the
 * example data. Only where the change since the first year is strong and steady the same way (a run after a fall is not
 * a rise "sedan 2014"), and not where the run's own sentence said its span already.
 */
function runSize(p: PlannedFinding, lead: ReadonlySet<string>, out: readonly Sentence[], ctx: StoryContext): Sentence | undefined {
  const s = p.time?.series;
  const id = p.finding.indicator.id;
  const lr = s?.longRun;
  const run = s?.streak;
  if (!s || !lr || !run || run.steps < RUN_SIZE_STEPS || run.clearSteps < run.steps || !lr.steady) return undefined;
  const strong = lr.changeClass === "strongly-improved" || lr.changeClass === "strongly-declined";
  const same = (lr.changeClass === "strongly-improved") === (run.trend === "improving");
  const told = lead.has("streak") || ctx.leadClaims?.has(`${id}.streak`) === true || out.some((x) => x.claims.includes(`${id}.streak`));
  const said = lead.has("long-run") || ctx.leadClaims?.has(`${id}.longRun`) === true || out.some((x) => x.claims.includes(`${id}.longRun`));
  // (Not a time whose step this year is half of it or more: Tomelilla's response time, 13,1 → 1,8 timmar, was "under en
  // sjättedel" since last year and again since 2014. A share's is told: Ånge's tillgänglighet fell 18 of its 35 points
  // since 2014 this year.)
  const year = p.finding.previous === null ? 0 : Math.abs(p.finding.value - p.finding.previous);
  const most = isTime(p.finding.indicator.unit) && year >= Math.abs(lr.difference) / 2;
  if (!strong || !same || !told || said || most) return undefined;
  const follow = out[out.length - 1]?.claims.includes(`${id}.streak`) === true;
  return p.time ? runSizeSentence(p.finding, p.time, ctx.say, follow) : undefined;
}

/**
 * The body's sentence on the year's change. After a lead sentence that gave both figures ("Också svarstiden på e-post
 * blev klart bättre, från 13,1 timmar 2018 till 1,8 timmar 2019") only a large ratio is new, said without them:
 * Tomelilla's body repeated both figures word for word (read Q of 2026-12-02).
 */
function bodyChange(f: IndicatorFinding, ctx: StoryContext): Sentence[] {
  const id = f.indicator.id;
  const figures = ctx.leadClaims?.has(`${id}.value`) === true && ctx.leadClaims.has(`${id}.previous`);
  if (!figures) {
    const s = changeSentence(f, "change", numberTokens(f, ctx.analysis, ctx.mentions), ctx);
    // After the lead's "Även tillgängligheten i telefon förbättrades kraftigt", the figures without the word again
    // ("ökade kraftigt, från 43 procent 2018 …" said it twice, read GY: Falkenberg).
    const classed = ctx.leadClaims?.has(`${id}.changeClass`) === true;
    // ("steg kraftigt, med 12 procentenheter, till …" without the word: "steg med 12 procentenheter, till …".)
    return [classed ? { ...s, text: s.text.replace(/ (kraftigt|markant),? (?=från )/u, " ").replace(/ (?:kraftigt|markant), med ([^,.]+?),? till /u, " med $1, till ") } : s];
  }
  const found = largeYearRatio(f);
  if (!found) return [];
  return [{ text: ctx.say(`change.relative-said.${movement(f)}`, { relativt: found.words }, f), claims: [`${id}.ratio`] }];
}

/**
 * The change of a measure whose value the lead gave (a place, a gap), without that figure again: "För direktsvaren i
 * telefon gick andelen upp till 76 procent 2019, från 73 procent 2018" after the lead's 76 procent repeated it (110
 * releases of the example batch; reads GG and GH). A real change is told by its size ("… ökade med 8 procentenheter
 * jämfört med 2018"), a small step or none as level with last year, without figures. Not a strong change.
 */
function sinceSentence(p: PlannedFinding, ctx: StoryContext): Sentence | undefined {
  const f = p.finding;
  const id = f.indicator.id;
  const c = ctx.leadClaims;
  if (c === undefined || !c.has(`${id}.value`) || c.has(`${id}.previous`) || f.previous === null || f.change === null) return undefined;
  if (hairLevelBest(p.time) || countedNarrow(ctx).includes(f)) return undefined;
  const way = sinceWay(f);
  // (A narrow record keeps both figures and its margin: "i stort sett oförändrad, men ändå … bästa hittills" after
  // "minskat med 0,5 timmar" turned against its own step, and Upplands Väsby's margin went unsaid.)
  if (way === undefined || (way.startsWith("within.") && p.facts.some((x) => x.kind === "record" && (x.stale === true || x.narrow === true)))) return undefined;
  const tokens = { skillnad: formatDifference(Math.abs(f.change), f.indicator.unit), fjol: formatYear(ctx.analysis.previousYear) };
  const claims = way.startsWith("diff") || way.startsWith("within") ? [`${id}.change`, `${id}.changeClass`] : [`${id}.changeClass`];
  return { text: ctx.say(`change.since.${way}`, tokens, f), claims };
}

/**
 * Which of the since slots tells the change: "diff.*" the step's size, "flat" and "same" no figure. Last year's figure
 * alone read as backwards ("För andelen … är det en försämring från 83 procent 2018", "Jämfört med 2018 (46 procent)
 * har … knappt förändrats": read GU, four releases).
 */
function sinceWay(f: IndicatorFinding): string | undefined {
  if (f.changeClass === "unchanged") {
    if (f.change === 0) return "same";
    // A time that moved plainly, though within `same`, is told by its step's size, not by both figures again: "Svarstiden
    // på e-post var 1,3 timmar 2019, jämfört med 1,7 timmar 2018" after the lead's 1,3 timmar (read IB: Lidingö).
    // ("något": "Svarstiden på e-post gick upp med 0,7 timmar" read as a change the facts box denies, read IF: Österåker.)
    return movedPlainly(f.value, f.previous ?? f.value, f.indicator.unit) ? `within.${movement(f)}` : "flat";
  }
  if (f.changeClass !== "improved" && f.changeClass !== "declined") return undefined;
  return `diff.${movement(f)}`;
}

/**
 * A best by a hair in a year without a real change is level with the best, not a record (analyse/time.ts): said so
 * right after the measure's value, not left out. Read BR found Krokom's and Vingåker's 1-point bests unsaid while
 * narrow lows were told. (An exact tie reached by a real change is tieSentence's.)
 */
function levelWithBestSentence(f: IndicatorFinding, t: TimeInput | null | undefined, ctx: StoryContext, before = ""): Sentence | undefined {
  // (Or a best by a hair the lead's count of records counted, after "förändrades knappt": Krokom's tillgänglighet,
  // 63 → 64 procent, was one of the headline's four records and the body never said so; read DC.)
  // (And one the count left to its section: Jokkmokk's hairs, hairSplit.)
  const toldHere = ctx.leadClaims?.has(`${f.indicator.id}.record`) === true || (hairSplit(ctx, "best")?.[1].includes(f) ?? false);
  const counted = t?.series.record?.kind === "best" && f.changeClass === "unchanged" && toldHere ? t.series.record.previous : undefined;
  const tie = t?.series.tie ?? (counted ? { previous: counted } : undefined);
  if (!t || !tie || (!counted && !hairLevelBest(t))) return undefined;
  const year = Math.max(...tie.previous.years);
  const claims = [`${f.indicator.id}.${counted ? "record" : "tie"}`];
  const skillnad = formatDifference(t.series.value - tie.previous.value, f.indicator.unit);
  // A second in one release says "också": "Resultatet är ändå Jokkmokks bästa hittills … Det är ändå Jokkmokks bästa
  // resultat hittills" in one section read as a template.
  const again = ctx.mentions.again("level-best");
  // A counted best says "ändå" only after a year called no change: not after "var 2,4 timmar 2019, mot 2,7 timmar
  // 2018" (Torsås).
  const still = (text: string): string => (!counted || STOOD_STILL.test(before) ? text : text.replace(/ ändå(?= )/, ""));
  if (year === ctx.analysis.previousYear) return { text: still(ctx.say(again ? "time.level-best.again" : "time.level-best.last", {})), claims };
  const tidigare = `${formatValue(tie.previous.value, f.indicator.unit, "text")} ${formatYear(year)}`;
  return { text: still(ctx.say("time.level-best", { tidigare, skillnad, riktning: marginWord(f, "best") })), claims };
}

/** A tie a release tells (tieToTell): its kind, the earlier years that had the value, and whether last year's did. */
export interface TieToTell {
  kind: "best" | "worst";
  years: readonly number[];
  /** Last year had the value too: the measure stays where it was ("Därmed står Vellinge kvar på sin sämsta nivå hittills."). */
  kept: boolean;
  /** The year did not move by `same`: the weakest of the time facts, left out beside another record (tiesSaid). */
  stayed: boolean;
}

/**
 * A value exactly equal to the best (worst) of an earlier year, reached by a real change that way or in a year that
 * did not move. Unsaid, it left out what the years hold: reads KH and KI (Vadstena's e-mail answers, Malmö's direct
 * answers, Valdemarsvik's lowest access) and read KL (Östra Göinge's access at its lowest as in 2018, Skara's e-mail
 * answers as good as in 2015, Köping's bemötande as weak as in 2014). Not a best the same as last year's, which says
 * nothing new (Täby's bemötande, 94 procent as in 2018).
 */
export function tieToTell(f: IndicatorFinding, t: TimeInput | null | undefined, previousYear: number): TieToTell | undefined {
  const tie = t?.series.tie;
  if (!t || !tie || t.series.record || tie.previous.value !== t.series.value) return undefined;
  const reached = tie.kind === "best" ? isImprovement(f.changeClass) : isDecline(f.changeClass);
  const kept = f.previous === t.series.value && tie.previous.years.includes(previousYear);
  // (Not in a series that never moved much: "Det motsvarar Tranemos bästa resultat hittills, från 2014 och 2016" for
  // 83 procent in a series of 81–83 read as trivial, A/B read AB67.)
  const values = Object.values(t.values);
  const moved = Math.max(...values) - Math.min(...values) > 2 * t.same;
  const stayed = f.changeClass === "unchanged" && !(kept && tie.kind === "best") && moved;
  return reached || stayed ? { kind: tie.kind, years: tie.previous.years, kept, stayed: !reached } : undefined;
}

/**
 * The tie's sentence: "Det är lika bra som Vadstenas bästa resultat hittills, från 2016."; kept, "Därmed ligger Östra
 * Göinge kvar på sin sämsta nivå hittills." `value`: the figure, where the sentence before did not give it.
 */
export function tieText(tie: TieToTell, say: StorySay, value?: string): string {
  // ("från 2014 och 2017", "senast 2018": the years as a record's are said.)
  const years = oldRecordYears(tie.years);
  const från = years.startsWith("senast ") ? years : `från ${years}`;
  const slot = `time.tie.${tie.kind}${tie.kept ? ".kept" : ""}${value === undefined ? "" : ".valued"}`;
  return say(slot, { från, ...(value === undefined ? {} : { värde: value }) });
}

/** The tie right after the sentence that gave its value (tieToTell). */
function tieSentence(f: IndicatorFinding, t: TimeInput | null | undefined, ctx: StoryContext, out: readonly Sentence[]): Sentence | undefined {
  const tie = tieToTell(f, t, ctx.analysis.previousYear);
  const before = out[out.length - 1]?.claims ?? [];
  const valued = before.includes(`${f.indicator.id}.value`) && !before.includes(`${f.indicator.id}.longRun`);
  if (!tie || !valued) return undefined;
  return { text: tieText(tie, ctx.say), claims: [`${f.indicator.id}.tie`] };
}

function findingSentences(p: PlannedFinding, ctx: StoryContext): Sentence[] {
  const f = p.finding;
  const { analysis: a, say } = ctx;
  const lead = saidInLead(ctx, f);
  const out: Sentence[] = [];
  const timeInLead = TIME_FACTS.some((k) => lead.has(k));
  // The count's exception and its largest gap gave the value against riket's, not last year's: the body says the
  // change (Täby's section opened "Täby har därmed sitt sämsta resultat hittills" with no change before it).
  const gapSaid = lead.has("gap") && exceptionItem(ctx)?.finding !== f && ctx.plan.largestGap !== f && !ctx.plan.strengths?.includes(f);
  // A time fact in the lead that came out as a comparison only (a record after a place) left the change unsaid
  // (Färgelanda: 19,3 → 15,8 timmar nowhere in the release).
  const moved = f.changeClass !== null && f.changeClass !== "unchanged";
  const changeMissed = moved && ctx.leadClaims !== undefined && !ctx.leadClaims.has(`${f.indicator.id}.changeClass`) && !ctx.leadClaims.has(`${f.indicator.id}.previous`);
  // With no earlier year the change sentence is the value alone: after a lead that gave it, a repeat (Järfälla's
  // "Bemötandet i telefon var 66 procent 2019." right below the ingress, a read of 2026-12-02).
  const valueOnly = f.previous === null && ctx.leadClaims?.has(`${f.indicator.id}.value`) === true;
  const changeSaid = valueOnly || (!changeMissed && (timeInLead || lead.has("change") || lead.has("strong-change") || (lead.has("rest") && ctx.plan.lead[0]?.finding === f) || gapSaid));
  const since = changeSaid ? undefined : sinceSentence(p, ctx);
  if (since) out.push(since);
  else if (!changeSaid) out.push(...bodyChange(f, ctx));
  // The year's own history right after its value (§8), then riket and the group.
  const told0 = bodyTimeSentence(p, lead, ctx, out.length > 0, out.length > 0 && !since?.claims.includes(`${f.indicator.id}.change`)) ?? (countedNarrow(ctx).includes(f) ? countedHairSentence(f, p.time, say, out.length > 0) : undefined);
  // A best by a hair is said before the change since the first year, which it implies: "13 procentenheter bättre än
  // 2014" left Bromölla's highest share yet unsaid (read CB).
  const hairBest = out.length > 0 && told0?.claims.includes(`${f.indicator.id}.longRun`) === true && hairLevelBest(p.time);
  const time0 = hairBest ? undefined : told0;
  // A narrow record that would open the section (the lead gave the change) comes after riket and the group: Burlöv's
  // e-mail section opened by celebrating a best by 0,1 timmar for a time among the ten longest (read AF scored it 3).
  const later = out.length === 0 && time0 !== undefined && p.facts.some((x) => x.kind === "record" && x.narrow === true && x.polarity > 0) ? time0 : undefined;
  const time = later ? undefined : time0;
  // A tie right after its value, before a turn or a run: "… till 86 procent 2019. Det är lika bra som Vadstenas bästa
  // resultat hittills, från 2016. Därmed bröts två års försämring." ("Det" after the turn pointed at the turn.)
  const tieFirst = time && !time.claims.includes(`${f.indicator.id}.record`) ? tieSentence(f, p.time, ctx, out) : undefined;
  if (tieFirst) out.push(tieFirst);
  if (time) out.push(time);
  const level = time0 === undefined && out.length > 0 ? levelWithBestSentence(f, p.time, ctx, out[out.length - 1]?.text) ?? tieSentence(f, p.time, ctx, out) : undefined;
  if (level) out.push(level);
  const streak = longStreakAfterRecord(p, lead, time0, ctx) ?? longRunAfterLow(p, lead, time, ctx);
  if (streak && !later) out.push(streak);
  const size = later ? undefined : runSize(p, lead, out, ctx);
  if (size) out.push(size);
  // After last year's figure a comparison says which year it speaks of: "Det är …" read as 2018's.
  const after = time !== undefined || streak !== undefined || since !== undefined || size !== undefined;
  const crossing = p.facts.some((x) => x.kind === "crossing");
  if (crossing && !lead.has("crossing") && lead.has("gap")) {
    // The lead compared it with riket and the group already: only last year's side is new (Mora).
    const up = f.vsNational !== null && comparePolarity(f.vsNational) > 0;
    const way = up ? "up" : "down";
    const slot = out.length === 0 ? `compare.crossing.was-named.${way}` : `compare.crossing.was.${way}${timeSlot(f.indicator.unit)}`;
    out.push({ text: say(slot, { fjol: formatYear(a.previousYear), år: formatYear(a.year) }, f), claims: [`${f.indicator.id}.previousVsNational`] });
  } else if (crossing && !lead.has("crossing")) {
    out.push(...crossingSentences(f, ctx));
  } else if (!lead.has("crossing") && !lead.has("gap") && verdictInLead(f, ctx)) {
    // The group's side only where it is the other side of riket's, which is news: the same side again, with or without
    // the averages, read as the lead a second time or as a loose sentence (reads FX–GG).
    if (groupOtherSide(f)) out.push(groupTurnSentence(f, ctx, out.length === 0, after));
    else if (groupAlsoNews(f)) {
      const cmp = compareSentence({ ...f, national: null, vsNational: null }, ctx, out.length === 0, after);
      // (Only as "även": alone it read as a loose sentence, reads FX–GG.)
      const also = cmp ? alsoThanGroup(cmp.text) : undefined;
      if (cmp && also !== undefined && also !== cmp.text) out.push({ ...cmp, text: also });
    }
  } else if (!lead.has("crossing") && !lead.has("gap") && !comparedInLead(f, ctx) && !groupUnsaid(f, ctx)) {
    // (Named after a best by a hair: "Det räcker ändå till Nackas bästa resultat hittills. Den är drygt hälften så
    // lång …" left "Den" without its time.)
    // After a counted best by a hair the comparison is the record's, and says the turn when riket contradicts it: "Det
    // räcker ändå till Ljungbys bästa resultat hittills. Ljungbys resultat 2019 är fortsatt långt sämre …" (a time is
    // named anyway).
    const counted = level?.claims.includes(`${f.indicator.id}.record`) === true;
    // (A share after its best-yet sentence is "Årets resultat": "För tillgängligheten i telefon förändrades andelen
    // knappt … För tillgängligheten i telefon är Vingåker långt sämre …" opened two sentences alike, read GH.)
    const again = level !== undefined && !counted && !isTime(f.indicator.unit);
    // (A record or a move the turn can stand against: not a year that stood still.)
    const recordHere = out.some((x) => x.claims.some((c) => c === `${f.indicator.id}.record` || c === `${f.indicator.id}.tie`));
    const turns = recordHere || !STOOD_STILL.test(out[out.length - 1]?.text ?? "");
    // Right after the measure's change the other way, the comparison turns, as in the lead: "… sjönk med 3
    // procentenheter, till 59 procent 2019. Det är bättre än både rikssnittet …" lacked its "ändå" (read HA: Strömsund,
    // Årjäng).
    const cmp = compareSentence(f, ctx, out.length === 0 || (level !== undefined && !counted && !again), after || counted || again, false, turns, wayBefore(p, out[out.length - 1]));
    if (cmp) out.push(cmp);
  } else if (!lead.has("crossing") && groupUnsaid(f, ctx) && !(f.group === f.national && f.vsGroup === f.vsNational) && !(groupNoNews(f) && !groupAlsoNews(f) && ctx.mentions.named(f.indicator.id))) {
    // (Said all the same where the release has not yet named the measure in full: the lead's short name left
    // Borgholm's release without what tillgängligheten measures.)
    // (Not when the group's average is riket's and the verdict the same: "nästan dubbelt så lång som snittet för
    // likvärdiga kommuner (6 timmar)" right after the lead's "… som rikssnittet (6 timmar)", Piteå, read CN.)
    // The lead compared it with riket alone (the count's exception): the group's side is still news (Malmö's
    // response time, 11,6 timmar against the large cities' 4,9, left out; a read found it looked like spin).
    const cmp = compareSentence({ ...f, national: null, vsNational: null }, ctx, out.length === 0, after);
    // The group on riket's side is "även" so: "Svarstiden på e-post är längre än snittet i kommungruppen" alone read as
    // a loose sentence after the lead's riket (read IC: Bjuv).
    const same = f.vsGroup !== null && f.vsNational !== null && comparePolarity(f.vsGroup) !== 0 && comparePolarity(f.vsGroup) === comparePolarity(f.vsNational);
    if (cmp) out.push(same ? { ...cmp, text: alsoThanGroup(cmp.text) } : cmp);
  }
  if (later) out.push(later, ...(streak ? [streak] : []));
  const place = p.facts.find((x) => PLACE_FACTS.includes(x.kind));
  if (place && !lead.has(place.kind)) {
    out.push({ text: say(placeSlot("rank", place.kind, f), rankTokens(f, a.participants, place.kind)), claims: [`${f.indicator.id}.rank`] });
  }
  // First or last in the country is first or last in the group too; a place among the ten best or weakest is not
  // (a read missed Haninge's last of 40 in its group beside its third-last place in the country).
  // (Named after a comparison with the group's average too: "… bättre än både rikssnittet och snittet för likvärdiga
  // kommuner (84 procent). Bland kommunerna i kommungruppen är Jokkmokk bäst." did not say on what, read DJ.)
  const before = out[out.length - 1];
  const afterAverage = before?.claims.includes(`${f.indicator.id}.vsGroup`) === true && !before.text.includes(headlineName(f.indicator));
  const inGroup = groupPlaceOf(p) && !ctx.leadClaims?.has(`${f.indicator.id}.groupRank`) ? groupPlaceSentence(f, ctx, out.length === 0 || afterAverage) : undefined;
  if (inGroup) out.push(inGroup);
  return out;
}

/**
 * A group place worth a sentence: first or last in the group, unless first or
 * last in the country, which says it (a place among the ten best or weakest
 * does not: a read missed Haninge's last of 40 beside its third-last place).
 */
function groupPlaceOf(p: PlannedFinding): boolean {
  return !p.facts.some((x) => ["first", "shared-first", "last"].includes(x.kind)) && p.finding.rank?.group !== undefined;
}

/** +1 when the group's last sentence is a first place in the kommungrupp, −1 a last place, else 0. */
function groupSide(group: readonly Sentence[] | undefined, ctx: StoryContext): number {
  const id = group?.[group.length - 1]?.claims.find((c) => c.endsWith(".groupRank"))?.split(".")[0];
  const f = ctx.analysis.findings.find((x) => x.indicator.id === id);
  const end = f ? groupEnd(f) : undefined;
  return end === "first" ? 1 : end === "last" ? -1 : 0;
}

/**
 * First or last among the municipality's group ("Bland de 19 kommunerna i
 * kommungruppen som mättes 2019 är Härjedalen bäst"): a reader of the group
 * comparison asks it (Härjedalen, Borås). `first`: the sentence names its measure.
 */
function groupPlaceSentence(f: IndicatorFinding, ctx: StoryContext, first: boolean): Sentence | undefined {
  const g = f.rank?.group;
  const end = groupEnd(f);
  if (!g || end === undefined) return undefined;
  const tokens = { antal: groupCount(g, ctx), delar: sharedPhrase(g), mått: headlineName(f.indicator) };
  // First of its measure in the body (the rest was in the lead), it names the measure: after another measure's
  // sentences "Det är bäst i gruppen" would read as that measure's place.
  // The same place a second time is "även här": "Ale har bäst resultat av de 40 kommunerna …" and "Av de 40
  // kommunerna … ligger Ale först" three sentences apart read as a template (a read).
  const again = ctx.mentions.again(`group:${end}:${g.of}`) && !g.tied ? ".again" : "";
  const slot = `rank.group.${end}${g.tied ? ".shared" : ""}${first ? ".named" : ""}${again}`;
  return { text: ctx.say(slot, tokens), claims: [`${f.indicator.id}.groupRank`] };
}

/** "de 19 kommunerna i kommungruppen som deltog 2019" the first time, "kommunerna i kommungruppen" after. */
function groupCount(g: GroupPlace, ctx: StoryContext, yearSaid = false): string {
  // Told once: a second place in the group names the group alone ("Av kommunerna i kommungruppen ligger …"):
  // "de 19 kommunerna i kommungruppen som deltog 2019" twice in a lead read as a template.
  const counted = ctx.mentions.again(`group-count:${g.of}`);
  return counted ? "kommunerna i kommungruppen" : groupCounted(g, yearSaid ? undefined : ctx.analysis.year);
}

/** "de 19 kommunerna i kommungruppen"; with who was ranked: "… som deltog 2019" (the year when `year` is given). */
function groupCounted(g: GroupPlace, year?: number): string {
  // Only the members with a result are ranked: said so when the group has more (Mariestad: 24 of 27).
  // "som deltog 2019", not "som mättes 2019", which read as awkward (a read). Without the year in a sentence that
  // gave it with the value: "93 procent 2019 … som deltog 2019" read as clumsy (Älvdalen, Jönköping: sweep 4).
  const when = year === undefined ? "" : ` ${formatYear(year)}`;
  // "med resultat för 2019" read as every member with a result that year (read R: Vara, 46 of 47 had bemötande).
  const who = g.members === undefined ? "" : g.measured ? ` som deltog${when}` : ` med resultat för måttet${when}`;
  return `${groupSize(g)}${who}`;
}

/** "de 19 kommunerna i kommungruppen". */
function groupSize(g: GroupPlace): string {
  return `de ${countPhrase(g.of, "kommun", "kommunerna")} i kommungruppen`;
}

/**
 * The lead gave the measure's side of riket without riket's figure ("…, men är fortfarande klart sämre än
 * rikssnittet", "om än i nivå med rikssnittet"): the body does not say riket's verdict again. "För bemötandet i telefon
 * är Värmdö i nivå med både riket som helhet och kommungruppen (84 och 83 procent)" after the lead's "i nivå med
 * rikssnittet" was the lead a second time (106 releases of the example batch; every blind read, FX to GG). The
 * group's side alone ("… klart sämre än likvärdiga kommuner (59 procent)") and riket's figure with it ("…, och
 * rikssnittet är 84 procent") read as loose sentences with no value of their own (read GG: Borlänge, Ängelholm).
 */
function verdictInLead(f: IndicatorFinding, ctx: StoryContext): boolean {
  const c = ctx.leadClaims;
  const id = f.indicator.id;
  return c !== undefined && f.national !== null && c.has(`${id}.vsNational`) && !c.has(`${id}.national`) && !c.has(`${id}.group`);
}

/**
 * Two verdicts joined by "men", not "och": opposite ones, or a worse one beside a level one. "i nivå med riket men lite
 * bättre än gruppen" is no contrast (a read); "på samma nivå som riket och något sämre än gruppen" left the reader
 * wondering how 1 point turned the verdict (Borlänge, read AB).
 */
function turnsAgainst(a: CompareClass, b: CompareClass): boolean {
  const [pa, pb] = [comparePolarity(a), comparePolarity(b)];
  return pa !== pb && (pa < 0 || pb < 0);
}

/** The group's average is on the other side of the value from riket's: "i nivå med riket men något sämre än gruppen". */
function groupOtherSide(f: IndicatorFinding): boolean {
  return f.vsGroup !== null && f.vsNational !== null && comparePolarity(f.vsGroup) !== comparePolarity(f.vsNational);
}

/**
 * The group on riket's side, farther from the value or clearly apart from it, is news of its own after the lead's
 * verdict on riket: Sollefteå's e-mail answers, 73 procent against the lead's "klart sämre än rikssnittet", were 13
 * points behind their group too, and their section never said so (read IC: Sollefteå, Bjuv).
 */
function groupAlsoNews(f: IndicatorFinding): boolean {
  if (f.vsGroup === null || f.vsNational === null || comparePolarity(f.vsGroup) === 0 || comparePolarity(f.vsGroup) !== comparePolarity(f.vsNational)) return false;
  // (Also the bad side when the group is farther behind than riket: Torsby's 78 procent against riket's 84 and its
  // group's 86 left the group out where it was negative, read II; Karlshamn, Skellefteå.)
  const farther = f.group !== null && f.national !== null && Math.abs(f.value - f.group) > Math.abs(f.value - f.national);
  return f.vsGroup === "much-better" || f.vsGroup === "much-worse" || (comparePolarity(f.vsGroup) < 0 && farther);
}

/**
 * The group's verdict said as "also" the lead's on riket, the group in one word: "… är klart sämre även än
 * kommungruppen (86 procent)".
 */
function alsoThanGroup(text: string): string {
  return text.replace(/(?<!\p{L})(bättre|sämre|längre|kortare) än (?!även)(?:(?:snittet|genomsnittet) för likvärdiga kommuner|likvärdiga kommuner)/u, "$1 även än kommungruppen").replace(/(?<!\p{L})(bättre|sämre|längre|kortare) än (?!även)/u, "$1 även än ");
}

/**
 * "Direktsvaren i telefon är i nivå med riket men något sämre än likvärdiga kommuner (56 procent).": riket's side in
 * words, as the turn's first half, and the group's with its figure. The group's side alone ("Direktsvaren i telefon är
 * något sämre än likvärdiga kommuner (56 procent).") read as loose after the lead's "i nivå med rikssnittet" (read GG:
 * Borlänge, Kumla).
 */
function groupTurnSentence(f: IndicatorFinding, ctx: StoryContext, named: boolean, afterTime: boolean): Sentence {
  const id = f.indicator.id;
  const time = isTime(f.indicator.unit);
  const slot = time ? "compare.time-clause" : "compare.clause";
  const [national, group, vsNational, vsGroup] = [f.national ?? 0, f.group ?? 0, f.vsNational ?? "level", f.vsGroup ?? "level"];
  // With riket's figure: the lead gave its verdict alone, and Munkfors' "längre än snittet i riket men i nivå med …
  // (7,2 timmar)" left the 6 timmar unsaid in the whole release (read GS).
  const riket = ctx.say(refSlot(f, "national"), { värde: formatValue(national, f.indicator.unit, "text") });
  const c1 = clauseFor(f, ctx, vsNational, riket, national, slot);
  const c2 = gradeDegree(clauseFor(f, ctx, vsGroup, ctx.say(refSlot(f, "group"), { värde: formatValue(group, f.indicator.unit, "text") }), group, slot), Math.abs(f.value - group), f.compareThresholds.strong);
  // As compareSentence words it: a time names itself or is "Den"; after a sentence about the years "Årets resultat".
  const opposed = turnsAgainst(vsNational, vsGroup);
  const jämförelse = `${c1} ${opposed ? "men" : "och"} ${c2}`;
  const text = time
    ? ctx.say(named || afterTime ? "compare.time-subject" : "compare.time-pronoun", { jämförelse }, f)
    : named
      ? ctx.say("compare.subject", { jämförelse }, f)
      : afterTime
        ? ctx.say(`compare.after-time${recordTurn(f, ctx, false)}`, { jämförelse }, f)
        : ctx.say(`compare.pair.${opposed ? "contrast" : "agree"}`, { jämförelse1: c1, jämförelse2: c2 }, f);
  return { text, claims: [`${id}.national`, `${id}.vsNational`, `${id}.group`, `${id}.vsGroup`] };
}

/**
 * The group is on riket's side and no farther: after the lead's "…, men fortsatt sämre än rikssnittet (60 procent)",
 * "Tillgängligheten i telefon är sämre än kommungruppen (63 procent)" read as the lead a second time, a loose sentence
 * (reads FX–GG). A group farther away is news (Malmö's 11,6 timmar against the large cities' 4,9 and riket's 6).
 */
function groupNoNews(f: IndicatorFinding): boolean {
  if (f.vsGroup === null || f.vsNational === null || f.group === null || f.national === null) return false;
  // ("No farther": by less than a difference that counts, `same`; Södertälje's 85 procent against 84 and 87 is level
  // with both.)
  // (A time farther from its group by any margin is: "mer än dubbelt så lång som snittet i kommungruppen" after the
  // lead's "nästan dubbelt så lång som rikssnittet", Eslöv.)
  const farther = Math.abs(f.value - f.group) - Math.abs(f.value - f.national);
  return comparePolarity(f.vsGroup) === comparePolarity(f.vsNational) && (isTime(f.indicator.unit) ? farther <= 0 : farther < f.compareThresholds.same);
}

/** The lead compared the measure with riket but not with its group, which has an average. */
function groupUnsaid(f: IndicatorFinding, ctx: StoryContext): boolean {
  const c = ctx.leadClaims;
  const id = f.indicator.id;
  return c !== undefined && f.group !== null && f.vsGroup !== null && c.has(`${id}.national`) && !c.has(`${id}.group`);
}

/**
 * The lead compared the measure with riket and the group already, by another
 * fact's sentence (a record's "ungefär två och en halv gånger så lång som
 * snittet i riket"): the body said it again word for word (Färgelanda).
 */
function comparedInLead(f: IndicatorFinding, ctx: StoryContext): boolean {
  const id = f.indicator.id;
  const c = ctx.leadClaims;
  return c !== undefined && c.has(`${id}.national`) && (f.group === null || c.has(`${id}.group`));
}

/**
 * The group's comparison after a crossing ("…; 2018 låg kommunen efter."): a
 * "Det är …" there points at last year (Hylte, a read), so it names this
 * year's result, "också" when the group is on riket's side.
 */
function afterCrossing(text: string, same: boolean): string {
  const also = same ? " också" : "";
  // "Årets resultat": a "Resultatet för svarstiden …" after "Resultatet är också …" read as a template (sweep 4).
  return text.replace(/^Det är ett (bättre|sämre) resultat än /, `Årets resultat är${also} $1 än `).replace(/^Det (är|ligger) /, `Årets resultat $1${also} `);
}

/** "tillgängligheten och direktsvaren i telefon": a channel all the names end in is said once, at the end. */
export function joinOnce(names: readonly string[]): string {
  // Measures that share a tail are joined under it, in the order the first of each appears: "bemötandet och
  // tillgängligheten i telefon samt e-postsvaren inom en arbetsdag" ("i telefon" twice in one list: read EC).
  const groups: { tail: string; heads: string[] }[] = [];
  for (const n of names) {
    const tail = / (?:i|på|via) [^ ]+$/.exec(n)?.[0] ?? "";
    const group = tail === "" ? undefined : groups.find((g) => g.tail === tail);
    if (group) group.heads.push(n.slice(0, -tail.length));
    else groups.push({ tail, heads: [tail === "" ? n : n.slice(0, -tail.length)] });
  }
  // A shared tail's group comes first: "e-postsvaren inom en arbetsdag samt direktsvaren och tillgängligheten i
  // telefon" read as hard to follow (read ER: Lessebo).
  const ordered = [...groups.filter((g) => g.heads.length > 1), ...groups.filter((g) => g.heads.length <= 1)];
  return joinList(ordered.map((g) => `${joinList(g.heads)}${g.tail}`));
}

/** The number of the lead's told sentences before its first measure that turns against the first news. */
function turnAt(groups: readonly Sentence[][], items: readonly LeadItem[]): number {
  const first = items[0];
  const base = first?.fact.polarity ?? 0;
  const turn = items.findIndex((i) => base !== 0 && i.finding !== first?.finding && i.fact.polarity === -base);
  return (turn < 0 ? groups : groups.slice(0, turn)).reduce((n, g) => n + g.length, 0);
}

/**
 * The strong changes the lead had no room for ("Även tillgängligheten och
 * direktsvaren i telefon försämrades kraftigt"): [those the lead's way, those that turn ("Däremot …")].
 */
function alsoSentences(ctx: StoryContext): [Sentence[], Sentence[]] {
  // "Även" only after a change the same way in the lead; else the lead turns ("Däremot försämrades …"):
  // "Kraftiga förbättringar syns även för …" after a run of declines read as illogical (a read). The ones
  // that go on the lead's way come first, the turn last.
  const alike = (cls: string): boolean => movedAlike(ctx.plan.lead.map((i) => i.finding), cls === "strongly-improved" ? 1 : -1);
  const say = (cls: "strongly-improved" | "strongly-declined"): Sentence[] => {
    const fs = ctx.plan.leadAlso.filter((f) => f.changeClass === cls);
    if (fs.length === 0) return [];
    const mått = joinOnce(fs.map((f) => headlineName(f.indicator)));
    // One measure whose change is a multiple gives its figures: "Också svarstiden på e-post blev klart bättre" hid a
    // fall from 13,1 to 1,8 timmar, the country's second largest (Tomelilla: sweep 8 scored it 3).
    const [one] = fs;
    const rel = one && fs.length === 1 && one.previous !== null ? relativeChange(one.value, one.previous, one.indicator.unit) : undefined;
    if (one && one.previous !== null && alike(cls) && rel && isLargeRatio(rel.ratio)) {
      const u = one.indicator.unit;
      const values = { mått, föregående: valueAt(one.previous, u, ctx.analysis.previousYear, false), värde: valueAt(one.value, u, ctx.analysis.year, false) };
      return [{ text: ctx.say(`lead.also.${cls}.valued`, values), claims: changeClaims(one) }];
    }
    return [{ text: ctx.say(`lead.also.${cls}${alike(cls) ? "" : ".turn"}`, { mått }), claims: fs.flatMap((f) => [`${f.indicator.id}.changeClass`]) }];
  };
  const classes = ["strongly-improved", "strongly-declined"] as const;
  return [classes.filter(alike).flatMap(say), classes.filter((c) => !alike(c)).flatMap(say)];
}

/** +1 when a sentence's changes are improvements, −1 declines, 0 when it tells none. */
function changePolarity(s: Sentence, ctx: StoryContext): -1 | 0 | 1 {
  const id = s.claims.find((c) => c.endsWith(".changeClass"))?.split(".")[0];
  const c = ctx.analysis.findings.find((f) => f.indicator.id === id)?.changeClass ?? null;
  return classPolarity(c);
}

/** No measure has an earlier year in the data: the lead says why nothing is compared with last year. */
function noHistory(ctx: StoryContext): Sentence[] {
  const ranked = ctx.plan.ranked;
  if (ranked.length === 0 || ranked.some((r) => r.finding.previous !== null || (r.time?.series.years ?? 1) > 1)) return [];
  const claims = ranked.map((r) => `${r.finding.indicator.id}.previous`);
  // New in the survey when the data holds earlier years for others: said as the news it is (Gnosjö, Orsa: sweep 4).
  const start = ranked.map((r) => r.time?.surveyStart).find((y) => y !== null && y !== undefined);
  const year = ctx.analysis.year;
  if (start !== undefined && start < year - 1) return [{ text: ctx.say("lead.no-history.new", { start: formatYear(start), fjol: formatYear(year - 1) }), claims: [...claims, "survey.year"] }];
  return [{ text: ctx.say("lead.no-history", {}), claims }];
}

/** True when the lead has a sentence that counts or names the records (more than MAX_RECORD_SENTENCES of a kind). */
function countedRecords(ctx: StoryContext, only?: "best" | "worst"): boolean {
  const kinds = only ? [only] : (["best", "worst"] as const);
  return kinds.some((kind) => recordsCounted(ctx.plan.ranked, kind));
}

/**
 * The findings whose records the count identifies, so that the body does not
 * tell them again one by one: three named, every measure, or all but one
 * named ("på alla mått utom tillgängligheten i telefon").
 */
function namedRecords(ctx: StoryContext): IndicatorFinding[] {
  const ranked = ctx.plan.ranked;
  return (["best", "worst"] as const).flatMap((kind) => {
    const fs = ranked.filter((r) => r.time?.series.record?.kind === kind).map((r) => r.finding);
    const clear = clearNamed(ctx, kind);
    if (clear) return clear;
    return fs.length > MAX_RECORD_SENTENCES && (fs.length <= 3 || fs.length >= ranked.length - 1) ? fs : [];
  });
}

/**
 * Under a headline that is not the count, a named count of best records
 * leaves out the ones by a hair when two clear ones remain: "… och med knapp
 * marginal även för svarstiden på e-post" put a 0,1-hour best on a measure
 * near the country's bottom into the lead (Staffanstorp, Mölndal, Burlöv,
 * four reads). The body tells them, with their margin.
 */
function clearNamed(ctx: StoryContext, kind: "best" | "worst"): IndicatorFinding[] | undefined {
  const named = ctx.plan.angle.kind === "records" || kind !== "best" ? undefined : listedRecords(ctx, kind);
  // Counted, the clear ones named: "bästa hittills" for two of Bengtsfors' three records read as all there were (read
  // BU scored it 3). Every narrow best, since reads FQ and FR: "och med knapp marginal gäller det också svarstiden på
  // e-post" in the lead spent its words on 0,9 timmar (Vänersborg, Orust, Stockholm; a read scored Vänersborg 3).
  // (Not one the lead tells by its place ahead of riket: its figure is only there, and so is its record, Orust's 1,3
  // timmar. Behind riket it was left out before, Burlöv's 12,8 timmar, and its section tells it with its change.)
  const split = named ? narrowSplit(ctx, named) : undefined;
  const inLead = (f: IndicatorFinding): boolean => ctx.plan.lead.some((i) => i.finding === f);
  const behind = (f: IndicatorFinding): boolean => f.vsNational !== null && comparePolarity(f.vsNational) < 0;
  return split && ((split[0].length >= 2 && split[1].every(behind)) || !split[1].some(inLead)) ? split[0] : undefined;
}

/**
 * Records on three measures or more: counted in one sentence ("sitt bästa
 * resultat hittills på fyra av fem mått"), or named when three or fewer. The
 * count includes records by a hair: "på alla mått utom" one that is a record
 * by a point would be false (Kungälv).
 */
function recordCount(ctx: StoryContext, only?: "worst"): Sentence[] {
  return (only ? [only] : (["best", "worst"] as const)).flatMap((kind) => {
    const count = countSentence(ctx, kind);
    return count ? [count] : [];
  });
}

/**
 * The best records by a hair that a count of records takes in: their margin is told in the body beside their
 * figures ("Det är strax över det tidigare bästa (59 procent 2017)"), not in the count. Earlier reads found "bästa
 * hittills på alla mått utom …" an overclaim where two beat the old best by a point (Munkedal, Jokkmokk, Tyresö);
 * in the count's own sentence, "…, men för direktsvaren i telefon är marginalen knapp", the hedge told readers the
 * news was weaker before they knew it (two reads of 2026-12-02: Tyresö, Lysekil, Nacka, Katrineholm, Perstorp).
 */
function countedNarrow(ctx: StoryContext): IndicatorFinding[] {
  return countedRecords(ctx, "best") ? narrowFindings(ctx, "best") : [];
}

/**
 * A record by less than `same`: its fact says so, or the plan has no record fact for a record in the series (a
 * best by a hair over last year's, which the plan does not tell: timeFacts). Counted, always as narrow.
 */
function narrowRecord(r: PlannedFinding): boolean {
  // A record reached by a strong change is not said "med knapp marginal": after "lyfte markant" it read as a
  // contradiction (Aneby, Jokkmokk: sweep 5 scored both 3).
  if (r.facts.some((x) => x.kind === "strong-change")) return false;
  const fact = r.facts.find((x) => x.kind === "record");
  return fact ? fact.narrow === true : r.time?.series.record != null;
}

/** The best records by less than `same` that a count leaves unqualified (none when the count names them). */
function narrowFindings(ctx: StoryContext, kind: "best" | "worst"): IndicatorFinding[] {
  if (kind !== "best") return [];
  const named = listedRecords(ctx, kind);
  if (named && narrowSplit(ctx, named)) return [];
  if (clearNamed(ctx, kind)) return [];
  return ctx.plan.ranked.filter((r) => r.time?.series.record?.kind === kind && narrowRecord(r)).map((r) => r.finding);
}

/**
 * The records a count names one by one (three at most, fewer than all), the
 * strong changes of the lead's "Även …" last: "De två sistnämnda förbättrades
 * dessutom kraftigt" can then follow without naming them twice (Mörbylånga).
 */
function listedRecords(ctx: StoryContext, kind: "best" | "worst"): IndicatorFinding[] | undefined {
  const ranked = ctx.plan.ranked;
  const ids = ranked.filter((r) => r.time?.series.record?.kind === kind);
  if (ids.length <= MAX_RECORD_SENTENCES || ids.length > 3 || ids.length >= ranked.length) return undefined;
  const also = (f: IndicatorFinding): number => Number(ctx.plan.leadAlso.includes(f));
  return ids.map((r) => r.finding).sort((a, b) => also(a) - also(b));
}

/**
 * Named best records, some clear and some by less than `same`: the narrow ones
 * are named last in the same sentence, "och med knapp marginal även för …"; a
 * separate sentence taking them back read as a correction (Partille, Torsby).
 */
function narrowSplit(ctx: StoryContext, named: readonly IndicatorFinding[]): [IndicatorFinding[], IndicatorFinding[]] | undefined {
  const narrow = (f: IndicatorFinding): boolean => ctx.plan.ranked.some((r) => r.finding === f && r.time?.series.record?.kind === "best" && narrowRecord(r));
  const clear = named.filter((f) => !narrow(f));
  const thin = named.filter(narrow);
  return clear.length > 0 && thin.length > 0 ? [clear, thin] : undefined;
}

/**
 * Four best records under a headline that is not the count, two of them clear and two by a hair past the old best in
 * a year of no real change: [clear, hairs]. The count names the clear ones and leaves the hairs to their sections,
 * which tell them after the year that did not move. "Utom för bemötandet i telefon är resultaten de bästa hittills"
 * hid that two of Jokkmokk's four were by 1 procentenhet and 0,1 timmar (read AJ scored it 3), and listed "och med
 * knapp marginal gäller det också …" they filled its lead while its lowest manner yet stood in the body (reads FM
 * and FP scored it 3).
 */
function hairSplit(ctx: StoryContext, kind: "best" | "worst"): [IndicatorFinding[], IndicatorFinding[]] | undefined {
  if (kind !== "best" || ctx.plan.angle.kind === "records") return undefined;
  const records = ctx.plan.ranked.filter((r) => r.time?.series.record?.kind === kind);
  const hair = (r: PlannedFinding): boolean => narrowRecord(r) && r.facts.some((x) => x.kind === "record" && x.hair === true);
  const clear = records.filter((r) => !narrowRecord(r)).map((r) => r.finding);
  const thin = records.filter(hair).map((r) => r.finding);
  return records.length === 4 && clear.length >= 2 && thin.length >= 2 && clear.length + thin.length === records.length ? [clear, thin] : undefined;
}

/**
 * A count of lows that includes measures still among the country's ten best says so: "Ljusdal har sitt sämsta
 * resultat hittills på alla mått utom direktsvaren i telefon" painted a collapse over tillgängligheten ninth and
 * bemötandet eighth in the country (reads EG, EJ and EM scored it 3).
 */
function withTopPlaces(s: Sentence | undefined, ctx: StoryContext, kind: "best" | "worst"): Sentence | undefined {
  if (!s || kind !== "worst") return s;
  const tops = ctx.plan.ranked.filter((r) => r.time?.series.record?.kind === "worst" && r.facts.some((x) => (x.kind === "top-ten" || x.kind === "first" || x.kind === "shared-first") && x.polarity > 0)).map((r) => r.finding);
  if (tops.length === 0) return s;
  // Each place said as it is ("nionde respektive delad åttonde plats"), never "bland de tio bästa". ("nionde och delad
  // åttonde" did not say which was whose: read JA.)
  const places = tops.map((f) => `${f.rank?.tied ? "delad " : ""}${ordinalWord(f.rank?.position ?? 0) ?? ordinal(f.rank?.position ?? 0)}`);
  const plats = places.length < 2 ? joinList(places) : `${places.slice(0, -1).join(", ")} respektive ${places[places.length - 1] ?? ""}`;
  const clause = ctx.say("summary.records.worst.top", { mått: joinOnce(tops.map((f) => headlineName(f.indicator))), plats });
  return { text: `${s.text.replace(/\.$/, "")}, ${clause}.`, claims: [...s.claims, ...tops.map((f) => `${f.indicator.id}.rank`)] };
}

function countSentence(ctx: StoryContext, kind: "best" | "worst"): Sentence | undefined {
  return withTopPlaces(countOnly(ctx, kind), ctx, kind);
}

function countOnly(ctx: StoryContext, kind: "best" | "worst"): Sentence | undefined {
  const ranked = ctx.plan.ranked;
  const ids = ranked.filter((r) => r.time?.series.record?.kind === kind).map((r) => r.finding.indicator.id);
  if (ids.length <= MAX_RECORD_SENTENCES) return undefined;
  const claims = ids.map((id) => `${id}.record`);
  // Three are named ("för direktsvaren och tillgängligheten i telefon och …"); more are counted.
  const named = listedRecords(ctx, kind);
  const split = named ? narrowSplit(ctx, named) : undefined;
  const clearOnly = clearNamed(ctx, kind);
  // All are counted: the clear ones alone read as all there were (Tingsryd, Eksjö, Kalix; reads AS and AT).
  // (Its claims are the clear ones: the body tells the narrow ones with their margin.)
  // Every one named, the clear ones first: "bland dem …" with two of three read as hiding the third (reads HI, HL and
  // AB16: Gävle, Stockholm); the narrow one's margin is its section's (reads FQ and FR: "och med knapp marginal …").
  // So are four bests, two of them by a hair (hairSplit): the clear two alone read as all there were (read HO:
  // Ljungby), and "på alla mått utom …" hid the hairs (read AJ: Jokkmokk), whose margins their sections tell.
  const hairs = hairSplit(ctx, kind);
  const [clear, others] = clearOnly ? [clearOnly, (named ?? []).filter((f) => !clearOnly.includes(f))] : hairs ?? [[], []];
  if (clear.length > 0) return { text: ctx.say("summary.records-named.best.clearest", { mått: joinOnce([...clear, ...others].map((f) => headlineName(f.indicator))), antal: measureCount(ids.length) }), claims: clear.map((f) => `${f.indicator.id}.record`) };
  const listed = (fs: readonly IndicatorFinding[], said: readonly string[]): Sentence => ({ text: ctx.say(`summary.records-named.${kind}`, { mått: joinOnce(fs.map((f) => headlineName(f.indicator))) }), claims: [...said] });
  if (split) {
    const [clear, narrow] = split.map((fs) => joinOnce(fs.map((f) => headlineName(f.indicator))));
    return { text: ctx.say(`summary.records-named.${kind}.narrow`, { mått: clear ?? "", knappt: narrow ?? "" }), claims };
  }
  // Right after the headline's own measure, first of the names, the count says "Det är … bästa resultat hittills, liksom
  // för …": "Umeå når sin bästa nivå hittills för e-postsvaren …, tillgängligheten … och …" named again the measure
  // the headline and the sentence before had just told (read AV).
  const first = ctx.plan.lead[0]?.finding;
  // Not where "Det är" would point elsewhere: after the measure's gap ("Resultatet är sämre än både riket … Det är det
  // bästa resultatet hittills" read the comparison as the record), nor beside a worst yet in the lead, which opens
  // "Det är det sämsta resultatet …" too (Ludvika).
  const elsewhere = (first !== undefined && first.vsNational !== null && comparePolarity(first.vsNational) < 0) || ctx.plan.lead.some((i) => i.fact.kind === "record" && i.fact.polarity < 0);
  if (named && kind === "best" && (ctx.plan.angle.kind === "time" || ctx.plan.angle.kind === "records") && named[0] === first && named.length > 1 && !elsewhere) {
    return { text: ctx.say("summary.records-named.best.first", { mått: joinOnce(named.slice(1).map((f) => headlineName(f.indicator))) }), claims };
  }
  if (named) return listed(named, claims);
  const rest = ranked.filter((r) => r.time?.series.record?.kind !== kind);
  const [but] = rest;
  if (rest.length === 1 && but) return { text: ctx.say(`summary.records.${kind}-but`, { mått: headlineName(but.finding.indicator) }), claims };
  const values = { antal: measureCount(ids.length), totalt: measureCount(ranked.length) };
  const slot = `summary.records.${kind}${ids.length === ranked.length ? "-all" : ""}`;
  return { text: ctx.say(slot, values), claims };
}

function summarySentence(ctx: StoryContext): Sentence | undefined {
  const s = ctx.plan.summary;
  if (!s) return undefined;
  const level = s.total - s.better - s.worse;
  const kind = s.better === s.total ? "all-better" : s.worse === s.total ? "all-worse" : level === s.total ? "all-level"
    : level > s.better + s.worse ? `mostly-level.${s.better > 0 && s.worse > 0 ? "both" : s.worse > 0 ? "worse" : "better"}`
    : s.better > 0 && s.worse > 0 ? (level > 0 ? "both.level" : "both") : s.better > 0 ? "more-better" : "more-worse";
  // One claim for the count (plan.summary in claims.json): it speaks of every channel.
  const claims = ["summary.vsNational"];
  // Level on all but one: that one is named (a read: Kumla's "på ett bättre" left its best measure, 12 points
  // over riket, unsaid in lead and count alike).
  const one = kind === "mostly-level.better" || kind === "mostly-level.worse" ? loneSide(ctx) : undefined;
  if (one) return { text: ctx.say(`summary.${kind}.one`, { nivå: measureCount(level), antal: measureCount(s.total), mått: headlineName(one.indicator) }), claims: [...claims, `${one.indicator.id}.vsNational`] };
  const counts = { bättre: measureCount(s.better), sämre: measureCount(s.worse), nivå: measureCount(level), antal: measureCount(s.total) };
  if (kind === "both.level" || kind === "mostly-level.both") return threeSides(ctx, counts, claims) ?? { text: ctx.say(`summary.${kind}`, counts), claims };
  // Better on all but one, or worse on all but one: that one is named. "Nybro är bättre än rikssnittet på fyra av fem
  // mått och sämre på ett" left its response time, half as long again as riket's, unnamed (read DG: Nybro, Vaxholm).
  const lone = kind === "both" && s.total >= 3 && (s.worse === 1 || s.better === 1) && s.worse !== s.better ? oneSide(ctx, s.worse === 1 ? -1 : 1) : undefined;
  if (lone) return { text: ctx.say(`summary.both.one-${s.worse === 1 ? "worse" : "better"}`, { ...counts, mått: headlineName(lone.indicator) }), claims: [...claims, `${lone.indicator.id}.vsNational`] };
  // Two on the smaller side are named too: "sämre på två" left the reader asking which two (read EB: Perstorp's
  // tillgängligheten, far behind riket, and Herrljunga's bemötandet, at its lowest yet).
  const two = kind === "both" && Math.min(s.worse, s.better) === 2 && s.worse !== s.better ? sideOfRiket(ctx, s.worse === 2 ? -1 : 1) : [];
  if (two.length === 2) {
    const text = ctx.say(`summary.both.two-${s.worse === 2 ? "worse" : "better"}`, { ...counts, mått: joinOnce(two.map((f) => headlineName(f.indicator))) });
    return { text, claims: [...claims, ...two.map((f) => `${f.indicator.id}.vsNational`)] };
  }
  return { text: ctx.say(`summary.${kind}`, counts), claims };
}

/** The one finding on side `p` of riket (+1 better, −1 worse), when exactly one is. */
function oneSide(ctx: StoryContext, p: -1 | 1): IndicatorFinding | undefined {
  const side = sideOfRiket(ctx, p);
  return side.length === 1 ? side[0] : undefined;
}

/** The findings on side `p` of riket: +1 better, −1 worse, 0 level. */
function sideOfRiket(ctx: StoryContext, p: -1 | 0 | 1): IndicatorFinding[] {
  return ctx.analysis.findings.filter((f) => f.vsNational !== null && comparePolarity(f.vsNational) === p);
}

/**
 * Better, worse and level all at once: a side of one measure is named instead of counted. "Bättre än rikssnittet på
 * två av fem mått, sämre på två och i nivå med det på ett" was three figures in a sentence, in nine of fourteen
 * releases of a read (read S). The worse one is named first, then the better one, then the level one.
 */
function threeSides(ctx: StoryContext, counts: Record<string, string>, claims: readonly string[]): Sentence | undefined {
  const [better, worse, level] = [sideOfRiket(ctx, 1), sideOfRiket(ctx, -1), sideOfRiket(ctx, 0)];
  const named = (fs: readonly IndicatorFinding[]): string[] => fs.map((f) => `${f.indicator.id}.vsNational`);
  if (better.length === 1 && worse.length === 1 && level.length > 1) {
    const values = { ...counts, bättremått: headlineName(better[0]!.indicator), sämremått: headlineName(worse[0]!.indicator) };
    return { text: ctx.say("summary.three.both-one", values), claims: [...claims, ...named([...better, ...worse])] };
  }
  // Two worse and one level: the two worse are named, not the level one. Lidingö's e-mail answers within a day, 18
  // points behind riket, were counted but named only at the end of their section (read CG scored it 3).
  if (worse.length === 2 && level.length === 1) {
    const mått = joinOnce(worse.map((f) => headlineName(f.indicator)));
    return { text: farBehind(ctx.say("summary.three.worse-two", { ...counts, mått, Mått: capitalize(mått) }), worse), claims: [...claims, ...named(worse)] };
  }
  // Two worse and one better: the worse are named with the better one. "Bara för tillgängligheten i telefon är
  // resultatet bättre än rikets" left Sigtuna's response time, twice riket's, to the end of the release (read DA).
  if (worse.length === 2 && better.length === 1 && level.length > 0) {
    const mått = joinOnce(worse.map((f) => headlineName(f.indicator)));
    const values = { ...counts, mått, Mått: capitalize(mått), bättremått: headlineName(better[0]!.indicator) };
    return { text: farBehind(ctx.say("summary.three.worse-two-better-one", values), worse), claims: [...claims, ...named([...worse, ...better])] };
  }
  const [kind, lone] = worse.length === 1 ? ["worse", worse] : better.length === 1 ? ["better", better] : level.length === 1 ? ["level", level] : [undefined, []];
  if (!kind || !lone[0]) return undefined;
  const mått = headlineName(lone[0].indicator);
  return { text: ctx.say(`summary.three.${kind}-one`, { ...counts, mått, Mått: capitalize(mått) }), claims: [...claims, ...named(lone)] };
}

/**
 * The two measures named as worse than riket, both at least `strong` behind it, are "klart" (or "långt") so: Skurup's
 * tillgänglighet and direct answers, 12 and 10 points behind, read as merely "sämre" (read FY). The first
 * "är/ligger sämre/efter" of the sentence is theirs in every variant of the slots that name them.
 */
function farBehind(text: string, worse: readonly IndicatorFinding[]): string {
  if (!worse.every((f) => f.vsNational === "much-worse")) return text;
  // "långt" when both are twice `strong` behind, as gradeDegree words a gap.
  const bands = worse.map((f) => (f.national === null ? 0 : degreeBand(Math.abs(f.value - f.national), f.compareThresholds.strong)));
  const band = Math.min(...bands);
  // Not when the measures' own sentences grade them apart: "klart sämre … för tillgängligheten och direktsvaren", then
  // "långt sämre" for one of them in the lead or its section, read as one gap given two words (reads GZ and HA:
  // Strängnäs, Lidingö). Each keeps its own word where it is told.
  if (Math.max(...bands) !== band) return text;
  return text.replace(/(?<!\p{L})(är|ligger)( resultatet)? (sämre|efter)(?!\p{L})/u, `$1$2 ${band === 3 ? "långt" : "klart"} $3`);
}

/** The one measure not level with riket, when exactly one is not. */
function loneSide(ctx: StoryContext): IndicatorFinding | undefined {
  const apart = ctx.analysis.findings.filter((f) => f.vsNational !== null && f.vsNational !== "level");
  return apart.length === 1 ? apart[0] : undefined;
}

/**
 * A change that is the largest in the country is said right after the first sentence that tells it, in the
 * lead or else in the body: "Ingen annan kommun i landet förbättrade tillgängligheten i telefon lika mycket."
 */
export function withLargestChanges(lead: readonly Sentence[], sections: readonly StorySection[], ctx: StoryContext): [Sentence[], StorySection[]] {
  let out: [Sentence[], StorySection[]] = [[...lead], sections.map((s) => ({ ...s, sentences: [...s.sentences] }))];
  const said = new Set<string>();
  for (const p of ctx.plan.ranked) {
    const most = p.facts.find((x) => x.most);
    if (!most) continue;
    const way = most.polarity > 0 ? "up" : "down";
    out = afterChange(out, p.finding, way, ctx, said.has(way));
    said.add(way);
  }
  return out;
}

/**
 * `again`: another measure's change was the largest in the country the same way already. "…, den största
 * försämringen bland kommunerna i mätningen. … sjönk med 22 procentenheter, …, den största försämringen i landet"
 * read as a template (Sundsvall, read AB): the second says "även det den största i landet".
 */
function afterChange([lead, sections]: [Sentence[], StorySection[]], f: IndicatorFinding, way: "up" | "down", ctx: StoryContext, again = false): [Sentence[], StorySection[]] {
  const id = f.indicator.id;
  // The sentence that tells this measure's change, and no other measure's (not a count over all of them).
  const tells = (s: Sentence): boolean => s.claims.includes(`${id}.changeClass`) && !s.claims.some((c) => c.endsWith(".changeClass") && c !== `${id}.changeClass`);
  for (const list of [lead, ...sections.map((s) => s.sentences)]) {
    let at = list.findIndex(tells);
    if (at < 0) continue;
    // A plain change sentence that ends on this year's figure takes it as an apposition: "… från 70 procent 2018
    // till 97 procent 2019, den största förbättringen i landet." Leads of eight and nine sentences (Hylte,
    // Mörbylånga, Sundsvall, Östersund) were read as overloaded in every sweep.
    const told = list[at] as Sentence;
    // A time's largest change is the largest in hours, which it says: after "minskat till under en fjärdedel",
    // "Ingen annan kommun … lika mycket" read as false where another had cut its time by more as a share (read EU:
    // Mörbylånga and Tomelilla).
    const time = timeSlot(f.indicator.unit);
    // (Or on last year's, after a ratio: "Svarstiden på e-post har mer än femdubblats på ett år, från 5,2 timmar 2018."
    // and "Ingen annan kommun …" after it made Töreboda's ingress five sentences, three on one measure: read GT.)
    const plain = told.text.length < MAX_CLAUSED && !/, (men|och|vilket|mot)\b/.test(told.text) && [ctx.analysis.year, ctx.analysis.previousYear].some((y) => told.text.endsWith(` ${formatYear(y)}.`));
    if (plain) {
      const clause = ctx.say(`change.most-clause.${way}${again ? ".again" : ""}${time}`, {});
      list[at] = { text: `${told.text.replace(/\.$/, "")}, ${clause}.`, claims: [...told.claims, `${id}.changeRank`] };
      break;
    }
    // After a turn told as an apposition the clause joins it with "och": "…, en vändning efter tre års försämring och
    // den största förbättringen i landet". A sentence of its own made Munkedal's and Mörbylånga's leads of five and
    // six sentences (reads CK and CU scored both 3).
    const turned = /, (en vändning|den första (förbättringen|försämringen)) efter [^,]+ års (försämring|förbättring)\.$/.test(told.text) && told.text.length < MAX_CLAUSED + 40;
    if (turned) {
      const clause = ctx.say(`change.most-clause.${way}${again ? ".again" : ""}${time}`, {});
      list[at] = { text: `${told.text.replace(/\.$/, "")} och ${clause}.`, claims: [...told.claims, `${id}.changeRank`] };
      break;
    }
    const most: Sentence = { text: ctx.say(`change.most.${way}${time}`, { mått: headlineName(f.indicator) }), claims: [`${id}.changeRank`] };
    // After the sentences on the same measure that follow ("Resultatet ger Hylte en delad fjärde plats …"
    // refers back to the value, not to the comparison with other municipalities).
    const own = (x: Sentence | undefined): boolean => x !== undefined && x.claims.length > 0 && onlyAbout(x, id);
    while (own(list[at + 1])) at++;
    list.splice(at + 1, 0, most);
    break;
  }
  return [lead, sections];
}

export function composeSections(ctx: StoryContext): StorySection[] {
  const sections = ctx.plan.sections
    .map((s) => {
      // "Även det är … bästa" follows only a record told just before: never across a heading, nor past a
      // measure with no record (Sollentuna, Berg and Eda: "Även det" after a sentence about something else).
      ctx.mentions.lastRecord = undefined;
      // Nor "även här den tredje förbättringen i rad" (split as "Det är också …") for a run the lead told paragraphs
      // before: read JE found the "också" pointing at nothing (Sigtuna, Boden). Across a heading the run is said
      // in full, and a second time in the same words names whose it was too (runsOnce).
      ctx.mentions.lastRun = undefined;
      const sentences = s.findings.flatMap((p) => {
        // A run right after its change joins it as a clause here too: "… gick upp till 93 procent 2019, från 91
        // procent 2018. Fjärde året i rad blev resultatet bättre." (Ydre: "i rad" three times, read AF).
        const told = withStreakClauses(findingSentences(p, ctx), ctx);
        if (!told.some((x) => x.claims.some((c) => c.endsWith(".record")))) ctx.mentions.lastRecord = undefined;
        return told;
      });
      return { heading: capitalize(s.channel), sentences };
    })
    .filter((s) => s.sentences.length > 0);
  return sections;
}

type Ref = { cls: CompareClass; v: number };

/** One verdict for both references, when one clause can tell both: the same class. */
function sharedClass(n: Ref, g: Ref, same: number): CompareClass | undefined {
  // Only the same verdict is said once: "lite bättre än både riket (84) och gruppen (86)" for 87 read as false,
  // and 11 points below riket read as plain "sämre" when merged with a nearer group (blind reads). But two
  // references closer to each other than `same` get one verdict, the milder: "bättre än riket (84) och klart
  // bättre än gruppen (83)" read as two verdicts for one point (a read). (Unless their gaps fall in different degree
  // bands: see compareSentence.)
  if (n.cls === g.cls) return n.cls;
  if (!closeRefs(n, g, same)) return undefined;
  return /^much-/.test(n.cls) ? g.cls : n.cls;
}

/**
 * Riket and the group on the same side of the value and within half of `same` of each other: one verdict or one gap
 * covers both. (Not farther: 84 against 82 is two verdicts, "bättre än riket och klart bättre än gruppen" for 92
 * procent, where one milder verdict hid a 10-point gap to the group from five readers.)
 */
function closeRefs(n: Ref, g: Ref, same: number): boolean {
  const p = comparePolarity(n.cls);
  return p !== 0 && comparePolarity(g.cls) === p && Math.abs(n.v - g.v) <= same / 2;
}

/**
 * A comparison clause whose intensity word follows the gap: no "något"/"lite"
 * at half-way to `strong` or when the ratio is large; the same value is "på
 * samma nivå som".
 */
function clauseFor(f: IndicatorFinding, ctx: StoryContext, cls: CompareClass, ref: string, v: number, slot = "compare.clause", nearest = v): string {
  const text = ctx.say(`${slot}.${cls}`, { ref });
  const t = f.compareThresholds;
  // ("ungefär i nivå med" for 84 against 84 read as not quite equal: Skövde, Vårgårda.)
  if (f.value === v) return text.replace(/^(nära|ungefär i nivå med|i jämnhöjd med) /, "på samma nivå som ");
  // Equal to one of two references: "nära både riket (6 timmar) och …" reads as not quite equal.
  if (f.value === nearest) return text.replace(/^(nära|ungefär i nivå med|i jämnhöjd med) /, "i nivå med ");
  // "på samma nivå som" only for the same value: Fagersta's 5,9 timmar "på samma nivå som genomsnittet för likvärdiga
  // kommuner (6,8 timmar)" read as false (read IX).
  if (cls === "level") return text.replace(/^på samma nivå som /, "i nivå med ");
  // "lite"/"något" only for a gap close to `same`: 6 points with `same: 3` is plainly "sämre". And always then:
  // "i nivå med rikssnittet (55 procent) och sämre än kommungruppen (56 procent)" read as a contradiction where
  // other releases said "något sämre" for 3–4 points (read R: Kumla).
  return slightGap(f.value, v, t.same, f.indicator.unit) ? slightly(text) : text.replace(/^(något|lite) /, "");
}

/**
 * A share's two references close enough for one verdict (closeRefs: a point apart, by the example's thresholds), where
 * one figure for both gaps holds. (Two points apart, "klart sämre än riket (84 procent) och sämre än kommungruppen (82
 * procent)" says a real difference.)
 */
function pointsApart(f: IndicatorFinding, n: Ref, g: Ref): boolean {
  return f.indicator.unit === "percent" && closeRefs(n, g, f.compareThresholds.same);
}

/** "något bättre" for "bättre" or "lite bättre", at the first verdict word (a gap just past `same`). */
function slightly(text: string): string {
  return text.replace(/\b(?:lite |något )?(bättre|sämre|längre|kortare)\b/, "något $1");
}



/** The multiple in words ("mer än dubbelt så lång som"), when the time is a large multiple of the reference. */
function timesWords(f: IndicatorFinding, r: Ref | null): string | undefined {
  if (!r || r.cls === "level") return undefined;
  return relativeChange(f.value, r.v, f.indicator.unit, TIMES_AS_LONG)?.words;
}

/**
 * "Svarstiden är mer än dubbelt så lång som rikssnittet (6 timmar).": a time
 * that is a large multiple of riket's, told as one (EDITORIAL.md §5); the
 * group in the same sentence when the same words hold for it, else in a
 * sentence of its own ("Den är också klart längre än snittet i
 * kommungruppen (6,8 timmar).").
 */
function timesSentence(f: IndicatorFinding, ctx: StoryContext, n: Ref | null, g: Ref | null, pronoun = false, inLead = false): string | undefined {
  const words = timesWords(f, n);
  const fmt = (v: number): string => formatValue(v, f.indicator.unit, "text");
  // The group alone (the lead gave riket): its multiple too. Malmö's 11,6 timmar against the group's 4,9 was "klart
  // längre" (a read of 2026-12-02: "mer än dubbelt så lång").
  const alone = !n && g ? timesWords(f, g) : undefined;
  if (alone && g) return ctx.say(pronoun ? "compare.time-pronoun" : "compare.times", { jämförelse: `${alone} ${ctx.say(refSlot(f, "group"), { värde: fmt(g.v) })}` }, f);
  if (!words || !n) return undefined;
  // "så lång som rikssnittet": a time is compared with an average, not with "riket".
  const riket = ctx.say(refSlot(f, "national"), { värde: fmt(n.v) });
  let jämförelse = `${words} ${riket}`;
  if (g) {
    const gruppen = ctx.say(refSlot(f, "group"), { värde: fmt(g.v) });
    const half = underHalfWords(f.value, n.v, f.indicator.unit);
    // (Under half of both: said once for both, "mindre än hälften så lång som både …".)
    const gw = half === words && underHalfWords(f.value, g.v, f.indicator.unit) !== undefined ? words : timesWords(f, g);
    // (Not in the lead, whose riket's words the headline may have: Vimmerby's "drygt en fjärdedel".)
    const shared = gw === undefined || inLead ? undefined : sharedTimesWords(words, gw);
    if (gw === words && g.v === n.v) jämförelse = `${words} ${ctx.say(refSlot(f, "both"), { värde: fmt(n.v) })}`;
    else if (gw === words) jämförelse = `${words} både ${riket} och ${gruppen}`;
    // Two fractions a qualifier apart, each with its own words in one sentence, unless both lie close to their anchor:
    // "ungefär en fjärdedel så lång som" for 0,23 and 0,29 of the two averages read as loose for the second (reads JT,
    // JU: Göteborg; A/B reads AB53 and AB58: Strängnäs, Vallentuna), Mjölby's 0,32 and 0,35 as "ungefär en tredjedel"
    // did not (AB58), and a second sentence "Dessutom är den …" had read as one thing said twice (read IK).
    else if (shared && nearAnchor(shared, [f.value / n.v, f.value / g.v])) jämförelse = `${shared} både ${riket} och ${gruppen}`;
    else if (shared) jämförelse = `${words} ${riket} och ${gw} ${gruppen}`;
    // In the lead, riket's multiple alone: the body gives the group (groupUnsaid; Vimmerby's lead had six sentences).
    else if (inLead) return ctx.say(pronoun ? "compare.time-pronoun" : "compare.times", { jämförelse }, f);
    // The group in words of a time on riket's side joins riket's sentence: "… drygt hälften så lång som rikssnittet (6
    // timmar) och kortare än snittet i kommungruppen (5,4 timmar)", where a sentence of its own opened "Dessutom är
    // den kortare …", which read as machine-made and as more than it said (read IK: Älvkarleby, Timrå).
    else if (!gw && groupAgrees(n, g)) jämförelse = `${jämförelse} och ${groupTimeClause(f, ctx, g, gruppen)}`;
    // Two fractions on either side of one join riket's sentence: "mindre än hälften så lång som snittet i riket (6
    // timmar). Den är också drygt hälften så lång som …" read as a contradiction (reads IM, IW: Lerum), and "I
    // förhållande till … är den drygt hälften så lång" as stiff (A/B read AB37: Solna).
    else if (gw && groupAgrees(n, g) && straddlesFraction(words, gw)) jämförelse = `${jämförelse} och ${gw} ${gruppen}`;
    else return `${ctx.say(pronoun ? "compare.time-pronoun" : "compare.times", { jämförelse }, f)} ${timesGroupSentence(f, ctx, n, g, gw, gruppen)}`;
  }
  return ctx.say(pronoun ? "compare.time-pronoun" : "compare.times", { jämförelse }, f);
}

/**
 * The group after a multiple of riket's time, in a sentence of its own: "ungefär en fjärdedel så lång som riket
 * (6 timmar) och nästan en tredjedel så lång som gruppen (5,4 timmar)" was four figures in one sentence (read Q:
 * Tierp, Lerum). The group's own multiple or fraction, else the words of a time ("klart kortare än").
 */
function timesGroupSentence(f: IndicatorFinding, ctx: StoryContext, n: Ref, g: Ref, gw: string | undefined, gruppen: string): string {
  // (A second fraction, "Den är också ungefär en fjärdedel så lång som …", once read as a list of figures, read Q; three
  // later reads preferred it to the words that undersold it.)
  // A shorter time takes its own fraction too: "kortare än" (read IG: Bengtsfors) and then "mindre än hälften" (reads
  // AB25, II, IJ: Skinnskatteberg's 1 timme against 6,8, about a seventh) undersold it.
  // A fraction or multiple on riket's side has its own slot, whose variants may put the reference first.
  if (gw && groupAgrees(n, g) && / som$/u.test(gw)) return ctx.say("compare.times-group.fraction", { andel: gw.replace(/ som$/u, ""), ref: gruppen }, f);
  const jämförelse = gw ? `${gw} ${gruppen}` : groupTimeClause(f, ctx, g, gruppen);
  return ctx.say(`compare.times-group.${groupAgrees(n, g) ? "agree" : "contrast"}`, { jämförelse }, f);
}

/** The qualifiers of a fraction or multiple in words ("mindre än hälften så lång som"). */
const FRACTION_QUALIFIER = /^(ungefär|drygt|knappt|nästan|mindre än|mer än|över|under) /u;

/** The most of a reference a time may be and still be "drygt hälften" of it beside a group it is just over half of. */
const JUST_OVER_HALF = 0.6;

/** Two fractions or multiples in words of one size, one above it and one below ("mindre än hälften", "drygt hälften"). */
function straddlesFraction(a: string, b: string): boolean {
  const [qa, qb] = [a.match(FRACTION_QUALIFIER)?.[1], b.match(FRACTION_QUALIFIER)?.[1]];
  return qa !== qb && a.replace(FRACTION_QUALIFIER, "") === b.replace(FRACTION_QUALIFIER, "");
}

/** The group on riket's side of a time, neither level with it. */
function groupAgrees(n: Ref, g: Ref): boolean {
  return comparePolarity(g.cls) !== 0 && comparePolarity(g.cls) === comparePolarity(n.cls);
}

/** The group's side of a time in the words of a time, graded by its gap: "klart kortare än snittet i kommungruppen (5 timmar)". */
function groupTimeClause(f: IndicatorFinding, ctx: StoryContext, g: Ref, gruppen: string): string {
  return gradeDegree(clauseFor(f, ctx, g.cls, gruppen, g.v, "compare.time-clause"), Math.abs(f.value - g.v), f.compareThresholds.strong);
}

/**
 * The comparison with riket and the group; `named`: the sentence must name
 * the indicator; `afterTime`: it follows a sentence about the years, so "Det"
 * would point at the wrong thing ("Resultatet är …"). A time (hours,
 * minutes, seconds) is compared in the words of a length: "klart längre än".
 * `inLead`: a multiple of riket's time leaves the group to the body.
 */
/** Words for "near" a reference, which a value equal to it does not take ("nära" reads as not quite equal). */
const EQUAL_WORDS = /\b(nära|ungefär i nivå med|i stort sett i nivå med|ungefär samma nivå som|i jämnhöjd med) /;

/**
 * The turn after a record the comparison contradicts: a worst-ever ahead of riket is "ändå" better, a best-ever behind
 * it "fortfarande" worse (Ludvika, Emmaboda, Malmö: a read found the turn missing). `group`: the sentence names the
 * group too.
 */
function recordTurn(f: IndicatorFinding, ctx: StoryContext, group: boolean): "" | ".ahead" | ".behind" {
  const record = ctx.plan.ranked.find((r) => r.finding === f)?.time?.series.record?.kind;
  const vs = f.vsNational === null ? 0 : comparePolarity(f.vsNational);
  // "Fortfarande sämre" says it was behind last year too, for every reference it names: Karlskoga was level with its
  // group in 2018 (52 against 53 procent), and read CC took "fortsatt sämre än både riket och likvärdiga kommuner"
  // for a wrong fact. Otherwise the turn is "ändå", as for a worst-ever ahead.
  // (As clearly behind, for a "klart": Katrineholm was 8 points behind its group in 2018, read AB10.)
  const behindBefore = (now: CompareClass | null, before: CompareClass | null | undefined, gaps: Gaps): boolean => before != null && comparePolarity(before) < 0 && (now === null || asClearly(now, before, gaps));
  const still = behindBefore(f.vsNational, f.previousVsNational, gapsTo(f, "national")) && (!group || behindBefore(f.vsGroup, f.previousVsGroup ?? null, gapsTo(f, "group")));
  return record === "worst" && vs > 0 ? ".ahead" : record === "best" && vs < 0 ? (still ? ".behind" : ".ahead") : "";
}

/**
 * Which way the sentence before went for its own measure (+1 better, −1 worse, 0 neither or another measure): its
 * change, its run, or a time's record. A comparison the other way after it turns (compareSentence's `turnAfter`).
 * (A time's record: the share's "Trots det …" (recordTurn) did not reach "… 7,9 timmar 2019, Nynäshamns bästa
 * resultat i mätningen hittills. I Nynäshamn är svarstiden på e-post längre än …". A run told on its own, before
 * withStreakClauses joins it to the change: Kinda, Tingsryd.)
 */
function wayBefore(p: PlannedFinding, prev: Sentence | undefined): number {
  const id = p.finding.indicator.id;
  const has = (kind: string): boolean => prev?.claims.includes(`${id}.${kind}`) === true;
  const record = isTime(p.finding.indicator.unit) && has("record") ? p.time?.series.record?.kind : undefined;
  if (record !== undefined) return record === "best" ? 1 : -1;
  // An exact tie too: "Därmed är resultatet fortfarande det sämsta hittills för Vellinge. Årets resultat är bättre än
  // riket …" lacked its turn.
  const tie = p.time?.series.tie;
  if (has("tie") && tie && tie.previous.value === p.time?.series.value) return tie.kind === "best" ? 1 : -1;
  const run = has("streak") ? p.time?.series.streak?.trend : undefined;
  if (run !== undefined) return run === "improving" ? 1 : -1;
  // The change since the first year, too: "Årets resultat är 12 procentenheter sämre än 2014 (88 procent). Växjös
  // resultat 2019 är långt bättre än …" lacked its turn (read HC).
  const since = has("longRun") ? p.time?.series.longRun?.changeClass : undefined;
  if (since !== undefined) return classPolarity(since);
  return has("changeClass") && !STOOD_STILL.test(prev?.text ?? "") ? classPolarity(p.finding.changeClass) : 0;
}

/**
 * The measure was on the same side of a reference last year, and as clearly: "fortfarande klart sämre" says it was
 * clearly behind then too (Landskrona and Katrineholm were 8 and 9 points behind their groups in 2018, reads AB9 and
 * AB10).
 */
function heldSide(now: CompareClass, before: CompareClass | null | undefined, gaps?: Gaps): boolean {
  return before != null && comparePolarity(before) === comparePolarity(now) && asClearly(now, before, gaps);
}

/** Whether "fortfarande" may speak of the group too: on the same side last year, as clearly (heldSide). */
export function groupHeld(f: IndicatorFinding): boolean {
  return f.vsGroup !== null && heldSide(f.vsGroup, f.previousVsGroup, gapsTo(f, "group"));
}

/** Whether "fortfarande" may speak of riket: on the same side last year, as clearly (heldSide). */
export function nationalHeld(f: IndicatorFinding): boolean {
  return f.vsNational !== null && comparePolarity(f.vsNational) !== 0 && heldSide(f.vsNational, f.previousVsNational, gapsTo(f, "national"));
}

/** This year's gap to a reference and last year's, where both are known. */
type Gaps = readonly [now: number, before: number, strong: number] | undefined;

/**
 * A "klart" (much-) verdict held last year only if last year's was one too, and a "långt" only if last year's gap
 * was as wide: Växjö was 19 points ahead of its group in 2018 and 20 in 2019, and "fortfarande långt bättre" read
 * as a wrong fact (read HE).
 */
function asClearly(now: CompareClass, before: CompareClass, gaps?: Gaps): boolean {
  // (The classes alone where last year's references are not in the data.)
  if (!(before === now || !now.startsWith("much-"))) return false;
  return gaps === undefined || degreeBand(gaps[1], gaps[2]) >= degreeBand(gaps[0], gaps[2]);
}

/** The gaps to riket or the group this year and last, for asClearly. */
function gapsTo(f: IndicatorFinding, ref: "national" | "group"): Gaps {
  const [now, before] = ref === "national" ? [f.national, f.previousNational] : [f.group, f.previousGroup];
  if (now === null || before == null || f.previous === null) return undefined;
  return [Math.abs(f.value - now), Math.abs(f.previous - before), f.compareThresholds.strong];
}

/**
 * The turn a comparison takes right after its measure's change the other way (`turnAfter`: the change's polarity):
 * "… gick upp markant, från 41 procent 2018 till 52 procent 2019. Det är sämre än både rikssnittet …" read as if
 * the rise itself were bad (read GY: Lilla Edet, Vansbro). "Men resultatet är fortfarande sämre …" when every
 * reference it names was on the same side last year too (".still"), else "Men resultatet är sämre …".
 */
function turnAfterChange(f: IndicatorFinding, turnAfter: number, n: Ref | null, g: Ref | null): "" | ".still" | undefined {
  const refs = [n ? ([n.cls, f.previousVsNational, gapsTo(f, "national")] as const) : undefined, g ? ([g.cls, f.previousVsGroup, gapsTo(f, "group")] as const) : undefined].filter((x) => x !== undefined);
  const sides = refs.map(([now]) => comparePolarity(now));
  if (turnAfter === 0 || sides.length === 0 || sides.some((x) => x !== -turnAfter)) return undefined;
  // "fortfarande klart sämre" says it was clearly behind last year too: Landskrona was 9 points behind its group in
  // 2018, not "klart" (read AB9).
  return refs.every(([now, before, gaps]) => heldSide(now, before, gaps)) ? ".still" : "";
}

/**
 * `turns`: a record was told right before, so the comparison may turn against it ("Årets resultat är ändå …"). After
 * a sentence that only said the year stood still, "ändå" pointed at nothing (Ljusdal: "Sedan 2018 har bemötandet i
 * telefon förändrats marginellt. Årets resultat är ändå klart bättre …", read GU).
 */
export function compareSentence(f: IndicatorFinding, ctx: StoryContext, named: boolean, afterTime = false, inLead = false, turns = true, turnAfter = 0): Sentence | undefined {
  const { say } = ctx;
  const id = f.indicator.id;
  const fmt = (v: number): string => formatValue(v, f.indicator.unit, "text");
  const n: Ref | null = f.vsNational !== null && f.national !== null ? { cls: f.vsNational, v: f.national } : null;
  const g: Ref | null = f.vsGroup !== null && f.group !== null ? { cls: f.vsGroup, v: f.group } : null;
  const claims = [...(n ? [`${id}.national`, `${id}.vsNational`] : []), ...(g ? [`${id}.group`, `${id}.vsGroup`] : [])];
  if (!n && !g) return undefined;
  const time = isTime(f.indicator.unit);
  const slot = time ? "compare.time-clause" : "compare.clause";
  const clause = (cls: CompareClass, ref: string, v: number): string => clauseFor(f, ctx, cls, ref, v, slot);
  // Two references far apart whose gaps earn different words get a verdict each: "klart bättre än både riket (60
  // procent) och likvärdiga kommuner (65 procent)" played down 16 points the lead had called "mycket" (Nässjö, read AT).
  // So do references a point apart when one gap reaches `strong` and the other does not: one milder verdict played
  // down 10 points (Hallstahammar's 46 against 55 and 56 procent: reads CV, CX, CU), one stronger overstated 9 (reads
  // DA, DB: "klart" starts at 10). "sämre än riket (55 procent) och klart sämre än kommungruppen (56 procent)".
  // And at the "långt" line too: "klart sämre än både rikssnittet och likvärdiga kommuner (60 och 61 procent)" for 41
  // procent hid a 20-point gap (reads HH, AB13, AB14 and AB15: Bjurholm, Eslöv, Sorsele), though read DF had found
  // "klart sämre … långt sämre" for 19 and 20 points two verdicts for one gap.
  const [bn, bg] = n !== null && g !== null ? [degreeBand(Math.abs(f.value - n.v), f.compareThresholds.strong), degreeBand(Math.abs(f.value - g.v), f.compareThresholds.strong)] : [0, 0];
  const bands = bn !== bg;
  const shared = n && g && !bands ? sharedClass(n, g, f.compareThresholds.same) : undefined;
  let comparison: string;
  let whole: string | undefined;
  let figureless = false;
  // A time a multiple of its group's but not of riket's says the group's multiple: "fortsatt längre än snittet både i
  // riket och för likvärdiga kommuner (6 och 5 timmar)" hid that Staffanstorp's 9,2 timmar were nearly twice its
  // group's (read IT).
  const groupTimes = time && n && g && groupAgrees(n, g) && timesWords(f, n) === undefined ? timesWords(f, g) : undefined;
  if (n && g && groupTimes !== undefined) {
    const riket = say(refSlot(f, "national"), { värde: fmt(n.v) });
    const gruppen = say(refSlot(f, "group"), { värde: fmt(g.v) });
    // Just over half of riket's too: one fraction for both. "kortare än snittet i riket (6 timmar) och drygt hälften så
    // lång som snittet för likvärdiga kommuner (6,2 timmar)" for 3,4 timmar read as inconsistent (read KI: Karlstad,
    // Dals-Ed), 0,57 of riket's being as much "drygt hälften" as 0,55 of the group's.
    const both = groupTimes.startsWith("drygt hälften") && f.value / n.v < JUST_OVER_HALF;
    comparison = both ? `${groupTimes} både ${riket} och ${gruppen}` : `${gradeDegree(clause(n.cls, riket, n.v), Math.abs(f.value - n.v), f.compareThresholds.strong)} och ${groupTimes} ${gruppen}`;
  } else if (n && g && shared !== undefined && n.v === g.v) {
    // One value for both: said once.
    const ref = say(refSlot(f, "both"), { värde: fmt(n.v) });
    comparison = clause(shared, ref, n.v);
    whole = say(`compare.one.${shared}`, { ref });
  } else if (n && g && shared !== undefined) {
    const riket = say(refSlot(f, "national"), { värde: fmt(n.v) });
    const gruppen = say(refSlot(f, "group"), { värde: fmt(g.v) });
    // The degree word must hold for both: "lite" only when the farther reference is near too.
    const far = Math.abs(f.value - n.v) >= Math.abs(f.value - g.v) ? n.v : g.v;
    // Both references must earn the stronger words: the nearer one decides.
    const near = far === n.v ? g.v : n.v;
    comparison = clauseFor(f, ctx, shared, `både ${riket} och ${gruppen}`, far, slot, near);
    whole = say(`compare.both.${shared}`, { riket, gruppen });
  } else if (n && g && bands && pointsApart(f, n, g)) {
    // References a point apart on the same side, whose gaps fall either side of a band's line: the gap in figures,
    // once ("omkring 20 procentenheter sämre än både riket (55 procent) och kommungruppen (56 procent)"). "klart sämre
    // än riket (55 procent) och långt sämre än kommungruppen (56 procent)" read as nonsense (reads JY, JZ: Eslöv,
    // Åstorp); one "klart" for both hid a 20-point gap (reads HH, AB13–AB15).
    // (Without the references' figures: with the gap they made three in one sentence, read KX: Örebro. The sentence
    // before gives the value, the table both averages.)
    const riket = withoutFigure(say(refSlot(f, "national"), { värde: fmt(n.v) }));
    const gruppen = withoutFigure(say(refSlot(f, "group"), { värde: fmt(g.v) }));
    figureless = true;
    const gap = Math.round((Math.abs(f.value - n.v) + Math.abs(f.value - g.v)) / 2);
    comparison = say(`compare.clause.points.${comparePolarity(n.cls) > 0 ? "better" : "worse"}`, { ref: `både ${riket} och ${gruppen}`, skillnad: formatDifference(gap, f.indicator.unit) });
  } else if (n && g) {
    // Each graded by its own gap ("mycket bättre än riket (60 procent) och klart bättre än …").
    const c1 = gradeDegree(clause(n.cls, say(refSlot(f, "national"), { värde: fmt(n.v) }), n.v), Math.abs(f.value - n.v), f.compareThresholds.strong);
    const c2 = gradeDegree(clause(g.cls, say(refSlot(f, "group"), { värde: fmt(g.v) }), g.v), Math.abs(f.value - g.v), f.compareThresholds.strong);
    // "men" between opposite verdicts, and before a worse one after a level one: "på samma nivå som riket (55
    // procent) och något sämre än likvärdiga kommuner (56 procent)" left the reader wondering how 1 point turned the
    // verdict (Borlänge, read AB). Not before a better one: "i nivå med riket men lite bättre än gruppen" is no
    // contrast (an earlier read).
    const opposed = turnsAgainst(n.cls, g.cls);
    comparison = `${c1} ${opposed ? "men" : "och"} ${c2}`;
    if (!named && opposed) whole = say("compare.pair.contrast", { jämförelse1: c1, jämförelse2: c2 });
  } else {
    const c = (n ?? g) as Ref;
    const ref = say(refSlot(f, n ? "national" : "group"), { värde: fmt(c.v) });
    comparison = clause(c.cls, ref, c.v);
    whole = say(`compare.one.${c.cls}`, { ref });
  }
  // A verdict just past `same` for every reference it names is "något" (as in clauseFor).
  const verdictRefs = shared !== undefined ? [n, g] : n && g ? [] : [n ?? g];
  const gaps = verdictRefs.filter((r): r is Ref => r !== null).map((r) => Math.abs(f.value - r.v));
  const verdict = shared ?? (n && g ? undefined : (n ?? g)?.cls);
  if (whole !== undefined && (verdict === "better" || verdict === "worse") && gaps.length > 0 && Math.max(...gaps) < f.compareThresholds.same * 1.5) whole = slightly(whole);
  // "nära" reads as not quite equal: a value equal to a reference is "i nivå med" it.
  if (whole !== undefined && (f.value === n?.v || f.value === g?.v)) whole = whole.replace(EQUAL_WORDS, "i nivå med ");
  // (The clause too: "i stort sett i nivå med både rikssnittet (6 timmar) och …" for 6 timmar, Vetlanda, read AZ.)
  if (f.value === n?.v || f.value === g?.v) comparison = comparison.replace(EQUAL_WORDS, "i nivå med ");
  // And the other way: "på samma nivå som" says equal, and read as false for 59 against riket's 60 (read KJ: Grums).
  // ("i nivå med" holds for an equal reference too: each reference named must equal the value for "samma".)
  if ([n, g].some((r) => r !== null && r.v !== f.value)) {
    comparison = comparison.replace(/\bpå samma nivå som /u, "i nivå med ");
    if (whole !== undefined) whole = whole.replace(/\bpå samma nivå som /u, "i nivå med ");
  }
  // Equal to the one reference it names, the gap is none: "Skillnaden … är liten" for 84 against 84 (Tibro). ("på samma
  // nivå som i riket": "detsamma som riket" compared a result with a country, read IC: Västerås; "detsamma som för"
  // read as clumsy, an earlier read.)
  const same = (ref: string): string => (ref.startsWith("snittet") ? `Resultatet är detsamma som ${ref}.` : `Resultatet är på samma nivå som i ${ref}.`);
  // (And "Resultatet ligger i nivå med riket och …" of the same value: read IX.)
  const sameAs = (text: string): string => text.replace(/^Skillnaden mot (.*) är liten\.$/, (_, ref: string) => same(ref)).replace(/^Resultatet ligger (?:i nivå med|i jämnhöjd med) (.*)\.$/, (_, ref: string) => same(ref));
  if (whole !== undefined && shared !== undefined && f.value === n?.v && (g === null || f.value === g.v)) whole = sameAs(whole);
  if (whole !== undefined && !(n && g) && f.value === (n ?? g)?.v) whole = sameAs(whole);
  // Right after the same time's own sentence: "Den är mer än dubbelt så lång som …".
  const times = timesSentence(f, ctx, n, g, !named && !afterTime, inLead);
  if (times) return { text: times, claims: g === null || times.includes(`(${fmt(g.v)}`) ? claims : claims.filter((c) => !/\.(group|vsGroup)$/.test(c)) };
  const nearest = Math.min(...[n, g].filter((r): r is Ref => r !== null).map((r) => Math.abs(f.value - r.v)));
  // (A verdict for each reference is graded already, each by its own gap.)
  const told = figureless ? claims.filter((c) => !/\.(national|group)$/.test(c)) : claims;
  const graded = (text: string): Sentence => ({ text: n && g && shared === undefined ? text : gradeDegree(text, nearest, f.compareThresholds.strong), claims: told });
  // A time is "längre" or "kortare", which a "resultat" cannot be: the sentence names the time.
  // Right after a sentence about the same time, "Den är …" (a time is an en-word: svarstiden); first in its part, named.
  const turn = turnAfterChange(f, turnAfter, n, g);
  if (turn !== undefined) return graded(say(`compare.turn${turn}${time ? ".time" : named ? ".named" : ""}`, { jämförelse: comparison }, f));
  if (time) return graded(say(named || afterTime ? "compare.time-subject" : "compare.time-pronoun", { jämförelse: comparison }, f));
  // After a record the comparison contradicts, it says so: "Det är det sämsta resultatet … Resultatet är ändå klart
  // bättre än …" (Ludvika, Emmaboda, Malmö: a read found the turn missing); a best behind riket is "fortfarande".
  if (afterTime && !named) return graded(say(`compare.after-time${turns ? recordTurn(f, ctx, g !== null) : ""}`, { jämförelse: comparison }, f));
  return graded(named || whole === undefined ? say("compare.subject", { jämförelse: comparison }, f) : whole);
}
