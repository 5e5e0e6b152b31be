import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { api } from '../api/client';
import type { Invite, User } from '../api/types';
import { Notice } from '../layout/Field';
import { PageTitle } from '../layout/PageTitle';
import { isSignedIn, useAuth } from './AuthContext';
import { errorMessage } from './errors';
import { homePathFor } from './home';
import { AccessLogSection, DataRightsSection, SharingSection } from './PatientSections';

function TwoStepSection({ user }: { user: User }): ReactElement {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="two-step-title" className="card">
      <h2 id="two-step-title">{t('account.securityTitle')}</h2>
      {user.totpEnabled ? (
        <p>{t('account.securityOn')}</p>
      ) : (
        <>
          <p>{user.role === 'patient' ? t('account.securityOff') : t('account.enrolRequired')}</p>
          <Link className="button secondary" to="/account/two-step">
            {t('account.securitySetUp')}
          </Link>
        </>
      )}
    </section>
  );
}

/** Staff create invitations for patients: a code to read out and a link to send. */
function InviteSection({ orgId }: { orgId: string }): ReactElement {
  const { t } = useTranslation();
  const [invite, setInvite] = useState<Invite>();
  const [error, setError] = useState<string>();
  async function create() {
    setError(undefined);
    try {
      setInvite(await api<Invite>('POST', `/organisations/${orgId}/invites`));
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  }
  return (
    <section aria-labelledby="invite-title" className="card">
      <h2 id="invite-title">{t('account.inviteTitle')}</h2>
      <p>{t('account.inviteIntro')}</p>
      {error && <Notice kind="error">{error}</Notice>}
      <button type="button" className="button" onClick={() => void create()}>
        {t('account.inviteCreate')}
      </button>
      {invite && (
        <dl className="invite">
          <dt>{t('account.inviteCode')}</dt>
          <dd className="code">{invite.code}</dd>
          <dt>{t('account.inviteLink')}</dt>
          <dd className="code">{invite.link}</dd>
        </dl>
      )}
    </section>
  );
}

export function AccountPage(): ReactElement {
  const { t } = useTranslation();
  const { user } = useAuth();
  if (user === undefined) return <p>{t('common.loading')}</p>;
  if (!isSignedIn(user)) return <Navigate to="/sign-in" replace state={{ next: '/account' }} />;
  const staffReady = user.role !== 'patient' && user.secondFactor === 'done';
  return (
    <>
      <PageTitle>{t('account.title')}</PageTitle>
      <p>
        {t('account.signedInAs', { email: user.email })} — {t(`account.role_${user.role}`)}
      </p>
      {user.role !== 'admin' && (
        <p>
          <Link className="button" to={homePathFor(user.role)}>
            {user.role === 'patient' ? t('account.openMyPlan') : t('account.openPatients')}
          </Link>
        </p>
      )}
      <TwoStepSection user={user} />
      {user.role === 'patient' && (
        <>
          <SharingSection />
          <AccessLogSection />
          <DataRightsSection />
        </>
      )}
      {staffReady && user.staffOrgIds[0] && <InviteSection orgId={user.staffOrgIds[0]} />}
    </>
  );
}
