import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { parseServiceArea } from '../../../src/validate/service_area';

const gazetteer = loadGazetteerSync();

describe('parseServiceArea', () => {
  it('keeps the units given, as REFNIS codes, in order and once each', () => {
    const parsed = parseServiceArea('Arlon | province de Namur; 62000|Arlon', gazetteer);
    expect(parsed.value).toEqual(['81001', '90000', '62000']);
    expect(parsed.findings).toEqual([]);
  });

  it('updates an old commune code (Bertogne, merged into Bastogne in 2025)', () => {
    expect(parseServiceArea('82005', gazetteer).value).toEqual(['82039']);
  });

  it('leaves out, with a warning naming it, a unit it cannot find or tell apart', () => {
    const parsed = parseServiceArea('Atlantis|99999|Namur', gazetteer);
    expect(parsed.value).toEqual(['92094']);
    expect(parsed.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['unknown_area', 'warning'],
      ['unknown_area', 'warning'],
    ]);
    expect(parsed.findings[0]?.message).toContain('"Atlantis"');
    expect(parsed.findings[1]?.message).toContain('"99999"');
  });
});
