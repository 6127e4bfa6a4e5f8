import { describe, expect, it } from 'vitest';
import { generateScale, scaleArgument } from '../../bench/generate/scales.js';
import { generateFindings } from '../../bench/generate/findings.js';

describe('bench scales', () => {
  it('reads --scale in both spellings, S by default, and refuses an unknown scale', () => {
    expect(scaleArgument(['api'])).toBe('S');
    expect(scaleArgument(['api', '--scale', 'M'])).toBe('M');
    expect(scaleArgument(['--scale=tiny', 'api'])).toBe('tiny');
    expect(() => scaleArgument(['--scale', 'XL'])).toThrow(/--scale takes one of/);
    expect(() => scaleArgument(['--scale'])).toThrow(/--scale takes one of/);
  });

  it('makes the same documents one at a time as all at once', () => {
    const streamed = [...generateScale('tiny', 3)];
    expect(streamed).toEqual(generateFindings({ documents: 12, seed: 3 }));
    expect(streamed).toHaveLength(12);
  });
});
