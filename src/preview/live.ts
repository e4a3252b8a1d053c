// preview live reload: the pages listening on /handelser (Server-Sent
// Events) and the version they are told. What a page shows depends on the
// inputs (the state's snapshot) and on the approvals, so both count.
import type { IncomingMessage, ServerResponse } from "node:http";
import { BASE_HEADERS } from "./http.js";

export class LiveReload {
  readonly #clients = new Set<ServerResponse>();
  readonly #snapshotId: () => string;
  readonly #heartbeat: NodeJS.Timeout;
  #approvalsRevision = 0;

  constructor(snapshotId: () => string) {
    this.#snapshotId = snapshotId;
    this.#heartbeat = setInterval(() => {
      for (const c of this.#clients) c.write(": ping\n\n");
    }, 20_000);
    this.#heartbeat.unref();
  }

  /** Open connections (pages listening for changes). */
  get listeners(): number {
    return this.#clients.size;
  }

  version(): string {
    return `${this.#snapshotId()}-${this.#approvalsRevision}`;
  }

  /** Tells every listening page the current version (they reload when it is not theirs). */
  broadcast(): void {
    const message = `event: version\ndata: ${this.version()}\n\n`;
    for (const c of this.#clients) c.write(message);
  }

  approvalsChanged(): void {
    this.#approvalsRevision++;
    this.broadcast();
  }

  /** Keeps the response open as an event stream. */
  listen(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      ...BASE_HEADERS,
      "Content-Type": "text/event-stream; charset=utf-8",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    });
    res.write(`retry: 500\nevent: version\ndata: ${this.version()}\n\n`);
    this.#clients.add(res);
    req.on("close", () => this.#clients.delete(res));
  }

  close(): void {
    clearInterval(this.#heartbeat);
    for (const c of this.#clients) c.end();
    this.#clients.clear();
  }
}
