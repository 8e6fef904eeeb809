import fc from 'fast-check';
import { jsonErrorOffset, lineAndColumn, parseJsonText } from '../../../src/text/json_text';

describe('where JSON text breaks', () => {
  it('finds no break in any JSON that JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(jsonErrorOffset(text)).toBe(text.length);
      }),
    );
  });

  it('finds the offset V8 names, wherever V8 names one', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.nat(), fc.string(), (value, cut, noise) => {
        const json = JSON.stringify(value);
        const at = cut % (json.length + 1);
        const text = `${json.slice(0, at)}${noise}${json.slice(at)}`;
        let position: number | null = null;
        try {
          JSON.parse(text);
          return;
        } catch (error) {
          const named = /at position (\d+)/.exec((error as Error).message);
          position = named ? Number(named[1]) : null;
        }
        const offset = jsonErrorOffset(text);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(text.length);
        if (position !== null) expect(offset).toBe(position);
      }),
    );
  });

  it('says an unexpected token by its line and column, which V8 does not give', () => {
    const parsed = parseJsonText('{\n  "a": 1,\n  "b": tru\n}');
    expect(parsed).toMatchObject({
      ok: false,
      finding: { variant: 'jsonAt', values: { line: 3, column: 11 } },
    });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
