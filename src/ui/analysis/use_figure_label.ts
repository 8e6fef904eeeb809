import { useTranslation } from 'react-i18next';
import { selectLevel, selectPerCapita } from '../../store/choropleth';
import { useAtlas } from '../shared/store_context';

/**
 * The chosen figure's name and the category it is of: "Distance to the nearest site (km) —
 * Language courses"; an indicator's name, per 1,000 inhabitants when so shown, and its level
 * above the communes ("attestations_pt — Provinces").
 */
export function useFigureLabel(): string {
  const { t } = useTranslation(['analysis', 'model']);
  const { measure, params } = useAtlas((state) => state.analysis);
  const perCapita = useAtlas(selectPerCapita);
  const level = useAtlas(selectLevel);
  if (measure.startsWith('indicator:')) {
    const name = measure.slice('indicator:'.length);
    const figure = perCapita ? t('analysis:perCapitaFigure', { figure: name }) : name;
    return level === 'commune'
      ? figure
      : t('analysis:levelFigure', { figure, level: t(`analysis:levelName.${level}`) });
  }
  const category =
    params.category === 'all'
      ? t('analysis:allCategories')
      : t(`model:category.${params.category}`);
  return t('analysis:legendTitle', { measure: t(`analysis:measure.${measure}`), category });
}
