/**
 * Progress on stderr. On a terminal: one line redrawn in place (a bar, done / total, rate, ETA,
 * the current item), with log lines printed above it. Elsewhere (a pipe, a file, CI): no bar,
 * only the log lines, so that logs stay readable. The formatting helpers are pure and tested.
 */

/** What the progress line shows. `total` undefined: unknown (no bar, no ETA). */
export interface ProgressState {
  done: number;
  total: number | undefined;
  /** Items per second since the start. */
  rate: number;
  /** What is being worked on now (a file name). */
  current?: string;
  /** Word for the items: "docs", "rows". */
  unit: string;
}

/** `65` -> `1:05`, `3725` -> `1:02:05`; unknown or absurd -> `--:--`. */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0 || seconds > 359_999) {
    return '--:--';
  }
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(r).padStart(2, '0')}`;
}

/** A rate with sensible precision: `0.42`, `3.1`, `120`, `12.3k`. */
export function formatRate(rate: number): string {
  if (!Number.isFinite(rate) || rate <= 0) return '0';
  if (rate < 1) return rate.toFixed(2);
  if (rate < 100) return rate.toFixed(1);
  if (rate < 10_000) return String(Math.round(rate));
  return `${(rate / 1000).toFixed(1)}k`;
}

/** Seconds left at `rate`, or undefined when it cannot be told. */
export function eta(done: number, total: number | undefined, rate: number): number | undefined {
  if (total === undefined || rate <= 0) return undefined;
  return Math.max(0, total - done) / rate;
}

/** `[######----]` of `width` cells for done / total. */
export function renderBar(done: number, total: number, width: number): string {
  const ratio = total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
  const filled = Math.round(ratio * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

/** Shortens `text` to `max` characters, keeping its end (the file name) and marking the cut. */
export function truncateStart(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  return max === 1 ? '…' : `…${text.slice(text.length - max + 1)}`;
}

/** The whole progress line, never wider than `columns`. */
export function renderProgressLine(state: ProgressState, columns: number): string {
  const { done, total, rate, unit } = state;
  const counts = total === undefined ? `${done} ${unit}` : `${done}/${total} ${unit}`;
  const parts = [counts, `${formatRate(rate)} ${unit}/s`];
  if (total !== undefined) parts.push(`ETA ${formatDuration(eta(done, total, rate))}`);
  let line = parts.join('  ');
  if (total !== undefined) {
    const barWidth = Math.max(0, Math.min(30, columns - line.length - 12));
    if (barWidth >= 10) line = `${renderBar(done, total, barWidth)} ${line}`;
  }
  if (state.current !== undefined) {
    const room = columns - line.length - 3;
    if (room >= 8) line = `${line}  ${truncateStart(state.current, room)}`;
  }
  return line.length > columns ? line.slice(0, Math.max(0, columns - 1)) : line;
}

/** Where progress goes: stderr by default; tests pass their own. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Options of a reporter. */
export interface ProgressOptions {
  /** Nothing but errors (`--quiet`). */
  quiet?: boolean;
  /** Draw the bar; default: when the stream is a terminal. */
  bar?: boolean;
  unit?: string;
  stream?: ProgressStream;
  /** Clock in ms, for tests. */
  now?: () => number;
}

/** A progress reporter: `tick` as items finish, `log` lines, `done` at the end. */
export class Progress {
  readonly bar: boolean;
  private readonly stream: ProgressStream;
  private readonly quiet: boolean;
  private readonly unit: string;
  private readonly now: () => number;
  private readonly started: number;
  private total: number | undefined;
  private done = 0;
  private current: string | undefined;
  private drawn = false;
  private finished = false;
  private lastDraw = 0;

  constructor(total: number | undefined, options: ProgressOptions = {}) {
    this.stream = options.stream ?? process.stderr;
    this.quiet = options.quiet ?? false;
    this.bar = !this.quiet && (options.bar ?? this.stream.isTTY === true);
    this.unit = options.unit ?? 'items';
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.total = total;
  }

  /** Items finished so far. */
  get count(): number {
    return this.done;
  }

  /** Seconds since the start. */
  get elapsed(): number {
    return (this.now() - this.started) / 1000;
  }

  /** Sets (or learns late) the total. */
  setTotal(total: number | undefined): void {
    this.total = total;
    this.draw(true);
  }

  /** Names the item being worked on now. */
  working(current: string | undefined): void {
    this.current = current;
    this.draw(false);
  }

  /** Counts `n` more items finished. */
  tick(n = 1): void {
    this.done += n;
    this.draw(false);
  }

  /** Prints a line (above the bar on a terminal); nothing when quiet unless `always`. */
  log(line: string, always = false): void {
    if (this.quiet && !always) return;
    this.clear();
    this.stream.write(`${line}\n`);
    this.draw(true);
  }

  /** Removes the bar for good; lines logged afterwards print alone (the summary). */
  finish(): void {
    this.clear();
    this.drawn = false;
    this.finished = true;
  }

  /** The state shown now. */
  state(): ProgressState {
    const seconds = this.elapsed;
    return {
      done: this.done,
      total: this.total,
      rate: seconds > 0 ? this.done / seconds : 0,
      unit: this.unit,
      ...(this.current === undefined ? {} : { current: this.current }),
    };
  }

  private clear(): void {
    if (this.bar && this.drawn) this.stream.write('\r\x1b[2K');
  }

  private draw(force: boolean): void {
    if (!this.bar || this.finished) return;
    const now = this.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const columns = this.stream.columns ?? 80;
    this.stream.write(`\r\x1b[2K${renderProgressLine(this.state(), columns)}`);
    this.drawn = true;
  }
}
