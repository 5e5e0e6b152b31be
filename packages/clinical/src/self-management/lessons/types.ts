import type { SelfManagementClaim, SourcedText } from '../claims';

export type PainLessonTopic =
  | 'how-pain-works'
  | 'why-movement-helps'
  | 'pacing'
  | 'flare-ups'
  | 'sleep'
  | 'stress-and-mood'
  | 'medicine-facts'
  | 'talking-with-clinicians'
  | 'work-and-activity';

export interface PainLessonSection {
  readonly heading: string;
  /** Short paragraphs; each links to the claims it states. */
  readonly paragraphs: readonly SourcedText[];
}

export interface LessonCheckOption {
  readonly id: string;
  readonly text: string;
  readonly isCorrect: boolean;
}

/** One multiple-choice question of a lesson's knowledge check. Exactly one option is correct. */
export interface LessonCheckQuestion {
  readonly id: string;
  readonly question: string;
  readonly options: readonly LessonCheckOption[];
  /** Shown after answering, whatever the answer: why the correct option is correct. */
  readonly explanation: SourcedText;
}

/** A short pain-education lesson, delivered alongside exercise (clinical.md §5.6). */
export interface PainLesson {
  readonly id: string;
  readonly topic: PainLessonTopic;
  readonly title: string;
  /** 3–6 minutes, including the check. */
  readonly estimatedMinutes: number;
  /** One sentence shown in lists. */
  readonly summary: string;
  readonly sections: readonly PainLessonSection[];
  readonly keyTakeaways: readonly SourcedText[];
  /** 2–3 questions. */
  readonly check: readonly LessonCheckQuestion[];
  /** Every clinical statement in the lesson, with citations. */
  readonly claims: readonly SelfManagementClaim[];
}
