import { type FormEvent, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../layout/Field';
import { PageTitle } from '../../layout/PageTitle';
import { ApiError, apiJson, NetworkError } from '../api/http';

/**
 * Onboarding: what BackPlan is and is not, what happens to your data in plain words, then
 * join a clinic with an invite code or carry on alone (products.md §4 item 13: as little
 * friction as possible). Joining is consent to share; it can be stopped from My account.
 */
export function WelcomePage(): ReactElement {
  const { t } = useTranslation('patient');
  const [code, setCode] = useState('');
  const [joined, setJoined] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const join = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (code.trim().length < 4) {
      setProblem(t('welcome.codeTooShort'));
      return;
    }
    setBusy(true);
    try {
      const response = await apiJson<{ organisation: { name: string } }>('POST', '/api/v1/me/clinic/join', {
        code: code.trim(),
      });
      setJoined(response.organisation.name);
    } catch (error) {
      if (error instanceof NetworkError) setProblem(t('errors.needsConnection'));
      else if (error instanceof ApiError && error.status < 500) setProblem(t('welcome.codeRejected'));
      else setProblem(t('errors.send'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('welcome.title')}</PageTitle>
      <p className="lead">{t('welcome.lead')}</p>
      <section className="card" aria-labelledby="welcome-is">
        <h2 id="welcome-is">{t('welcome.isTitle')}</h2>
        <ul>
          <li>{t('welcome.is1')}</li>
          <li>{t('welcome.is2')}</li>
          <li>{t('welcome.is3')}</li>
        </ul>
        <h2>{t('welcome.isNotTitle')}</h2>
        <ul>
          <li>{t('welcome.isNot1')}</li>
          <li>{t('welcome.isNot2')}</li>
          <li>{t('welcome.isNot3')}</li>
        </ul>
      </section>
      <section className="card" aria-labelledby="welcome-data">
        <h2 id="welcome-data">{t('welcome.dataTitle')}</h2>
        <p>{t('welcome.data1')}</p>
        <p>{t('welcome.data2')}</p>
        <p>{t('welcome.data3')}</p>
      </section>
      <section className="card" aria-labelledby="welcome-join">
        <h2 id="welcome-join">{t('welcome.joinTitle')}</h2>
        {joined ? (
          <p className="notice-success" role="status">
            {t('welcome.joined', { clinic: joined })}
          </p>
        ) : (
          <form onSubmit={(event) => void join(event)} noValidate>
            <p>{t('welcome.joinText')}</p>
            <Field
              label={t('welcome.code')}
              hint={t('welcome.codeHint')}
              autoComplete="off"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              error={problem ?? undefined}
            />
            <button type="submit" className="button secondary" disabled={busy}>
              {t('welcome.joinButton')}
            </button>
          </form>
        )}
        <p>{t('welcome.ownText')}</p>
      </section>
      <p>
        <Link className="button" to="/app/intake">
          {t('welcome.start')}
        </Link>
      </p>
    </>
  );
}
