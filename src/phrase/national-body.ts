// phrase, national summary: the body's sentences about the municipalities
// behind an average: the top two and the bottom two with their figures, how
// many reached 100 percent, how many improved and declined (as a multiple
// when that is the story), and the kommungrupper.
import type { Extreme, MunicipalityRef } from "../analyse/national.js";
import type { NationalSectionPlan } from "../plan/national.js";
import type { Sentence } from "./compose.js";
import { alikeCounts, multiplePhrase, spanPhrase, tierPhrase, membersPhrase, MAX_NAMED, type NationalContext } from "./national-words.js";
import { isTime } from "./relative.js";
import { capitalize, countPhrase, formatDifference, formatValue } from "./swedish.js";

/** The top and the bottom: one sentence when each is one value, else one each. */
export function placeSentences(s: NationalSectionPlan, ctx: NationalContext): Sentence[] {
  const f = s.finding;
  const id = f.indicator.id;
  const unit = f.indicator.unit;
  const { top, bottom } = s;
  if (!top) return [];
  const val = (e: Extreme<MunicipalityRef> | undefined): string => (e ? formatValue(e.value, unit, "text") : "");
  const [t1, t2] = top.tiers;
  const [b1, b2] = bottom?.tiers ?? [];
  const subject = ctx.mentions.subject(f.indicator);
  const tokens = {
    ämne: subject,
    Ämne: capitalize(subject),
    bäst: t1 ? tierPhrase(t1) : "",
    bästvärde: val(t1),
    tvåa: t2 ? tierPhrase(t2) : "",
    tvåavärde: val(t2),
    sämst: b1 ? tierPhrase(b1) : "",
    sämstvärde: val(b1),
    näst: b2 ? tierPhrase(b2) : "",
    nästvärde: val(b2),
    fullt: formatValue(100, "percent", "text"),
    antal: "",
    Antal: "",
  };
  const out: Sentence[] = [];
  const full = unit === "percent" && f.indicator.better === "higher" && t1?.value === 100 && t1.members.length >= 2;
  const topClaims = [`${id}.top`, ...(t1?.value === 100 && unit === "percent" ? [`${id}.reached100`] : [])];
  if (full && t1) {
    // Counted in words ("nio kommuner"); named as well when they are few.
    const named = t1.members.length <= 4;
    const n = countPhrase(t1.members.length, "kommun", "kommuner");
    out.push({ text: ctx.say(named ? "places.full.named" : "places.full", { ...tokens, antal: n, Antal: capitalize(n), bäst: named ? tokens.bäst : n }), claims: topClaims });
  } else if (!t2 && b1 && !b2) {
    return [{ text: ctx.say("places.pair", tokens), claims: [...topClaims, `${id}.bottom`] }];
  } else {
    out.push({ text: ctx.say(t2 ? `places.top.two${counted(t2)}` : "places.top.one", tokens), claims: topClaims });
  }
  if (b1) out.push({ text: ctx.say(b2 ? `places.bottom.two${counted(b2)}` : "places.bottom.one", tokens), claims: [`${id}.bottom`] });
  return out;
}

/**
 * A second tier counted, not named ("fem kommuner"), takes its own wording: "och näst svagast fem kommuner (33 procent)"
 * read as careless (read LH).
 */
function counted(e: Extreme<MunicipalityRef>): string {
  return e.members.length > MAX_NAMED ? ".counted" : "";
}

/** How many municipalities improved and declined; a multiple when one side is at least twice the other. */
export function moversSentence(s: NationalSectionPlan, ctx: NationalContext): Sentence[] {
  const m = s.finding.movers;
  const story = s.movers;
  if (!m || m.compared === 0) return [];
  const id = s.finding.indicator.id;
  const kind = m.threshold > 0 ? "threshold" : "any";
  let which = m.improved > 0 && m.declined > 0 ? "both" : m.improved > 0 ? "improved" : m.declined > 0 ? "declined" : "none";
  if (which === "both" && story?.said === true && story.larger !== "even") which = `ratio.${story.larger}`;
  const [antal, förbättrade, försämrade] = alikeCounts([m.compared, m.improved, m.declined]) as [string, string, string];
  const text = ctx.say(`movers.${kind}.${which}`, {
    antal,
    förbättrade,
    försämrade,
    gräns: formatDifference(m.threshold, s.finding.indicator.unit),
    gånger: story?.ratio ? multiplePhrase(story.ratio) : "",
  });
  return [{ text, claims: [`${id}.compared`, `${id}.improved`, `${id}.declined`] }];
}

/** Best and worst kommungrupp; a gap below the comparison threshold is "close together". */
export function groupsSentence(s: NationalSectionPlan, ctx: NationalContext): Sentence[] {
  const f = s.finding;
  const g = f.groups;
  if (!g) return [];
  const unit = f.indicator.unit;
  const tokens = {
    ämne: f.indicator.short ?? f.indicator.subject,
    bästgrupp: groupsPhrase(g.best),
    bästvärde: formatValue(g.best.value, unit, "text"),
    sämstgrupp: groupsPhrase(g.worst),
    sämstvärde: formatValue(g.worst.value, unit, "text"),
    skillnad: formatDifference(g.difference, unit),
    spann: spanPhrase(g.worst.value, g.best.value, unit),
  };
  // A time is shortest and longest, never "högst" for the best (groups.spread.time).
  const slot = g.difference < f.thresholds.compare.same ? "groups.level" : `groups.spread${isTime(unit) ? ".time" : ""}`;
  return [{ text: ctx.say(slot, tokens), claims: [`${f.indicator.id}.groups`] }];
}

/**
 * Kommungrupper by name, each said as a group: "gruppen Storstäder", "grupperna Mindre stad/tätort och Större stad"
 * ("svagast Storstäder" and "Lågpendlingskommun nära större stad hade …" used the names as bare nouns, read IW); more
 * than MAX_NAMED counted ("fem kommungrupper").
 */
function groupsPhrase(e: Extreme<{ name: string }>): string {
  const named = membersPhrase(e, countPhrase(e.members.length, "kommungrupp", "kommungrupper"));
  if (e.members.length > MAX_NAMED) return named;
  return `${e.members.length === 1 ? "gruppen" : "grupperna"} ${named}`;
}
