import type { GapParams, GapResult } from '../analysis/gaps/gaps';
import type { GapInput } from '../analysis/gaps/input';

/**
 * The messages between the page and the gap analysis' worker. The page sends the
 * dataset's columns once (`input`, its typed arrays transferred), then, for each change of
 * the filters or the parameters, which sites are selected (`compute`); the worker answers
 * each `compute` with its figures, or why it could not.
 */
export type GapRequest =
  | { type: 'input'; input: GapInput }
  | { type: 'compute'; id: number; selected: Int32Array; params: GapParams };

export type GapReply =
  | { type: 'result'; id: number; result: GapResult }
  | { type: 'failed'; id: number; message: string };

/** The typed arrays of an input, which cross to the worker without a copy. */
export function transferables(input: GapInput): ArrayBuffer[] {
  return [
    input.communeLon,
    input.communeLat,
    input.population,
    input.siteService,
    input.siteCategory,
    input.sitePoint,
    input.siteCommune,
    input.pointLon,
    input.pointLat,
    input.serviceAreaStart,
    input.serviceAreaCommunes,
    input.serviceHasArea,
    ...Object.values(input.indicators).map((indicator) => indicator.values),
  ].map((array) => array.buffer as ArrayBuffer);
}
