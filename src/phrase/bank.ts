// The phrase bank: a YAML file under templates/ that a communicator can edit.
// Loading validates it (every situation present, at least three variants,
// only known placeholders) and reports problems with file:line:col. Choosing
// is seeded and deterministic, and no variant is used twice in one release.
import { readFile } from "node:fs/promises";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { CHANGE_CLASSES, COMPARE_CLASSES } from "../analyse/municipality.js";
import { messageFor, type MessageId, type ParamsOf } from "../catalogue.js";
import { KommunpressError, type Message } from "../messages.js";

export const MIN_VARIANTS = 3;

const NAMES = ["kommun", "kommunens", "kommunnamn", "kommunnamnets"];
const SURVEY = ["undersökningen", "undersökning", "utgivare", "år"];
const PLACES = ["first", "shared-first", "last", "bottom-three", "top-ten", "bottom-ten"];
/** Places said as shared ("delar tredje sista plats") when others have the same value. */
const SHARED_PLACES = ["last", "bottom-three", "top-ten", "bottom-ten"];
const NUMBERS = ["ämne", "Ämne", "värde", "föregående", "skillnad"];

/** Every situation a sentence can be in, with the placeholders it may use. */
/** The kommungrupp's ends as headline and lead, the largest change in the country, and a run as a clause. */
function groupAndMostSpecs(specs: Map<string, readonly string[]>, measure: readonly string[]): void {
  for (const k of ["group-first", "group-last", "group-first.shared", "group-last.shared"]) {
    specs.set(`headline.place.${k}`, measure);
    specs.set(`headline.place.${k}.brief`, measure);
  }
  for (const k of ["up", "down"]) {
    specs.set(`headline.measure.most.${k}`, measure);
    specs.set(`change.most.${k}`, [...NAMES, "mått"]);
    specs.set(`change.most-clause.${k}`, []);
    specs.set(`change.most-clause.${k}.again`, []);
    specs.set(`change.most.${k}.time`, [...NAMES, "mått"]);
    specs.set(`change.most-clause.${k}.time`, []);
    specs.set(`change.most-clause.${k}.again.time`, []);
  }
  for (const k of ["both", "first", "last"]) specs.set(`lead.group-places.${k}`, [...NAMES, "först", "sist"]);
  for (const k of ["improving", "declining"]) for (const again of ["", ".again"]) specs.set(`lead.streak-clause.${k}${again}`, ["ordning"]);
  for (const k of ["improving", "declining"]) specs.set(`lead.turn-clause.${k}`, ["antal"]);
  for (const k of ["first", "last", "first.shared", "last.shared"]) specs.set(`lead.group.${k}`, [...NAMES, ...SURVEY, ...NUMBERS, "antal", "delar"]);
}

export function slotSpecs(): Map<string, readonly string[]> {
  const specs = new Map<string, readonly string[]>();
  const headline = [...NAMES, ...SURVEY, "kanal"];
  for (const k of ["improved", "strongly-improved", "declined", "strongly-declined", "compare-better", "compare-level", "compare-worse"]) {
    specs.set(`headline.${k}`, headline);
  }
  specs.set("headline.contrast", [...NAMES, ...SURVEY, "kanal_bättre", "kanal_sämre"]);
  for (const k of ["mixed", "unchanged", "none"]) specs.set(`headline.${k}`, headline);
  const measure = [...NAMES, ...SURVEY, "mått"];
  for (const k of ["improved", "strongly-improved", "declined", "strongly-declined", "compare-better", "compare-level", "compare-worse"]) {
    specs.set(`headline.measure.${k}`, measure);
  }
  for (const k of ["improved", "declined", "strongly-improved", "strongly-declined"]) specs.set(`headline.measure.${k}.points`, [...measure, "förändring"]);
  for (const k of ["compare-better", "compare-worse"]) specs.set(`headline.measure.${k}.far`, measure);
  specs.set("headline.measure.compare-times", [...measure, "jämförelse"]);
  groupAndMostSpecs(specs, measure);
  for (const k of ["better", "worse"]) {
    specs.set(`headline.side.gap.${k}.time`, []);
    specs.set(`headline.side.gap.${k}.far.time`, []);
    specs.set(`headline.side.gap.${k}.far`, ["mått", "placering"]);
  }
  for (const k of PLACES) specs.set(`headline.place.${k}`, [...measure, "delar", "placering"]);
  for (const k of ["first", "shared-first"]) specs.set(`headline.place.${k}.kept`, [...measure, "delar", "placering"]);
  for (const k of SHARED_PLACES) {
    specs.set(`headline.place.${k}.shared`, [...measure, "delar", "placering"]);
    specs.set(`lead.place.${k}.shared`, [...NAMES, ...SURVEY, ...NUMBERS, "antal", "plats", "delar", "placering"]);
    specs.set(`rank.${k}.shared`, [...NAMES, "plats", "antal", "delar", "placering"]);
  }
  specs.set("headline.place.bottom-ten.straddle", [...measure, "delar", "placering", "färre"]);
  specs.set("headline.place.top-ten.rise", [...measure, "placering", "förändring"]);
  specs.set("lead.place.bottom-ten.straddle", [...NAMES, ...SURVEY, ...NUMBERS, "antal", "plats", "delar", "placering", "färre"]);
  specs.set("rank.bottom-ten.straddle", [...NAMES, "plats", "antal", "delar", "placering", "färre"]);
  for (const k of ["up", "down"]) specs.set(`headline.crossing.${k}`, measure);
  for (const t of ["", ".time-up", ".time-down"]) specs.set(`headline.contrast-measure${t}`, [...NAMES, ...SURVEY, "bättre", "Bättre", "sämre"]);
  const lead = [...NAMES, ...SURVEY, ...NUMBERS];
  for (const c of CHANGE_CLASSES) {
    if (c === "unchanged") specs.set("lead.unchanged", lead);
    else for (const m of ["up", "down"]) specs.set(`lead.${c}.${m}`, lead);
    if (c !== "unchanged") for (const m of ["up", "down"]) specs.set(`lead.contrast.${c}.${m}`, lead);
  }
  specs.set("lead.value", lead);
  specs.set("lead.same", lead);
  specs.set("lead.source", [...NAMES, ...SURVEY]);
  specs.set("lead.source-clause", [...NAMES, ...SURVEY]);
  specs.set("lead.source-clause.year-said", [...NAMES, ...SURVEY]);
  for (const k of ["better", "worse"]) specs.set(`lead.except-clause.${k}`, NAMES);
  for (const k of ["better", "worse", "better.missing", "worse.missing"]) specs.set(`lead.summary.${k}`, [...NAMES, ...SURVEY, "andel"]);
  for (const k of ["better", "worse", "better.level", "worse.level"]) specs.set(`lead.summary.except.${k}`, [...NAMES, "ämne", "Ämne", "värde", "riket"]);
  specs.set("lead.summary.except.times", [...NAMES, "ämne", "Ämne", "värde", "riket", "gånger"]);
  for (const k of ["best", "worst", "best.narrow", "worst.narrow"]) specs.set(`lead.summary.except.record.${k}`, [...NAMES]);
  for (const k of ["better", "worse"]) specs.set(`lead.summary.largest.${k}`, [...NAMES, "ämne", "Ämne", "värde", "riket"]);
  for (const k of ["better.worst", "worse.best", "better.worst.narrow", "worse.best.narrow"]) specs.set(`lead.summary.largest.${k}`, NAMES);
  for (const k of ["better", "worse"]) specs.set(`lead.strength.${k}`, [...NAMES, "ämne", "Ämne", "värde", "riket"]);
  specs.set("lead.strength.better.times", [...NAMES, "ämne", "Ämne", "värde", "riket", "gånger"]);
  specs.set("lead.strength.worse.worst", NAMES);
  for (const k of ["better", "worse"]) specs.set(`lead.gap-first.${k}`, [...NAMES, "ämne", "Ämne", "värde", "riket"]);
  for (const k of ["improved", "declined"]) specs.set(`lead.gap-first.${k}`, ["föregående"]);
  for (const k of ["best", "best.narrow"]) specs.set(`lead.gap-first.improved.${k}`, ["föregående", "kommunens"]);
  for (const k of PLACES) specs.set(`lead.place.${k}`, [...lead, "antal", "plats", "delar", "placering"]);
  for (const k of ["first", "last"]) specs.set(`lead.place.run.${k}`, [...NAMES, "ordning"]);
  for (const k of ["first", "last"]) specs.set(`lead.place.run.${k}.shared`, [...NAMES, "ordning"]);
  for (const k of ["first", "last", "first.shared", "last.shared"]) {
    specs.set(`lead.place-left.${k}`, NAMES);
    specs.set(`lead.place-left-sentence.${k}`, [...NAMES, "fjol"]);
  }
  for (const k of ["up", "down"]) for (const t of ["", ".time"]) specs.set(`lead.crossing.${k}${t}`, [...lead, "riket"]);
  for (const k of ["improved", "strongly-improved", "declined", "strongly-declined"]) specs.set(`lead.again.${k}`, lead);
  for (const k of ["strongly-improved", "strongly-declined"]) {
    specs.set(`lead.also.${k}.valued`, [...NAMES, "mått", "föregående", "värde"]);
    specs.set(`lead.also.${k}.latter-one`, [...NAMES, "antal", "Mått"]);
    specs.set(`lead.also.${k}.latter-some`, [...NAMES, "antal"]);
  }
  const change = [...NAMES, ...SURVEY, ...NUMBERS];
  for (const c of CHANGE_CLASSES) {
    if (c === "unchanged") specs.set("change.unchanged", change);
    else for (const m of ["up", "down"]) specs.set(`change.${c}.${m}`, change);
  }
  specs.set("change.value", change);
  specs.set("change.same", change);
  for (const k of ["same", "flat", "diff.up", "diff.down", "within.up", "within.down"]) specs.set(`change.since.${k}`, [...NAMES, ...NUMBERS, "fjol"]);
  for (const c of COMPARE_CLASSES) {
    specs.set(`compare.one.${c}`, [...NAMES, "ref"]);
    specs.set(`compare.both.${c}`, [...NAMES, "riket", "gruppen"]);
    specs.set(`compare.clause.${c}`, ["ref"]);
  }
  specs.set("compare.pair.agree", [...NAMES, "jämförelse1", "jämförelse2"]);
  specs.set("compare.pair.contrast", [...NAMES, "jämförelse1", "jämförelse2"]);
  specs.set("compare.ref.national", ["värde"]);
  specs.set("compare.ref.national-average", ["värde"]);
  specs.set("compare.ref.group-average", ["värde"]);
  specs.set("compare.ref.both-average", ["värde"]);
  specs.set("compare.ref.group", ["värde"]);
  specs.set("compare.ref.both", ["värde"]);
  specs.set("compare.subject", [...NAMES, "ämne", "Ämne", "jämförelse"]);
  for (const k of PLACES) specs.set(`rank.${k}`, [...NAMES, "plats", "antal", "delar", "placering"]);
  specs.set("compare.times", [...NAMES, "ämne", "Ämne", "jämförelse"]);
  for (const k of ["agree", "contrast"]) specs.set(`compare.times-group.${k}`, [...NAMES, "ämne", "Ämne", "jämförelse"]);
  specs.set("compare.times-group.fraction", [...NAMES, "ämne", "Ämne", "andel", "ref"]);
  for (const c of COMPARE_CLASSES) specs.set(`compare.time-clause.${c}`, ["ref"]);
  for (const c of ["better", "worse"]) specs.set(`compare.clause.points.${c}`, ["ref", "skillnad"]);
  specs.set("compare.after-time", [...NAMES, ...SURVEY, "ämne", "Ämne", "jämförelse"]);
  for (const k of ["ahead", "behind"]) specs.set(`compare.after-time.${k}`, [...NAMES, ...SURVEY, "ämne", "Ämne", "jämförelse"]);
  for (const k of ["", ".still", ".named", ".still.named", ".time", ".still.time"]) specs.set(`compare.turn${k}`, [...NAMES, ...SURVEY, "ämne", "Ämne", "jämförelse"]);
  specs.set("lead.no-history", [...NAMES, ...SURVEY]);
  specs.set("lead.no-history.new", [...NAMES, ...SURVEY, "start", "fjol"]);
  specs.set("compare.time-subject", [...NAMES, "ämne", "Ämne", "jämförelse"]);
  specs.set("compare.time-pronoun", [...NAMES, "ämne", "Ämne", "jämförelse"]);
  for (const k of ["strongly-improved", "strongly-declined"]) {
    specs.set(`lead.also.${k}`, [...NAMES, "mått"]);
    specs.set(`lead.also.${k}.turn`, [...NAMES, "mått"]);
  }
  for (const m of ["up", "down"]) {
    specs.set(`change.plain.${m}`, [...NAMES, ...NUMBERS]);
    specs.set(`lead.plain.${m}`, [...NAMES, ...SURVEY, ...NUMBERS]);
  }
  for (const [slot, tokens] of [...timeSlotSpecs(), ...countSlotSpecs()]) specs.set(slot, tokens);
  return specs;
}

/** The counts across measures (§4), records counted or named, and places in the group. */
function countSlotSpecs(): Map<string, readonly string[]> {
  const specs = new Map<string, readonly string[]>();
  for (const k of ["first", "last"]) {
    specs.set(`rank.group.${k}`, [...NAMES, "antal"]);
    specs.set(`rank.group.${k}.shared`, [...NAMES, "antal", "delar"]);
    specs.set(`rank.group.${k}.named`, [...NAMES, "antal", "mått"]);
    specs.set(`rank.group.${k}.shared.named`, [...NAMES, "antal", "delar", "mått"]);
    specs.set(`rank.group.${k}.again`, [...NAMES, "antal"]);
    specs.set(`rank.group.${k}.named.again`, [...NAMES, "antal", "mått"]);
  }
  for (const k of ["all-better", "more-better", "both", "both.level", "all-level", "mostly-level.better", "mostly-level.worse", "mostly-level.both", "more-worse", "all-worse"]) {
    specs.set(`summary.${k}`, [...NAMES, "bättre", "sämre", "nivå", "antal"]);
  }
  for (const k of ["mostly-level.better.one", "mostly-level.worse.one"]) {
    specs.set(`summary.${k}`, [...NAMES, "nivå", "antal", "mått"]);
  }
  for (const k of ["better", "worse", "level"]) specs.set(`summary.three.${k}-one`, [...NAMES, "bättre", "sämre", "nivå", "antal", "mått", "Mått"]);
  specs.set("summary.three.both-one", [...NAMES, "nivå", "antal", "bättremått", "sämremått"]);
  for (const k of ["one", "many"]) for (const w of ["worse", "better", "level"]) specs.set(`summary.told-exception.${k}.${w}`, [...NAMES, "mått", "Mått"]);
  specs.set("summary.told-exception.both", [...NAMES, "bättremått", "Bättremått", "sämremått", "Sämremått"]);
  for (const k of ["worse", "better"]) specs.set(`summary.both.one-${k}`, [...NAMES, "bättre", "sämre", "antal", "mått"]);
  for (const k of ["worse", "better"]) specs.set(`summary.both.two-${k}`, [...NAMES, "bättre", "sämre", "antal", "mått"]);
  specs.set("summary.three.worse-two", [...NAMES, "bättre", "sämre", "nivå", "antal", "mått", "Mått"]);
  specs.set("summary.three.worse-two-better-one", [...NAMES, "bättre", "sämre", "nivå", "antal", "mått", "Mått", "bättremått"]);
  for (const k of ["best", "worst", "best-all", "worst-all"]) specs.set(`summary.records.${k}`, [...NAMES, "antal", "totalt"]);
  for (const k of ["best", "worst"]) specs.set(`summary.records-named.${k}`, [...NAMES, "mått"]);
  specs.set("summary.records-named.best.narrow", [...NAMES, "mått", "knappt"]);
  specs.set("summary.records-named.best.clearest", [...NAMES, "mått", "antal"]);
  specs.set("summary.records-named.best.first", [...NAMES, "mått"]);
  specs.set("summary.records-named.worst.narrow", [...NAMES, "mått", "knappt"]);
  specs.set("summary.records.worst.top", ["mått", "plats"]);
  for (const k of ["best-but", "worst-but"]) specs.set(`summary.records.${k}`, [...NAMES, "mått"]);
  specs.set("summary.missing", [...NAMES, ...SURVEY, "mått", "Mått"]);
  for (const w of ["better", "worse"]) for (const k of ["", "-all", "-but"]) specs.set(`summary.changes.${w}${k}`, [...NAMES, "fjol", "antal", "flest", "övriga"]);
  return specs;
}

/** Time (EDITORIAL.md §8), ratios (§5), crossings and the short contrast headline. */
function timeSlotSpecs(): Map<string, readonly string[]> {
  const specs = new Map<string, readonly string[]>();
  const measure = [...NAMES, ...SURVEY, "mått"];
  for (const k of ["best", "worst"]) {
    specs.set(`headline.record.${k}`, measure);
    specs.set(`headline.record.${k}.since`, [...measure, "första"]);
    specs.set(`headline.records-two.${k}`, [...NAMES, ...SURVEY, "första", "andra"]);
  }
  specs.set("headline.record.best.narrow", measure);
  specs.set("headline.record.best.time", measure);
  specs.set("headline.record.best.since.time", [...measure, "första"]);
  for (const k of ["improving", "declining"]) {
    specs.set(`headline.streak.${k}`, [...measure, "ordning", "Ordning"]);
    specs.set(`headline.streak.${k}.time`, [...measure, "ordning", "Ordning"]);
    specs.set(`headline.turnaround.${k}`, [...measure, "antal"]);
  }
  specs.set("headline.contrast-general", [...NAMES, ...SURVEY]);
  specs.set("headline.both", [...NAMES, ...SURVEY, "första", "Första", "andra"]);
  const sides = [...PLACES, "strong-change.up", "strong-change.down", "change.up", "change.down", "record.best", "record.worst", "streak.improving", "streak.declining", "gap.better", "gap.worse", "gap-named.better", "gap-named.worse", "gap-named.better.time", "gap-named.worse.time", "strong-change.up.time", "strong-change.down.time", "change.up.time", "change.down.time", "most.up", "most.down", "most.up.time", "most.down.time"];
  for (const k of sides) specs.set(`headline.side.${k}`, ["mått", "placering"]);
  for (const k of PLACES) specs.set(`headline.side.${k}.same`, ["mått", "placering"]);
  for (const k of PLACES) specs.set(`headline.side.${k}.new`, ["mått", "placering"]);
  for (const k of ["best", "worst"]) for (const v of ["again", "since", "time", "again.time", "since.time"]) specs.set(`headline.side.record.${k}.${v}`, ["mått", "placering"]);
  for (const k of ["better", "worse", "better.time", "worse.time"]) specs.set(`headline.side.gap-named.${k}.again`, ["mått", "placering"]);
  for (const k of ["up", "down"]) specs.set(`headline.side.strong-change.${k}.short`, ["mått", "placering"]);
  specs.set("headline.side.last.shared", ["mått", "placering"]);
  specs.set("headline.side.change-relative", ["mått", "relativt"]);
  specs.set("change.share-words", ["andel", "Andel", "värde", "verb", "resten", "år", "föregående", "föregåendeår"]);
  // A shared place in a headline side says so ("svarstiden på delad tredje plats i landet").
  for (const k of ["top-ten", "bottom-three", "top-ten.time", "bottom-three.time", "top-ten.same", "bottom-three.same", "top-ten.new", "bottom-three.new"]) specs.set(`headline.side.${k}.shared`, ["mått", "placering"]);
  for (const k of ["top-ten", "bottom-ten", "bottom-three"]) specs.set(`headline.side.${k}.time`, ["mått", "placering"]);
  specs.set("headline.side.last.shared.same", ["mått", "placering"]);
  specs.set("headline.side.last.shared.new", ["mått", "placering"]);
  for (const k of ["changes", "records"]) specs.set(`headline.side.${k}.all`, ["andel"]);
  specs.set("headline.side.records.worst", ["andel"]);
  specs.set("headline.side.behind.all", []);
  specs.set("headline.side.behind.some", ["antal"]);
  for (const k of ["group-last", "group-last.time"]) specs.set(`headline.side.${k}`, ["mått", "placering"]);
  for (const k of ["better", "worse"]) specs.set(`headline.summary.${k}.year`, [...NAMES, ...SURVEY, "andel", "antal", "fjol"]);
  specs.set("headline.mostly-level", [...NAMES, ...SURVEY]);
  for (const k of ["summary.better", "summary.worse", "records.best", "records.worst"]) specs.set(`headline.${k}`, [...NAMES, ...SURVEY, "andel"]);
  for (const m of ["up", "down"]) {
    specs.set(`lead.relative.${m}`, [...NAMES, ...SURVEY, ...NUMBERS, "relativt"]);
    specs.set(`lead.again-relative.${m}`, [...NAMES, ...SURVEY, ...NUMBERS, "ämne", "Ämne", "relativt"]);
    specs.set(`lead.contrast-relative.${m}`, [...NAMES, ...SURVEY, ...NUMBERS, "relativt"]);
    specs.set(`change.relative.${m}`, [...NAMES, ...SURVEY, ...NUMBERS, "relativt"]);
    specs.set(`compare.crossing.${m}`, [...NAMES, "ämne", "Ämne", "ref", "fjol"]);
    specs.set(`compare.crossing.${m}.far`, [...NAMES, "ämne", "Ämne", "ref", "fjol"]);
    specs.set(`compare.crossing.${m}.time`, [...NAMES, "ämne", "Ämne", "ref", "fjol"]);
    specs.set(`compare.crossing.${m}.also`, [...NAMES, "ämne", "Ämne", "ref", "fjol"]);
    specs.set(`compare.crossing.${m}.far.time`, [...NAMES, "ämne", "Ämne", "ref", "fjol"]);
    if (m === "down") for (const v of ["", ".far"]) for (const w of [".from-first", ".from-shared-first"]) specs.set(`compare.crossing.down${v}${w}`, [...NAMES, "ämne", "Ämne", "ref", "fjol"]);
  }
  const subject = [...NAMES, "ämne", "Ämne"];
  for (const k of ["best", "worst"]) {
    for (const scope of ["start", "since", "measured", "again"]) {
      specs.set(`time.record.${k}.${scope}`, [...subject, "första", "sista"]);
      specs.set(`time.record.${k}.${scope}.follow`, [...subject, "första", "sista"]);
    }
    specs.set(`time.record.${k}.again.follow.against`, [...subject, "första"]);
    specs.set(`time.record.${k}.hair`, ["marginal", "föregående", "år", "riktning"]);
    specs.set(`time.record.${k}.also.follow`, [...subject, "första"]);
    specs.set(`time.record.${k}.also.follow.against`, [...subject, "första"]);
  }
  specs.set("time.record.worst.hair.last", ["föregående"]);
  specs.set("time.record.hair.last.bracket", ["föregående"]);
  specs.set("time.record.best.counted-hair", ["ämne", "Ämne", "marginal", "föregående", "år", "riktning"]);
  specs.set("time.record.best.counted-hair.follow", ["marginal", "föregående", "år", "riktning"]);
  specs.set("time.record.best.hair.last", ["riktning", "föregående"]);
  for (const k of ["best", "worst"]) specs.set(`time.record.${k}.hair.valued`, ["föregående", "år", "riktning"]);
  specs.set("lead.worst-also", [...NAMES, ...SURVEY, "ämne", "Ämne", "värde"]);
  specs.set("lead.low-clause", NAMES);
  specs.set("lead.best-clause", NAMES);
  specs.set("lead.best-step-clause", []);
  specs.set("time.level-best", [...NAMES, "tidigare", "skillnad", "riktning"]);
  specs.set("time.level-best.last", NAMES);
  specs.set("time.level-best.again", NAMES);
  for (const k of ["best", "worst"]) specs.set(`time.tie.${k}`, [...NAMES, "från"]);
  for (const k of ["best", "worst"]) specs.set(`time.tie.${k}.valued`, [...NAMES, "från", "värde"]);
  specs.set("time.tie.worst.kept", NAMES);
  specs.set("time.tie.worst.kept.valued", [...NAMES, "värde"]);
  for (const end of ["first", "last"]) specs.set(`lead.group-clause.${end}`, ["antal"]);
  for (const end of ["first", "last"]) specs.set(`lead.group-clause.${end}.named`, ["antal", "kommun"]);
  for (const k of ["up", "down"]) specs.set(`change.relative-said.${k}`, [...NAMES, "ämne", "Ämne", "relativt"]);
  specs.set("lead.place-clause.best", NAMES);
  specs.set("lead.place-clause.rise", [...NAMES, "föregående"]);
  specs.set("lead.place-clause.best.before", NAMES);
  specs.set("lead.place-clause.rise.before", [...NAMES, "fjol"]);
  specs.set("lead.place-clause.fall", [...NAMES, "fjol"]);
  specs.set("lead.records.behind", [...NAMES, "sämre", "antal"]);
  specs.set("lead.records.behind.level", [...NAMES, "sämre", "antal", "nivå"]);
  specs.set("lead.records.behind.all", [...NAMES, "sämre", "antal"]);
  for (const k of ["better", "worse", "up", "down", "strongly-up", "strongly-down"]) specs.set(`lead.channel-also.${k}`, [...NAMES, "mått"]);
  for (const k of ["better", "worse"]) specs.set(`summary.all-but.${k}`, [...NAMES, "mått"]);
  specs.set("lead.low-clause.also", NAMES);
  specs.set("time.record.best.stale", [...NAMES, "ämne", "Ämne", "värde"]);
  specs.set("time.record.worst.near", [...NAMES, "ämne", "Ämne"]);
  specs.set("time.record.best.stale.value", [...NAMES, "ämne", "Ämne", "värde"]);
  specs.set("time.record.best.stale.plain", [...NAMES, "ämne", "Ämne", "värde"]);
  specs.set("time.record.best.stale.also", [...NAMES, "ämne", "Ämne", "värde"]);
  specs.set("lead.worst-also.ahead", [...NAMES, ...SURVEY, "ämne", "Ämne", "värde"]);
  specs.set("lead.worst-also.narrow", [...NAMES, ...SURVEY, "ämne", "Ämne", "värde"]);
  specs.set("time.context.level", []);
  specs.set("time.context.level.best", []);
  for (const k of ["behind", "ahead", "behind-far", "ahead-far"]) {
    specs.set(`time.context.${k}`, ["ämne"]);
    specs.set(`time.context.${k}.time`, ["ämne"]);
    specs.set(`time.context.streak.${k}`, ["ämne"]);
    specs.set(`lead.context.${k}`, []);
    specs.set(`lead.context.${k}.time`, []);
  }
  for (const k of ["up", "down"]) {
    specs.set(`lead.context.level.${k}`, []);
  }
  for (const k of ["best", "worst"]) specs.set(`time.record.${k}.value`, [...subject, "värde", "sedan"]);
  for (const k of ["start", "since", "measured", "again"]) specs.set(`time.scope.${k}`, [...NAMES, "första", "sista"]);
  for (const m of ["up", "down", "up.time", "down.time"]) specs.set(`compare.crossing.was.${m}`, [...NAMES, "fjol", "ämne", "Ämne"]);
  for (const m of ["up", "down"]) specs.set(`compare.crossing.was-named.${m}`, [...NAMES, "fjol", "år", "ämne", "Ämne"]);
  for (const k of ["improving", "declining"]) {
    for (const m of ["up", "down"]) {
      for (const v of ["", ".follow", ".every", ".every.follow", ".value", ".every.value"]) {
        specs.set(`time.streak.${k}.${m}${v}`, [...subject, "ordning", "Ordning", "startår", "startvärde", "värde", "skillnad"]);
      }
    }
    specs.set(`time.turnaround.${k}`, [...subject, "antal", "sedan"]);
    specs.set(`time.turnaround.${k}.follow`, [...subject, "antal", "sedan"]);
    specs.set(`time.turnaround.${k}.strong`, [...subject, "antal", "sedan"]);
    specs.set(`time.turnaround.${k}.again.strong`, [...subject, "antal", "sedan"]);
    specs.set(`time.turnaround.${k}.again`, [...subject, "antal", "sedan"]);
    specs.set(`time.turnaround.${k}.follow.again`, [...subject, "antal", "sedan"]);
  }
  for (const k of ["improved", "declined"]) {
    for (const m of ["up", "down"]) specs.set(`time.long-run.${k}.${m}`, [...subject, "första", "förstavärde", "skillnad", "värde"]);
    for (const m of ["up", "down"]) specs.set(`time.long-run.${k}.${m}.value`, [...subject, "första", "förstavärde", "skillnad", "värde"]);
  }
  specs.set("time.long-run.relative", [...subject, "första", "förstavärde", "relativt"]);
  specs.set("time.long-run.relative.value", [...subject, "första", "förstavärde", "relativt", "värde"]);
  for (const k of ["improved", "declined"]) {
    for (const m of ["up", "down"]) for (const v of ["", ".follow"]) specs.set(`time.run-size.${k}.${m}${v}`, [...subject, "första", "förstavärde", "skillnad"]);
  }
  return specs;
}

export interface Variant {
  text: string;
  /** Where the variant stands in the bank file (for error messages). */
  line: number;
  column: number;
}

export interface PhraseBank {
  file: string;
  slots: ReadonlyMap<string, readonly Variant[]>;
}

const TOKEN = /\{([^{}]*)\}/g;

/**
 * A spec key ending in `.*` is a table: any key under it is allowed. Without
 * placeholders it holds terms (e.g. `kanaler.telefon`), each one text (no
 * variants needed); with placeholders each entry is a list of variants, at
 * least MIN_VARIANTS like any slot.
 */
function termSpec(specs: ReadonlyMap<string, readonly string[]>, prefix: string): readonly string[] | undefined {
  const dot = prefix.lastIndexOf(".");
  return dot > 0 ? specs.get(`${prefix.slice(0, dot)}.*`) : undefined;
}

/** Parses and checks a phrase bank. Pure; `file` is only used in messages. */
export function parsePhraseBank(
  source: string,
  file: string,
  specs: ReadonlyMap<string, readonly string[]> = slotSpecs(),
): { bank?: PhraseBank; messages: Message[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const messages: Message[] = [];
  const at = (offset: number | undefined): { line: number; column: number } => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const err = <K extends MessageId>(id: K, path: string, offset: number | undefined, ...params: ParamsOf<K>): void => {
    messages.push(messageFor(id, { file, path, position: at(offset) }, ...params));
  };
  for (const e of doc.errors) err("yaml-syntax/phrase-bank", "", e.pos[0], e.code);
  if (messages.length > 0) return { messages };
  const slots = new Map<string, Variant[]>();
  const walk = (node: YamlNode | null | undefined, prefix: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : "";
        walk(pair.value as YamlNode | null, prefix === "" ? key : `${prefix}.${key}`);
      }
      return;
    }
    const keyOffset = node?.range?.[0];
    const term = !specs.has(prefix) ? termSpec(specs, prefix) : undefined;
    // A table whose entries take placeholders (riket's `läsarfraser`) holds variants, like a slot.
    const single = term !== undefined && term.length === 0;
    if (single && isScalar(node) && typeof node.value === "string" && node.value.trim() !== "") {
      const pos = at(keyOffset);
      slots.set(prefix, [{ text: node.value.replace(/\s+/g, " ").trim(), line: pos.line, column: pos.column }]);
      return;
    }
    if (!specs.has(prefix) && !term) {
      err("phrase-bank/unknown-slot", prefix, keyOffset, prefix);
      return;
    }
    if (!isSeq(node)) {
      err("phrase-bank/not-a-list", prefix, keyOffset);
      return;
    }
    const allowed = specs.get(prefix) ?? term ?? [];
    const variants: Variant[] = [];
    for (const item of node.items) {
      const n = item as YamlNode;
      if (!isScalar(n) || typeof n.value !== "string" || n.value.trim() === "") {
        err("phrase-bank/not-text", prefix, n.range?.[0]);
        continue;
      }
      const text = n.value.replace(/\s+/g, " ").trim();
      for (const m of text.matchAll(TOKEN)) {
        const token = m[1] ?? "";
        if (!allowed.includes(token)) {
          err("phrase-bank/unknown-token", prefix, n.range?.[0], token, allowed);
        }
      }
      if (/[{}]/.test(text.replace(TOKEN, ""))) err("phrase-bank/lone-brace", prefix, n.range?.[0]);
      const pos = at(n.range?.[0]);
      variants.push({ text, line: pos.line, column: pos.column });
    }
    if (new Set(variants.map((v) => v.text)).size !== variants.length) {
      err("phrase-bank/duplicate", prefix, keyOffset);
    }
    if (variants.length < MIN_VARIANTS && !single) {
      err("phrase-bank/too-few", prefix, keyOffset, MIN_VARIANTS, variants.length);
    }
    slots.set(prefix, variants);
  };
  walk(doc.contents as YamlNode | null, "");
  for (const slot of specs.keys()) {
    if (slot.endsWith(".*")) continue;
    if (!slots.has(slot) && !messages.some((m) => m.path === slot)) {
      err("phrase-bank/missing-slot", slot, 0, slot);
    }
  }
  if (messages.length > 0) return { messages };
  return { bank: { file, slots }, messages };
}

export async function loadPhraseBank(file: string, specs?: ReadonlyMap<string, readonly string[]>): Promise<PhraseBank> {
  const source = await readFile(file, "utf8");
  const { bank, messages } = parsePhraseBank(source, file, specs);
  if (!bank) throw new KommunpressError(messages, 1);
  return bank;
}

/**
 * FNV-1a, 32 bit, with murmur3's finaliser: small, stable across platforms and
 * Node versions. Without the finaliser, keys that differ only in their last
 * character (the variant index) sort in a biased order: over the 264 example
 * releases the last variant of a slot was chosen twice as often as the others.
 */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Replaces {token}s; a token without a value is a programming error. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(TOKEN, (_, token: string) => {
    const v = values[token];
    if (v === undefined) throw new Error(`frasbanken: inget värde för {${token}}`);
    return v;
  });
}

/** Slots that name something (riket, likvärdiga kommuner) and may repeat. */
export function isNamingSlot(slot: string): boolean {
  return slot.startsWith("compare.ref.");
}

/** Slots that are parts of a sentence rather than sentences. */
function isFragmentSlot(slot: string): boolean {
  return isNamingSlot(slot) || slot.startsWith("compare.clause.") || slot.startsWith("headline.side.") || slot.startsWith("lead.streak-clause.") || slot.startsWith("lead.turn-clause.") || slot.startsWith("change.most-clause.");
}

/**
 * The words a sentence opens with: two words, or the subject token alone
 * ("{Ämne} var …" and "{Ämne} är …" both open with the measure's name, and two
 * sentences in a row that do read as machine-made).
 */
function opening(template: string, bySubject: boolean, slot = ""): string {
  if (bySubject && /^\{[äÄ]mne\}/.test(template)) return "{Ämne}";
  // The municipality's name likewise in the text: "Storfors ligger … Storfors har därmed … Storfors resultat …" read
  // as three openings alike (read AB). (Not in a headline, whose variants are chosen to fit 70 characters.)
  if (bySubject && !slot.startsWith("headline.") && /^\{kommun(ens|namn)?\}/.test(template)) return "{kommun}";
  // A linking adverb is the opening by itself: "Därmed bröts …" and "Därmed tog … slut" read as the same start.
  // ("I {kommunnamn} är …" and "I {kommun} är …" are one opening in the text: Norberg, read AT.)
  return LINK.exec(template)?.[1] ?? template.replace(/\{kommun(ens|namn|namnets)?\}/g, "{kommun}").split(" ").slice(0, 2).join(" ");
}

/**
 * Words that read as a tic when two sentences in a row use them: "låg kvar på ungefär samma nivå … Det är
 * ungefär samma nivå som både riket …" (a sweep found a dozen such pairs); "Resultatet … Resultatet 2019" (five in sweep 4);
 * "… det bästa i alla mätningar sedan 2014. Sedan 2014 har …" (Söderköping, read AB).
 */
const ECHOES: readonly RegExp[] = [/^(Men )?Resultatet\b/, /\bsedan \{(första|startår)\}/i, /samma nivå/i, /i nivå med/i, /\bfortfarande\b/i, /\b(alltjämt|fortsatt)\b/i, /(?<!\p{L})(ändå|trots)(?!\p{L})/iu, /\bkraftig/i, /\bklart\b/i, /marginal/i];

/** The echo words `template` shares with `before`. */
function echoes(template: string, before: string): number {
  return ECHOES.filter((re) => re.test(template) && re.test(before)).length;
}

/**
 * Stock phrases a release says once when another variant exists, however far apart: Hammarö's ingress said "höll sig
 * på ungefär samma nivå" of two measures two sentences apart (ten example releases had such a pair).
 */
// ("jämfört med 2018" in two sentences in a row: Aneby's Telefon section, read HY.)
// ("…, efter tre år i rad med sämre resultat" of two measures in one section: Munkedal, once turnarounds said a strong
// change as strong.)
const STOCK: readonly RegExp[] = [/ungefär samma nivå/i, /\bmätningen\b/i, /i stort sett oförändra[dt]/i, /förändrades (andelen )?knappt/i, /(knapp|liten) marginal/i, /om än knappt/i, /jämfört med \{fjol\}/i, /år i rad med (bättre|sämre) resultat/i];

/** The stock phrases `template` shares with anything chosen before in the release (`said`: indices into STOCK). */
function repeats(template: string, said: ReadonlySet<number>): number {
  return STOCK.filter((re, i) => said.has(i) && re.test(template)).length;
}

/** Linking adverbs: one opening, and once per release when another variant exists. */
const LINK = /^(Därmed|Dessutom|Samtidigt|Även|Också|Däremot)\s/;

/** Openings a release says once when another variant exists: riket's "Främst låg" in two sections read as a template (read X). */
// ("I {kommun} är …" twice in a release read as a template: reads BC and BD. "Sedan 2014 har …" three times in one
// release likewise: A/B read AB31, Karlskoga.)
const ONCE = /^(Främst låg|I topp|Längst ner|Jämfört med|Sedan \{(?:första|startår)\}|I \{kommun(?:namn)?\} är)\s/;

/**
 * Chooses variants for one release. The order of the variants of a slot is a
 * permutation seeded by (seed, slot); the first variant not yet used in this
 * release wins, so a re-run gives the same text and neighbours differ. A
 * sentence does not open with the same two words as any of the three
 * sentences before it when another unused variant exists, nor with a linking
 * adverb ("Därmed") the release has opened with already.
 */
export class Chooser {
  private readonly used = new Set<string>();
  private readonly uses = new Map<string, number>();
  private readonly recentOpenings: string[] = [];
  private readonly links = new Set<string>();
  /** The last template chosen: the next avoids its echo words (ECHOES). */
  private before = "";
  /** The STOCK phrases chosen so far in the release. */
  private readonly said = new Set<number>();
  private readonly clauses: string[] = [];
  readonly exhausted: string[] = [];
  /** `bySubject`: sentences that open with the measure's name count as one opening (the municipal release). */
  constructor(
    private readonly bank: PhraseBank,
    private readonly seed: string,
    private readonly bySubject = false,
  ) {}

  /**
   * `cost` (optional) ranks the unused variants before the seeded order
   * decides among equals: lower is preferred (a headline prefers variants that
   * come out short). `reuse`: a used variant that costs less than every unused one is taken again.
   */
  pick(slot: string, cost?: (template: string) => number, reuse = false): string {
    const variants = this.bank.slots.get(slot);
    if (!variants || variants.length === 0) throw new Error(`frasbanken saknar ${slot}`);
    const order = variants
      .map((v, i) => ({ v, i, h: hash(`${this.seed}|${slot}|${i}`) }))
      .sort((a, b) => a.h - b.h || a.i - b.i);
    const count = this.uses.get(slot) ?? 0;
    this.uses.set(slot, count + 1);
    if (isNamingSlot(slot)) {
      const named = order[count % order.length];
      if (!named) throw new Error(`frasbanken saknar ${slot}`);
      return named.v.text;
    }
    const fresh0 = order.filter((o) => !this.used.has(`${slot}#${o.i}`));
    // With `reuse`, a used variant that costs less than every unused one (a headline that must fit) may be taken
    // again: a headline's second try came out longer than its first because the first had used the short variants
    // (Göteborg, Torsås).
    const costs = new Map(reuse && cost ? order.map((o) => [o.i, cost(o.v.text)] as const) : []);
    const least = (xs: typeof order): number => Math.min(...xs.map((o) => costs.get(o.i) ?? 0));
    const best = least(order);
    const unused = costs.size === 0 || fresh0.length === 0 || least(fresh0) <= best ? fresh0 : order.filter((o) => costs.get(o.i) === best);
    // The caller's cost first, then no echo of the sentence before; the seeded order decides among equals.
    const rank = (t: string): number => (cost ? cost(t) * 100 : 0) + echoes(t, this.before) + repeats(t, this.said);
    const fresh = unused.map((o) => ({ o, c: rank(o.v.text) })).sort((a, b) => a.c - b.c).map((x) => x.o);
    const fragment = isFragmentSlot(slot);
    const chosen =
      (fragment ? undefined : fresh.find((o) => !this.recentOpenings.includes(opening(o.v.text, this.bySubject, slot)) && !this.links.has(opening(o.v.text, this.bySubject, slot)))) ??
      (fragment ? undefined : fresh.find((o) => !this.links.has(opening(o.v.text, this.bySubject, slot)))) ??
      (fragment ? undefined : fresh.find((o) => !this.recentOpenings.includes(opening(o.v.text, this.bySubject, slot)))) ??
      fresh[0] ??
      order[0];
    if (!chosen) throw new Error(`frasbanken saknar ${slot}`);
    if (fresh.length === 0) this.exhausted.push(slot);
    this.used.add(`${slot}#${chosen.i}`);
    STOCK.forEach((re, i) => re.test(chosen.v.text) && this.said.add(i));
    // A sentence's clauses are chosen just before it ("på samma nivå som {ref}" for "{Ämne} är {jämförelse}."):
    // they are part of what the next sentence must not echo.
    if (fragment) this.clauses.push(chosen.v.text);
    else {
      this.before = [chosen.v.text, ...this.clauses].join(" ");
      this.clauses.length = 0;
      if (LINK.test(chosen.v.text) || ONCE.test(chosen.v.text)) this.links.add(opening(chosen.v.text, this.bySubject, slot));
      this.recentOpenings.push(opening(chosen.v.text, this.bySubject, slot));
      if (this.recentOpenings.length > 3) this.recentOpenings.shift();
    }
    return chosen.v.text;
  }

  /** Slot#index keys used so far (for tests and variation reports). */
  usedVariants(): string[] {
    return [...this.used];
  }
}
