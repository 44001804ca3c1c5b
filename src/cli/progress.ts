/** A single self-overwriting progress line on a terminal's stderr, shown only once a check is slow. */

/** Quick checks finish before the line would be readable, so it appears only after this long. */
const SHOW_AFTER_MS = 800;
const REDRAW_EVERY_MS = 100;

export function progressLine(write: (s: string) => void, clock: () => number = Date.now) {
  const started = clock();
  let drawnAt = 0;
  let shown = false;
  return {
    update: (done: number, total: number) => {
      const now = clock();
      if (now - started < SHOW_AFTER_MS || now - drawnAt < REDRAW_EVERY_MS || done === total) return;
      drawnAt = now;
      shown = true;
      write(`\r\x1b[Kchecking posts: ${done}/${total} (${Math.floor((done / total) * 100)}%)`);
    },
    done: () => { if (shown) write('\r\x1b[K'); },
  };
}
