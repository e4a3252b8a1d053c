// Makes the README's pictures: the Huddinge release (data/exempel/huddinge-2019.yaml)
// as HTML (a screen at 1000 px), the first page of its PDF and its share image. After `npm run build`:
//   node scripts/screenshots.mjs        (needs pdftoppm from poppler-utils)
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BrowserSession } from "../dist/render/browser.js";

const out = mkdtempSync(path.join(tmpdir(), "kp-shots-"));
execFileSync(process.execPath, ["dist/cli/main.js", "generate", "data/exempel/huddinge-2019.yaml", "-f", "html,pdf,png", "-o", out]);
const dir = path.join(out, "2019", "0126-huddinge");
const session = await BrowserSession.open({ poolSize: 1 });
try {
  await session.withPage(async (page) => {
    await page.setViewport({ width: 1000, height: 1200, deviceScaleFactor: 1 });
    // The session lets no request out, so the page is set as content, as for the PDF.
    await page.setContent(readFileSync(path.join(dir, "pressmeddelande.html"), "utf8"), { waitUntil: "load" });
    await page.screenshot({ path: "docs/huddinge-html.png", fullPage: true });
  });
} finally {
  await session.close();
}
execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", `${dir}/pressmeddelande.pdf`, "docs/huddinge-pdf-sida1"]);
copyFileSync(path.join(dir, "delningsbild.png"), "docs/huddinge-delningsbild.png");
console.log("Skrev docs/huddinge-html.png, docs/huddinge-pdf-sida1.png och docs/huddinge-delningsbild.png");
