import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CompletenessGroup,
  completeness,
  FIGURES,
  type Figure,
  GROUPINGS,
} from '../../analysis/completeness/completeness';
import { exportDate } from '../../export/export_formats';
import { formatNumber } from '../../i18n';
import { collator, communeName } from '../../places/place_names';
import { twelveMonthsBefore } from '../../validate/record_gaps';
import { useAtlas } from '../shared/store_context';
import { dayText } from './pair_text';
import { SiteList } from './SiteList';
import { ToCheckList } from './ToCheckList';
import './quality.css';

/**
 * How complete, precise and fresh the data is, per commune or per category, for the sites
 * the filters keep; each figure opens the list of the sites it counts; below, a partner's
 * "to check" list.
 */
export default function CompletenessView() {
  const { t } = useTranslation(['quality', 'model']);
  const visible = useAtlas((state) => state.visible);
  const gazetteer = useAtlas((state) => state.gazetteer);
  const language = useAtlas((state) => state.language);
  const { grouping, figure } = useAtlas((state) => state.quality);
  const setQuality = useAtlas((state) => state.setQuality);
  const today = exportDate();
  const result = useMemo(() => completeness(visible, grouping, today), [visible, grouping, today]);
  const nameOf = useCallback(
    (key: string): string => {
      if (key === '*') return t('allGroups');
      if (grouping === 'category') return t(`model:category.${key}`);
      const commune = key ? gazetteer?.communeByNis(key) : undefined;
      return commune ? communeName(commune, language) : t('noCommune');
    },
    [t, grouping, gazetteer, language],
  );
  const groups = useMemo(() => {
    const compare = collator(language).compare;
    const named = result.groups.map((group) => ({ group, name: nameOf(group.key) }));
    return named.sort((x, y) => compare(x.name, y.name));
  }, [result, language, nameOf]);
  const listed = figure
    ? [result.total, ...result.groups].find((group) => group.key === figure.group)
    : undefined;

  const cell = (group: CompletenessGroup, name: string, which: Figure) => {
    const count = group.counts[which];
    const open = figure?.group === group.key && figure.figure === which;
    return (
      <td key={which} className={open ? 'open' : undefined}>
        <button
          type="button"
          className="figure-button"
          aria-pressed={open}
          aria-label={t('showList', { figure: t(`figure.${which}`), group: name, count })}
          disabled={count === 0}
          onClick={() => setQuality({ figure: open ? null : { group: group.key, figure: which } })}
        >
          {formatNumber(count, language)}
        </button>
      </td>
    );
  };

  return (
    <section className="quality-view" aria-labelledby="completeness-title">
      <header className="quality-header">
        <h2 id="completeness-title">{t('qualityTitle')}</h2>
        <p>{t('qualityIntro', { count: visible.length })}</p>
        <p className="quality-date">
          {t('computedOn', { date: dayText(today, language) })} ·{' '}
          {t('staleBefore', { date: dayText(twelveMonthsBefore(today), language) })}
        </p>
        <details>
          <summary>{t('howComputed')}</summary>
          <dl className="quality-rules">
            {FIGURES.map((which) => (
              <div key={which}>
                <dt>{t(`figure.${which}`)}</dt>
                <dd>{t(`figureHow.${which}`)}</dd>
              </div>
            ))}
          </dl>
        </details>
        <fieldset className="quality-grouping">
          <legend>{t('groupBy')}</legend>
          {GROUPINGS.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="quality-grouping"
                checked={grouping === option}
                onChange={() => setQuality({ grouping: option })}
              />
              {t(`grouping.${option}`)}
            </label>
          ))}
        </fieldset>
      </header>
      {listed && figure && (
        <SiteList
          title={t('listTitle', {
            figure: t(`figure.${figure.figure}`),
            group: nameOf(listed.key),
          })}
          sites={listed.rows[figure.figure]}
          onClose={() => setQuality({ figure: null })}
        />
      )}
      <div className="completeness-scroll">
        <table className="completeness-table">
          <thead>
            <tr>
              <th scope="col">{t(`grouping.${grouping}`)}</th>
              {FIGURES.map((which) => (
                <th scope="col" key={which} title={t(`figureHow.${which}`)}>
                  {t(`figure.${which}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map(({ group, name }) => (
              <tr key={group.key} data-group={group.key}>
                <th scope="row">{name}</th>
                {FIGURES.map((which) => cell(group, name, which))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-group="*">
              <th scope="row">{t('allGroups')}</th>
              {FIGURES.map((which) => cell(result.total, t('allGroups'), which))}
            </tr>
          </tfoot>
        </table>
      </div>
      <ToCheckList today={today} />
    </section>
  );
}
