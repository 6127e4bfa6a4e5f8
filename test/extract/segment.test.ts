import { describe, expect, it } from 'vitest';
import { segment } from '../../src/extract/segment.js';

describe('segment', () => {
  it('splits paragraphs and sentences with offsets into the text', () => {
    const text =
      'Lu Jianwang, 61, was arrested by the U.S. Justice Department on Monday. Mr. Chen denied it.\n\nThe station closed, etc.\n\nA new paragraph.';
    const sentences = segment(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Lu Jianwang, 61, was arrested by the U.S. Justice Department on Monday.',
      'Mr. Chen denied it.',
      'The station closed, etc.',
      'A new paragraph.',
    ]);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
