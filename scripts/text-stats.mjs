#!/usr/bin/env node
// Text statistics for a batch output folder: how many distinct headline
// skeletons the municipal releases have (the municipality's names replaced by
// a placeholder) and the median LIX of their body text (lead and sections;
// not the fact box, contacts or boilerplate).
// LIX = words/sentences + 100 · long words (more than six letters)/words.
// Usage: node scripts/text-stats.mjs <out-folder> [--list]
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2];
if (!root) {
  console.error("användning: node scripts/text-stats.mjs <utmapp> [--list]");
  process.exit(2);
}
const list = process.argv.includes("--list");

/** Every municipal release folder (with pressmeddelande.md and .json) under root. */
function releaseDirs(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (!statSync(p).isDirectory()) continue;
    if (existsSync(join(p, "pressmeddelande.json")) && existsSync(join(p, "pressmeddelande.md"))) out.push(p);
    else out.push(...releaseDirs(p));
  }
  return out;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function skeleton(headline, names) {
  let h = headline;
  for (const n of names.sort((a, b) => b.length - a.length)) {
    const genitive = /[sxz]$/i.test(n) ? n : `${n}s`;
    h = h.replace(new RegExp(escape(genitive), "g"), "{kommunens}").replace(new RegExp(escape(n), "g"), "{kommun}");
  }
  return h;
}

/**
 * Lead and body paragraphs: from the headline to the fact box, quotes and
 * placeholders removed. Markdown escapes a placeholder's bracket ("\[CITAT: …\]"),
 * so both the bare and the escaped bracket mark one.
 */
function bodyText(md) {
  const lines = md.split("\n");
  const start = lines.findIndex((l) => l.startsWith("# "));
  const end = lines.findIndex((l) => /^## (Fakta|För mer information)/.test(l));
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .filter((l) => !l.startsWith("#") && !l.startsWith("–") && !/^\\?\[/.test(l) && l.trim() !== "")
    .map((l) => l.replace(/\*\*/g, ""))
    .join(" ");
}

export function lix(text) {
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => /\p{L}/u.test(s)).length;
  const words = text.match(/[\p{L}\d][\p{L}\d\-–,.:]*/gu)?.map((w) => w.replace(/[,.:]+$/, "")) ?? [];
  const long = words.filter((w) => (w.match(/\p{L}/gu) ?? []).length > 6).length;
  if (words.length === 0 || sentences === 0) return 0;
  return words.length / sentences + (100 * long) / words.length;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const skeletons = new Map();
const lixes = [];
for (const dir of releaseDirs(root)) {
  const claims = JSON.parse(readFileSync(join(dir, "pressmeddelande.json"), "utf8"));
  if (claims.kind !== "municipality") continue;
  const { name, officialName } = claims.municipality;
  const sk = skeleton(claims.headline, [officialName, name]);
  skeletons.set(sk, (skeletons.get(sk) ?? 0) + 1);
  lixes.push(lix(bodyText(readFileSync(join(dir, "pressmeddelande.md"), "utf8"))));
}
console.log(`pressmeddelanden: ${lixes.length}`);
console.log(`rubrikskelett: ${skeletons.size} olika`);
console.log(`LIX, median för brödtexten: ${median(lixes).toFixed(2)} (min ${Math.min(...lixes).toFixed(1)}, max ${Math.max(...lixes).toFixed(1)})`);
if (list) {
  for (const [sk, n] of [...skeletons].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${sk}`);
}
