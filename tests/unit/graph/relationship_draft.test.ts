import { describe, expect, it } from 'vitest';
import { applyPatch, findRecord } from '../../../src/edits/patch';
import {
  draftOf,
  draftProblems,
  EMPTY_DRAFT,
  newRelationship,
  organizationOptions,
  relationshipChanges,
  resolveOrganization,
} from '../../../src/graph/relationship_draft';
import { relationshipSchema } from '../../../src/model/schemas';
import { editFixture } from '../edits/edit_fixture';
import { org, rel } from './graph_fixture';

const ID = '0f0e0d0c-0b0a-4908-8706-050403020100';

describe('a relationship draft', () => {
  it('needs a type, a source and, when new, a target that names an organisation', () => {
    expect(draftProblems(EMPTY_DRAFT, { text: '', id: null })).toEqual({
      target: 'targetRequired',
      type: 'typeRequired',
      source: 'sourceRequired',
    });
    expect(
      draftProblems({ ...EMPTY_DRAFT, source: '   ' }, { text: 'Alph', id: null }),
    ).toMatchObject({ target: 'targetUnknown', source: 'sourceRequired' });
    const complete = { ...EMPTY_DRAFT, type: 'funds' as const, source: 'Rapport annuel 2023' };
    expect(draftProblems(complete, { text: 'Alpha', id: 'a' })).toEqual({});
    // Editing an existing relationship asks no target.
    expect(draftProblems(complete)).toEqual({});
  });

  it('becomes a valid relationship record, its texts trimmed and never dated by itself', () => {
    const dataset = editFixture();
    const [cpas, commune] = dataset.organizations;
    const record = newRelationship(ID, commune?.id ?? '', cpas?.id ?? '', {
      type: 'funds',
      description: '  Subside annuel  ',
      evidence: '',
      source: ' Arrêté ministériel du 3 mars 2022 ',
      confidence: 'high',
    });
    expect(relationshipSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      description: 'Subside annuel',
      source: 'Arrêté ministériel du 3 mars 2022',
      last_verified: '',
    });
  });

  it('changes only the fields edited, each with the value the user saw', () => {
    const dataset = editFixture();
    const seen = dataset.relationships[0];
    if (!seen) throw new Error('no relationship');
    expect(relationshipChanges(seen, { ...draftOf(seen), type: seen.type })).toEqual([]);
    const patch = relationshipChanges(seen, {
      ...draftOf(seen),
      type: 'funds',
      source: 'Décret du 28 mars 2018',
    });
    expect(patch).toEqual([
      { table: 'relationships', id: seen.id, field: 'type', old: 'supervises', new: 'funds' },
      {
        table: 'relationships',
        id: seen.id,
        field: 'source',
        old: 'test',
        new: 'Décret du 28 mars 2018',
      },
    ]);
    expect(findRecord(applyPatch(dataset, patch), 'relationships', seen.id)).toMatchObject({
      type: 'funds',
      source: 'Décret du 28 mars 2018',
    });
  });

  it('offers every organisation by name and resolves only a whole name, with or without accents', () => {
    const options = organizationOptions([org('b', 'Liège CPAS'), org('a', 'Agence Alpha')]);
    expect(options.map((option) => option.label)).toEqual(['Agence Alpha', 'Liège CPAS']);
    expect(resolveOrganization(options, 'liege cpas')).toBe('b');
    expect(resolveOrganization(options, 'Liège')).toBeNull();
    expect(resolveOrganization(options, '  ')).toBeNull();
  });

  it('tells apart organisations that share a name', () => {
    const options = organizationOptions([
      { ...org('x', 'CPAS'), alternate_name: 'CPAS de Huy' },
      { ...org('y', 'CPAS'), alternate_name: 'CPAS de Wanze' },
    ]);
    expect(options.map((option) => option.label)).toEqual([
      'CPAS (CPAS de Huy)',
      'CPAS (CPAS de Wanze)',
    ]);
    expect(resolveOrganization(options, 'CPAS')).toBeNull();
    expect(resolveOrganization(options, 'CPAS (CPAS de Wanze)')).toBe('y');
  });

  it('reads back an existing relationship as a draft', () => {
    expect(draftOf(rel('r', 'a', 'b', 'coordinates'))).toEqual({
      type: 'coordinates',
      description: 'a coordinates b',
      evidence: '',
      source: 'source of r',
      confidence: 'high',
    });
  });
});
