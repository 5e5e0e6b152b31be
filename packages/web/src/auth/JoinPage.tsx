import { type FormEvent, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api } from '../api/client';
import { Field, Notice } from '../layout/Field';
import { PageTitle } from '../layout/PageTitle';
import { isSignedIn, useAuth } from './AuthContext';
import { errorMessage } from './errors';
import { tokenFromHash } from './linkToken';

/** Accepting a clinic's invitation, from the emailed link (#token=…) or a typed code. */
export function JoinPage(): ReactElement {
  const { t } = useTranslation();
  const { user } = useAuth();
  const token = tokenFromHash(useLocation().hash);
  const [error, setError] = useState<string>();
  const [joined, setJoined] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function join(body: { token: string } | { code: string }) {
    setBusy(true);
    setError(undefined);
    try {
      const result = await api<{ organisation: { name: string } }>('POST', '/me/clinic/join', body);
      setJoined(result.organisation.name);
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  }

  function submitCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void join({ code: String(new FormData(event.currentTarget).get('code')) });
  }

  return (
    <section className="panel" aria-labelledby="page-title">
      <PageTitle>{t('join.title')}</PageTitle>
      <p>{t('join.intro')}</p>
      {joined && <Notice kind="success">{t('join.joined', { clinic: joined })}</Notice>}
      {error && <Notice kind="error">{error}</Notice>}
      {!isSignedIn(user) ? (
        <>
          <p>{t('join.signInFirst')}</p>
          <p className="actions">
            <Link className="button" to="/sign-up" state={token ? { inviteToken: token } : undefined}>
              {t('common.signUp')}
            </Link>
            <Link
              className="button secondary"
              to="/sign-in"
              state={{ next: `/join${token ? `#token=${token}` : ''}` }}
            >
              {t('common.signIn')}
            </Link>
          </p>
        </>
      ) : user.role !== 'patient' ? (
        <Notice kind="error">{t('join.patientsOnly')}</Notice>
      ) : (
        !joined && (
          <>
            {token && (
              <p>
                <button className="button" type="button" disabled={busy} onClick={() => void join({ token })}>
                  {t('join.submit')}
                </button>
              </p>
            )}
            <h2>{t('join.codeTitle')}</h2>
            <form onSubmit={submitCode}>
              <Field label={t('account.inviteCode')} name="code" autoComplete="off" required />
              <button className="button secondary" type="submit" disabled={busy}>
                {t('join.codeSubmit')}
              </button>
            </form>
          </>
        )
      )}
    </section>
  );
}
