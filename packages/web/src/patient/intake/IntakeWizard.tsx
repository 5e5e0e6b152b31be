import { PHQ9_SELF_HARM_ITEM_ID } from '@backplan/clinical/instruments/phq';
import { type ReactElement, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../layout/PageTitle';
import { apiJson, NetworkError } from '../api/http';
import type { IntakeDraftResponse, IntakeResponse } from '../api/types';
import { Loading } from '../components/StatusNotes';
import { localDay } from '../dates';
import { usePatient } from '../patient-context';
import { CrisisScreen, UrgentActionScreen } from '../safety/SafetyScreens';
import { IntakeQuestion, isAnswered } from './IntakeQuestion';
import { IntakeResult } from './IntakeResult';
import {
  buildIntake,
  type IntakeAnswers,
  instrumentAnswerId,
  intakeScreens,
  isEmergencyAnswer,
} from './intake-screens';

type Stop = 'emergency' | 'crisis' | null;
const SELF_HARM_ANSWER_ID = instrumentAnswerId('phq-9', PHQ9_SELF_HARM_ITEM_ID);
const localDraftKey = (userId: string, mode: WizardMode) => `backplan.${mode}Draft.${userId}`;

/** The first check-up, or the week-6 / week-12 reassessment (same questions, its own endpoint). */
export type WizardMode = 'intake' | 'reassessment';
const SUBMIT_PATH: Record<WizardMode, string> = {
  intake: '/api/v1/me/intake',
  reassessment: '/api/v1/me/reassessments',
};

/**
 * The intake wizard: one question per screen, progress shown, back and next, and "resume
 * later" through the draft endpoint (with a copy on the phone when offline). Two answers stop
 * it at once: an emergency red flag (clinical.md §4.1) and PHQ-9 item 9 above 0 (§3.3).
 */
export function IntakeWizard({ mode = 'intake' }: { readonly mode?: WizardMode }): ReactElement {
  const { t } = useTranslation('patient');
  const { user } = usePatient();
  const [answers, setAnswers] = useState<IntakeAnswers | null>(null);
  const [position, setPosition] = useState(0);
  const [resumed, setResumed] = useState(false);
  const [stop, setStop] = useState<Stop>(null);
  // Until the server confirms the draft reached the clinic, say nobody has been told.
  const [emergencyCareTeam, setEmergencyCareTeam] = useState<'told' | 'not-told'>('not-told');
  const [crisisSeen, setCrisisSeen] = useState(false);
  const [sending, setSending] = useState(false);
  const [sendProblem, setSendProblem] = useState<string | null>(null);
  const [result, setResult] = useState<IntakeResponse | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    const fromPhone = () => {
      try {
        return JSON.parse(localStorage.getItem(localDraftKey(user.id, mode)) ?? 'null') as {
          answers: IntakeAnswers;
          screen: number;
        } | null;
      } catch {
        return null;
      }
    };
    // The server keeps one draft, the first intake's; a reassessment resumes from the phone.
    const serverDraft =
      mode === 'intake'
        ? apiJson<IntakeDraftResponse>('GET', '/api/v1/me/intake-draft').then((response) => response.draft)
        : Promise.resolve(null);
    serverDraft
      .then((draft) => draft ?? fromPhone())
      .catch(() => fromPhone())
      .then((draft) => {
        if (!live) return;
        setAnswers(draft?.answers ?? {});
        setPosition(draft?.screen ?? 0);
        setResumed((draft?.screen ?? 0) > 0);
      });
    return () => {
      live = false;
    };
  }, [user.id, mode]);

  const screens = useMemo(() => intakeScreens(answers ?? {}), [answers]);
  const screen = screens[Math.min(position, screens.length - 1)];

  useEffect(() => {
    if (position > 0) heading.current?.focus();
  }, [position]);

  if (answers === null || screen === undefined) return <Loading />;
  if (result) return <IntakeResult result={result} />;
  // The saved draft tells the clinic (its panel reads emergency answers in unfinished intakes);
  // until the server confirms that, or for a patient with no clinic, say plainly nobody was told.
  if (stop === 'emergency') return <UrgentActionScreen level="emergency" careTeam={emergencyCareTeam} />;
  if (stop === 'crisis') {
    return (
      <>
        <CrisisScreen />
        <p>{t('intake.crisisContinue')}</p>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setCrisisSeen(true);
            setStop(null);
          }}
        >
          {t('intake.continue')}
        </button>
      </>
    );
  }

  const value = answers[screen.id];
  const saveDraft = (next: IntakeAnswers, screenIndex: number): Promise<IntakeDraftResponse | null> => {
    const draft = { answers: next, screen: screenIndex };
    localStorage.setItem(localDraftKey(user.id, mode), JSON.stringify(draft));
    if (mode !== 'intake') return Promise.resolve(null);
    return apiJson<IntakeDraftResponse>('PUT', '/api/v1/me/intake-draft', draft).catch(() => null);
  };
  const setValue = (next: unknown) => setAnswers({ ...answers, [screen.id]: next });
  const goNext = () => {
    if (!isAnswered(screen, value)) return;
    const nextPosition = Math.min(position + 1, screens.length - 1);
    const saved = saveDraft(answers, nextPosition);
    if (isEmergencyAnswer(screen, value)) {
      setStop('emergency');
      void saved.then((response) => {
        if (response?.careTeamTold) setEmergencyCareTeam('told');
      });
      return;
    }
    if (screen.id === SELF_HARM_ANSWER_ID && typeof value === 'number' && value > 0 && !crisisSeen) {
      setStop('crisis');
    }
    setPosition(nextPosition);
  };
  const submit = async () => {
    setSending(true);
    setSendProblem(null);
    try {
      const response = await apiJson<IntakeResponse>(
        'POST',
        SUBMIT_PATH[mode],
        buildIntake(answers, localDay()),
      );
      localStorage.removeItem(localDraftKey(user.id, mode));
      setResult(response);
    } catch (error) {
      setSendProblem(error instanceof NetworkError ? t('errors.needsConnection') : t('errors.send'));
    } finally {
      setSending(false);
    }
  };

  const tooYoung = screen.kind === 'age' && typeof value === 'number' && value < 16;
  return (
    <>
      <PageTitle>{mode === 'intake' ? t('intake.title') : t('intake.reassessmentTitle')}</PageTitle>
      {resumed && position > 0 && <p className="notice">{t('intake.resumed')}</p>}
      <p className="intake-progress">
        <span ref={heading} tabIndex={-1}>
          {t('intake.progress', { current: position + 1, total: screens.length })}
        </span>
      </p>
      <progress className="intake-bar" max={screens.length} value={position + 1} aria-hidden="true" />
      <form
        className="intake-screen"
        onSubmit={(event) => {
          event.preventDefault();
          if (screen.kind === 'review') void submit();
          else goNext();
        }}
      >
        <IntakeQuestion key={screen.id} screen={screen} value={value} onChange={setValue} />
        {tooYoung && (
          <p className="notice-error" role="alert">
            {t('intake.tooYoung')}
          </p>
        )}
        {sendProblem && (
          <p className="notice-error" role="alert">
            {sendProblem}
          </p>
        )}
        <div className="actions wizard-actions">
          {position > 0 && (
            <button type="button" className="button secondary" onClick={() => setPosition(position - 1)}>
              {t('common.back')}
            </button>
          )}
          <button type="submit" className="button" disabled={sending || !isAnswered(screen, value)}>
            {screen.kind === 'review'
              ? t('intake.submit')
              : screen.kind === 'intro'
                ? t('intake.begin')
                : t('common.next')}
          </button>
        </div>
        <p className="hint">{t('intake.saveLater')}</p>
      </form>
    </>
  );
}
