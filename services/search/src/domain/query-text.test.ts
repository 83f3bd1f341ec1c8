import { describe, expect, it } from 'vitest';
import { anyQuery, decodeCursor, encodeCursor, MAX_TERMS, markHeadline, matchQuery, termsOf } from './query-text.ts';

describe('termsOf', () => {
  it('keeps lowercase words of letters and digits, deduplicated', () => {
    expect(termsOf('LED wall, Chicago — LED!')).toEqual(['led', 'wall', 'chicago']);
    expect(termsOf('Café 2030')).toEqual(['café', '2030']);
  });

  it('drops every character of tsquery, LIKE and SQL syntax', () => {
    expect(termsOf("x' or 1=1; drop table documents; -- %_* & | ! :* <-> ()")).toEqual([
      'x',
      'or',
      '1',
      'drop',
      'table',
      'documents',
    ]);
    expect(termsOf('%%% *** :: ||')).toEqual([]);
  });

  it('bounds the number and length of terms', () => {
    expect(termsOf('a b c d e f g h i j k')).toHaveLength(MAX_TERMS);
    expect(termsOf('x'.repeat(5000))[0]).toHaveLength(40);
  });

  it('builds a tsquery of prefixes and corrected words, plain words only', () => {
    const similar = new Map([['chicgo', ['chicago', 'chico', "o'hare", 'a:b']]]);
    expect(matchQuery(['led', 'chicgo'], similar)).toBe('(led:*) & (chicgo:* | chicago | chico)');
    expect(anyQuery(['led', 'chicgo'], similar)).toBe('led:* | chicgo:* | chicago | chico');
  });
});

describe('markHeadline', () => {
  it('escapes the record text and marks the matches', () => {
    expect(markHeadline('\uE000LED\uE001 wall <script>&')).toBe('<mark>LED</mark> wall &lt;script&gt;&amp;');
  });
});

describe('cursors', () => {
  it('round-trip and refuse what this service never handed out', () => {
    const c = { score: '1.234567', type: 'engagement', id: 'eng-1' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from('["1; drop", "x", "y"]').toString('base64url'))).toBeNull();
    expect(decodeCursor(Buffer.from('[1, "x", "y"]').toString('base64url'))).toBeNull();
  });
});
