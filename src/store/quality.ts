import {
  FIGURES,
  type Figure,
  GROUPINGS,
  type Grouping,
} from '../analysis/completeness/completeness';
import { isOneOf } from '../model/enums';

/**
 * What the duplicates and completeness views show, as a link keeps it: the pair shown
 * side by side, the grouping of the completeness table, the figure whose sites are listed,
 * and the partner whose "to check" list is shown.
 */
export interface QualityView {
  /** The pair shown ("<table>:<id>~<id>", see analysis/duplicates), '' for the first. */
  pair: string;
  grouping: Grouping;
  /** The figure whose sites are listed: its group's key and its name; null for none. */
  figure: { group: string; figure: Figure } | null;
  /** The organisation whose "to check" list is shown, '' for none. */
  partner: string;
}

export const DEFAULT_QUALITY: QualityView = {
  pair: '',
  grouping: 'commune',
  figure: null,
  partner: '',
};

export interface QualityState {
  quality: QualityView;
}

export interface QualityActions {
  setQuality(patch: Partial<QualityView>): void;
}

export const INITIAL_QUALITY: QualityState = { quality: DEFAULT_QUALITY };

export function qualityActions(
  set: (partial: Partial<QualityState>) => void,
  get: () => QualityState,
): QualityActions {
  return {
    setQuality(patch) {
      const quality = { ...get().quality, ...patch };
      // Another grouping has other groups: a figure of the former one names nothing.
      if (patch.grouping && patch.grouping !== get().quality.grouping && !('figure' in patch)) {
        quality.figure = null;
      }
      set({ quality });
    },
  };
}

const PAIR = /^(organizations|locations):[0-9a-f-]{36}~[0-9a-f-]{36}$/;
const ID = /^[0-9a-f-]{36}$/;

/** The view's parameters of the link (`dup`, `qby`, `qfig`, `qorg`), what differs from the default only. */
export function qualityToQuery(view: QualityView, params: URLSearchParams): void {
  if (view.pair) params.set('dup', view.pair);
  if (view.grouping !== DEFAULT_QUALITY.grouping) params.set('qby', view.grouping);
  if (view.figure) params.set('qfig', `${view.figure.group}:${view.figure.figure}`);
  if (view.partner) params.set('qorg', view.partner);
}

/** The view read from a link; what is missing or malformed is the default. */
export function queryToQuality(params: URLSearchParams): QualityView {
  const pair = params.get('dup') ?? '';
  const grouping = params.get('qby') ?? '';
  const figure = /^([\w*]*):(\w+)$/.exec(params.get('qfig') ?? '');
  const partner = params.get('qorg') ?? '';
  return {
    pair: PAIR.test(pair) ? pair : '',
    grouping: isOneOf(GROUPINGS, grouping) ? grouping : DEFAULT_QUALITY.grouping,
    figure:
      figure && isOneOf(FIGURES, figure[2] ?? '')
        ? { group: figure[1] ?? '', figure: figure[2] as Figure }
        : null,
    partner: ID.test(partner) ? partner : '',
  };
}
