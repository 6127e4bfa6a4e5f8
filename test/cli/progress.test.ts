import { describe, expect, it } from 'vitest';
import {
  eta,
  formatDuration,
  formatRate,
  Progress,
  renderBar,
  renderProgressLine,
  truncateStart,
} from '../../src/cli/progress.js';

describe('progress formatting', () => {
  it('formats durations as m:ss or h:mm:ss, and unknown ones as --:--', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(9.4)).toBe('0:09');
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(undefined)).toBe('--:--');
    expect(formatDuration(Infinity)).toBe('--:--');
  });

  it('formats rates with sensible precision', () => {
    expect(formatRate(0)).toBe('0');
    expect(formatRate(0.4213)).toBe('0.42');
    expect(formatRate(3.14)).toBe('3.1');
    expect(formatRate(120.4)).toBe('120');
    expect(formatRate(12345)).toBe('12.3k');
  });

  it('estimates the time left from the rate', () => {
    expect(eta(10, 40, 3)).toBe(10);
    expect(eta(10, undefined, 3)).toBeUndefined();
    expect(eta(10, 40, 0)).toBeUndefined();
  });

  it('draws a bar of fixed width', () => {
    expect(renderBar(0, 10, 10)).toBe('[----------]');
    expect(renderBar(5, 10, 10)).toBe('[#####-----]');
    expect(renderBar(12, 10, 4)).toBe('[####]');
  });

  it('keeps the end of a long file name', () => {
    expect(truncateStart('reports/2023/very-long-name.json', 12)).toBe('…g-name.json');
    expect(truncateStart('short', 12)).toBe('short');
  });

  it('fits the line to the terminal: bar, counts, rate, ETA, current file', () => {
    const line = renderProgressLine(
      { done: 12, total: 40, rate: 3.1, unit: 'docs', current: 'reports/a.json' },
      100,
    );
    expect(line).toBe(
      '[#########---------------------] 12/40 docs  3.1 docs/s  ETA 0:09  reports/a.json',
    );
    expect(
      renderProgressLine(
        { done: 12, total: 40, rate: 3.1, unit: 'docs', current: 'x'.repeat(200) },
        60,
      ).length,
    ).toBeLessThanOrEqual(60);
    expect(renderProgressLine({ done: 7, total: undefined, rate: 2, unit: 'rows' }, 80)).toBe(
      '7 rows  2.0 rows/s',
    );
  });
});

describe('Progress', () => {
  const sink = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { chunks, stream: { isTTY, columns: 80, write: (text: string) => chunks.push(text) } };
  };

  it('prints plain log lines and no bar when not on a terminal', () => {
    const { chunks, stream } = sink(false);
    const progress = new Progress(3, { stream, unit: 'docs' });
    progress.tick();
    progress.log('✓ a.json');
    progress.finish();
    expect(chunks).toEqual(['✓ a.json\n']);
  });

  it('redraws the bar in place on a terminal and prints log lines above it', () => {
    const { chunks, stream } = sink(true);
    let now = 0;
    const progress = new Progress(4, { stream, unit: 'docs', now: () => now });
    now = 1000;
    progress.tick(2);
    now = 2000;
    progress.log('✗ b.json: broken');
    progress.finish();
    progress.log('Documents: 2 imported.');
    const text = chunks.join('');
    expect(text).toContain('✗ b.json: broken\n');
    expect(text).toContain('2/4 docs  1.0 docs/s  ETA 0:02');
    expect(text.endsWith('\r\x1b[2KDocuments: 2 imported.\n')).toBe(true);
  });

  it('prints nothing but what must be said when quiet', () => {
    const { chunks, stream } = sink(true);
    const progress = new Progress(2, { stream, quiet: true });
    progress.tick();
    progress.log('hidden');
    progress.log('shown', true);
    expect(chunks).toEqual(['shown\n']);
  });
});
