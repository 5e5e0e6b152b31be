import { type FormEvent, type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Field, Notice } from '../../layout/Field';
import { clinicianApi } from '../api';
import { useLoad } from '../use-load';
import { useRecord } from './RecordLayout';

/** Visit notes, newest visit first, and a form to add one. */
export function NotesTab(): ReactElement {
  const { t } = useTranslation('clinician');
  const { patientId, summary, reload: reloadSummary } = useRecord();
  const [notes, reload] = useLoad(() => clinicianApi.notes(patientId), patientId);
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string }>();
  const bodyId = useId();

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    try {
      await clinicianApi.addNote(patientId, {
        visitedOn: String(form.get('visitedOn')),
        body: String(form.get('body') ?? ''),
      });
      setNotice({ kind: 'success', text: t('notes.saved') });
      element.reset();
      reload();
      reloadSummary();
    } catch (caught) {
      setNotice({
        kind: 'error',
        text: caught instanceof ApiError && caught.message ? caught.message : t('layout.loadError'),
      });
    }
  }

  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.title')}</h2>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <form className="card" aria-labelledby="notes-add-title" onSubmit={save}>
        <h3 id="notes-add-title">{t('notes.add')}</h3>
        <Field
          label={t('notes.visitedOn')}
          name="visitedOn"
          type="date"
          required
          defaultValue={summary.today}
          max={summary.today}
        />
        <div className="field">
          <label htmlFor={bodyId}>{t('notes.body')}</label>
          <textarea id={bodyId} name="body" required maxLength={10_000} rows={5} />
        </div>
        <button className="button" type="submit">
          {t('notes.save')}
        </button>
      </form>
      {notes.state === 'ready' &&
        (notes.data.notes.length === 0 ? (
          <p>{t('notes.empty')}</p>
        ) : (
          <ol className="timeline">
            {notes.data.notes.map((n) => (
              <li key={n.id}>
                <p className="message-meta">
                  {t('notes.by', { date: n.visitedOn, author: n.author ?? '—' })}
                </p>
                <p className="message-body">{n.body}</p>
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
