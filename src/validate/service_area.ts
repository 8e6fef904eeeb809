import type { Finding } from '../model/report';
import type { Gazetteer } from '../places/types';
import type { Parsed } from './fields';

/** What separates the units of a service area in a cell: `|` (the Atlas' own), `;` or a line break. */
const SEPARATOR = /[|;\n]/;

function unknown(
  part: string,
  why: string,
  variant: 'placeCode' | 'placeName' | 'placeAmbiguous',
  candidates = '',
): Finding {
  return {
    field: 'service_area',
    severity: 'warning',
    code: 'unknown_area',
    message: `"${part}" ${why}; it was left out of the service area`,
    variant,
    values: { value: part, candidates },
  };
}

/**
 * A service area as the communes, arrondissements, provinces or region a service serves,
 * kept as their REFNIS codes in the order given, each once. Each unit is a code (an old
 * commune code is updated), a commune's name in French, Dutch or German, or a province's or
 * arrondissement's name after a word that says so ("province de Luxembourg"). A unit not
 * found, or a name that fits several, is left out with a warning naming it.
 */
export function parseServiceArea(text: string, gazetteer: Gazetteer): Parsed<string[]> {
  const codes: string[] = [];
  const findings: Finding[] = [];
  for (const raw of text.split(SEPARATOR)) {
    const part = raw.trim();
    if (part === '') continue;
    let code: string | undefined;
    if (/^\d{5}$/.test(part)) {
      const current = gazetteer.updateNis(part)?.to ?? part;
      code = gazetteer.areaByNis(current)?.nis_code;
      if (!code)
        findings.push(
          unknown(
            part,
            'is not the code of a Walloon commune, arrondissement or province',
            'placeCode',
          ),
        );
    } else {
      const found = gazetteer.areasByName(part);
      if (found.length === 1) code = found[0]?.nis_code;
      else if (found.length === 0)
        findings.push(
          unknown(part, 'names no Walloon commune, arrondissement or province', 'placeName'),
        );
      else {
        const candidates = found.map((area) => `${area.level} ${area.nis_code}`).join(', ');
        findings.push(
          unknown(
            part,
            `may be any of ${candidates}: give the code`,
            'placeAmbiguous',
            found.map((area) => area.nis_code).join(', '),
          ),
        );
      }
    }
    if (code && !codes.includes(code)) codes.push(code);
  }
  return { value: codes, findings };
}
