import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../i18n';

export function LanguageSwitcher(): ReactElement {
  const { t, i18n } = useTranslation();
  return (
    <div className="language">
      <label htmlFor="language-select">{t('common.language')}</label>
      <select
        id="language-select"
        value={i18n.language}
        onChange={(event) => void changeLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
