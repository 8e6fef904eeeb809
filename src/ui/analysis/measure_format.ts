import type { GapRow, Measure } from '../../analysis/gaps/gaps';

/** The columns of the ranking, beside the place: the figures of a row, in the order shown. */
export const RANK_COLUMNS = [
  'population',
  'services',
  'sites',
  'services_per_10k',
  'services_per_1k_protected',
  'nearest_km',
  'access',
] as const satisfies readonly (keyof GapRow)[];

/** How many decimals a figure is shown with. */
const DECIMALS: Record<Measure | 'population' | 'protected', number> = {
  population: 0,
  protected: 0,
  services: 0,
  sites: 0,
  services_per_10k: 2,
  services_per_1k_protected: 2,
  nearest_km: 1,
  access: 2,
};

const formats = new Map<string, Intl.NumberFormat>();

/** A figure as the interface language writes it ("12,5" in French, "12.5" in English); '—' when unknown. */
export function formatFigure(
  value: number | null,
  figure: keyof typeof DECIMALS | string,
  language: string,
): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const decimals = DECIMALS[figure as keyof typeof DECIMALS] ?? 2;
  const key = `${language}:${decimals}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      maximumFractionDigits: decimals,
      minimumFractionDigits: 0,
    });
    formats.set(key, format);
  }
  return format.format(value);
}

/**
 * Whether a greater value means better served: a ranking puts the worst served first
 * (the farthest, the fewest services for the people there).
 */
export function moreIsBetter(figure: string): boolean {
  return figure !== 'nearest_km';
}
