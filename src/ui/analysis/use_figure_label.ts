import { useTranslation } from 'react-i18next';
import { useAtlas } from '../shared/store_context';

/** The chosen figure's name and the category it is of: "Distance to the nearest site (km) — Language courses". */
export function useFigureLabel(): string {
  const { t } = useTranslation(['analysis', 'model']);
  const { measure, params } = useAtlas((state) => state.analysis);
  if (measure.startsWith('indicator:')) return measure.slice('indicator:'.length);
  const category =
    params.category === 'all'
      ? t('analysis:allCategories')
      : t(`model:category.${params.category}`);
  return t('analysis:legendTitle', { measure: t(`analysis:measure.${measure}`), category });
}
