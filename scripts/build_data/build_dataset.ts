import type { Dataset } from '../../src/model/dataset';
import { type AssembleResult, assembleDataset, type PlaceFn } from './assemble';
import { datasetProblems } from './check';
import { buildCommunes, type CommuneRecord, type UpdateNis } from './communes';
import { buildCpas } from './cpas';
import { buildCris, criTerritories } from './cri';
import { buildDerivedRelationships } from './derived_relationships';
import { buildGroups } from './groups';
import { buildFigures, buildPopulation } from './indicators';
import { buildInstitutions } from './institutions';
import {
  buildProviders,
  LOCAL_SERVICES_FILE,
  type OrgAddition,
  providerNotes,
  RECEPTION_FILE,
} from './providers';
import { expandRelationships, mergeDuplicateEdges } from './relationships';
import { type CsvRow, type Draft, mergeDrafts } from './specs';
import { joinParts } from './text';

/** The parsed source files (copies in data/sources). */
export interface SourceTables {
  /** The day the sources were read (the shared README says so): each record's `source_consulted`. */
  consulted: string;
  communes: readonly CommuneRecord[];
  institutions: readonly CsvRow[];
  cpas: readonly CsvRow[];
  cri: readonly CsvRow[];
  localServices: readonly CsvRow[];
  reception: readonly CsvRow[];
  figures: readonly CsvRow[];
  relationships: readonly CsvRow[];
}

/** What the gazetteer provides to the build. */
export interface PlaceTools {
  updateNis: UpdateNis;
  place: PlaceFn;
}

export interface BuildResult {
  dataset: Dataset;
  /** What the build left out or restricted, and placement findings: one line each. */
  notes: string[];
}

/** Adds merged rows to their organisations; throws when one names no organisation. */
function applyAdditions(draft: Draft, additions: readonly OrgAddition[]): Draft {
  const keys = new Set(draft.organizations.map((org) => org.key));
  const stray = additions.filter((addition) => !keys.has(addition.key));
  if (stray.length > 0) {
    throw new Error(
      `rows merged into unknown organisations: ${stray.map((addition) => addition.key).join(', ')}`,
    );
  }
  return {
    ...draft,
    organizations: draft.organizations.map((org) => {
      const mine = additions.filter((addition) => addition.key === org.key);
      if (mine.length === 0) return org;
      return {
        ...org,
        alternate_name: joinParts([
          org.alternate_name,
          ...mine.map((addition) => addition.alternateName),
        ]),
        description: joinParts(
          [org.description, ...mine.map((addition) => addition.description)],
          ' ',
        ),
        source: joinParts([org.source, ...mine.map((addition) => addition.source)], ' | '),
      };
    }),
  };
}

/**
 * The curated dataset from the source tables: organisations, services and sites of every
 * file, the sourced relationships expanded to members, the derived ones, and the
 * indicators; checked against the zod schemas and references. Pure and deterministic:
 * the same tables give the same records in the same order. Throws on any problem.
 */
export function buildDataset(tables: SourceTables, tools: PlaceTools): BuildResult {
  const formerNames = new Map(tables.cpas.map((row) => [row.nis ?? '', row.commune ?? '']));
  const providers = buildProviders(
    [
      { file: LOCAL_SERVICES_FILE, rows: tables.localServices },
      { file: RECEPTION_FILE, rows: tables.reception },
    ],
    tables.communes,
    tools.updateNis,
  );
  const draft = applyAdditions(
    mergeDrafts(
      buildInstitutions(tables.institutions),
      buildGroups(tables.relationships),
      buildCris(tables.cri, tables.communes, tools.updateNis),
      providers.draft,
      buildCommunes(tables.communes, formerNames),
      buildCpas(tables.cpas, tables.communes, tools.updateNis),
    ),
    providers.additions,
  );
  const expanded = expandRelationships(tables.relationships, {
    organizationKeys: new Set(draft.organizations.map((org) => org.key)),
    communes: tables.communes,
    criTerritories: criTerritories(tables.communes),
  });
  const relationships = mergeDuplicateEdges([
    ...expanded.relationships,
    ...buildDerivedRelationships(tables.localServices),
  ]);
  const figures = buildFigures(tables.figures, tables.communes);
  const assembled: AssembleResult = assembleDataset(
    {
      consulted: tables.consulted,
      draft,
      relationships,
      indicators: [...buildPopulation(tables.communes), ...figures.indicators],
    },
    tools.place,
  );
  const problems = datasetProblems(assembled.dataset);
  if (problems.length > 0) {
    throw new Error(
      `the dataset has ${problems.length} problem(s):\n${problems.slice(0, 50).join('\n')}`,
    );
  }
  return {
    dataset: assembled.dataset,
    notes: [
      ...providerNotes(),
      ...expanded.notes,
      ...figures.notes,
      ...assembled.placementFindings,
    ],
  };
}
