import { describe, expect, it } from 'vitest';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { currentNisCode, NIS_UPDATES, updateNisCode } from '../../../src/places/nis_updates';

describe('NIS_UPDATES', () => {
  const gazetteer = loadGazetteerSync();

  it('lists the 11 renumberings of 2019 and the Bastogne-Bertogne merger of 2025', () => {
    expect(NIS_UPDATES.filter((u) => u.reason === 'renumbered_2019')).toHaveLength(11);
    expect(NIS_UPDATES.filter((u) => u.reason === 'merged_2025').map((u) => u.from)).toEqual([
      '82003',
      '82005',
    ]);
  });

  it('maps old codes to current communes only', () => {
    for (const update of NIS_UPDATES) {
      expect(gazetteer.communeByNis(update.from), update.from).toBeUndefined();
      expect(gazetteer.communeByNis(update.to), update.to).toBeDefined();
    }
    expect(gazetteer.communeByNis('57096')?.name_fr).toBe('Mouscron');
    expect(gazetteer.communeByNis('57097')?.name_fr).toBe('Comines-Warneton');
  });

  it('updateNisCode gives the update, or undefined for a current or unknown code', () => {
    expect(updateNisCode('54007')).toEqual({
      from: '54007',
      to: '57096',
      reason: 'renumbered_2019',
    });
    expect(updateNisCode(' 82005 ')?.to).toBe('82039');
    expect(updateNisCode('62063')).toBeUndefined();
    expect(updateNisCode('99999')).toBeUndefined();
    expect(currentNisCode('54010')).toBe('57097');
    expect(currentNisCode('92094')).toBe('92094');
    expect(gazetteer.updateNis('82003')?.to).toBe('82039');
  });
});
