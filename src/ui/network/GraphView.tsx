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
import { findGroups, isGroupId, type OrgGroup } from '../../analysis/graph/groups';
import type { NodeMetrics } from '../../analysis/graph/metrics';
import {
  DEFAULT_NETWORK_OPTIONS,
  edgeSources,
  filtersActive,
  findNode,
  focusOf,
  type NetworkOptions,
  prunedNetwork,
  shownNetwork,
} from '../../analysis/graph/shown_network';
import { type ColorBy, nodeAppearance, type SizeBy, usesMetrics } from '../../network/appearance';
import { GraphController, type LayoutMode } from '../../network/graph_controller';
import { type LayoutEngine, sharedLayoutEngine } from '../../network/layout_engine';
import { type GraphTexts, legendModel } from '../../network/network_legend';
import { saveBlob } from '../shared/save_file';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { svgToPng } from '../shared/svg_to_png';
import { NetworkControls } from './NetworkControls';
import { NetworkLegend } from './NetworkLegend';
import { NodeTable } from './NodeTable';
import { type FocusLink, RelationshipPanel } from './RelationshipPanel';
import './network.css';

function download(name: string, text: string, type: string): void {
  saveBlob(name, new Blob([text], { type }));
}

/** The set with `value` added, or taken out if it was there. */
function flipped(set: ReadonlySet<string>, value: string): Set<string> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export interface GraphViewProps {
  /** The layout engine (the page's, in Web Workers, by default); tests pass a stand-in. */
  createEngine?: () => LayoutEngine;
}

/**
 * The stakeholder network: by default the organisations that coordinate, fund and refer,
 * the classes whose relationships hold alike (the CPAS, the communes) as groups that open
 * on a click; pruned by the explorer's filters; with its own scope, layout, edge-type,
 * confidence and level filters, focus, counts and sources, exports and the node table. A
 * node click selects the organisation for the details and the map.
 */
export default function GraphView({ createEngine = sharedLayoutEngine }: GraphViewProps) {
  const { t } = useTranslation(['network', 'model']);
  const store = useAtlasStore();
  const dataset = useAtlas((state) => state.dataset);
  const filters = useAtlas((state) => state.filters);
  const visible = useAtlas((state) => state.visible);
  const selection = useAtlas((state) => state.selection);
  const [options, setOptions] = useState<NetworkOptions>(DEFAULT_NETWORK_OPTIONS);
  const [layout, setLayout] = useState<LayoutMode>('force');
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
  const legendRef = useRef<HTMLDetailsElement>(null);
  const controllerRef = useRef<GraphController | null>(null);
  const engineRef = useRef<LayoutEngine | null>(null);
  /** Set while a relationship is drawn: node clicks pick its target. */
  const pickRef = useRef<((id: string) => void) | null>(null);
  const onPicking = useCallback((pick: ((id: string) => void) | null) => {
    pickRef.current = pick;
    controllerRef.current?.setPicking(pick !== null);
  }, []);

  const groupName = useCallback(
    (group: OrgGroup, members: number) =>
      t('groupName', {
        context: group.orgType,
        count: members,
        type: t(`model:orgType.${group.orgType}`),
      }),
    [t],
  );
  const base = useMemo(() => buildGraph(dataset), [dataset]);
  const filtered = filtersActive(filters);
  const pruned = useMemo(
    () => prunedNetwork(base, filters, visible, options.context),
    [base, filters, visible, options.context],
  );
  const groups = useMemo(() => findGroups(pruned), [pruned]);
  // The organisation selected elsewhere (the map, the table) is drawn apart from its group.
  const selected = selection?.kind === 'organization' ? selection.id : '';
  const apartId = groups.some(
    (group) => !options.open.has(group.id) && group.members.includes(selected),
  )
    ? selected
    : '';
  const apart = useMemo(() => new Set(apartId ? [apartId] : []), [apartId]);
  const graph = useMemo(
    () => shownNetwork(pruned, groups, filtered, { ...options, apart }, groupName),
    [pruned, groups, filtered, options, apart, groupName],
  );
  const toggleGroup = useCallback(
    (id: string) => setOptions((current) => ({ ...current, open: flipped(current.open, id) })),
    [],
  );
  const toggleRef = useRef(toggleGroup);
  toggleRef.current = toggleGroup;
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
      legendConfidence: t('legendConfidence'),
      confidence: (confidence) => t(`confidence.${confidence || 'none'}`),
      legendGroup: t('legendGroup'),
      level: (level) => (level ? t(`model:level.${level}`) : t('noLevel')),
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
        onGroup: (id) => toggleRef.current(id),
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
    controllerRef.current?.setLayoutMode(layout);
  }, [layout]);

  // No label is written under the legend over the drawing (folded or open).
  useEffect(() => {
    const legend = legendRef.current;
    const container = containerRef.current;
    if (!legend || !container || typeof ResizeObserver !== 'function') return;
    const place = () => {
      const box = legend.getBoundingClientRect();
      const origin = container.getBoundingClientRect();
      controllerRef.current?.setObstacles([
        [
          box.left - origin.left,
          box.top - origin.top,
          box.right - origin.left,
          box.bottom - origin.top,
        ],
      ]);
    };
    const observer = new ResizeObserver(place);
    observer.observe(legend);
    observer.observe(container);
    return () => observer.disconnect();
  }, []);

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

  const select = (id: string) =>
    isGroupId(id) ? toggleGroup(id) : store.getState().select({ kind: 'organization', id });

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
        ...(isGroupId(key) ? { relationships: attributes.relationships ?? 1 } : {}),
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
      {/* The toolbar and the drawing take the panel's height; what follows scrolls under them. */}
      <div className="network-screen">
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
          <NetworkControls
            options={options}
            setOptions={setOptions}
            filtered={filtered}
            layout={layout}
            setLayout={setLayout}
            sizeBy={sizeBy}
            setSizeBy={setSizeBy}
            colorBy={colorBy}
            setColorBy={setColorBy}
            groups={groups}
            groupName={(group) => groupName(group, group.members.length)}
            onGroup={toggleGroup}
          />
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
              <NetworkLegend ref={legendRef} legend={legend} title={t('legend')} />
            </div>
            <p id="network-drawing-help" className="network-hint">
              {t('drawingHelp')}
            </p>
          </div>
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
