import {
  type FormEvent,
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { buildGraph } from '../../analysis/graph/build_graph';
import { edgesCsv, nodesCsv } from '../../analysis/graph/edge_lists';
import { toGexf } from '../../analysis/graph/gexf';
import type { NodeMetrics } from '../../analysis/graph/metrics';
import {
  edgeSources,
  findNode,
  focusOf,
  LEVEL_OPTIONS,
  networkOf,
  TYPE_OPTIONS,
} from '../../analysis/graph/shown_network';
import type { Level, RelationshipType } from '../../model/enums';
import {
  COLOR_BY,
  type ColorBy,
  nodeAppearance,
  SIZE_BY,
  type SizeBy,
  usesMetrics,
} from '../../network/appearance';
import { GraphController } from '../../network/graph_controller';
import { type LayoutEngine, sharedLayoutEngine } from '../../network/layout_engine';
import { type GraphTexts, legendModel } from '../../network/network_legend';
import { svgToPng } from '../../network/png';
import { saveBlob } from '../shared/save_file';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { NetworkLegend } from './NetworkLegend';
import { NodeTable } from './NodeTable';
import { type FocusLink, RelationshipPanel } from './RelationshipPanel';
import './network.css';

function download(name: string, text: string, type: string): void {
  saveBlob(name, new Blob([text], { type }));
}

function toggled<T>(list: readonly T[], value: T, all: readonly T[]): T[] {
  // An empty list means "all": unticking one from "all" keeps the others.
  const current = list.length === 0 ? [...all] : [...list];
  const next = current.includes(value)
    ? current.filter((item) => item !== value)
    : [...current, value];
  return next.length === all.length ? [] : next;
}

export interface GraphViewProps {
  /** The layout engine (the page's, in Web Workers, by default); tests pass a stand-in. */
  createEngine?: () => LayoutEngine;
}

/**
 * The stakeholder network: organisations and their relationships, pruned by the explorer's
 * filters, with its own edge-type and level filters, focus, counts and sources, exports and
 * the node table. A node click selects the organisation for the details and the map.
 */
export default function GraphView({ createEngine = sharedLayoutEngine }: GraphViewProps) {
  const { t } = useTranslation(['network', 'model']);
  const store = useAtlasStore();
  const dataset = useAtlas((state) => state.dataset);
  const filters = useAtlas((state) => state.filters);
  const visible = useAtlas((state) => state.visible);
  const selection = useAtlas((state) => state.selection);
  const [context, setContext] = useState(false);
  const [types, setTypes] = useState<RelationshipType[]>([]);
  const [levels, setLevels] = useState<(Level | '')[]>([]);
  const [steps, setSteps] = useState(1);
  const [query, setQuery] = useState('');
  const [notFound, setNotFound] = useState(false);
  /** The names are suggested once the search is used (2,000 options cost ~60 ms to make). */
  const [suggest, setSuggest] = useState(false);
  const [metrics, setMetrics] = useState<NodeMetrics[] | null>(null);
  const [metricsFailed, setMetricsFailed] = useState(false);
  const [sizeBy, setSizeBy] = useState<SizeBy>('degree');
  const [colorBy, setColorBy] = useState<ColorBy>('orgType');
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<GraphController | null>(null);
  const engineRef = useRef<LayoutEngine | null>(null);
  /** Set while a relationship is drawn: node clicks pick its target. */
  const pickRef = useRef<((id: string) => void) | null>(null);
  const onPicking = useCallback((pick: ((id: string) => void) | null) => {
    pickRef.current = pick;
    controllerRef.current?.setPicking(pick !== null);
  }, []);

  const base = useMemo(() => buildGraph(dataset), [dataset]);
  const graph = useMemo(
    () => networkOf(base, filters, visible, { context, types, levels }),
    [base, filters, visible, context, types, levels],
  );
  const focusId =
    selection?.kind === 'organization' && graph.hasNode(selection.id) ? selection.id : null;
  const focus = useMemo(() => focusOf(graph, focusId, steps), [graph, focusId, steps]);
  const sources = useMemo(() => edgeSources(graph), [graph]);
  // One element per network: React skips its thousands of options on every other render.
  const names = useMemo(
    () => (
      <datalist id="network-names">
        {graph.mapNodes((id, attributes) => (
          <option key={id} value={attributes.name} />
        ))}
      </datalist>
    ),
    [graph],
  );

  const texts = useMemo<GraphTexts>(
    () => ({
      title: t('svgTitle'),
      legendColor: (by) => t(`colorOption.${by}`),
      legendEdges: t('legendEdges'),
      legendSize: (by) => t(`legendSizeBy.${by}`),
      orgType: (type) => t(`model:orgType.${type}`),
      relationship: (type) => t(`model:relationship.${type}`),
    }),
    [t],
  );
  const textsRef = useRef(texts);
  textsRef.current = texts;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const engine = createEngine();
    engineRef.current = engine;
    const controller = new GraphController(
      container,
      engine,
      {
        onSelect: (id) => store.getState().select({ kind: 'organization', id }),
        onPick: (id) => pickRef.current?.(id),
      },
      textsRef.current,
    );
    controllerRef.current = controller;
    controller.setPicking(pickRef.current !== null);
    return () => {
      controllerRef.current = null;
      engineRef.current = null;
      controller.destroy();
    };
  }, [store, createEngine]);

  useEffect(() => {
    setMetrics(null);
    setMetricsFailed(false);
    let cancelled = false;
    // Asked for before the layout starts, which then waits for them (layout_engine.ts).
    engineRef.current?.metrics(graph).then(
      (result) => {
        // A transition: React renders the table and the new appearance in slices, between
        // the frames of the layout, not in one long task.
        if (!cancelled && result) startTransition(() => setMetrics(result));
      },
      () => {
        if (!cancelled) setMetricsFailed(true);
      },
    );
    controllerRef.current?.setGraph(graph);
    controllerRef.current?.setTexts(textsRef.current);
    return () => {
      cancelled = true;
    };
  }, [graph]);

  useEffect(() => {
    controllerRef.current?.setTexts(texts);
  }, [texts]);

  useEffect(() => {
    controllerRef.current?.setFocus(focusId, steps);
  }, [focusId, steps]);

  // The metrics change the looks only when they size or colour the nodes: otherwise their
  // arrival leaves the drawing as it is.
  const looksMetrics = usesMetrics({ sizeBy, colorBy }) ? metrics : null;
  const appearance = useMemo(
    () =>
      nodeAppearance(
        graph,
        looksMetrics,
        { sizeBy, colorBy },
        {
          orgType: (type) => t(`model:orgType.${type}`),
          level: (level) => (level ? t(`model:level.${level}`) : t('noLevel')),
          community: (number) => t('communityNumber', { number }),
          otherCommunities: t('otherCommunities'),
        },
      ),
    [graph, looksMetrics, sizeBy, colorBy, t],
  );
  useEffect(() => {
    controllerRef.current?.setAppearance(appearance);
  }, [appearance]);
  const legend = useMemo(() => legendModel(graph, appearance, texts), [graph, appearance, texts]);
  useEffect(() => {
    controllerRef.current?.setLegend(legend);
  }, [legend]);

  const select = (id: string) => store.getState().select({ kind: 'organization', id });

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const id = findNode(graph, query);
    setNotFound(id === null);
    if (id !== null) select(id);
  };

  const focusLinks = useMemo(() => {
    if (focusId === null) return [];
    const links: FocusLink[] = [];
    graph.forEachEdge(focusId, (key, attributes, source, target) => {
      const outgoing = source === focusId;
      links.push({
        key,
        outgoing,
        partner: graph.getNodeAttribute(outgoing ? target : source, 'name'),
        type: attributes.type,
        source: attributes.source,
      });
    });
    return links;
  }, [graph, focusId]);

  const stamp = new Date().toISOString().slice(0, 10);
  const exportSvg = () => {
    const svg = controllerRef.current?.toSvg();
    if (svg) download(`atlas-network-${stamp}.svg`, svg, 'image/svg+xml');
  };
  const exportPng = async () => {
    const svg = controllerRef.current?.toSvg();
    if (svg) saveBlob(`atlas-network-${stamp}.png`, await svgToPng(svg));
  };
  const exportGexf = () =>
    download(
      `atlas-network-${stamp}.gexf`,
      toGexf(graph, { metrics: metrics ?? undefined, date: stamp }),
      'application/xml',
    );
  const exportNodes = () =>
    download(
      `atlas-network-nodes-${stamp}.csv`,
      nodesCsv(graph, metrics ? { metrics } : {}),
      'text/csv;charset=utf-8',
    );
  const exportEdges = () =>
    download(`atlas-network-edges-${stamp}.csv`, edgesCsv(graph), 'text/csv;charset=utf-8');

  const focusName = focusId ? graph.getNodeAttribute(focusId, 'name') : '';

  return (
    <div className="network">
      <div className="network-toolbar">
        <p className="network-counts" data-testid="network-counts" role="status">
          {t('counts', { nodes: graph.order, edges: graph.size })}
        </p>
        <form className="network-search" onSubmit={onSearch}>
          <label htmlFor="network-search-input">{t('search')}</label>
          <input
            id="network-search-input"
            type="search"
            list={suggest ? 'network-names' : undefined}
            value={query}
            onFocus={() => setSuggest(true)}
            onChange={(event) => {
              setQuery(event.target.value);
              setNotFound(false);
            }}
          />
          {suggest && names}
          <button type="submit">{t('searchButton')}</button>
          {notFound && <span className="network-not-found">{t('notFound')}</span>}
        </form>
        <label className="network-steps">
          {t('steps')}{' '}
          <select value={steps} onChange={(event) => setSteps(Number(event.target.value))}>
            {[1, 2, 3].map((count) => (
              <option key={count} value={count}>
                {t('stepsOption', { count })}
              </option>
            ))}
          </select>
        </label>
        {focusId !== null && (
          <button type="button" onClick={() => store.getState().select(null)}>
            {t('clearFocus')}
          </button>
        )}
        <div className="network-zoom">
          <button
            type="button"
            aria-label={t('zoomIn')}
            title={t('zoomIn')}
            onClick={() => controllerRef.current?.zoomBy(1.5)}
          >
            +
          </button>
          <button
            type="button"
            aria-label={t('zoomOut')}
            title={t('zoomOut')}
            onClick={() => controllerRef.current?.zoomBy(1 / 1.5)}
          >
            −
          </button>
          <button type="button" onClick={() => controllerRef.current?.fit()}>
            {t('fit')}
          </button>
        </div>
        <fieldset className="network-export">
          <legend>{t('export')}</legend>
          <button type="button" onClick={exportSvg}>
            {t('exportSvg')}
          </button>
          <button type="button" onClick={() => void exportPng()}>
            {t('exportPng')}
          </button>
          <button type="button" onClick={exportGexf}>
            {t('exportGexf')}
          </button>
          <button type="button" onClick={exportNodes}>
            {t('exportNodes')}
          </button>
          <button type="button" onClick={exportEdges}>
            {t('exportEdges')}
          </button>
        </fieldset>
      </div>
      <div className="network-body">
        <div className="network-side">
          <label className="network-context">
            <input
              type="checkbox"
              checked={context}
              onChange={(event) => setContext(event.target.checked)}
            />{' '}
            {t('context')}
          </label>
          <p className="network-hint">{t('contextHint')}</p>
          <label className="network-appearance">
            {t('sizeBy')}
            <select value={sizeBy} onChange={(event) => setSizeBy(event.target.value as SizeBy)}>
              {SIZE_BY.map((option) => (
                <option key={option} value={option}>
                  {t(`sizeOption.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="network-appearance">
            {t('colorBy')}
            <select value={colorBy} onChange={(event) => setColorBy(event.target.value as ColorBy)}>
              {COLOR_BY.map((option) => (
                <option key={option} value={option}>
                  {t(`colorOption.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{t('edgeTypes')}</legend>
            {TYPE_OPTIONS.map((type) => (
              <label key={type}>
                <input
                  type="checkbox"
                  checked={types.length === 0 || types.includes(type)}
                  onChange={() => setTypes((list) => toggled(list, type, TYPE_OPTIONS))}
                />{' '}
                {t(`model:relationship.${type}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('levels')}</legend>
            {LEVEL_OPTIONS.map((level) => (
              <label key={level || 'none'}>
                <input
                  type="checkbox"
                  checked={levels.length === 0 || levels.includes(level)}
                  onChange={() => setLevels((list) => toggled(list, level, LEVEL_OPTIONS))}
                />{' '}
                {level ? t(`model:level.${level}`) : t('noLevel')}
              </label>
            ))}
          </fieldset>
        </div>
        <div className="network-drawing">
          {/* Its room is kept: the drawing must not move under the pointer when a click focuses. */}
          <div className="network-focus-line">
            {focus && (
              <p className="network-focus" data-testid="network-focus">
                {t('focused', { name: focusName, count: focus.nodes.size - 1 })}
              </p>
            )}
          </div>
          <div className="network-stage">
            <div
              className="network-canvas"
              ref={containerRef}
              data-testid="network-canvas"
              aria-describedby="network-drawing-help"
            />
            <NetworkLegend legend={legend} title={t('legend')} />
          </div>
          <p id="network-drawing-help" className="network-hint">
            {t('drawingHelp')}
          </p>
        </div>
      </div>
      {focusId !== null && (
        <RelationshipPanel
          key={focusId}
          focusId={focusId}
          focusName={focusName}
          links={focusLinks}
          onPicking={onPicking}
        />
      )}
      <details className="network-sources">
        <summary>{t('sources', { count: sources.length })}</summary>
        <ul>
          {sources.map((item) => (
            <li key={item.source}>
              {item.source || t('noSource')} — {t('sourceCount', { count: item.count })}
            </li>
          ))}
        </ul>
      </details>
      <NodeTable
        graph={graph}
        metrics={metrics}
        failed={metricsFailed}
        selectedId={focusId}
        onSelect={select}
      />
    </div>
  );
}
