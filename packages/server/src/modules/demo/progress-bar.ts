/**
 * A small progress bar for long CLI runs (`backplan demo`, `backplan simulate`). On a terminal it
 * redraws one line at most 10 times a second; elsewhere (CI logs, pipes) it prints a line every
 * 10%. It writes to stderr so a command's stdout stays clean for its results.
 */
export interface ProgressBar {
  update(done: number, note?: string): void;
  finish(note?: string): void;
}

export function createProgressBar(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): ProgressBar {
  const started = Date.now();
  let lastDraw = 0;
  let lastTenth = -1;
  const width = 30;
  const line = (done: number, note: string) => {
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(fraction * width);
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? Math.max(0, (total - done) / rate) : 0;
    return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${Math.round(fraction * 100)}% ${elapsed.toFixed(0)}s elapsed, ~${eta.toFixed(0)}s left${note ? ` ${note}` : ''}`;
  };
  return {
    update(done, note = '') {
      if (stream.isTTY) {
        const now = Date.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        stream.write(`\r${line(done, note)}\u001b[K`);
        return;
      }
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        stream.write(`${line(done, note)}\n`);
      }
    },
    finish(note = '') {
      const text = `${label} done: ${total} in ${((Date.now() - started) / 1000).toFixed(1)}s${note ? ` ${note}` : ''}`;
      stream.write(stream.isTTY ? `\r${text}\u001b[K\n` : `${text}\n`);
    },
  };
}
