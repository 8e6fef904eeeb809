import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  needsOwnAxes,
  provinceMultiples,
  type Series,
  type SeriesIndex,
  seriesInContext,
  seriesIndex,
  seriesOf,
  seriesOfPlace,
  unitOf,
} from '../../analysis/series';
import { areaLevel, BELGIUM_NIS, provinceCode, WALLONIA_NIS } from '../../places/areas';
import { areaName, collator } from '../../places/place_names';
import { SERIES_CHARTS } from '../../store/series';
import { useAtlas } from '../shared/store_context';
import type { ChartEntry } from './chart_entries';
import { SeriesChart } from './SeriesChart';
import { SeriesFigures } from './SeriesFigures';
import './charts.css';

/** The order places are offered in: Wallonia and Belgium, the provinces, the arrondissements, the communes. */
const LEVEL_ORDER = ['region', 'country', 'province', 'arrondissement', 'commune'];

/** The indicator shown first: the one whose longest series is longest (then the one with most figures). */
function firstIndicator(index: SeriesIndex): string {
  let best = '';
  let score: [number, number] = [-1, -1];
  for (const [name, places] of index) {
    let longest = 0;
    let total = 0;
    for (const series of places.values()) {
      longest = Math.max(longest, series.points.length);
      total += series.points.length;
    }
    if (longest > score[0] || (longest === score[0] && total > score[1])) {
      best = name;
      score = [longest, total];
    }
  }
  return best;
}

/** The place shown first for an indicator: Wallonia, else Belgium, else the place of its longest series. */
function firstPlace(index: SeriesIndex, indicator: string): string {
  const places = index.get(indicator);
  if (!places) return '';
  if (places.has(WALLONIA_NIS)) return WALLONIA_NIS;
  if (places.has(BELGIUM_NIS)) return BELGIUM_NIS;
  let best: Series | null = null;
  for (const series of places.values())
    if (!best || series.points.length > best.points.length) best = series;
  return best?.place ?? '';
}

/**
 * The series view: choose an indicator and a place, then see its trend beside its province
 * and Wallonia, the five provinces side by side, or several indicators of the place on one
 * time axis (those in the same unit). Each chart comes with its table, sources and exports.
 */
export default function SeriesView() {
  const { t } = useTranslation(['charts', 'analysis']);
  const records = useAtlas((state) => state.dataset.indicators);
  const gazetteer = useAtlas((state) => state.gazetteer);
  const language = useAtlas((state) => state.language);
  const view = useAtlas((state) => state.series);
  const setSeries = useAtlas((state) => state.setSeries);
  const index = useMemo(() => seriesIndex(records), [records]);

  /** A place's name, a province's and an arrondissement's said to be one (Liège, the commune, the province). */
  const nameOf = useMemo(
    () => (code: string) => {
      const area = gazetteer?.areaByNis(code);
      if (!area) return code;
      const name = areaName(area, language);
      if (area.level === 'province' || area.level === 'arrondissement')
        return t(`${area.level}Name`, { name });
      return name;
    },
    [gazetteer, language, t],
  );
  const shortName = useMemo(
    () => (code: string) => {
      const area = gazetteer?.areaByNis(code);
      return area ? areaName(area, language) : code;
    },
    [gazetteer, language],
  );
  const compare = collator(language).compare;
  const indicators = [...index.keys()].sort(compare);
  const indicator = index.has(view.indicator) ? view.indicator : firstIndicator(index);
  const placeCodes = [...(index.get(indicator)?.keys() ?? [])];
  const place = placeCodes.includes(view.place) ? view.place : firstPlace(index, indicator);
  const places = placeCodes
    .map((code) => ({
      code,
      name: nameOf(code),
      level: LEVEL_ORDER.indexOf(areaLevel(code) ?? ''),
    }))
    .sort((a, b) => a.level - b.level || compare(a.name, b.name));

  if (indicators.length === 0) {
    return (
      <section className="series-view" aria-labelledby="series-title">
        <h2 id="series-title">{t('title')}</h2>
        <p>{t('noSeries')}</p>
      </section>
    );
  }

  return (
    <section className="series-view" aria-labelledby="series-title">
      <header className="series-header">
        <h2 id="series-title">{t('title')}</h2>
        <p>{t('intro')}</p>
      </header>
      <div className="series-controls">
        <label>
          {t('indicator')}
          <select
            value={indicator}
            onChange={(event) => setSeries({ indicator: event.target.value, others: [] })}
          >
            {indicators.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('place')}
          <select
            value={place}
            disabled={view.chart === 'provinces'}
            onChange={(event) => setSeries({ indicator, place: event.target.value })}
          >
            {places.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="series-kinds">
          <legend>{t('chartKind')}</legend>
          {SERIES_CHARTS.map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name="series-chart"
                checked={view.chart === kind}
                onChange={() => setSeries({ indicator, place, chart: kind })}
              />
              {t(`chart.${kind}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {view.chart === 'trend' && (
        <TrendChart index={index} indicator={indicator} place={place} nameOf={nameOf} />
      )}
      {view.chart === 'provinces' && (
        <ProvinceCharts index={index} indicator={indicator} nameOf={shortName} />
      )}
      {view.chart === 'indicators' && (
        <IndicatorsChart
          index={index}
          indicator={indicator}
          place={place}
          others={view.others}
          nameOf={nameOf}
          onOthers={(others) => setSeries({ indicator, place, others })}
        />
      )}
    </section>
  );
}

interface ChartProps {
  index: SeriesIndex;
  indicator: string;
  nameOf(code: string): string;
}

/** The unit of series drawn together, and a note when a series' unit changes. */
function UnitNote({ series }: { series: readonly Series[] }) {
  const { t } = useTranslation('charts');
  const changing = series.find((one) => one.units.length > 1);
  if (!changing) return null;
  return <p className="series-note">{t('unitChanges', { units: changing.units.join(' · ') })}</p>;
}

function TrendChart({ index, indicator, place, nameOf }: ChartProps & { place: string }) {
  const { t } = useTranslation('charts');
  const series = seriesInContext(index, indicator, place);
  const entries: ChartEntry[] = series.map((one) => ({
    key: one.place,
    label: nameOf(one.place),
    series: one,
  }));
  const own = seriesOf(index, indicator, place);
  if (!own) return <p className="series-note">{t('noFigures')}</p>;
  const level = areaLevel(place);
  const below = level === 'commune' || level === 'arrondissement';
  const expected = [
    ...(below ? [provinceCode(place)] : []),
    ...(below || level === 'province' ? [WALLONIA_NIS] : []),
  ];
  const missing = expected.filter((code) => !series.some((one) => one.place === code));
  return (
    <>
      {missing.length > 0 && (
        <p className="series-note">
          {t('missingLevels', { places: missing.map(nameOf).join(', ') })}
        </p>
      )}
      <UnitNote series={series} />
      <SeriesChart
        title={t('trendTitle', { indicator, place: nameOf(place) })}
        unit={own.units.join(' · ')}
        entries={entries}
        ownAxes={needsOwnAxes(series)}
        name={`${indicator}-${place}`}
        nameOf={nameOf}
      />
      <SeriesFigures series={own} place={nameOf(place)} />
    </>
  );
}

function ProvinceCharts({ index, indicator, nameOf }: ChartProps) {
  const { t } = useTranslation('charts');
  const multiples = provinceMultiples(index, indicator);
  const present = multiples.flatMap((m) => (m.series ? [m.series] : []));
  const facets = multiples.map((m) => nameOf(m.province));
  const entries: ChartEntry[] = present.map((one) => ({
    key: one.place,
    label: nameOf(one.place),
    facet: nameOf(one.place),
    series: one,
  }));
  const absent = multiples.filter((m) => !m.series).map((m) => nameOf(m.province));
  if (present.length === 0) return <p className="series-note">{t('noFigures')}</p>;
  return (
    <>
      {absent.length > 0 && (
        <p className="series-note">{t('missingLevels', { places: absent.join(', ') })}</p>
      )}
      <UnitNote series={present} />
      <SeriesChart
        title={t('provincesTitle', { indicator })}
        unit={[...new Set(present.flatMap((one) => one.units))].join(' · ')}
        entries={entries}
        facets={facets}
        name={`${indicator}-provinces`}
        nameOf={nameOf}
      />
    </>
  );
}

function IndicatorsChart({
  index,
  indicator,
  place,
  others,
  nameOf,
  onOthers,
}: ChartProps & { place: string; others: readonly string[]; onOthers(others: string[]): void }) {
  const { t } = useTranslation('charts');
  const all = seriesOfPlace(index, place);
  const own = all.find((one) => one.indicator === indicator);
  if (!own) return <p className="series-note">{t('noFigures')}</p>;
  const unit = unitOf(own);
  const drawn = [
    own,
    ...all.filter((one) => others.includes(one.indicator) && unit !== null && unitOf(one) === unit),
  ];
  const entries: ChartEntry[] = drawn.map((one) => ({
    key: one.indicator,
    label: one.indicator,
    series: one,
  }));
  const candidates = all.filter((one) => one !== own);
  return (
    <>
      {candidates.length > 0 && (
        <fieldset className="series-others">
          <legend>{t('otherIndicators')}</legend>
          {candidates.map((one) => {
            const agrees = unit !== null && unitOf(one) === unit;
            return (
              <label key={one.indicator} className={agrees ? '' : 'series-disabled'}>
                <input
                  type="checkbox"
                  disabled={!agrees}
                  checked={agrees && others.includes(one.indicator)}
                  onChange={(event) =>
                    onOthers(
                      event.target.checked
                        ? [...others, one.indicator]
                        : others.filter((name) => name !== one.indicator),
                    )
                  }
                />
                {one.indicator}
                {!agrees && (
                  <span className="series-muted">
                    {' '}
                    ({t('otherUnit', { unit: one.units.join(' · ') })})
                  </span>
                )}
              </label>
            );
          })}
        </fieldset>
      )}
      <UnitNote series={[own]} />
      <SeriesChart
        title={t('indicatorsTitle', { place: nameOf(place), count: drawn.length })}
        unit={own.units.join(' · ')}
        entries={entries}
        name={`${place}-indicators`}
        nameOf={nameOf}
      />
    </>
  );
}
