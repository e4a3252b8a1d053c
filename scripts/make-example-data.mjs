#!/usr/bin/env node
// Builds data/exempel/kkik-2019-alla.yaml: synthetic ("exempeldata") KKiK 2019
// results for all 290 municipalities, with SKR's nine kommungrupper and riket,
// and the years 2014–2018 before it (history for streaks, records and long-run
// change). The 2018 and 2019 values are drawn first and never changed by the
// history drawn after them.
//
//   node scripts/make-example-data.mjs [output file]
//
// Deterministic: one seeded PRNG (mulberry32, constant seed), no
// Math.random, no clock, only + − × ÷ on numbers (no Math.log/exp/sin, whose
// last bits could differ between engines). Same input files → same bytes.
//
// Inputs: data/reference/kommuner.csv (codes, names, official names,
// kommungrupp) and data/exempel/huddinge-2019.yaml (survey facts, thresholds,
// indicators, riket's and the A2 group's 2019 values, Huddinge's own values).
//
// Rounding rule (the test recomputes it): a group's or riket's value for an
// indicator and year is the unweighted mean of the members that have a value
// (null or missing does not count), as Kolada computes group averages, rounded
// half up to a whole number for percent and to one decimal for hours. The
// rounding is done exactly in integers (percent, tenths of an hour):
// round(S / n) = floor((2S + n) / 2n). Municipalities' own hours have one decimal.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Document, parse } from "yaml";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CSV = path.join(ROOT, "data/reference/kommuner.csv");
const HUDDINGE = path.join(ROOT, "data/exempel/huddinge-2019.yaml");
const DEFAULT_OUT = path.join(ROOT, "data/exempel/kkik-2019-alla.yaml");

const YEAR = 2019;
const PREV = 2018;
const PARTICIPANTS = 264; // municipalities with 2019 results (as in the real KKiK 2019)
const NOT_2019_WITH_2018 = 14; // took part in 2018 only
const NOT_EITHER = 12; // 290 − 264 − 14: in neither year (results: {})
const NEW_IN_2019 = 8; // 2019 results but none for 2018
const HUDDINGE_CODE = "0126";
const NOTE = "Siffrorna i detta pressmeddelande är exempeldata och inte verkliga resultat.";

// ----------------------------------------------------------------- PRNG

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20191104);
/** Integer in [lo, hi]. */
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
/** Approximately standard normal (Irwin–Hall, 12 uniforms): additions only. */
function normal() {
  let s = 0;
  for (let i = 0; i < 12; i += 1) s += rand();
  return s - 6;
}
function shuffle(list) {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

// ------------------------------------------------------------------ input

function parseCsv(text) {
  const rows = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === "") continue;
    const cells = [];
    let cur = "";
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i += 1;
        } else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ",") {
        cells.push(cur);
        cur = "";
      } else cur += ch;
    }
    cells.push(cur);
    rows.push(cells);
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

const kommuner = parseCsv(readFileSync(CSV, "utf8"));
if (kommuner.length !== 290) throw new Error(`kommuner.csv: expected 290 rows, got ${kommuner.length}`);
const example = parse(readFileSync(HUDDINGE, "utf8"));
const huddinge = example.municipalities.find((m) => m.code === HUDDINGE_CODE);
const exampleA2 = example.groups.find((g) => g.id === "A2");

// ------------------------------------------------------------- indicators

// Values are kept as integers: percent as is, hours in tenths. lo–hi: the
// range of ordinary 2019 values (the highest and lowest values, and the ties
// for them, are set explicitly outside it); lo18–hi18: the range for the 2018
// value of a big improver or decliner.
const IND = {
  tillganglighet: { scale: 1, lo: 34, hi: 91, lo18: 30, hi18: 97 },
  "svar-pa-fragan": { scale: 1, lo: 33, hi: 86, lo18: 30, hi18: 95 },
  bemotande: { scale: 1, lo: 55, hi: 97, lo18: 50, hi18: 99 },
  "epost-en-dag": { scale: 1, lo: 33, hi: 99, lo18: 30, hi18: 99 },
  "epost-svarstid": { scale: 10, lo: 13, hi: 240, lo18: 10, hi18: 300 },
};
const IDS = example.indicators.map((i) => i.id);
if (IDS.join() !== Object.keys(IND).join()) throw new Error(`unexpected indicators: ${IDS.join(", ")}`);
const PERCENT = IDS.filter((id) => IND[id].scale === 1);
const HOURS = "epost-svarstid";
/** Every year in the file, newest first (as written). */
const YEARS = [YEAR, PREV, 2017, 2016, 2015, 2014];
const toUnits = (id, v) => (v === null ? null : Math.round(v * IND[id].scale));
const fromUnits = (id, u) => (u === null ? null : u / IND[id].scale);

// ------------------------------------------------------------------ roles

const codes = kommuner.map((k) => k.kod);
const big3 = new Set(kommuner.filter((k) => k.kommungrupp_kod === "A1").map((k) => k.kod));
// The three big cities and Huddinge always take part.
const pool = shuffle(codes.filter((c) => c !== HUDDINGE_CODE && !big3.has(c)));
let at = 0;
const take = (n) => {
  const out = pool.slice(at, at + n);
  at += n;
  return out;
};
const only2018 = new Set(take(NOT_2019_WITH_2018));
const neither = new Set(take(NOT_EITHER));
const newIn2019 = take(NEW_IN_2019);
const improvers = take(10);
const decliners = take(10);
const extremes = take(22);
const nullPhone = take(1)[0]; // telephone not measured in 2019
const nullOne = take(4); // one value not measured in 2019
const null2018 = take(2); // one value not measured in 2018
const participants = codes.filter((c) => !only2018.has(c) && !neither.has(c));
if (participants.length !== PARTICIPANTS) throw new Error(`expected ${PARTICIPANTS} participants`);
const protectedCodes = new Set([HUDDINGE_CODE, ...improvers, ...decliners, ...extremes]);

// ------------------------------------------------------- ordinary values

/** r[code] = { 2019: {id: units|null}, 2018: {...} } (a year absent: no results). */
const R = new Map(codes.map((c) => [c, {}]));
const CENTER = {
  2019: Object.fromEntries(IDS.map((id) => [id, toUnits(id, example.national.results[YEAR][id])])),
  2018: Object.fromEntries(IDS.map((id) => [id, toUnits(id, example.national.results[PREV][id])])),
};

function ordinaryYear(center, phone, mail, lim) {
  const [lo, hi] = lim;
  const out = {};
  out.tillganglighet = clamp(Math.round(center.tillganglighet + 13 * (0.6 * phone + 0.8 * normal())), lo("tillganglighet"), hi("tillganglighet"));
  out["svar-pa-fragan"] = clamp(Math.round(center["svar-pa-fragan"] + 11 * (0.6 * phone + 0.8 * normal())), lo("svar-pa-fragan"), hi("svar-pa-fragan"));
  out.bemotande = clamp(Math.round(center.bemotande + 6 * (0.5 * phone + 0.85 * normal())), lo("bemotande"), hi("bemotande"));
  // E-mail within a day: skewed towards the top, a long tail downwards.
  const gap = 1 + 12 * Math.abs(0.7 * mail + 0.7 * normal()) + (rand() < 0.08 ? 25 * rand() : 0);
  out["epost-en-dag"] = clamp(Math.round(center["epost-en-dag"] + 12 - gap), lo("epost-en-dag"), hi("epost-en-dag"));
  // Hours: right-skewed (a square), lower is better; in tenths.
  const s = 1 + 0.35 * (-0.7 * mail + 0.7 * normal());
  out[HOURS] = clamp(Math.round(lo(HOURS) + (center[HOURS] - lo(HOURS)) * 0.9 * s * s), lo(HOURS), hi(HOURS));
  return out;
}
const LIMITS = [(id) => IND[id].lo, (id) => IND[id].hi];

for (const c of codes) {
  if (c === HUDDINGE_CODE) continue;
  const phone = normal();
  const mail = normal();
  if (neither.has(c)) continue;
  if (only2018.has(c)) {
    R.get(c)[PREV] = ordinaryYear(CENTER[PREV], phone, mail, LIMITS);
    continue;
  }
  const v19 = ordinaryYear(CENTER[YEAR], phone, mail, LIMITS);
  R.get(c)[YEAR] = v19;
  // 2018: this year's value minus a moderate change (riket's change plus noise).
  const v18 = {};
  for (const id of PERCENT) {
    const shift = CENTER[YEAR][id] - CENTER[PREV][id];
    v18[id] = clamp(Math.round(v19[id] - shift + 3.5 * normal()), IND[id].lo, IND[id].hi);
  }
  v18[HOURS] = clamp(Math.round(v19[HOURS] * (1.12 + 0.2 * normal()) + 5 * normal()), IND[HOURS].lo, IND[HOURS].hi);
  R.get(c)[PREV] = v18;
}
for (const c of newIn2019) delete R.get(c)[PREV];
R.set(HUDDINGE_CODE, {
  [YEAR]: Object.fromEntries(IDS.map((id) => [id, toUnits(id, huddinge.results[YEAR][id])])),
  [PREV]: Object.fromEntries(IDS.map((id) => [id, toUnits(id, huddinge.results[PREV][id])])),
});

// ------------------------------------------------ big improvers, decliners

/** Indicators a big change is on: 1–3 of them, always at least one e-mail or telephone one. */
function changedIndicators(i) {
  const sets = [
    ["epost-en-dag", HOURS],
    ["tillganglighet", "svar-pa-fragan"],
    ["epost-en-dag"],
    ["tillganglighet"],
    [HOURS],
    ["svar-pa-fragan", "bemotande"],
    ["tillganglighet", "epost-en-dag", HOURS],
    ["epost-en-dag", "svar-pa-fragan"],
    ["bemotande"],
    ["tillganglighet", "svar-pa-fragan", "bemotande"],
  ];
  return sets[i % sets.length];
}

improvers.forEach((c, i) => {
  const r = R.get(c);
  for (const id of changedIndicators(i)) {
    if (id === HOURS) {
      r[YEAR][id] = int(15, 55);
      r[PREV][id] = r[YEAR][id] + int(90, 200);
    } else {
      const d = int(12, 28);
      const v19 = clamp(r[YEAR][id], IND[id].lo + d, IND[id].hi);
      r[YEAR][id] = v19;
      r[PREV][id] = Math.max(IND[id].lo18, v19 - d);
    }
  }
});
decliners.forEach((c, i) => {
  const r = R.get(c);
  for (const id of changedIndicators(i + 3)) {
    if (id === HOURS) {
      r[PREV][id] = int(20, 60);
      r[YEAR][id] = r[PREV][id] + int(90, 170);
    } else {
      const d = int(12, 26);
      const v19 = clamp(r[YEAR][id], IND[id].lo, IND[id].hi18 - d);
      r[YEAR][id] = v19;
      r[PREV][id] = v19 + d;
    }
  }
});

// ------------------------------------------- highest, lowest, ties, 100s

const ext = [...extremes];
const next = () => ext.shift();
const set = (c, id, v19, v18) => {
  const r = R.get(c);
  r[YEAR][id] = v19;
  if (v18 !== undefined && r[PREV]) r[PREV][id] = v18;
};
// Ties for the lowest and highest 2019 values.
set(next(), "tillganglighet", 31, 36);
set(next(), "tillganglighet", 31, 33);
set(next(), "tillganglighet", 94, 90);
set(next(), "svar-pa-fragan", 30, 34);
set(next(), "svar-pa-fragan", 89, 84);
set(next(), "svar-pa-fragan", 89, 91);
set(next(), "bemotande", 52, 61);
for (const v18 of [97, 99, 95]) set(next(), "bemotande", 99, v18);
set(next(), "epost-en-dag", 30, 38);
set(next(), "epost-en-dag", 30, 30);
set(next(), HOURS, 10, 14);
set(next(), HOURS, 10, 22);
// E-mail within a working day: nine at 100 in 2019 (four of them also in
// 2018, two big improvers, three ordinary) and one that fell from 100 to 84.
for (const v18 of [100, 100, 100, 100, 95, 92, 97]) set(next(), "epost-en-dag", 100, v18);
set(improvers[0], "epost-en-dag", 100, 74);
set(improvers[2], "epost-en-dag", 100, 81);
set(next(), "epost-en-dag", 84, 100);
// The worst response time is a big decliner's.
set(decliners[1], HOURS, 296, 52);
if (ext.length !== 0) throw new Error("unused extremes");

// ----------------------------------------------------- not measured (null)

for (const id of ["tillganglighet", "svar-pa-fragan", "bemotande"]) R.get(nullPhone)[YEAR][id] = null;
["bemotande", "svar-pa-fragan", HOURS, HOURS].forEach((id, i) => {
  R.get(nullOne[i])[YEAR][id] = null;
});
R.get(null2018[0])[PREV].tillganglighet = null;
R.get(null2018[1])[PREV][HOURS] = null;
for (const c of [nullPhone, ...nullOne, ...null2018]) protectedCodes.add(c);

// ------------------------------------------------------------ means

/** Half up, exactly: round(sum / n) for non-negative integers. */
const roundedMean = (sum, n) => Math.floor((2 * sum + n) / (2 * n));

function meanOf(members, year, id) {
  let sum = 0;
  let n = 0;
  for (const c of members) {
    const v = R.get(c)[year]?.[id];
    if (v === null || v === undefined) continue;
    sum += v;
    n += 1;
  }
  return n === 0 ? null : roundedMean(sum, n);
}

/**
 * Moves ordinary members' values one unit at a time, in a fixed shuffled
 * order, until the rounded mean of `members` is `target`: so that riket and
 * the A2 group keep the values of the Huddinge example.
 */
function steer(members, year, id, target, movable) {
  const order = shuffle(movable.filter((c) => typeof R.get(c)[year]?.[id] === "number"));
  const { lo, hi } = IND[id];
  let guard = 0;
  let i = 0;
  for (;;) {
    const now = meanOf(members, year, id);
    if (now === target) return;
    const dir = now < target ? 1 : -1;
    const c = order[i % order.length];
    i += 1;
    const v = R.get(c)[year][id] + dir;
    if (v >= lo && v <= hi) R.get(c)[year][id] = v;
    guard += 1;
    if (guard > 200000) throw new Error(`cannot steer ${id} ${year} to ${target}`);
  }
}

const groupIds = [...new Set(kommuner.map((k) => k.kommungrupp_kod))].sort();
const membersOf = (g) => kommuner.filter((k) => k.kommungrupp_kod === g).map((k) => k.kod);
const ordinary = (list) => list.filter((c) => !protectedCodes.has(c));
const a2 = membersOf("A2");
for (const id of IDS) steer(a2, YEAR, id, toUnits(id, exampleA2.results[YEAR][id]), ordinary(a2));
const notA2 = codes.filter((c) => !a2.includes(c));
for (const id of IDS) steer(codes, YEAR, id, CENTER[YEAR][id], ordinary(notA2));
for (const id of IDS) steer(codes, PREV, id, CENTER[PREV][id], ordinary(codes));

// ---------------------------------------------------- earlier years (history)

// Everything above fixes the 2018 and 2019 values; what follows only adds the
// years before 2018 and draws from the PRNG after all of the above, so the
// 2018 and 2019 values are the same as when the file held those two years
// only. The history is walked backwards from each municipality's 2018 value
// (or 2019 where 2018 is null): each earlier year is the later one minus the
// national trend plus noise, within lo18–hi18. Some series are built:
// streaks, turnarounds, a streak broken by a missing year, late joiners, a
// missing year, a value not measured, and municipalities that took part
// 2014–2016 only.
const EARLIER = YEARS.slice(2); // 2017–2014, newest first: the walk goes backwards
/** Per year, in units: how much better riket gets (percent up; hours in tenths, down). */
const TREND = { tillganglighet: 1, "svar-pa-fragan": 1, bemotande: -0.5, "epost-en-dag": 2, [HOURS]: -4 };

const lateJoiners = take(10); // first year with results: 2016
const missingYear = take(8); // one earlier year without results
const earlyNull = take(3); // one earlier value not measured
const dropouts = [...neither].slice(0, 5); // took part 2014–2016, in neither 2018 nor 2019
const streakUp = improvers.slice(0, 5); // better every year since 2014 on the changed indicators
const turnUp = improvers.slice(5, 8); // worse 2015–2018, then the big rise in 2019
const brokenUp = improvers[8]; // better every year, but no results for 2017
const streakDown = decliners.slice(0, 4); // worse every year since 2014 on the changed indicators
const turnDown = decliners.slice(4, 6); // better 2015–2018, then the big fall in 2019

/** One ordinary step backwards from `later` (units). */
function stepBack(id, later) {
  const { lo18, hi18 } = IND[id];
  if (id === HOURS) return clamp(Math.round(later * (1 + 0.15 * normal()) - TREND[id] + 6 * normal()), lo18, hi18);
  return clamp(Math.round(later - TREND[id] + 5 * normal()), lo18, hi18);
}

/**
 * One step backwards that is at least the `same` threshold better (way +1:
 * the earlier year is worse, so the later step is an improvement) or worse;
 * an ordinary step when the range does not allow it.
 */
function builtStep(id, later, way) {
  const { lo18, hi18 } = IND[id];
  const down = id === HOURS ? -1 : 1; // + for "better is higher"
  const size = id === HOURS ? int(10, 18) : int(2, 5);
  const v = later - way * down * size;
  return v >= lo18 && v <= hi18 ? v : stepBack(id, later);
}

/** The earlier years of one municipality: { year: { id: units } }, built backwards from `from`. */
function history(from, built) {
  const out = {};
  let later = from;
  for (const year of EARLIER) {
    const row = {};
    for (const id of IDS) {
      const way = built(id, year);
      row[id] = way === 0 ? stepBack(id, later[id]) : builtStep(id, later[id], way);
    }
    out[year] = row;
    later = row;
  }
  return out;
}

/** The latest value of each indicator to walk back from: 2018's, or 2019's where 2018 has none. */
function startOf(r) {
  return Object.fromEntries(IDS.map((id) => [id, r[PREV]?.[id] ?? r[YEAR]?.[id] ?? CENTER[PREV][id]]));
}

const builtIds = new Map();
improvers.forEach((c, i) => builtIds.set(c, changedIndicators(i)));
decliners.forEach((c, i) => builtIds.set(c, changedIndicators(i + 3)));

/** +1: each earlier year worse (a rise up to 2018); −1: each earlier year better; 0: ordinary. */
function wayOf(c) {
  const on = new Set(builtIds.get(c) ?? []);
  if (streakUp.includes(c) || c === brokenUp) return (id) => (on.has(id) ? 1 : 0);
  if (streakDown.includes(c)) return (id) => (on.has(id) ? -1 : 0);
  // A turnaround: the years before 2018 go the other way (from 2015 on).
  if (turnUp.includes(c)) return (id, year) => (on.has(id) && year >= 2015 ? -1 : 0);
  if (turnDown.includes(c)) return (id, year) => (on.has(id) && year >= 2015 ? 1 : 0);
  return () => 0;
}

for (const c of codes) {
  const r = R.get(c);
  if (newIn2019.includes(c)) continue; // first year in the survey
  if (neither.has(c)) {
    if (!dropouts.includes(c)) continue;
    // Took part 2014–2016: walked back from riket's 2018 value with the member's own noise.
    const h = history(CENTER[PREV], () => 0);
    for (const year of [2016, 2015, 2014]) r[year] = h[year];
    continue;
  }
  Object.assign(r, history(startOf(r), wayOf(c)));
}
for (const c of lateJoiners) for (const year of [2015, 2014]) delete R.get(c)[year];
missingYear.forEach((c, i) => delete R.get(c)[[2017, 2016, 2015][i % 3]]);
delete R.get(brokenUp)[2017];
earlyNull.forEach((c, i) => {
  R.get(c)[[2016, 2015, 2017][i]][["bemotande", HOURS, "tillganglighet"][i]] = null;
});

const groupResults = (members) => {
  const out = {};
  for (const year of YEARS) {
    const vals = Object.fromEntries(IDS.map((id) => [id, meanOf(members, year, id)]));
    if (Object.values(vals).some((v) => v !== null)) out[year] = vals;
  }
  return out;
};

// ------------------------------------------------------------ releases

// Fictional people and numbers: names are obviously invented, telephone
// numbers are from the series PTS reserves for fiction (070-174 06 05–99),
// e-mail addresses use example.se.
const RELEASES = [
  {
    who: improvers[0],
    date: "2020-01-23",
    person: ["Anna Exempelsson", "kommunikationschef"],
    phone: "070-174 06 05",
    quote:
      "Vi har samlat all e-post i en gemensam funktionsbrevlåda som bevakas varje dag. Det syns nu i resultatet.",
  },
  {
    who: decliners[0],
    date: "2020-01-24",
    person: ["Bertil Påhittadsson", "kommundirektör"],
    phone: "070-174 06 11",
    quote:
      "Resultatet är inte bra nog. Vi ser över bemanningen i växeln och hur frågor lämnas vidare till handläggarna.",
  },
  {
    who: nullPhone,
    date: "2020-01-27",
    person: ["Cecilia Låtsasdotter", "chef för kontaktcenter"],
    phone: "070-174 06 23",
    quote: "Vi bytte växelsystem mitt under mätningen, så telefonen kunde inte mätas i år. Nästa år är vi med fullt ut igen.",
  },
  {
    who: newIn2019[0],
    date: "2020-01-28",
    person: ["David Fiktivsson", "servicechef"],
    phone: "070-174 06 37",
    quote: "Det här var första året vi deltog, och nu vet vi var vi står jämfört med andra kommuner.",
  },
  {
    who: "0180",
    date: "2020-01-23",
    person: ["Eva Exempelberg", "pressekreterare"],
    phone: "070-174 06 42",
    quote: undefined,
  },
];
const slugEmail = (name) =>
  `${name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ /g, ".")}@example.se`;

function releaseOf(code) {
  const r = RELEASES.find((x) => x.who === code);
  if (!r) return undefined;
  const [name, title] = r.person;
  const out = { date: r.date };
  if (r.quote) out.quotes = [{ text: r.quote, name, title }];
  out.contacts = [{ name, title, phone: r.phone, email: slugEmail(name) }];
  const k = kommuner.find((x) => x.kod === code);
  out.about = `${k.officiellt_namn} ligger i ${k.lan}. Citat, namn och kontaktuppgifter i detta exempel är påhittade.`;
  return out;
}

// ----------------------------------------------------------------- output

/** Results as a Map with numeric year keys (so YAML writes `2019:`, not `"2019":`). */
function resultsNode(doc, results) {
  const map = new Map();
  for (const year of YEARS) {
    const v = results[year];
    if (!v) continue;
    const row = {};
    for (const id of IDS) if (v[id] !== undefined) row[id] = fromUnits(id, v[id]);
    map.set(year, row);
  }
  const node = doc.createNode(map);
  for (const pair of node.items) pair.value.flow = true;
  if (node.items.length === 0) node.flow = true;
  return node;
}

function build() {
  const doc = new Document({});
  const survey = { ...example.survey, note: NOTE };
  doc.set("survey", doc.createNode(survey));
  doc.getIn(["survey", "period", "weeks"], true).flow = true;
  doc.set("thresholds", doc.createNode(example.thresholds));
  doc.getIn(["thresholds", "change"], true).flow = true;
  doc.getIn(["thresholds", "compare"], true).flow = true;
  doc.set("indicators", doc.createNode(example.indicators));
  for (const ind of doc.get("indicators").items) {
    const t = ind.get("thresholds", true);
    if (t) for (const pair of t.items) pair.value.flow = true;
  }
  const national = doc.createNode({ name: "Riket" });
  national.set("results", resultsNode(doc, groupResults(codes)));
  // The national release's editorial content (batch --national, kommunpress national).
  national.set(
    "release",
    doc.createNode({
      date: "2020-01-21",
      quotes: [
        {
          text: "Kommunerna svarar allt snabbare på e-post, och det märks för invånarna. Nu behöver fler kommuner lyfta bemötandet i telefon.",
          name: "Eva Exempeldotter",
          title: "utredare på SKR (påhittad)",
        },
      ],
      contacts: [
        { name: "Eva Exempeldotter", title: "utredare (påhittad)", phone: "070-174 06 99", email: "eva.exempeldotter@example.se" },
      ],
      about:
        "Sveriges Kommuner och Regioner (SKR) är en arbetsgivar- och intresseorganisation för Sveriges kommuner och regioner. Namn och kontaktuppgifter i detta exempel är påhittade.",
    }),
  );
  doc.set("national", national);
  const groups = doc.createNode([]);
  for (const g of groupIds) {
    const name = kommuner.find((k) => k.kommungrupp_kod === g).kommungrupp;
    const node = doc.createNode({ id: g, name });
    node.set("results", resultsNode(doc, groupResults(membersOf(g))));
    groups.items.push(node);
  }
  doc.set("groups", groups);
  const list = doc.createNode([]);
  for (const k of kommuner) {
    const node = doc.createNode({ code: k.kod, name: k.namn, officialName: k.officiellt_namn, group: k.kommungrupp_kod });
    node.set("results", resultsNode(doc, R.get(k.kod)));
    const release = releaseOf(k.kod);
    if (release) node.set("release", doc.createNode(release));
    list.items.push(node);
  }
  doc.set("municipalities", list);
  doc.commentBefore = HEADER;
  doc.get("groups").commentBefore = " Kommungrupp (SKR:s indelning 2023, som i data/reference/kommuner.csv): oviktat\n medelvärde av medlemmarnas värden, avrundat som ovan.";
  return doc.toString({ lineWidth: 0 });
}

const HEADER = [
  " yaml-language-server: $schema=../../schema/kommunpress.schema.json",
  " EXEMPELDATA: Kommunens Kvalitet i Korthet (KKiK) 2019 för alla 290 kommuner,",
  " med resultat för åren 2014–2019. Alla siffror utom Huddinges 2018 och 2019",
  " (samma som i huddinge-2019.yaml) är påhittade och slumpade; de är inte",
  " verkliga resultat. Varje pressmeddelande från filen säger det i faktarutan",
  " (survey.note). Citat, namn och kontaktuppgifter är påhittade.",
  "",
  " Skapad av scripts/make-example-data.mjs (deterministisk, fast frö): ändra inte",
  " för hand, kör `node scripts/make-example-data.mjs` i stället.",
  "",
  " 264 kommuner har resultat för 2019 (survey.participants); 8 av dem saknar",
  " resultat för 2018. Av de övriga 26 har 14 resultat för 2018 men inte för 2019",
  " och 12 inga för 2018–2019 (5 av dem deltog 2014–2016). null betyder att värdet inte",
  " mättes. Åren före 2018: de flesta kommuner har alla år från 2014; 10 kom med",
  " 2016, 9 saknar ett år, de 8 som är nya 2019 har inga tidigare år. Några",
  " kommuner har byggts med långa följder av förbättringar eller försämringar,",
  " med vändningar och med rekord.",
  " Riket och kommungrupperna: oviktat medelvärde av de kommuner som har ett värde",
  " för året och indikatorn (som Kolada räknar), avrundat uppåt från ,5 till heltal",
  " för procent och till en decimal för timmar. Kommunernas värden är valda så att",
  " riket och gruppen A2 får samma värden för 2018 och 2019 som i huddinge-2019.yaml.",
].join("\n");

const out = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_OUT;
writeFileSync(out, build());
