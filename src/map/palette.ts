import { CATEGORIES, type Category } from '../model/enums';

/**
 * One colour per service category, told apart with the common forms of colour blindness:
 * Paul Tol's "muted" scheme, two Okabe–Ito colours (orange, blue) and a neutral grey for
 * "other". Colour is never the only cue: the table lists the same sites with their category.
 */
export const CATEGORY_COLORS: Readonly<Record<Category, string>> = {
  social_aid: '#332288',
  housing: '#e69f00',
  language: '#cc6677',
  employment: '#117733',
  integration: '#88ccee',
  reception: '#882255',
  health: '#44aa99',
  education: '#ddcc77',
  legal: '#aa4499',
  psychosocial: '#999933',
  childcare: '#0072b2',
  other: '#888888',
};

/** The colour of a category code, grey for one the palette does not know. */
export function categoryColor(category: string): string {
  return (CATEGORY_COLORS as Record<string, string>)[category] ?? CATEGORY_COLORS.other;
}

/** Categories in legend order (the model's order). */
export const LEGEND_CATEGORIES: readonly Category[] = CATEGORIES;

/** Colours of the boundaries, clusters and selection. */
export const MAP_COLORS = {
  background: '#dce6ee',
  communeFill: '#fbfaf6',
  communeLine: '#b8b2a5',
  arrondissementLine: '#8a8477',
  provinceLine: '#4f4a42',
  label: '#3b3a36',
  townLabel: '#1b1a17',
  localityLabel: '#6e6a62',
  labelHalo: '#ffffff',
  /** The count in a cluster or group symbol, and the outline of its white middle. */
  groupText: '#1d2733',
  groupOutline: '#4f4a42',
  selection: '#111111',
  selectionHalo: '#ffffff',
  selectedCommune: '#0b5fa5',
} as const;
