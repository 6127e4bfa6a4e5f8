/**
 * Segmentation: the article text into paragraphs (split on blank lines) and sentences (sbd within
 * each paragraph), each with its exact offsets in the text, so that `text.slice(start, end)` is
 * the sentence, the quote every claim carries.
 */
import sbd from 'sbd';

/** One sentence of the article, trimmed, with its offsets in the text. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** A sentence that ends on one of these was cut at an abbreviation, not at its end. */
const ALWAYS_ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Sen|Rep|Gov|No|Sig|Dott|Sra|Dhr|Mevr)\.$/;
/** "the U.S. Justice Department": an abbreviated country before the name of one of its bodies. */
const COUNTRY_ABBREVIATION = /(?:^|[\s(])(?:U\.S|U\.K|U\.N|E\.U)\.$/;
const BODY_AFTER =
  /^(?:Justice|Department|Attorney|Attorney's|Embassy|Government|State|Congress|House|Senate|President|Secretary|Ambassador|Consulate|Treasury|Federal|District|Court|Homeland|Government's|Ministry|Home|Foreign|Police|Army|Navy|Marshals|Intelligence|Security|Justice's|Commerce|Treasury)\b/;

/** Splits `text` into sentences with offsets; paragraphs are never joined. */
export function segment(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let paragraphIndex = 0;
  for (const block of text.matchAll(paragraph)) {
    const blockStart = block.index;
    const blockText = block[0];
    if (blockText.trim() === '') continue;
    const spans: Array<[number, number]> = [];
    let cursor = 0;
    for (const part of sbd.sentences(blockText, { preserve_whitespace: true })) {
      const trimmed = part.trim();
      if (trimmed === '') continue;
      const at = blockText.indexOf(trimmed, cursor);
      if (at === -1) continue;
      cursor = at + trimmed.length;
      spans.push([at, cursor]);
    }
    for (const [from, to] of mergeAbbreviations(blockText, spans)) {
      sentences.push({
        index: sentences.length,
        paragraph: paragraphIndex,
        start: blockStart + from,
        end: blockStart + to,
        text: blockText.slice(from, to),
      });
    }
    paragraphIndex += 1;
  }
  // sbd can lose characters in rare cases; keep only sentences that are really at their offsets.
  return sentences.filter((s) => text.slice(s.start, s.end) === s.text);
}

function mergeAbbreviations(text: string, spans: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined) {
      const end = text.slice(previous[0], previous[1]);
      const next = text.slice(span[0], span[1]);
      if (
        ALWAYS_ABBREVIATION.test(end) ||
        (COUNTRY_ABBREVIATION.test(end) && BODY_AFTER.test(next))
      ) {
        previous[1] = span[1];
        continue;
      }
    }
    merged.push([span[0], span[1]]);
  }
  return merged;
}
