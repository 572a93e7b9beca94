/**
 * A progress bar on standard error when it is a terminal, and nothing at all in a pipe or a log
 * file. Messages logged while the bar is shown are printed above it.
 */
import cliProgress from 'cli-progress';

export type Progress = {
  /** Sets the number done (and the extra values the format shows). */
  update(done: number, values?: Record<string, string | number>): void;
  setTotal(total: number): void;
  /** Prints one line to standard error without breaking the bar. */
  log(line: string): void;
  stop(): void;
};

export type ProgressOptions = {
  /** What is counted: "documents", "rows". */
  unit: string;
  total: number;
  /** Extra text after the count, with {placeholders} filled from update()'s values. */
  detail?: string;
  initial?: Record<string, string | number>;
};

export function createProgress(options: ProgressOptions): Progress {
  if (!process.stderr.isTTY) {
    return {
      update() {},
      setTotal() {},
      log: (line) => {
        process.stderr.write(`${line}\n`);
      },
      stop() {},
    };
  }
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: `{bar} {value}/{total} ${options.unit}${options.detail ? ` | ${options.detail}` : ''} | {duration_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(Math.max(options.total, 1), 0, options.initial ?? {});
  let total = options.total;
  return {
    update(done, values) {
      if (done > total) {
        total = done;
        bar.setTotal(total);
      }
      bar.update(done, values ?? {});
    },
    setTotal(next) {
      total = next;
      bar.setTotal(Math.max(next, 1));
    },
    log(line) {
      bars.log(`${line}\n`);
    },
    stop() {
      bars.stop();
    },
  };
}
