// preview watch: fs.watch on the folders that hold the inputs (the data
// file's folder, the editorial folder, the template folders and their
// partials), debounced. Folders, not files: editors save by writing a new
// file and renaming it over the old one, which a watch on the file loses.
import { watch, type FSWatcher } from "node:fs";
import path from "node:path";

export interface WatchTarget {
  dir: string;
  /** Which names in `dir` matter; all (but hidden and temp files) when not given. */
  names?: ReadonlySet<string>;
}

export interface InputWatcher {
  /** Sets the folders to watch (call again when one appears, e.g. the editorial folder). */
  update(targets: readonly WatchTarget[]): void;
  close(): void;
}

/** Hidden files (writeFileAtomic's temp files among them), editor backups and swap files. */
function ignored(name: string): boolean {
  return name.startsWith(".") || name.endsWith("~") || /\.(tmp|swp|swx)$/i.test(name) || /^\d+$/.test(name);
}

/**
 * Calls `onChange` once, `debounceMs` after the last relevant event. Folders
 * that do not exist are skipped (watch their parent for them to appear).
 */
export function watchInputs(onChange: () => void, debounceMs = 60): InputWatcher {
  const watchers = new Map<string, { watcher: FSWatcher; names: ReadonlySet<string> | undefined }>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const fire = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!closed) onChange();
    }, debounceMs);
  };
  const targetKey = (t: WatchTarget): string => `${path.resolve(t.dir)}\0${t.names ? [...t.names].sort().join("\0") : "*"}`;
  return {
    update(targets) {
      if (closed) return;
      const wanted = new Map(targets.map((t) => [targetKey(t), t]));
      for (const [key, w] of watchers) {
        if (!wanted.has(key)) {
          w.watcher.close();
          watchers.delete(key);
        }
      }
      for (const [key, t] of wanted) {
        if (watchers.has(key)) continue;
        try {
          const watcher = watch(t.dir, (_event, filename) => {
            const name = filename === null ? null : path.basename(filename.toString());
            if (name !== null && (ignored(name) || (t.names !== undefined && !t.names.has(name)))) return;
            fire();
          });
          watcher.on("error", () => {
            // The folder went away: forget it; the next update may add it again.
            watcher.close();
            watchers.delete(key);
            fire();
          });
          watchers.set(key, { watcher, names: t.names });
        } catch {
          // Missing or unreadable folder: nothing to watch yet.
        }
      }
    },
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.watcher.close();
      watchers.clear();
    },
  };
}
