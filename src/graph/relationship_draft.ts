/**
 * The relationship form's pure part: what the user typed (a draft), what is wrong with it,
 * and the record or the changes it becomes. The network view draws the form; the edits
 * (src/edits) make the patches; the store's write path applies them.
 */
import type { Change } from '../edits/patch';
import { updateRecord } from '../edits/record_edits';
import { foldText } from '../explore/sites';
import type { Confidence, RelationshipType } from '../model/enums';
import type { Organization, Relationship } from '../model/schemas';

/** The fields of a relationship the user fills in; '' for a type not chosen yet. */
export interface RelationshipDraft {
  type: RelationshipType | '';
  description: string;
  /** A short quote from the source that states the relationship (optional). */
  evidence: string;
  /** Where the fact comes from: required, as every fact of the Atlas keeps its source. */
  source: string;
  confidence: Confidence | '';
}

export const EMPTY_DRAFT: RelationshipDraft = {
  type: '',
  description: '',
  evidence: '',
  source: '',
  confidence: '',
};

/** The draft of an existing relationship, for editing it. */
export function draftOf(relationship: Relationship): RelationshipDraft {
  return {
    type: relationship.type,
    description: relationship.description,
    evidence: relationship.evidence,
    source: relationship.source,
    confidence: relationship.confidence,
  };
}

/** A field of the form and the message key (network namespace) of what is wrong with it. */
export type DraftProblems = Partial<Record<'target' | 'type' | 'source', string>>;

/**
 * What keeps the draft from being saved, by field: a type must be chosen and a source
 * given; when a target is asked for (a new relationship), it must name an organisation.
 */
export function draftProblems(
  draft: RelationshipDraft,
  target?: { text: string; id: string | null },
): DraftProblems {
  const problems: DraftProblems = {};
  if (target && target.id === null) {
    problems.target = target.text.trim() ? 'targetUnknown' : 'targetRequired';
  }
  if (draft.type === '') problems.type = 'typeRequired';
  if (draft.source.trim() === '') problems.source = 'sourceRequired';
  return problems;
}

function cleaned(draft: RelationshipDraft & { type: RelationshipType }) {
  return {
    type: draft.type,
    description: draft.description.trim(),
    evidence: draft.evidence.trim(),
    source: draft.source.trim(),
    confidence: draft.confidence,
  };
}

/**
 * The relationship a complete draft describes, from one organisation to another. Its
 * `last_verified` stays empty: drawing a link says where the fact comes from, not when
 * someone last checked it.
 */
export function newRelationship(
  id: string,
  sourceOrganizationId: string,
  targetOrganizationId: string,
  draft: RelationshipDraft & { type: RelationshipType },
): Relationship {
  return {
    id,
    source_organization_id: sourceOrganizationId,
    target_organization_id: targetOrganizationId,
    ...cleaned(draft),
    last_verified: '',
  };
}

/** The changes that turn the relationship the user saw into the draft (none if equal). */
export function relationshipChanges(
  seen: Relationship,
  draft: RelationshipDraft & { type: RelationshipType },
): Change[] {
  return updateRecord('relationships', seen, cleaned(draft));
}

/** An organisation as the target picker lists it. */
export interface OrganizationOption {
  id: string;
  /** The name, with the alternate name when another organisation has the same name. */
  label: string;
}

/** Every organisation, by name, for the searchable target list. */
export function organizationOptions(
  organizations: readonly Organization[],
  language = 'fr',
): OrganizationOption[] {
  const count = new Map<string, number>();
  for (const org of organizations) count.set(org.name, (count.get(org.name) ?? 0) + 1);
  return organizations
    .map((org) => ({
      id: org.id,
      label:
        (count.get(org.name) ?? 0) > 1
          ? `${org.name} (${org.alternate_name || org.id.slice(0, 8)})`
          : org.name,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}

/**
 * The organisation a typed text names: its label, ignoring case and accents. Only a whole
 * label counts, so a half-typed name never links the wrong organisation.
 */
export function resolveOrganization(
  options: readonly OrganizationOption[],
  text: string,
): string | null {
  const wanted = foldText(text);
  if (wanted === '') return null;
  const matches = options.filter((option) => foldText(option.label) === wanted);
  return matches.length === 1 ? (matches[0]?.id ?? null) : null;
}
