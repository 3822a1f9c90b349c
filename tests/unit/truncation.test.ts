import { describe, expect, it } from 'vitest';
import { lastWords } from '../../src/lib/truncation.ts';

describe('lastWords: what a truncation notice quotes', () => {
  it('takes the Chinese words after the last clause break', () => {
    expect(lastWords('加快转化先进适用国际标准，实现国际标准转化率达到')).toBe('实现国际标准转化率达到');
  });
  it('takes the English words after the last comma', () => {
    expect(lastWords('accelerate the adoption of advanced and applicable international standards, and bring the adoption rate of international standards to')).toBe(
      'and bring the adoption rate of international standards to',
    );
  });
  it('keeps a text with no break whole', () => {
    expect(lastWords(' 实现国际标准转化率达到 ')).toBe('实现国际标准转化率达到');
  });
});
