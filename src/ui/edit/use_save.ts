import { useState } from 'react';
import type { Change, Patch } from '../../edits/patch';
import type { TransactionLabel } from '../../i18n/messages/history';
import type { Problem } from '../../validate/field_rules';
import { useAtlas, useAtlasStore } from '../shared/store_context';

/** What a save attempt came to. */
export type SaveOutcome = 'saved' | 'nothing' | 'invalid' | 'conflict';

/** The part of a form that writes: the author's name, the save itself and its conflicts. */
export interface Saver {
  /** True when the user has not given their name yet: the form asks for it. */
  authorNeeded: boolean;
  author: string;
  setAuthor(name: string): void;
  authorProblems: Problem[];
  /** True once the user tried to save: every error shows. */
  submitted: boolean;
  /** The changes refused because the data changed since the form opened, if any. */
  conflicts: readonly Change[];
  clearConflicts(): void;
  /**
   * Saves `patch` as one transaction labelled `label`, through the store's one write path,
   * unless `valid` is false (then every error shows and nothing is written). The author's
   * name, when asked for, is recorded first so the transaction carries it.
   */
  /** `label`: a key of history:label, or a sentence already in the user's language (a partner's return). */
  save(valid: boolean, patch: () => Patch, label: TransactionLabel | (string & {})): SaveOutcome;
}

export function useSaver(): Saver {
  const store = useAtlasStore();
  const storedAuthor = useAtlas((state) => state.author);
  // Asked once per form: the field stays while the user types their name.
  const [authorNeeded] = useState(() => store.getState().author === '');
  const [author, setAuthor] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [conflicts, setConflicts] = useState<readonly Change[]>([]);
  const needed = authorNeeded && storedAuthor === '';
  const authorProblems: Problem[] =
    needed && author.trim() === '' ? [{ severity: 'error', key: 'problem.required' }] : [];

  return {
    authorNeeded: needed,
    author,
    setAuthor,
    authorProblems,
    submitted,
    conflicts,
    clearConflicts: () => setConflicts([]),
    save(valid, patch, label) {
      setSubmitted(true);
      if (!valid || authorProblems.length > 0) return 'invalid';
      const changes = patch();
      if (changes.length === 0) return 'nothing';
      if (needed) store.getState().setAuthor(author.trim());
      const result = store.getState().transact(changes, label);
      if (result.ok) return 'saved';
      if (result.reason === 'nothing') return 'nothing';
      setConflicts(result.conflicts);
      return 'conflict';
    },
  };
}
