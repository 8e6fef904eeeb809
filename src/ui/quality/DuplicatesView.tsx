import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLOSE_NAMES,
  type DuplicatePair,
  MAX_SHARED_KEY,
  NEARBY_METRES,
  pairKey,
  siteName,
} from '../../analysis/duplicates/find_duplicates';
import type { Dataset } from '../../model/dataset';
import type { Location, Organization } from '../../model/schemas';
import { duplicatesFinder } from '../../workers/duplicates_client';
import { useAtlas } from '../shared/store_context';
import { PairComparison } from './PairComparison';
import { reasonText } from './pair_text';
import './quality.css';

/**
 * The likely duplicates of the data, found off the page's thread; null while the first
 * search runs. A later search (after an edit) keeps the former pairs shown until it ends.
 */
function usePairs(dataset: Dataset): DuplicatePair[] | null {
  const finder = useMemo(() => duplicatesFinder(), []);
  const [pairs, setPairs] = useState<{ dataset: Dataset; pairs: DuplicatePair[] } | null>(null);
  useEffect(() => () => finder.dispose(), [finder]);
  useEffect(() => {
    let current = true;
    void finder.find(dataset).then((found) => {
      if (current && found) setPairs({ dataset, pairs: found });
    });
    return () => {
      current = false;
    };
  }, [finder, dataset]);
  return useMemo(() => {
    if (!pairs) return null;
    if (pairs.dataset === dataset) return pairs.pairs;
    // Pairs of an older dataset may name records an edit removed, or set apart: until the
    // new search ends, only those whose two records are still there, unchanged, are shown.
    const unchanged = new Set<unknown>([...dataset.organizations, ...dataset.locations]);
    const byId = new Map(
      [...pairs.dataset.organizations, ...pairs.dataset.locations].map((r) => [r.id, r]),
    );
    return pairs.pairs.filter((pair) => pair.ids.every((id) => unchanged.has(byId.get(id))));
  }, [pairs, dataset]);
}

/** The pairs listed at most: the list is for working through, a few at a time. */
const LISTED = 300;

/**
 * The likely duplicates: the pairs the finder proposes (why each is suspected), and the
 * chosen one side by side, to merge on the user's word or to set apart for good.
 */
export default function DuplicatesView() {
  const { t } = useTranslation(['quality', 'app']);
  const dataset = useAtlas((state) => state.dataset);
  const gazetteer = useAtlas((state) => state.gazetteer);
  const language = useAtlas((state) => state.language);
  const chosen = useAtlas((state) => state.quality.pair);
  const setQuality = useAtlas((state) => state.setQuality);
  const [message, setMessage] = useState('');
  const pairs = usePairs(dataset);
  const organizations = useMemo(
    () => new Map(dataset.organizations.map((org) => [org.id, org])),
    [dataset.organizations],
  );
  const locations = useMemo(
    () => new Map(dataset.locations.map((location) => [location.id, location])),
    [dataset.locations],
  );
  const shown = pairs?.find((pair) => pairKey(pair) === chosen) ?? pairs?.[0];
  const nameOf = (pair: DuplicatePair, id: string): string => {
    const record: Organization | Location | undefined =
      pair.table === 'organizations' ? organizations.get(id) : locations.get(id);
    if (!record) return '';
    const name =
      pair.table === 'organizations' ? record.name : siteName(record as Location, organizations);
    return name || t('noName');
  };

  return (
    <section className="quality-view" aria-labelledby="duplicates-title">
      <header className="quality-header">
        <h2 id="duplicates-title">{t('duplicatesTitle')}</h2>
        <p>{t('duplicatesIntro')}</p>
        <details>
          <summary>{t('howFound')}</summary>
          <ul className="quality-rules">
            <li>{t('rule.enterprise_number')}</li>
            <li>{t('rule.name')}</li>
            <li>{t('rule.contact', { max: MAX_SHARED_KEY })}</li>
            <li>
              {t('rule.nearby', { metres: NEARBY_METRES, percent: Math.round(CLOSE_NAMES * 100) })}
            </li>
            <li>{t('rule.apart')}</li>
          </ul>
        </details>
        <p className="quality-status" role="status">
          {message}
        </p>
      </header>
      {pairs === null ? (
        <p className="quality-searching">{t('searching')}</p>
      ) : pairs.length === 0 || !shown ? (
        <p>{t('noPairs')}</p>
      ) : (
        <div className="duplicates-body">
          <nav className="pair-list" aria-labelledby="pair-list-title">
            <h3 id="pair-list-title">
              {t('pairs')}{' '}
              <span className="pair-count">({t('pairCount', { count: pairs.length })})</span>
            </h3>
            <ul>
              {pairs.slice(0, LISTED).map((pair) => {
                const key = pairKey(pair);
                return (
                  <li key={key}>
                    <button
                      type="button"
                      aria-current={pair === shown ? 'true' : undefined}
                      onClick={() => {
                        setMessage('');
                        setQuality({ pair: key });
                      }}
                    >
                      <span className="pair-kind">{t(`kind.${pair.table}`)}</span>
                      <span className="pair-names">
                        {nameOf(pair, pair.ids[0])} ↔ {nameOf(pair, pair.ids[1])}
                      </span>
                      <span className="pair-reasons">
                        {pair.reasons
                          .map((reason) => reasonText(reason, t, gazetteer, language))
                          .join(' · ')}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </nav>
          <PairComparison
            key={pairKey(shown)}
            pair={shown}
            onDone={(text) => {
              setMessage(text);
              setQuality({ pair: '' });
            }}
            onRefused={setMessage}
          />
        </div>
      )}
    </section>
  );
}
