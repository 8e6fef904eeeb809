import type { Finding } from '../model/report';
import type { AreaLevel, Gazetteer } from '../places/types';
import type { Parsed } from '../validate/fields';

/** The columns a table of figures names its places in. */
export type PlaceColumn = 'nis_code' | 'commune' | 'arrondissement' | 'province' | 'place';

const LEVEL_OF: Partial<Record<PlaceColumn, AreaLevel>> = {
  commune: 'commune',
  arrondissement: 'arrondissement',
  province: 'province',
};

/** Names of Wallonia and Belgium as tables write them, by REFNIS code. */
const WHOLE: readonly [RegExp, string][] = [
  [
    /^(wallonie|wallonia|wallonien|wallonie region|region wallonne|waals gewest|wallonische region|rw)$/,
    '03000',
  ],
  [/^(belgique|belgium|belgie|belgien|royaume|rijk|total belgique|be)$/, '01000'],
];

function unknown(
  text: string,
  field: string,
  column: PlaceColumn,
  why: string,
  variant: 'placeCode' | 'placeName' | 'placeAmbiguous',
  candidates = '',
): Parsed<string | null> {
  const finding: Finding = {
    field,
    severity: 'error',
    code: column === 'commune' ? 'unknown_commune' : 'unknown_place',
    message: `"${text}" ${why}`,
    variant,
    values: { value: text, candidates },
  };
  return { value: null, findings: [finding] };
}

/**
 * The REFNIS code of the place a cell names: a code (an old commune code is updated, with a
 * note), or a name in French, Dutch or German read at the level its column says (a
 * province's name in a "province" column), else as a commune first. `header` is the column
 * as the file writes it, for the messages.
 */
export function resolvePlace(
  text: string,
  column: PlaceColumn,
  gazetteer: Gazetteer,
  header: string,
): Parsed<string | null> {
  const value = text.trim();
  if (value === '') {
    return {
      value: null,
      findings: [
        {
          field: header,
          severity: 'error',
          code: 'missing_required',
          message: 'The place is required but empty',
          values: {},
        },
      ],
    };
  }
  if (/^\d{5}$/.test(value)) {
    const update = gazetteer.updateNis(value);
    const code = update?.to ?? value;
    if (!gazetteer.areaByNis(code)) {
      return unknown(
        value,
        header,
        column,
        'is not the code of a Walloon commune, arrondissement or province, of Wallonia (03000) or Belgium (01000)',
        'placeCode',
      );
    }
    const findings: Finding[] = update
      ? [
          {
            field: header,
            severity: 'info',
            code: 'nis_code_updated',
            message: `NIS code ${update.from} became ${update.to} (${update.reason === 'merged_2025' ? 'merger of 1 January 2025' : 'renumbering of 1 January 2019'})`,
            variant: update.reason,
            values: { from: update.from, to: update.to },
          },
        ]
      : [];
    return { value: code, findings };
  }
  const folded = value
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
  const whole = WHOLE.find(([pattern]) => pattern.test(folded));
  if (whole) return { value: whole[1], findings: [] };
  const level = LEVEL_OF[column];
  // In a column of one level, a name is of that level, with or without a word saying so.
  const ofLevel = (name: string) =>
    gazetteer.areasByName(name).filter((area) => area.level === level);
  const named = level ? ofLevel(value) : gazetteer.areasByName(value);
  const found =
    level && named.length === 0 && level !== 'commune' ? ofLevel(`${level} ${value}`) : named;
  if (found.length === 1) return { value: found[0]?.nis_code ?? null, findings: [] };
  if (found.length === 0)
    return unknown(
      value,
      header,
      column,
      `names no Walloon ${level ?? 'commune, arrondissement or province'}`,
      'placeName',
    );
  return unknown(
    value,
    header,
    column,
    `may be any of ${found.map((area) => `${area.level} ${area.nis_code}`).join(', ')}: give the NIS code`,
    'placeAmbiguous',
    found.map((area) => area.nis_code).join(', '),
  );
}
