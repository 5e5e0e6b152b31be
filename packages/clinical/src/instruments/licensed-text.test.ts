import { describe, expect, it } from 'vitest';
import { LicensedTextError, mergeLicensedItemText } from './licensed-text';
import { ODI, scoreOdi } from './odi';

/** A stand-in for a licensee's file: the wording here is placeholder text, not the ODI's. */
function placeholderOdiFile() {
  return {
    instrumentId: 'odi',
    version: '2.1a',
    licenceNotice: 'Placeholder notice for tests.',
    instructions: 'Placeholder instructions.',
    items: Object.fromEntries(
      ODI.items.map((item) => [
        item.id,
        { text: `Placeholder ${item.id}`, optionLabels: item.options.map((o) => `Option ${o.value}`) },
      ]),
    ),
  };
}

describe('mergeLicensedItemText', () => {
  it('adds wording and labels without changing ids, values or scoring', () => {
    const merged = mergeLicensedItemText(ODI, placeholderOdiFile());
    expect(merged.items[0]?.text).toBe('Placeholder pain-intensity');
    expect(merged.items[0]?.options[5]).toEqual({ value: 5, score: 5, label: 'Option 5' });
    expect(merged.items.map((item) => item.id)).toEqual(ODI.items.map((item) => item.id));
    expect(merged.licence).toMatchObject({
      itemTextSource: 'deployment-licensed',
      notice: 'Placeholder notice for tests.',
    });
    expect(ODI.items[0]?.text).toBeUndefined();
    expect(scoreOdi(Object.fromEntries(merged.items.map((item) => [item.id, 2]))).percent).toBe(40);
  });

  it('lists every mismatch: wrong instrument, unknown item, missing item, label count', () => {
    const file = placeholderOdiFile();
    const { walking: _dropped, ...items } = file.items;
    const broken = {
      ...file,
      instrumentId: 'rmdq',
      items: { ...items, jogging: { text: 'x' }, lifting: { text: 'x', optionLabels: ['a', 'b'] } },
    };
    try {
      mergeLicensedItemText(ODI, broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LicensedTextError);
      expect((error as LicensedTextError).issues.map((issue) => issue.path)).toEqual([
        'instrumentId',
        'items.jogging',
        'items.lifting.optionLabels',
        'items.walking',
      ]);
    }
  });

  it('rejects a file of the wrong shape, naming the field', () => {
    expect(() => mergeLicensedItemText(ODI, { ...placeholderOdiFile(), licenceNotice: '' })).toThrowError(
      /licenceNotice/,
    );
    expect(() => mergeLicensedItemText(ODI, 'not json')).toThrow(LicensedTextError);
  });
});
