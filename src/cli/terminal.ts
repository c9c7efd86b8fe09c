/**
 * The CLI's only contact with the process streams: written output that respects back-pressure,
 * one-line errors, and a progress line on standard error for long batches (only on a terminal).
 */
export interface Progress {
  advance(path: string): void;
  /** Clears the progress line, runs `write`, and lets the next update redraw it. */
  interrupt(write: () => void): void;
  done(succeeded: number, failed: number): void;
}

export interface Terminal {
  out(chunk: string): Promise<void>;
  error(line: string): void;
  progress(total: number, quiet: boolean): Progress;
}

const SILENT_PROGRESS: Progress = { advance: () => {}, interrupt: (write) => write(), done: () => {} };

export function processTerminal(): Terminal {
  return {
    out: (chunk) =>
      new Promise((resolve) => {
        if (process.stdout.write(chunk)) resolve();
        else process.stdout.once('drain', () => resolve());
      }),
    error: (line) => {
      process.stderr.write(`${line}\n`);
    },
    progress: (total, quiet) => {
      if (quiet || total < 2 || !process.stderr.isTTY) return SILENT_PROGRESS;
      let count = 0;
      const started = Date.now();
      let lastDraw = 0;
      const clear = () => process.stderr.write('\r\x1b[K');
      return {
        advance: (path) => {
          count++;
          const now = Date.now();
          if (now - lastDraw < 100 && count < total) return;
          lastDraw = now;
          const rate = count / Math.max(0.001, (now - started) / 1000);
          const name = path.length > 40 ? `…${path.slice(-39)}` : path;
          const eta = Math.round((total - count) / Math.max(rate, 0.001));
          const etaText = eta >= 60 ? `${Math.floor(eta / 60)} min ${eta % 60} s` : `${eta} s`;
          clear();
          process.stderr.write(`[${count}/${total}] ${rate.toFixed(1)} files/s, ${etaText} left  ${name}`);
        },
        interrupt: (write) => {
          clear();
          write();
        },
        done: (succeeded, failed) => {
          clear();
          const seconds = (Date.now() - started) / 1000;
          process.stderr.write(`${succeeded} processed, ${failed} failed in ${seconds.toFixed(1)} s\n`);
        },
      };
    },
  };
}
