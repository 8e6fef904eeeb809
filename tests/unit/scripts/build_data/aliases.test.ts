import { RELATIONSHIP_ALIASES, resolveAlias } from '../../../../scripts/build_data/aliases';
import { realTables } from './test_sources';

describe('resolveAlias', () => {
  const keys = new Set(['institution:fedasil']);

  it('resolves a name of the table to its organisation or group', () => {
    expect(resolveAlias('Fedasil', keys)).toEqual({ org: 'institution:fedasil' });
    expect(resolveAlias('CPAS (each)', keys)).toEqual({ each: 'cpas' });
  });

  it('fails loudly on a name that is not in the table', () => {
    expect(() => resolveAlias('Fedasil (Brussels office)', keys)).toThrow(
      /"Fedasil \(Brussels office\)" is not in the alias table/,
    );
  });

  it('fails when the name maps to an organisation that no builder made', () => {
    expect(() => resolveAlias('Le Forem', keys)).toThrow(/institution:forem/);
  });

  it('does not take inherited object keys for names', () => {
    expect(() => resolveAlias('constructor', keys)).toThrow(/not in the alias table/);
  });

  it('covers every organisation name of relationships_sourced.csv', () => {
    const names = realTables().relationships.flatMap((row) => [
      row.source_organization ?? '',
      row.target_organization ?? '',
    ]);
    const missing = [...new Set(names)].filter(
      (name) => !Object.hasOwn(RELATIONSHIP_ALIASES, name),
    );
    expect(missing).toEqual([]);
  });
});
