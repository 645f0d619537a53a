import { describe, expect, it } from 'vitest';
import { xmlError } from './support.ts';

describe('xmlError (the tests’ well-formedness check)', () => {
  it('accepts a well-formed document', () => {
    expect(xmlError('<svg a="1"><g><path d="M0,0"/></g><text>a &amp; b</text></svg>')).toBeNull();
  });
  it.each([
    ['<svg><g></svg>', 'unbalanced tags'],
    ['<svg><text>a & b</text></svg>', 'a raw ampersand'],
    ['<svg a="1" a="2"/>', 'a duplicate attribute'],
    ['<svg><text>1 < 2</text></svg>', 'a raw <'],
    ['<svg/><svg/>', 'two roots'],
  ])('rejects %s (%s)', (xml) => {
    expect(xmlError(xml)).not.toBeNull();
  });
});
