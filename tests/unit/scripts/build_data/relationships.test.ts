import { organizationId } from '../../../../scripts/build_data/assemble';
import { buildDataset } from '../../../../scripts/build_data/build_dataset';
import { communeKey } from '../../../../scripts/build_data/communes';
import { cpasKey } from '../../../../scripts/build_data/cpas';
import type { CriTerritory } from '../../../../scripts/build_data/cri';
import {
  type ExpansionContext,
  expandRelationships,
  mergeDuplicateEdges,
} from '../../../../scripts/build_data/relationships';
import type { RelationshipSpec } from '../../../../scripts/build_data/specs';
import { commune, FAKE_TOOLS, realTables } from './test_sources';

const COMMUNES = [
  commune('82039', 'Bastogne'),
  commune('82009', 'Fauvillers'),
  commune('82014', 'Houffalize'),
];

function context(overrides: Partial<ExpansionContext> = {}): ExpansionContext {
  return {
    organizationKeys: new Set(['org:bcss', 'institution:fedasil', 'cri:CRILUX', 'cri:CRVI']),
    communes: COMMUNES,
    criTerritories: new Map<string, CriTerritory | null>([
      [
        'cri:CRILUX',
        { nisCodes: ['82009'], text: 'a test territory', source: 'https://example.org/t' },
      ],
      ['cri:CRVI', null],
    ]),
    scopes: [],
    ...overrides,
  };
}

function row(source: string, target: string, type: string, fields: Record<string, string> = {}) {
  return {
    source_organization: source,
    target_organization: target,
    type,
    description: 'd',
    source_url: 'https://example.org/s',
    source_date: '2022-03',
    evidence: '«e»',
    confidence: 'medium',
    ...fields,
  };
}

describe('expandRelationships', () => {
  it('turns "CPAS (each)" into one edge per CPAS', () => {
    const { relationships } = expandRelationships(
      [row('CPAS (each)', 'Banque Carrefour de la Sécurité Sociale (BCSS)', 'provides_data_to')],
      context(),
    );
    expect(relationships.map((edge) => edge.sourceKey)).toEqual([
      'cpas:82039',
      'cpas:82009',
      'cpas:82014',
    ]);
    expect(relationships.every((edge) => edge.targetKey === 'org:bcss')).toBe(true);
    expect(relationships[0]?.source).toBe('https://example.org/s (2022-03)');
  });

  it('pairs each commune with its own CPAS, not with every CPAS', () => {
    const { relationships } = expandRelationships(
      [row('Communes (each)', 'CPAS (each)', 'funds')],
      context(),
    );
    expect(relationships.map((edge) => [edge.sourceKey, edge.targetKey])).toEqual([
      ['commune:82039', 'cpas:82039'],
      ['commune:82009', 'cpas:82009'],
      ['commune:82014', 'cpas:82014'],
    ]);
  });

  it("restricts communes -> a CRI to the CRI's sourced territory, and gives none when unsourced", () => {
    const result = expandRelationships(
      [row('Communes (each)', 'CRILUX', 'refers_to'), row('Communes (each)', 'CRVI', 'refers_to')],
      context(),
    );
    expect(result.relationships.map((edge) => edge.sourceKey)).toEqual(['commune:82009']);
    expect(result.relationships[0]?.source).toContain('territory: https://example.org/t');
    expect(result.notes.some((note) => note.includes('CRVI') && note.includes('no edge'))).toBe(
      true,
    );
  });

  it('applies a scope override that names the members', () => {
    const scopes = [
      {
        source: 'Fedasil',
        target: 'Communes (each)',
        type: 'refers_to',
        url: 'https://example.org/s',
        only: ['Houffalize'],
        reason: 'the example',
      },
    ];
    const { relationships } = expandRelationships(
      [row('Fedasil', 'Communes (each)', 'refers_to')],
      context({ scopes }),
    );
    expect(relationships.map((edge) => edge.targetKey)).toEqual(['commune:82014']);
  });

  it('fails loudly on a name that is not in the alias table', () => {
    expect(() =>
      expandRelationships([row('Fedasil', 'Ministère imaginaire', 'funds')], context()),
    ).toThrow(/Ministère imaginaire/);
  });

  it('fails on an unknown relationship type', () => {
    expect(() =>
      expandRelationships(
        [row('Fedasil', 'Banque Carrefour de la Sécurité Sociale (BCSS)', 'owns')],
        context(),
      ),
    ).toThrow(/unknown type "owns"/);
  });
});

describe('mergeDuplicateEdges', () => {
  it('keeps one edge per (source, target, type), joining sources and keeping the best confidence', () => {
    const edge = (
      source: string,
      confidence: RelationshipSpec['confidence'],
    ): RelationshipSpec => ({
      sourceKey: 'a',
      targetKey: 'b',
      type: 'funds',
      description: `about ${source}`,
      evidence: '«x»',
      confidence,
      source,
    });
    const merged = mergeDuplicateEdges([
      edge('s1', 'medium'),
      edge('s2', 'high'),
      { ...edge('s3', 'low'), type: 'supervises' },
    ]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ source: 's1 | s2', confidence: 'high', evidence: '«x»' });
  });
});

describe('relationships of the curated dataset', () => {
  const { dataset } = buildDataset(realTables(), FAKE_TOOLS);
  const names = new Map(dataset.organizations.map((org) => [org.id, org.name]));
  const orgTypes = new Map(dataset.organizations.map((org) => [org.id, org.org_type]));

  it('gives each of the 261 CPAS its membership of the Fédération des CPAS', () => {
    const edges = dataset.relationships.filter(
      (edge) =>
        edge.type === 'member_of' &&
        names.get(edge.target_organization_id) === 'Fédération des CPAS (UVCW)',
    );
    expect(edges).toHaveLength(261);
    expect(new Set(edges.map((edge) => edge.source_organization_id)).size).toBe(261);
  });

  it('links every CPAS to its own commune (funds and supervises), 261 each', () => {
    for (const type of ['funds', 'supervises'] as const) {
      const pairs = new Set(
        dataset.relationships
          .filter((edge) => edge.type === type)
          .map((edge) => `${edge.source_organization_id} ${edge.target_organization_id}`),
      );
      const communes = realTables().communes;
      expect(communes).toHaveLength(261);
      for (const { nis_code: nis } of communes) {
        const pair = `${organizationId(communeKey(nis))} ${organizationId(cpasKey(nis))}`;
        expect(pairs.has(pair), `${type} ${nis}`).toBe(true);
      }
      const communeToCpas = dataset.relationships.filter(
        (edge) =>
          edge.type === type &&
          orgTypes.get(edge.source_organization_id) === 'local_authority' &&
          orgTypes.get(edge.target_organization_id) === 'cpas',
      );
      expect(communeToCpas).toHaveLength(261);
    }
  });

  it('has no two edges with the same source, target and type', () => {
    const keys = dataset.relationships.map(
      (edge) => `${edge.source_organization_id} ${edge.target_organization_id} ${edge.type}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});
