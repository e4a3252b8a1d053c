// axe-core in Chromium, for the WCAG 2.1 A/AA checks of every page we make
// (lagen om tillgänglighet till digital offentlig service).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "puppeteer";

/** The Chromium to test with: PUPPETEER_EXECUTABLE_PATH, else /usr/bin/chromium; undefined when neither exists. */
export const executablePath: string | undefined = [process.env["PUPPETEER_EXECUTABLE_PATH"], "/usr/bin/chromium"]
  .filter((p): p is string => typeof p === "string" && p !== "")
  .find((p) => existsSync(p));

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; html: string; failureSummary?: string }[];
}

interface AxeWindow {
  axe: { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> };
}

let source: string | undefined;

/** axe-core's browser bundle. */
export function axeSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  return source;
}

/**
 * Injects axe-core into the loaded page and returns its WCAG 2.1 A/AA
 * violations, and those of `extraRules` (best-practice rules such as
 * "region"). The page must allow the script (setBypassCSP, JavaScript on).
 */
export async function runAxe(page: Page, options: { iframes?: boolean; extraRules?: readonly string[] } = {}): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource() });
  const results = await page.evaluate(
    (tags, iframes, extra) =>
      (window as unknown as AxeWindow).axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
        ...(iframes === false ? { iframes: false } : {}),
        ...(extra.length > 0 ? { rules: Object.fromEntries(extra.map((r) => [r, { enabled: true }])) } : {}),
      }),
    WCAG_TAGS,
    options.iframes ?? true,
    [...(options.extraRules ?? [])],
  );
  return results.violations;
}

/** The violations, readable in a failed assertion. */
export function report(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? "?"}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.html}\n  ${n.failureSummary ?? ""}`).join("\n")}`)
    .join("\n\n");
}
