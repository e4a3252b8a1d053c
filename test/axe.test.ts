// WCAG 2.1 AA, checked by axe-core in Chromium: Swedish municipalities must
// publish accessible documents (lagen om tillgänglighet till digital
// offentlig service). The Huddinge example and a page full of hostile data
// must both have zero violations.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer, { type Browser } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { TEMPLATES_DIR } from "../src/paths.js";
import { generateRelease, loadResources } from "../src/kinds/municipality/release.js";
import { loadHtmlTemplates, renderHtml } from "../src/render/html.js";
import { releaseHistory } from "../src/render/trend.js";
import { Dataset } from "../src/schema.js";
import { executablePath, report, runAxe, type AxeViolation } from "./helpers/axe.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
function huddinge(): Dataset {
  return Dataset.parse(parse(readFileSync(path.join(ROOT, "data/exempel/huddinge-2019.yaml"), "utf8")));
}

function hostile(): Dataset {
  const ds = huddinge();
  const m = ds.municipalities[0];
  const ind = ds.indicators[0];
  if (!m || !ind) throw new Error("fixture");
  ind.label = `Svar "på" <script>alert(1)</script> & co`;
  m.release = {
    ...m.release,
    headline: `Rubrik <script>alert("h")</script> & "citat"`,
    quotes: [{ text: `Vi <img src=x onerror=alert(1)> är glada`, name: `Anna "A" <b>`, title: `chef <svg onload=alert(2)>` }],
    extra: ["[x](javascript:alert(3)) <javascript:alert(4)> [ok](https://example.se/sida) ![bild](https://example.se/x.png)"],
    about: "<details open ontoggle=alert(5)>",
  };
  return ds;
}

const resources = await loadResources();
const templates = await loadHtmlTemplates([TEMPLATES_DIR]);

function render(ds: Dataset, code?: string): string {
  const m = code === undefined ? ds.municipalities[0] : ds.municipalities.find((x) => x.code === code);
  if (!m) throw new Error("no municipality");
  const r = generateRelease(ds, m, { resources });
  return renderHtml({ markdown: r.markdown, claims: r.claims, composed: r.composed, history: releaseHistory(ds, m) }, templates);
}

/** Every year 2014–2019: the charts of the years, with gaps (Finspång misses 2016, Nacka one value in 2017). */
function allYears(): Dataset {
  return Dataset.parse(parse(readFileSync(path.join(ROOT, "data/exempel/kkik-2019-alla.yaml"), "utf8")));
}

describe.skipIf(executablePath === undefined)(
  `axe-core, WCAG 2.1 AA${executablePath === undefined ? " (skipped: no Chromium; set PUPPETEER_EXECUTABLE_PATH)" : ""}`,
  () => {
    let browser: Browser | undefined;

    beforeAll(async () => {
      const root = typeof process.getuid === "function" && process.getuid() === 0;
      browser = await puppeteer.launch({
        executablePath: executablePath as string,
        headless: true,
        args: [
          ...(root ? ["--no-sandbox"] : []),
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
          "--disable-gpu",
        ],
      });
    });

    afterAll(async () => {
      await browser?.close();
    });

    async function audit(html: string, width = 1024): Promise<{ violations: AxeViolation[]; text: string; fonts: number }> {
      if (!browser) throw new Error("no browser");
      const page = await browser.newPage();
      try {
        await page.setViewport({ width, height: 900 });
        // The page's CSP forbids scripts (as it should); this test page needs axe.
        await page.setBypassCSP(true);
        await page.setContent(html, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const violations = await runAxe(page);
        const text = await page.evaluate(() => document.body.innerText);
        const fonts = await page.evaluate(() => {
          let n = 0;
          document.fonts.forEach((f) => {
            if (f.family.includes("Source Sans 3") && f.status === "loaded") n++;
          });
          return n;
        });
        return { violations, text, fonts };
      } finally {
        await page.close();
      }
    }

    it("the Huddinge example has no violations, and its embedded fonts load", async () => {
      const { violations, fonts } = await audit(render(huddinge()));
      expect(violations, report(violations)).toEqual([]);
      expect(fonts).toBeGreaterThanOrEqual(2);
    });

    it("the Huddinge example has no violations on a narrow (mobile) screen", async () => {
      const { violations } = await audit(render(huddinge()), 375);
      expect(violations, report(violations)).toEqual([]);
    });

    it.each([
      ["0126", 1024],
      ["0126", 375],
      ["0562", 1024],
      ["0182", 375],
    ])("with every year (%s at %s px), the charts of the years have no violations", async (code, width) => {
      const html = render(allYears(), code);
      expect(html).toContain('<figure class="diagram diagram-tid"');
      const { violations } = await audit(html, width);
      expect(violations, report(violations)).toEqual([]);
    });

    it("a page of hostile data has no violations and shows the text as typed", async () => {
      const { violations, text } = await audit(render(hostile()));
      expect(violations, report(violations)).toEqual([]);
      expect(text).toContain(`Rubrik <script>alert("h")</script> & "citat"`);
      // An https link in an extra paragraph stays a link (escape.ts), so "![bild](…)" shows as "!" and the link "bild".
      expect(text).toContain("[x](javascript:alert(3)) <javascript:alert(4)> ok !bild");
      expect(text).toContain("<details open ontoggle=alert(5)>");
    });
  },
);
