import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../model/languages';
import { useAtlas } from '../ui/shared/store_context';

const NATIVE_NAMES = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' } as const;

/**
 * The interface language, each option named in its own language (which says what the list
 * is; its label is for screen readers and the tooltip, and leaves the header room).
 */
export function LanguageSwitcher() {
  const { t } = useTranslation('app');
  const language = useAtlas((state) => state.language);
  const setLanguage = useAtlas((state) => state.setLanguage);
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('language')}</span>
      <select
        value={language}
        title={t('language')}
        onChange={(event) => {
          const next = LANGUAGES.find((code) => code === event.target.value);
          if (next) setLanguage(next);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NATIVE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
