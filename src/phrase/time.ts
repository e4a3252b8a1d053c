// phrase: time told in the municipal release (../shared/EDITORIAL.md §8): a
// record, a streak, a turnaround and the long-run change, each in a sentence
// of its own that names the indicator, with the claims it rests on. The plan
// decides which of them are said; this module only words them.
import { isImprovement, type IndicatorFinding } from "../analyse/municipality.js";
import { heldLastYear, type LongRunChange } from "../analyse/time.js";
import { recordScope, type Fact, type TimeInput } from "../plan/news.js";
import { figuresWithStepsIn, type Sentence, type StorySay } from "./sentence.js";
import { capitalize, escapeRegExp, formatDifference, formatValue, formatYear, headlineName, joinList, numberWord, ordinalWord } from "./swedish.js";
import { gradeDegree, isLargeRatio, isTime, movedPlainly, relativeChange, sharedTimesWords, timeSlot, TIMES_AS_LONG } from "./relative.js";

/** The order in which a section tells its indicator's time facts: one of them at most. */
export const BODY_TIME_ORDER: readonly Fact["kind"][] = ["record", "streak", "turnaround", "long-run"];

/**
 * The years an old record (or a tie's earlier extreme) was held: two at most by name; more as the latest ("75 procent senast 2018"): "(75 procent
 * 2014, 2015, 2017 och 2018)" put six figures in Mönsterås' lead sentence (read Q of 2026-12-02 scored it 3).
 */
export function oldRecordYears(years: readonly number[]): string {
  const last = years[years.length - 1];
  return years.length <= 2 || last === undefined ? joinList(years.map(formatYear)) : `senast ${formatYear(last)}`;
}

/** Raw movement of the value over a span: "up" when it rose. */
const way = (difference: number): "up" | "down" => (difference >= 0 ? "up" : "down");

/**
 * How a time sentence stands: `follow` when it comes right after the sentence
 * that gave its indicator's value (so "Det är det bästa resultatet sedan …"
 * needs no subject); `against`, a record that riket puts in its place (the
 * best yet, but still worse than riket; the worst yet, but still better).
 */
export interface TimePlace {
  follow: boolean;
  against: boolean;
  /** The release has already said when the survey began: a record from then is "hittills". */
  startSaid?: boolean;
  /** Opens its indicator's part of the body: the record carries the value, so that it stands by its figure. */
  withValue?: boolean;
  /** Riket is far away (much better or worse): the context says "klart". */
  far?: boolean;
  /** The kind of the record told last: one of the same kind is "Även det är …". */
  lastRecord?: "best" | "worst";
  /** Riket's average is level with this value: a worst-ever in the lead says so ("men i nivå med rikssnittet"). */
  level?: boolean;
  /** True when the key was told before in the release, noting it (Mentions.again). */
  again?: (key: string) => boolean;
  /** The record is narrow: its margin follows as an apposition. */
  narrow?: boolean;
}

const LOOSE: TimePlace = { follow: false, against: false };

/**
 * The context slot's side for good news riket still contradicts ("behind":
 * better than before, still worse than riket) or bad news ("ahead"), "-far"
 * when riket is far away: `time.context.*` after a record, `lead.context.*` after a change.
 */
export function contextSide(polarity: 1 | -1, far: boolean): string {
  return `${polarity > 0 ? "behind" : "ahead"}${far ? "-far" : ""}`;
}

function recordSentence(f: IndicatorFinding, t: TimeInput, say: StorySay, at: TimePlace): Sentence | undefined {
  const r = t.series.record;
  if (!r) return undefined;
  const id = f.indicator.id;
  const follow = at.follow ? ".follow" : "";
  // "hittills" once the start year is said; where riket's context is added, from variants that take it.
  // Once one record has said how far back it reaches, the next says "hittills" (also "sedan … kom med").
  const scope = at.startSaid ? "again" : recordScope(t);
  if (at.withValue && !at.follow) {
    const sedan = say(`time.scope.${scope}`, { första: formatYear(r.firstYear), sista: formatYear(t.series.year) });
    return { text: say(`time.record.${r.kind}.value`, { sedan, värde: valueWithYear(t, f) }, f), claims: [`${id}.value`, `${id}.record`] };
  }
  // A narrow record takes its margin as an apposition, which "Inget tidigare år har varit sämre för Ånge, 0,5
  // timmar …" could not carry (read BF): the "Det är …" variants.
  const context = scope === "again" && at.follow && (at.against || at.narrow === true) ? ".against" : "";
  // The second best (worst) yet in a release: "Även det är …", not the first one's words again (Kiruna).
  // Also when riket's context follows: "Det är det bästa resultatet hittills för Ängelholm, men …" right after the
  // lead's "Det är det bästa resultatet för Ängelholm …" read as a repeat (read AB).
  const also = scope === "again" && at.follow && at.lastRecord === r.kind;
  const slot = also ? `time.record.${r.kind}.also.follow${at.against ? ".against" : ""}` : `time.record.${r.kind}.${scope}${follow}${context}`;
  let text = say(slot, { första: formatYear(r.firstYear), sista: formatYear(t.series.year) }, f);
  const claims = [`${id}.value`, `${id}.record`];
  if (at.follow && at.against) {
    // A time is longer or shorter than riket's, never "sämre" (Piteå, Vaggeryd, Karlshamn: reads), and named: "Det
    // är … bästa resultat …, men svarstiden på e-post är fortfarande klart längre än rikssnittet".
    const time = timeSlot(f.indicator.unit);
    // The degree follows the gap, as in a comparison of its own: Oxelösund's 47 against 84 procent was "alltjämt klart
    // sämre" here and "långt sämre" in the body (read AJ).
    const context = say(`time.context.${contextSide(r.kind === "best" ? 1 : -1, at.far === true)}${time}`, { ämne: headlineName(f.indicator) });
    const graded = f.national === null ? context : gradeDegree(context, Math.abs(f.value - f.national), f.compareThresholds.strong);
    text = `${text.replace(/\.$/, "")}, ${graded}.`;
    claims.push(`${id}.vsNational`);
  } else if (at.follow && at.level && !/ men /.test(text)) {
    // A worst-ever at riket's level: the lead says so, or it reads worse than it is (Vaggeryd's 84 %); a
    // best-ever only at riket's level likewise, or it reads better (Tidaholm's 82 %, riket 84).
    text = `${text.replace(/\.$/, "")}, ${say(r.kind === "worst" ? "time.context.level" : "time.context.level.best", {})}.`;
    claims.push(`${id}.vsNational`);
  }
  return { text, claims };
}

function streakSentence(f: IndicatorFinding, t: TimeInput, say: StorySay, at: TimePlace): Sentence | undefined {
  const s = t.series.streak;
  const ordning = s ? ordinalWord(s.steps) : undefined;
  if (!s || ordning === undefined) return undefined;
  const id = f.indicator.id;
  const values = {
    ordning,
    Ordning: capitalize(ordning),
    startår: formatYear(s.startYear),
    startvärde: formatValue(s.startValue, f.indicator.unit, "text"),
    // The change over the run (".every": "ökat med 7 procentenheter sedan 2016", not "varje år").
    skillnad: formatDifference(Math.abs(s.difference), f.indicator.unit),
  };
  // Some years moved by less than `same`: the value rose (fell) every year, which is not "improved N years running".
  const every = s.clearSteps < s.steps ? ".every" : "";
  // Told as the change since the run began, it is fair only from the series' first year: "ökat med 10
  // procentenheter sedan 2015" read as cherry-picked where 2014 was higher (Ystad, Helsingborg).
  const first = Math.min(...Object.keys(t.values).map(Number));
  if (every && s.startYear !== first) return undefined;
  const relative = every ? relativeSince(f, t, s.startYear, s.startValue, say, `${id}.streak`) : undefined;
  if (relative) return relative;
  // Opening its indicator's part of the body, the streak carries the value: no bare "Det är femte året i rad …".
  const place = at.follow ? ".follow" : at.withValue ? ".value" : "";
  const värde = valueWithYear(t, f);
  const text = say(`time.streak.${s.trend}.${way(s.difference)}${every}${place}`, { ...values, värde }, f);
  // A run that riket contradicts, told after its change in the lead, says riket's side: Öckerö's fifth rise in
  // tillgängligheten, to 54 procent, is still under riket's 60 (a read).
  if (at.follow && at.against) {
    const time = isTime(f.indicator.unit);
    const side = contextSide(s.trend === "improving" ? 1 : -1, at.far === true);
    // (The measure once: "För e-postsvaren … är det den femte förbättringen i rad, men resultatet är fortsatt sämre …".)
    const name = headlineName(f.indicator);
    const ämne = text.toLowerCase().includes(name.toLowerCase()) ? (time ? "den" : "resultatet") : name;
    const context = say(time ? `time.context.${side}.time` : `time.context.streak.${side}`, { ämne });
    return { text: `${text.replace(/\.$/, "")}, ${context}.`, claims: [`${id}.value`, `${id}.streak`, `${id}.vsNational`] };
  }
  return { text, claims: [`${id}.value`, `${id}.streak`] };
}

/** "74 procent 2019", "index 60 år 2019": this year's value as the time sentences give it. */
function valueWithYear(t: TimeInput, f: IndicatorFinding): string {
  const u = f.indicator.unit;
  return `${formatValue(t.series.value, u, "text")}${u === "index" ? " år" : ""} ${formatYear(t.series.year)}`;
}

function turnaroundSentence(f: IndicatorFinding, t: TimeInput, say: StorySay, at: TimePlace): Sentence | undefined {
  const u = t.series.turnaround;
  const antal = u ? numberWord(u.after) : undefined;
  if (!u || antal === undefined) return undefined;
  const id = f.indicator.id;
  // Right after the year's change: "Därmed bröts tre års försämring." needs no subject.
  const follow = at.follow ? ".follow" : "";
  // One as long as a turnaround told before is "lika lång": "efter tre års försämring" three times in four
  // sentences read as a template (a read, Munkedal).
  const again = at.again?.(`turnaround:${u.trend}:${u.after}`) ? ".again" : "";
  // A strong change keeps its strength word where the sentence says the change itself: "försämrades" alone played
  // down Filipstad's 12-point fall, "sjönk kraftigt" in its ingress (read LH).
  const strong = !follow && (f.changeClass === "strongly-improved" || f.changeClass === "strongly-declined") ? ".strong" : "";
  return { text: say(`time.turnaround.${u.trend}${follow}${again}${strong}`, { antal, sedan: formatYear(u.since) }, f), claims: [`${id}.change`, `${id}.turnaround`] };
}

/**
 * A time that halved or doubled since `year` says so in words: "Från 30 timmar 2014 har svarstiden på e-post minskat
 * med 15,9 timmar" hid that it more than halved (read GY: Klippan). The long run takes it right after the value,
 * which its other wording would give; a run over every year anywhere (its wording gives no value either).
 */
function relativeSince(f: IndicatorFinding, t: TimeInput, year: number, from: number, say: StorySay, claim: string, withValue = false): Sentence | undefined {
  const found = relativeChange(t.series.value, from, f.indicator.unit);
  if (!found || !isLargeRatio(found.ratio) || ratiosStacked(found.words, f)) return undefined;
  const values = { första: formatYear(year), förstavärde: formatValue(from, f.indicator.unit, "text"), relativt: found.words };
  if (withValue) return { text: say("time.long-run.relative.value", { ...values, värde: valueWithYear(t, f) }, f), claims: [`${f.indicator.id}.value`, claim] };
  return { text: say("time.long-run.relative", values, f), claims: [claim] };
}

/**
 * The change since the first year as a fraction would stack on the measure's fractions of riket's and the group's
 * time: one more fraction where the comparisons take two sentences, or the same fraction with another meaning. "…
 * minskat till ungefär en sjättedel. Svarstiden är ungefär en sjättedel så lång som snittet i riket (6 timmar). Den är
 * också ungefär en femtedel så lång som …" read as an error (read JI: Söderköping, Lidingö; read JA: Upplands-Bro).
 * The change is then said in hours.
 */
function ratiosStacked(words: string, f: IndicatorFinding): boolean {
  const of = (reference: number | null): string | undefined => (reference === null ? undefined : relativeChange(f.value, reference, f.indicator.unit, TIMES_AS_LONG)?.words);
  const [riket, group] = [of(f.national), of(f.group)];
  if (riket === undefined) return false;
  // (Fractions only: a time that more than halved or grew thirtyfold is told so beside riket's multiple, Klippan and
  // Töreboda.)
  const fraction = (text: string | undefined): boolean => text !== undefined && /(del|hälften) så lång/u.test(text);
  const part = /(tredjedel|fjärdedel|femtedel|sjättedel)/u.exec(words)?.[1];
  if (part === undefined || !fraction(riket)) return false;
  const apart = fraction(group) && group !== riket && sharedTimesWords(riket, group as string) === undefined;
  return apart || riket.includes(part);
}

/** A long-run change's direction for its slot and its values: {första}, {förstavärde}, {skillnad}. */
function longRunWords(lr: LongRunChange, unit: IndicatorFinding["indicator"]["unit"]): ["improved" | "declined", Record<string, string>] {
  const cls = lr.changeClass === "strongly-improved" || lr.changeClass === "improved" ? "improved" : "declined";
  return [cls, { första: formatYear(lr.firstYear), förstavärde: formatValue(lr.firstValue, unit, "text"), skillnad: formatDifference(lr.difference, unit) }];
}

function longRunSentence(f: IndicatorFinding, t: TimeInput, say: StorySay, at: TimePlace): Sentence | undefined {
  const lr = t.series.longRun;
  if (!lr || lr.changeClass === "unchanged" || !lr.steady) return undefined;
  const id = f.indicator.id;
  const [cls, values] = longRunWords(lr, f.indicator.unit);
  const relative = relativeSince(f, t, lr.firstYear, lr.firstValue, say, `${id}.longRun`, !at.follow);
  if (relative) return relative;
  // Not right after its measure's value, it gives the value: "Över tid har tillgängligheten blivit sämre: 2014 var
  // siffran 55 procent" stood alone among another measure's sentences (Sorsele, a read).
  const value = at.follow ? "" : ".value";
  return { text: say(`time.long-run.${cls}.${way(lr.difference)}${value}`, { ...values, värde: valueWithYear(t, f) }, f), claims: [`${id}.value`, `${id}.longRun`] };
}

/**
 * The size of a long run since the series began, beside the run told elsewhere in the release ("den femte förbättringen
 * i rad" said how often, not how much): a time as a multiple when it halved or doubled, else the difference and where
 * it started. Its own slots, since the sentence may open its measure's part of the body and so names the measure;
 * `follow` right after the run's sentence, which named it.
 */
export function runSizeSentence(f: IndicatorFinding, t: TimeInput, say: StorySay, follow: boolean): Sentence | undefined {
  const lr = t.series.longRun;
  if (!lr) return undefined;
  const id = f.indicator.id;
  const relative = relativeSince(f, t, lr.firstYear, lr.firstValue, say, `${id}.longRun`);
  if (relative) return relative;
  const [cls, values] = longRunWords(lr, f.indicator.unit);
  return { text: say(`time.run-size.${cls}.${way(lr.difference)}${follow ? ".follow" : ""}`, values, f), claims: [`${id}.longRun`] };
}

/**
 * A record by a hair over last year's value, which was the old record: after the change sentence (which said
 * the year was no change) "Det är ändå det bästa resultatet hittills."; elsewhere with the value.
 */
function staleSentence(f: IndicatorFinding, t: TimeInput, say: StorySay, at: TimePlace): Sentence | undefined {
  const r = t.series.record;
  if (!r) return undefined;
  const id = f.indicator.id;
  // After "förändrades knappt" the record comes with "ändå"; after a time's plain "gick från … till …" (moved by
  // a tenth or more) without it (a read found "Ändå" there without a reason).
  const plain = movedPlainly(t.series.value, t.values[String(t.series.year - 1)] ?? null, f.indicator.unit) ? ".plain" : "";
  // A second best in the release: "Även det …", not "Det är ändå …s bästa resultat hittills" after the first's
  // "Det är …s bästa resultat …" (Hässleholm, read AB).
  const also = at.follow && at.lastRecord === r.kind ? ".also" : "";
  const slot = `time.record.${r.kind}.stale${at.follow ? also || plain : ".value"}`;
  return { text: say(slot, { värde: valueWithYear(t, f) }, f), claims: [`${id}.value`, `${id}.record`] };
}

/** The sentence of one time fact; undefined when the series does not hold it. */
export function timeSentence(fact: Fact, f: IndicatorFinding, t: TimeInput | null, say: StorySay, at: TimePlace = LOOSE): Sentence | undefined {
  if (!t) return undefined;
  switch (fact.kind) {
    case "record":
      return fact.stale ? staleSentence(f, t, say, at) : withMargin(recordSentence(f, t, say, { ...at, narrow: takesMargin(fact, t) }), fact, f, t, say);
    case "streak":
      return streakSentence(f, t, say, at);
    case "turnaround":
      return turnaroundSentence(f, t, say, at);
    case "long-run":
      return longRunSentence(f, t, say, at);
    default:
      return undefined;
  }
}

/**
 * A record by less than `same` says its margin (as riket's release does):
 * "…, men skillnaden mot det tidigare bästa är bara 1 procentenhet." (blind
 * reads read a 0,1-hour "best ever" as spin, also after a real rise: Älvdalen).
 * A worst-ever gets the old worst and its year, never softened ("…; det
 * tidigare sämsta var 42 procent (2018)": a read found "men bara" playing
 * down a slide, later reads asked for the margin).
 */
function withMargin(s: Sentence | undefined, fact: Fact, f: IndicatorFinding, t: TimeInput, say: StorySay): Sentence | undefined {
  const r = t.series.record;
  if (!s || !fact.narrow || !r) return s;
  const marginal = recordMargin(t, f.indicator.unit);
  // A worst-ever gives the old worst and its year after a semicolon: ", 1 procentenhet sämre än det tidigare
  // sämsta" after "Inget tidigare år har varit sämre" read as garbled (Vingåker, Essunga).
  const föregående = formatValue(r.previous.value, f.indicator.unit, "text");
  const år = oldRecordYears(r.previous.years);
  const riktning = marginWord(f, r.kind);
  // Only last year: an old worst also held by an earlier year is given with its years (Vingåker, 2017 och 2018).
  // An old best that was last year's value is not given as a figure: the margin would be a change from last year
  // that the fact box calls none (Ronneby: 4,4 → 3,6 timmar).
  const last = lastYearRecord(t);
  // A sentence that gave this year's value takes no margin: it would be its third figure (Mönsterås).
  const valued = s.text.includes(formatValue(t.series.value, f.indicator.unit, "text"));
  // A best over last year's value, the old best: after the change sentence, which gave both figures, nothing more
  // ("strax kortare än rekordet från året innan" read as garbled: Haninge, Ronneby, Lidingö in reads BN, BR); in a
  // sentence that gave only this year's value, last year's ("…, ner från 4,4 timmar året innan").
  if (last && r.kind === "best") {
    if (!valued) return s;
    const way = f.indicator.better === "higher" ? "upp" : "ner";
    const bracketed = lastInBrackets(s, f, t, föregående, say);
    if (bracketed) return bracketed;
    const tail = say("time.record.best.hair.last", { riktning: way, föregående });
    const at = s.text.indexOf(", men ");
    return { text: at >= 0 ? `${s.text.slice(0, at)}, ${tail}${s.text.slice(at)}` : `${s.text.replace(/\.$/, "")}, ${tail}.`, claims: s.claims };
  }
  // Riket's context took the sentence's "men": the margin goes before it, never dropped (Kalmar's 0,1 timmar and
  // Lerum's 1 point read as clear records, four reads), as an apposition: in brackets it read as clumsy (Vaggeryd,
  // Karlshamn, Tranemo, Skellefteå: a sweep).
  const turn = s.text.indexOf(", men ");
  if (turn >= 0) {
    const note = say(`time.record.${r.kind}.hair`, { marginal, föregående, år, riktning });
    return { text: `${s.text.slice(0, turn)}, ${note}${s.text.slice(turn)}`, claims: s.claims };
  }
  if (/ men /.test(s.text)) return s;
  // The old worst was last year, whose figure the change sentence before gave: nothing to add. Its figure again
  // read as a repeat (Överkalix), and so did "det tidigare bottenresultatet var året innan, en skillnad på 1
  // procentenhet" (Herrljunga, Sorsele: two reads). A sentence that gave only this year's value gives last year's.
  // Said mildly, without the figures again: "Botkyrka har aldrig haft ett sämre resultat" over 4,5 → 4,8 timmar
  // read as too strong (a later read).
  if (last && !valued) return { text: say("time.record.worst.near", {}, f), claims: s.claims };
  // Also when the old worst was held in earlier years too: "74 procent 2019 (75 procent året innan)", not "(förra
  // bottennoteringen var 75 procent senast 2018)", read as clumsy (reads EB and EE: Mönsterås).
  const bracketed = last || (valued && heldLastYear(t.series)) ? lastInBrackets(s, f, t, föregående, say) : undefined;
  if (bracketed) return bracketed;
  // A sentence that gave this year's value takes the old record in brackets: "…, strax kortare än förra rekordet
  // (2,8 timmar 2017)" stacked a third clause on the record and talked down a quarter (reads Z, AA: Strängnäs, Höör,
  // Kiruna).
  if (valued && !last) return inBrackets(s, say(`time.record.${r.kind}.hair.valued`, { föregående, år, riktning }));
  const tail = say(`time.record.${r.kind}.hair${last ? ".last" : ""}`, { marginal, föregående, år, riktning });
  // The margin as an apposition (", 1 procentenhet under det tidigare sämsta (51 procent 2014)"); "…; det
  // tidigare sämsta var 51 procent (2014), en skillnad på 1 procentenhet" read as clunky (four sweeps).
  // Last year's figure as the old worst, like the best's: ", mot 51 procent året innan" ("; året innan var det 51
  // procent" read as clunky: Essunga, sweep 3).
  return { text: `${s.text.replace(/\.$/, "")}, ${tail}.`, claims: s.claims };
}

/**
 * Last year's figure in brackets right after this year's, when a record apposition follows it: "… låg på 41 procent
 * 2019 (42 procent året innan), Sorseles sämsta resultat hittills." At the end, ", jämfört med 42 procent året
 * innan", it dangled after the apposition (sweep 9: Sorsele, Ronneby scored 3; Tierp).
 */
function lastInBrackets(s: Sentence, f: IndicatorFinding, t: TimeInput, föregående: string, say: StorySay): Sentence | undefined {
  // (Not as a third figure: a measure named with a number, "inom 60 sekunder", has one already. The sentence stays as
  // it is: "… låg på 41 procent 2019, Sorseles sämsta resultat hittills".)
  if (figuresWithStepsIn(s.text) >= 2) return s;
  const at = afterValue(s, f, t, /(?=, )/);
  return at === undefined ? undefined : bracketAt(s, at, say("time.record.hair.last.bracket", { föregående }));
}

/**
 * The old record in brackets after the record it explains: "… var 2,1 timmar 2019, det bästa för Strängnäs hittills
 * (förra rekordet: 2,8 timmar 2017)", before a "men" that follows. Right after this year's value it came before the
 * claim it explains (Strängnäs, Höör; reads AV and AW).
 */
function inBrackets(s: Sentence, note: string): Sentence {
  const turn = s.text.indexOf(", men ");
  const at = turn >= 0 ? turn : s.text.length - (s.text.endsWith(".") ? 1 : 0);
  return bracketAt(s, at, note);
}

/** Where this year's value and its year end in the sentence, when what follows matches `next`. */
function afterValue(s: Sentence, f: IndicatorFinding, t: TimeInput, next: RegExp): number | undefined {
  const value = formatValue(t.series.value, f.indicator.unit, "text");
  const m = new RegExp(`${escapeRegExp(value)} \\d{4}${next.source}`).exec(s.text);
  return m ? m.index + m[0].length : undefined;
}

function bracketAt(s: Sentence, at: number, note: string): Sentence {
  return { text: `${s.text.slice(0, at)} (${note})${s.text.slice(at)}`, claims: s.claims };
}

/** Last year held the old record alone: its figure was just given, or is no change by the thresholds. */
function lastYearRecord(t: TimeInput): boolean {
  const r = t.series.record;
  return r !== undefined && r !== null && heldLastYear(t.series) && r.previous.years.length === 1;
}

/** A narrow record whose sentence gets a margin as an apposition (a worst-ever held last year gets worst.near instead). */
function takesMargin(fact: Fact, t: TimeInput): boolean {
  return fact.narrow === true && !(t.series.record?.kind === "worst" && lastYearRecord(t));
}

/**
 * How a record stands to the old one, in the measure's own words: "över" the old best share, "kortare än"
 * the old best time, "under" the old worst share, "längre än" the old worst time. "före det tidigare bästa
 * med 0,4 timmar" and "med 0,8 timmar till godo" read as unidiomatic (reads BE, BF).
 */
export function marginWord(f: IndicatorFinding, kind: "best" | "worst"): string {
  const up = (f.indicator.better === "higher") === (kind === "best");
  if (isTime(f.indicator.unit)) return up ? "längre än" : "kortare än";
  return up ? "över" : "under";
}

/** How far this year's record passes the old one, in words ("1 procentenhet", "0,3 timmar"); "" without a record. */
export function recordMargin(t: TimeInput, unit: IndicatorFinding["indicator"]["unit"]): string {
  const r = t.series.record;
  return r ? formatDifference(Math.abs(t.series.value - r.previous.value), unit) : "";
}

/** The headline of a time angle: its slot and tokens, and the claim behind it. */
export function timeHeadline(fact: Fact, f: IndicatorFinding, t: TimeInput | null): { slot: string; values: Record<string, string>; claim: string } | undefined {
  const s = t?.series;
  const id = f.indicator.id;
  // A series that began after the survey's first year says from when: "hittills" and "någon tidigare mätning"
  // read as the whole survey over four years (a read: Sollentuna, 2016–2019).
  if (fact.kind === "record" && s?.record && t) {
    // A best by less than `same` headlines the year's step, the lead the record with its margin: "har aldrig
    // haft bättre resultat" over a best by 1 point read as overselling (a read, Piteå).
    if (fact.narrow && s.record.kind === "best" && isImprovement(f.changeClass)) return { slot: "headline.record.best.narrow", values: {}, claim: `${id}.changeClass` };
    const since = recordScope(t) !== "start";
    // A time's best is its shortest: "Nytt rekord för svarstiden" could be the longest (read GN: Vårgårda).
    const time = s.record.kind === "best" && isTime(f.indicator.unit) ? ".time" : "";
    return { slot: `headline.record.${s.record.kind}${since ? ".since" : ""}${time}`, values: since ? { första: formatYear(s.record.firstYear) } : {}, claim: `${id}.record` };
  }
  const ordning = s?.streak ? ordinalWord(s.streak.steps) : undefined;
  if (fact.kind === "streak" && s?.streak && ordning) {
    // A time is shorter or longer for the fifth year, not "bättre" (read KZ: Vetlanda).
    const time = isTime(f.indicator.unit) ? ".time" : "";
    return { slot: `headline.streak.${s.streak.trend}${time}`, values: { ordning, Ordning: capitalize(ordning) }, claim: `${id}.streak` };
  }
  const antal = s?.turnaround ? numberWord(s.turnaround.after) : undefined;
  if (fact.kind === "turnaround" && s?.turnaround && antal) {
    return { slot: `headline.turnaround.${s.turnaround.trend}`, values: { antal }, claim: `${id}.turnaround` };
  }
  return undefined;
}

/**
 * A best record by a hair that a count of records took in ("bästa hittills på alla mått utom …"): its margin, in the
 * measure's part of the body beside its figures (countedNarrow in story.ts). Nothing when the old best was last
 * year's value: the change sentence gave both figures, and the margin is the year's own step.
 */
export function countedHairSentence(f: IndicatorFinding, t: TimeInput | null | undefined, say: StorySay, follow: boolean): Sentence | undefined {
  const r = t?.series.record;
  if (!t || !r || r.kind !== "best" || heldLastYear(t.series)) return undefined;
  const tokens = {
    marginal: recordMargin(t, f.indicator.unit),
    riktning: marginWord(f, "best"),
    föregående: formatValue(r.previous.value, f.indicator.unit, "text"),
    år: oldRecordYears(r.previous.years),
  };
  return { text: say(`time.record.best.counted-hair${follow ? ".follow" : ""}`, tokens, f), claims: [`${f.indicator.id}.record`] };
}
