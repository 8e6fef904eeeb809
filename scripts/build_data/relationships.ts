import { CONFIDENCES, type Confidence, isOneOf, RELATIONSHIP_TYPES } from '../../src/model/enums';
import { type AliasTarget, RELATIONSHIP_ALIASES, resolveAlias } from './aliases';
import { type CommuneRecord, communeKey, communeNamed } from './communes';
import { cpasKey } from './cpas';
import type { CriTerritory } from './cri';
import { SCOPE_OVERRIDES, type ScopeOverride, sameRow } from './scopes';
import type { CsvRow, RelationshipSpec } from './specs';
import { citation } from './text';

export interface ExpansionContext {
  /** Keys of every organisation built, to check the aliases against. */
  organizationKeys: ReadonlySet<string>;
  /** The 2025 communes: the members of "Communes (each)" and, through them, "CPAS (each)". */
  communes: readonly CommuneRecord[];
  /** Each CRI's key and sourced territory (null: not sourced). */
  criTerritories: ReadonlyMap<string, CriTerritory | null>;
  aliases?: Readonly<Record<string, AliasTarget>>;
  scopes?: readonly ScopeOverride[];
}

export interface ExpansionResult {
  relationships: RelationshipSpec[];
  /** One line per row that gave fewer edges than its group has members, saying why. */
  notes: string[];
}

const GROUP_LABEL = { communes: 'commune', cpas: 'CPAS' } as const;

function memberKey(group: 'communes' | 'cpas', nisCode: string): string {
  return group === 'communes' ? communeKey(nisCode) : cpasKey(nisCode);
}

function nisByName(names: readonly string[], communes: readonly CommuneRecord[]): string[] {
  return names.map((name) => {
    const commune = communeNamed(name, communes);
    if (!commune) throw new Error(`scope: unknown commune "${name}"`);
    return commune.nis_code;
  });
}

interface Members {
  nisCodes: string[];
  /** Said in the edge's description. */
  note: string;
  /** Added to the edge's source. */
  extraSource: string;
}

/** Which communes a group side covers for this row: all, a scope's list, or a CRI territory. */
function groupMembers(
  group: 'communes' | 'cpas',
  groupName: string,
  otherKey: string,
  scope: ScopeOverride | undefined,
  context: ExpansionContext,
): Members | { none: string } {
  const all = context.communes.map((commune) => commune.nis_code);
  if (scope && 'none' in scope) return { none: scope.none };
  if (scope) {
    return {
      nisCodes: nisByName(scope.only, context.communes),
      note: `stated for "${groupName}"; kept for ${scope.only.join(', ')}: ${scope.reason}`,
      extraSource: '',
    };
  }
  if (group === 'communes' && context.criTerritories.has(otherKey)) {
    const territory = context.criTerritories.get(otherKey);
    if (!territory) return { none: "the CRI's territory is not stated in the sources seen" };
    return {
      nisCodes: territory.nisCodes,
      note: `stated for "${groupName}"; one edge per commune of the CRI's territory: ${territory.text}`,
      extraSource: `territory: ${territory.source}`,
    };
  }
  return {
    nisCodes: all,
    note: `stated for "${groupName}": one edge per ${GROUP_LABEL[group]}`,
    extraSource: '',
  };
}

function confidenceOf(value: string, rowNumber: number): Confidence | '' {
  if (value === '' || isOneOf(CONFIDENCES, value)) return value as Confidence | '';
  throw new Error(`relationships row ${rowNumber}: unknown confidence "${value}"`);
}

interface RowExpansion {
  edges: RelationshipSpec[];
  note: string;
}

/** The edges of one row (see expandRelationships), and a note when it gives fewer than all. */
function expandRow(
  row: CsvRow,
  rowNumber: number,
  scope: ScopeOverride | undefined,
  context: ExpansionContext,
  aliases: Readonly<Record<string, AliasTarget>>,
): RowExpansion {
  const sourceName = row.source_organization ?? '';
  const targetName = row.target_organization ?? '';
  const type = row.type ?? '';
  if (!isOneOf(RELATIONSHIP_TYPES, type)) {
    throw new Error(`relationships row ${rowNumber}: unknown type "${type}"`);
  }
  const source = resolveAlias(sourceName, context.organizationKeys, aliases);
  const target = resolveAlias(targetName, context.organizationKeys, aliases);
  const base = {
    type,
    description: row.description ?? '',
    evidence: row.evidence ?? '',
    confidence: confidenceOf(row.confidence ?? '', rowNumber),
    source: citation(row.source_url ?? '', row.source_date ?? ''),
  };
  const label = `row ${rowNumber} (${sourceName} -> ${targetName}, ${type})`;
  if ('each' in source && 'each' in target) {
    if (source.each !== 'communes' || target.each !== 'cpas' || scope) {
      throw new Error(
        `relationships ${label}: only "Communes (each) -> CPAS (each)" can pair two groups`,
      );
    }
    const edges = context.communes.map((commune) => ({
      ...base,
      sourceKey: communeKey(commune.nis_code),
      targetKey: cpasKey(commune.nis_code),
      description: `${base.description} (stated for "Communes (each)" and "CPAS (each)": each commune with its own CPAS)`,
    }));
    return { edges, note: '' };
  }
  if ('org' in source && 'org' in target) {
    if (scope) throw new Error(`relationships ${label}: a scope override needs a group side`);
    return { edges: [{ ...base, sourceKey: source.org, targetKey: target.org }], note: '' };
  }
  const side =
    'each' in source && 'org' in target
      ? { group: source.each, groupName: sourceName, otherKey: target.org, groupIsSource: true }
      : 'org' in source && 'each' in target
        ? { group: target.each, groupName: targetName, otherKey: source.org, groupIsSource: false }
        : null;
  if (!side) throw new Error(`relationships ${label}: unexpected names`);
  const members = groupMembers(side.group, side.groupName, side.otherKey, scope, context);
  if ('none' in members) return { edges: [], note: `${label}: no edge — ${members.none}` };
  const edges = members.nisCodes.map((nisCode) => {
    const member = memberKey(side.group, nisCode);
    return {
      ...base,
      sourceKey: side.groupIsSource ? member : side.otherKey,
      targetKey: side.groupIsSource ? side.otherKey : member,
      description: `${base.description} (${members.note})`,
      source: members.extraSource ? `${base.source}; ${members.extraSource}` : base.source,
    };
  });
  const partial = members.nisCodes.length < context.communes.length;
  return { edges, note: partial ? `${label}: ${edges.length} edge(s) — ${members.note}` : '' };
}

/**
 * Every row of relationships_sourced.csv as edges between built organisations. A name
 * for "CPAS (each)" or "Communes (each)" becomes one edge per member (261), restricted
 * where a scope override or a CRI territory says so; "Communes (each) -> CPAS (each)"
 * pairs each commune with its own CPAS. Throws on an unknown name, type or confidence,
 * and on a scope override that matches no row.
 */
export function expandRelationships(
  rows: readonly CsvRow[],
  context: ExpansionContext,
): ExpansionResult {
  const aliases = context.aliases ?? RELATIONSHIP_ALIASES;
  const scopes = context.scopes ?? SCOPE_OVERRIDES;
  const used = new Set<ScopeOverride>();
  const relationships: RelationshipSpec[] = [];
  const notes: string[] = [];
  rows.forEach((row, index) => {
    const rowKey = {
      source: row.source_organization ?? '',
      target: row.target_organization ?? '',
      type: row.type ?? '',
      url: row.source_url ?? '',
    };
    const scope = scopes.find((candidate) => sameRow(candidate, rowKey));
    if (scope) used.add(scope);
    const { edges, note } = expandRow(row, index + 2, scope, context, aliases);
    relationships.push(...edges);
    if (note) notes.push(note);
  });
  const unused = scopes.filter((scope) => !used.has(scope));
  if (unused.length > 0) {
    throw new Error(
      `scope overrides that match no relationship row: ${unused.map((scope) => `${scope.source} -> ${scope.target} (${scope.type})`).join('; ')}`,
    );
  }
  return { relationships, notes };
}

const CONFIDENCE_RANK: Record<Confidence | '', number> = { '': 0, low: 1, medium: 2, high: 3 };

function joinUnique(values: readonly string[], separator: string): string {
  return [...new Set(values.filter((value) => value !== ''))].join(separator);
}

/**
 * One edge per (source, target, type), in first-seen order: the descriptions, evidence
 * and sources of identical edges are joined (" | "), and the highest confidence is kept.
 */
export function mergeDuplicateEdges(
  relationships: readonly RelationshipSpec[],
): RelationshipSpec[] {
  const groups = new Map<string, RelationshipSpec[]>();
  for (const relationship of relationships) {
    const key = `${relationship.sourceKey}\u001f${relationship.targetKey}\u001f${relationship.type}`;
    groups.set(key, [...(groups.get(key) ?? []), relationship]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as RelationshipSpec;
    return {
      ...first,
      description: joinUnique(
        group.map((edge) => edge.description),
        ' | ',
      ),
      evidence: joinUnique(
        group.map((edge) => edge.evidence),
        ' | ',
      ),
      source: joinUnique(
        group.map((edge) => edge.source),
        ' | ',
      ),
      confidence: group.reduce<Confidence | ''>(
        (best, edge) =>
          CONFIDENCE_RANK[edge.confidence] > CONFIDENCE_RANK[best] ? edge.confidence : best,
        '',
      ),
    };
  });
}
