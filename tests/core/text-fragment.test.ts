import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../lib/core/text-fragment';

describe('textFragmentUrl', () => {
  it('links a short passage whole, escaping what the syntax reserves', () => {
    expect(textFragmentUrl('https://clinic.example/post#top', 'FDA black-box warnings, for sure & more')).toBe(
      'https://clinic.example/post#:~:text=FDA%20black%2Dbox%20warnings%2C%20for%20sure%20%26%20more',
    );
  });

  it('links a long passage by its first and last words', () => {
    const passage =
      'Clinical trials show sermorelin users maintain lean body mass during weight loss phases that would otherwise trigger muscle loss';
    expect(textFragmentUrl('https://clinic.example/post', passage)).toBe(
      'https://clinic.example/post#:~:text=Clinical%20trials%20show%20sermorelin,otherwise%20trigger%20muscle%20loss',
    );
  });
});
