import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Vitest global setup: every test file, and every program a test starts, gets
 * its temp folders inside one folder of this run, removed when the run ends.
 * Tests make many temp folders; without this they would pile up in /tmp.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), "kommunpress-test-"));
  process.env.TMPDIR = dir;
  return () => {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Best effort: a folder a test could not unmount stays; the run's result stands.
    }
  };
}
