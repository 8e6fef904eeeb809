// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { buildGraph } from '../../../../src/graph/build_graph';
import { computeMetrics } from '../../../../src/graph/metrics';
import { NodeTable } from '../../../../src/graph/NodeTable';
import { emptyDataset } from '../../../../src/model/dataset';
import { giveElementsASize } from '../../jsdom_size';
import { renderAtlas } from '../../ui/render_atlas';
import { org, rel } from '../graph_fixture';

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

function names(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('NodeTable', () => {
  it('says the measures are computed while they are missing', () => {
    const g = graph();
    renderAtlas(<NodeTable graph={g} metrics={null} selectedId={null} onSelect={() => {}} />);
    expect(screen.getByRole('status').textContent).toContain('Calcul');
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
