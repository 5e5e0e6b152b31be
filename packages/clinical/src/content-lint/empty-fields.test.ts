import { describe, expect, it } from 'vitest';
import { findEmptyContentFields } from './empty-fields';

describe('findEmptyContentFields', () => {
  it('finds blank strings, empty lists and non-finite numbers with their paths', () => {
    const content = {
      title: 'Sleep',
      minutes: Number.NaN,
      sections: [{ heading: ' ', paragraphs: [] }],
      takeaways: ['ok', ''],
    };
    expect(findEmptyContentFields(content)).toEqual([
      'minutes',
      'sections[0].heading',
      'sections[0].paragraphs',
      'takeaways[1]',
    ]);
  });

  it('allows empty lists only under the named keys', () => {
    const content = { paragraphs: [{ text: 'Hello.', claimIds: [] }] };
    expect(findEmptyContentFields(content, { allowEmptyListsFor: ['claimIds'] })).toEqual([]);
    expect(findEmptyContentFields(content)).toEqual(['paragraphs[0].claimIds']);
  });

  it('passes complete content', () => {
    expect(findEmptyContentFields({ a: 'x', b: [1, 2], c: { d: true, e: null } })).toEqual([]);
  });
});
