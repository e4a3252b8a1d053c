// The last line of defence: the renderer refuses output that a reader would
// catch as machine-made or wrong. These are errors, not warnings.

const FORBIDDEN: { re: RegExp; what: string }[] = [
  { re: /\bundefined\b/, what: "undefined" },
  { re: /\bNaN\b/, what: "NaN" },
  { re: /\bnull\b/, what: "null" },
  { re: /\[object Object\]/, what: "[object Object]" },
  { re: /\{\{|\}\}/, what: "{{ eller }}" },
  { re: /[ \u00A0]{2,}/, what: "dubbla mellanslag" },
  { re: /\bInfinity\b/, what: "Infinity" },
];

export interface GuardProblem {
  what: string;
  context: string;
}

function context(text: string, index: number): string {
  return text.slice(Math.max(0, index - 30), index + 30).replace(/\n/g, " ");
}

/** Problems anywhere in a rendered document (Markdown or plain text). */
export function checkDocument(text: string): GuardProblem[] {
  const out: GuardProblem[] = [];
  for (const { re, what } of FORBIDDEN) {
    const m = re.exec(text);
    if (m) out.push({ what, context: context(text, m.index) });
  }
  return out;
}

const UNIT_AFTER =
  /^[\u00A0 ](?:procent(?:enheter|enhet)?|enheter|enhet|timmar|timme|minuter|minut|sekunder|sekund|%|kommunerna|kommuner|kommun|sökningar|sökning|av 100|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?![\p{L}])/u;
/** The first of two figures that share their unit: "(84 och 82 procent)". */
const PAIRED_BEFORE_UNIT = new RegExp(`^ och \\d+(?:,\\d+)?${UNIT_AFTER.source.slice(1)}`, "u");
const LABEL_BEFORE = /(?:index|vecka|veckorna|plats|kl\.|år)[\u00A0 ]$/u;
const NUMBER = /(?<![\p{L}\d,])\d{1,3}(?:\u00A0\d{3})+(?:,\d+)?|(?<![\p{L}\d,])\d+(?:,\d+)?/gu;

const sortedData = new WeakMap<readonly string[], string[]>();

function longestFirst(data: readonly string[]): string[] {
  let sorted = sortedData.get(data);
  if (!sorted) {
    sorted = data.filter((d) => d.length > 0).sort((a, b) => b.length - a.length);
    sortedData.set(data, sorted);
  }
  return sorted;
}

/**
 * Numbers in a generated sentence that stand without their unit. `data`
 * lists strings taken from the user's data (names, subjects, method), which
 * are the user's own words and are not checked here.
 */
export function numbersWithoutUnit(sentence: string, data: readonly string[] = []): string[] {
  let text = sentence;
  for (const d of longestFirst(data)) {
    if (text.includes(d)) text = text.split(d).join(" ⟨data⟩ ");
  }
  const bad: string[] = [];
  let previousEnd = -1;
  let previousOk = false;
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = text.slice(0, start);
    const after = text.slice(end);
    const isYear = /^(19|20)\d\d$/.test(m[0]);
    const rangeEnd: boolean = previousOk && previousEnd === start - 1 && text[start - 1] === "–";
    const ok: boolean =
      UNIT_AFTER.test(after) ||
      PAIRED_BEFORE_UNIT.test(after) ||
      LABEL_BEFORE.test(before) ||
      /^:(?:a|e)\b/.test(after) ||
      /^–\d/.test(after) && (LABEL_BEFORE.test(before) || /^–\d+[\u00A0 ]/.test(after)) ||
      rangeEnd ||
      isYear;
    if (!ok) bad.push(m[0]);
    previousEnd = end;
    previousOk = ok;
  }
  return bad;
}
