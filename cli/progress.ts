// A one-line progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, --json).

/** Reports how far a long step has got; every method is a no-op when the bar is off. */
export interface Progress {
  /** Starts a phase of `total` units (bytes, files…). */
  start(phase: string, total: number): void;
  /** Advances by `units`, naming the item just done. */
  tick(units: number, item?: string): void;
  /** Clears the line so normal output follows cleanly. */
  done(): void;
  /** Writes a message line without breaking the bar. */
  log(line: string): void;
}

interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

const REDRAW_MS = 80;

export function createProgress(stream: ProgressStream = process.stderr, enabled = stream.isTTY === true): Progress {
  if (!enabled) {
    return { start() {}, tick() {}, done() {}, log: (line) => void stream.write(`${line}\n`) };
  }
  let phase = '';
  let total = 0;
  let current = 0;
  let item = '';
  let lastDraw = 0;
  let drawn = false;
  let active = false;

  const clear = () => {
    if (drawn) stream.write('\r\x1b[2K');
    drawn = false;
  };
  const draw = (force: boolean) => {
    const now = Date.now();
    if (!force && now - lastDraw < REDRAW_MS) return;
    lastDraw = now;
    const ratio = total > 0 ? Math.min(1, current / total) : 0;
    const barWidth = 24;
    const filled = Math.round(ratio * barWidth);
    const head = `${phase.padEnd(9)} [${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}% `;
    const room = (stream.columns || 80) - head.length - 1;
    const shown = item.length <= room ? item : room > 8 ? `…${item.slice(item.length - room + 1)}` : '';
    stream.write(`\r\x1b[2K${head}${shown}`);
    drawn = true;
  };

  return {
    start(name, units) {
      phase = name;
      total = units;
      current = 0;
      item = '';
      active = true;
      draw(true);
    },
    tick(units, name) {
      current += units;
      if (name !== undefined) item = name;
      if (active) draw(current >= total);
    },
    done() {
      active = false;
      clear();
    },
    log(line) {
      clear();
      stream.write(`${line}\n`);
      if (active) draw(true);
    },
  };
}
