// `kommunpress preview <data>`: a local preview server for every release in
// the data, with live reload, review (approval) and editing of the texts.
// Runs until Ctrl-C; everything it started (server, file watchers, the PDF
// browser) is closed before it returns.
import { Command } from "commander";
import type { Io } from "../io.js";
import { usageErrorFor } from "../../messages.js";
import { DEFAULT_PORT, startPreview, type PreviewServer } from "../../preview/server.js";

interface PreviewCliOptions {
  editorial?: string;
  templates?: string;
  port: string;
  browser?: string;
}

export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n > 65535) throw usageErrorFor("usage/port", value);
  return n;
}

/**
 * Resolves on the first SIGINT or SIGTERM. The listeners stay until `stop`
 * (after everything is closed), so that the browser session's own handler
 * does not end the process while the server is still closing.
 */
function untilInterrupted(): { signal: Promise<NodeJS.Signals>; stop: () => void } {
  let on: (signal: NodeJS.Signals) => void = () => undefined;
  const stop = (): void => {
    process.off("SIGINT", on);
    process.off("SIGTERM", on);
  };
  const signal = new Promise<NodeJS.Signals>((resolve) => {
    on = (s) => resolve(s);
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
  });
  return { signal, stop };
}

export function previewCommand(io: Io): Command {
  return new Command("preview")
    .description("förhandsgranska, redigera och godkänn pressmeddelandena i en lokal webbläsare")
    .argument("<data>", "datafil (YAML eller JSON)")
    .option("-e, --editorial <mapp>", "mapp med redaktionellt innehåll, en fil per kommun (<kod>.yaml); standard: texter/ bredvid datafilen")
    .option("-t, --templates <mapp>", "egna mallar eller egen frasbank som ersätter de inbyggda")
    .option("-p, --port <port>", "port på 127.0.0.1 (0: valfri ledig port)", String(DEFAULT_PORT))
    .option("--browser <sökväg>", "Chromium eller Chrome att skapa PDF med")
    .action(async (data: string, opts: PreviewCliOptions) => {
      const port = parsePort(opts.port);
      const interrupted = untilInterrupted();
      let server: PreviewServer | undefined;
      try {
        server = await startPreview({
          data,
          port,
          log: (line) => io.stderr(`${line}\n`),
          ...(opts.editorial !== undefined ? { editorial: opts.editorial } : {}),
          ...(opts.templates !== undefined ? { templates: opts.templates } : {}),
          ...(opts.browser !== undefined ? { browser: opts.browser } : {}),
        });
        const s = server.state.snapshot;
        const count = (await server.state.releases()).length;
        io.stdout(`Förhandsgranskningen körs på ${server.url}\n`);
        io.stdout(`${count} ${count === 1 ? "pressmeddelande" : "pressmeddelanden"} från ${data}${s.dataset ? ` (${s.dataset.survey.shortName ?? s.dataset.survey.name} ${s.dataset.survey.year})` : ""}.\n`);
        io.stdout(`Texter som redigeras sparas i ${server.state.editorialDir}, godkännanden i ${server.approvals.file}.\n`);
        io.stdout("Sidan uppdateras när du sparar datafilen, en redaktionell fil, en mall eller frasbanken. Avsluta med Ctrl+C.\n");
        await interrupted.signal;
        io.stdout("Förhandsgranskningen stängs …\n");
      } finally {
        await server?.close();
        interrupted.stop();
      }
    });
}
