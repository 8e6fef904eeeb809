import { computeGaps, DEFAULT_GAP_PARAMS } from '../../../../src/analysis/gaps/gaps';
import { methodNotes } from '../../../../src/analysis/gaps/method_notes';
import { createI18n } from '../../../../src/i18n';
import { LANGUAGES } from '../../../../src/model/languages';
import { all, fixtureInput } from './gap_fixture';

const input = fixtureInput(
  [
    { code: '92001', lon: 4.8, lat: 50.4, population: 1000 },
    { code: '92003', lon: 4.9, lat: 50.4, population: 2000 },
  ],
  [{ service: 0, category: 0, lon: 4.8, lat: 50.4, commune: 0 }],
);

describe('the method notes of an analysis', () => {
  it.each(LANGUAGES)(
    'state every rule with its threshold, nothing left to fill in (%s)',
    (language) => {
      const { t } = createI18n(language);
      for (const rule of ['distance', 'per_10k', 'per_1k_protected', 'access'] as const) {
        const params = { ...DEFAULT_GAP_PARAMS, underServed: { rule, value: 12.5 } };
        const notes = methodNotes(computeGaps(input, all(input), params), t);
        expect(notes.join('\n')).not.toMatch(/\{\{|\}\}/);
        // The threshold as the language writes it (12,5 or 12.5), in the under-served rule's note.
        const threshold = new Intl.NumberFormat(language).format(12.5);
        expect(notes.at(-1)).toContain(threshold);
      }
    },
  );
});
