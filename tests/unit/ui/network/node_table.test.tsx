// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { type AtlasGraph, buildGraph } from '../../../../src/analysis/graph/build_graph';
import { computeMetrics, type NodeMetrics } from '../../../../src/analysis/graph/metrics';
import { emptyDataset } from '../../../../src/model/dataset';
import { NodeTable } from '../../../../src/ui/network/NodeTable';
import { org, rel } from '../../analysis/graph/graph_fixture';
import { giveElementsASize } from '../../jsdom_size';
import { renderAtlas } from '../render_atlas';

giveElementsASize();

function graph() {
  const dataset = emptyDataset();
  dataset.organizations.push(
    org('a', 'Alpha', 'local', 'cpas'),
    org('b', 'Beta'),
    org('c', 'Gamma'),
  );
  dataset.relationships.push(rel('ab', 'a', 'b'), rel('cb', 'c', 'b'), rel('ca', 'c', 'a'));
  return buildGraph(dataset);
}

/** The table before its metrics, then with them when the button is pressed. */
function MeasuredLater({ graph }: { graph: AtlasGraph }) {
  const [metrics, setMetrics] = useState<NodeMetrics[] | null>(null);
  return (
    <>
      <button type="button" onClick={() => setMetrics(computeMetrics(graph))}>
        measured
      </button>
      <NodeTable graph={graph} metrics={metrics} selectedId={null} onSelect={() => {}} />
    </>
  );
}

function names(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('NodeTable', () => {
  it('lists the nodes with their degrees at once, and the other measures once computed', () => {
    const g = graph();
    renderAtlas(<MeasuredLater graph={g} />);
    expect(screen.getByRole('status').textContent).toContain('Calcul');
    const table = screen.getByRole('table');
    expect(table.getAttribute('data-measures')).toBe('computing');
    // Sorting by a measure waits for it.
    expect(screen.getByRole('button', { name: /Intermédiarité/ })).toHaveProperty('disabled', true);
    expect(names()).toEqual(['Beta', 'Alpha', 'Gamma']);
    const cells = () =>
      within(screen.getByRole('button', { name: 'Gamma' }).closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // Type, in, out, betweenness, closeness, community.
    expect(cells()).toEqual([
      'Association (ONG, ASBL)',
      '0',
      '2',
      '…en cours de calcul',
      '…en cours de calcul',
      '…en cours de calcul',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'measured' }));
    expect(table.getAttribute('data-measures')).toBe('shown');
    expect(screen.getByRole('button', { name: /Intermédiarité/ })).toHaveProperty(
      'disabled',
      false,
    );
    expect(screen.getByRole('status').textContent).toBe('Mesures calculées.');
    expect(cells().slice(1, 3)).toEqual(['0', '2']);
    expect(cells().join()).not.toContain('…');
  });

  it('says so when the measures could not be computed, and keeps the degrees', () => {
    const g = graph();
    renderAtlas(
      <NodeTable graph={g} metrics={null} failed selectedId={null} onSelect={() => {}} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Les mesures n’ont pas pu être calculées.');
    expect(screen.getByRole('table').getAttribute('data-measures')).toBe('failed');
    expect(names()).toEqual(['Beta', 'Alpha', 'Gamma']);
  });

  it('lists the nodes with their measures, sorts by header and selects by name', () => {
    const g = graph();
    const selected: string[] = [];
    renderAtlas(
      <NodeTable
        graph={g}
        metrics={computeMetrics(g)}
        selectedId="b"
        onSelect={(id) => selected.push(id)}
      />,
    );
    // Default: by incoming relationships, most first.
    expect(names()).toEqual(['Beta', 'Alpha', 'Gamma']);
    const header = screen.getByRole('button', { name: /Organisation/ });
    fireEvent.click(header);
    expect(names()).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(header);
    expect(names()).toEqual(['Gamma', 'Beta', 'Alpha']);
    fireEvent.click(screen.getByRole('button', { name: /Sortantes/ }));
    expect(names()[0]).toBe('Gamma');
    const row = screen.getByRole('button', { name: 'Alpha' }).closest('tr');
    expect(row?.textContent).toContain('CPAS');
    fireEvent.click(screen.getByRole('button', { name: 'Alpha' }));
    expect(selected).toEqual(['a']);
    expect(screen.getByRole('button', { name: 'Beta' }).getAttribute('aria-pressed')).toBe('true');
  });
});
