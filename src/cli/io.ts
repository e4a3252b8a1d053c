// The terminal a command talks to: injected so that tests can capture it.
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stderr is a terminal (progress bar instead of lines). */
  isTTY?: () => boolean;
  /** Width of the terminal. */
  columns?: () => number;
}

export const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: () => process.stderr.isTTY === true,
  columns: () => process.stderr.columns ?? 80,
};
