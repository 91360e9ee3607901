// Class 1 (holdout10): reader-facing advisory pages — a journalist's "phrases decoded" list, a regulator's consumer
// page, a patient organisation's guide — print clinics' phrases as quoted examples, in quoted headings and in lists of
// warning signs, and give second-person advice. None of that is the page selling. Clinics' own pages stay flagged.
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/engine/segment';
import { scanOf } from './helpers';

describe('sentence starts after a quoted sentence', () => {
  it('leave the closing quote with the sentence it ends', () => {
    const text = '"Thousands of satisfied patients." "Our patients\' stories."';
    const [s, e] = sentenceAround(text, text.indexOf('Our'));
    expect(text.slice(s, e).trim()).toBe('"Our patients\' stories."');
  });
  it('so the second of two quoted slogans on one line is not the page speaking', () => {
    const page = 'About stem cells.\n12. "Thousands of satisfied patients." "Our patients\' stories."\nTestimonials are not evidence.\n';
    expect(scanOf(page).voiceKinds).toBe(0);
  });
});
