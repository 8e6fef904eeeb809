import { type ComponentType, lazy } from 'react';
import type { Panel } from '../store/view';
import { SiteTable } from '../ui/table/SiteTable';

/** The network (d3, graphology) loads when its tab is first opened. */
const GraphView = lazy(() => import('../ui/network/GraphView'));
/** The gap analysis loads when its tab is first opened. */
const AnalysisView = lazy(() => import('../ui/analysis/AnalysisView'));
/** The series and their charts (Observable Plot) load when their tab is first opened. */
const SeriesView = lazy(() => import('../ui/charts/SeriesView'));
/** The data-quality views load when their tab is first opened. */
const DuplicatesView = lazy(() => import('../ui/quality/DuplicatesView'));
const CompletenessView = lazy(() => import('../ui/quality/CompletenessView'));

/**
 * The view each panel shows (a lazy one inside Suspense); its tab reads
 * t(`app:panelName.${panel}`). A panel added to PANELS gets its view here.
 */
export const PANEL_VIEWS: Readonly<Record<Panel, ComponentType>> = {
  table: SiteTable,
  network: GraphView,
  analysis: AnalysisView,
  series: SeriesView,
  duplicates: DuplicatesView,
  quality: CompletenessView,
};
