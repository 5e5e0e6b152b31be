import type { Citation } from '../core/sources';

/**
 * Instruments are data: an `InstrumentDefinition` says what the items are, which answers
 * are allowed and what each answer is worth, and what may be shipped. Scoring lives in one
 * small pure function per instrument (see the sibling files), so the definition can be
 * rendered as a FHIR Questionnaire without knowing how the score is computed.
 */

/** Every instrument BackPlan scores. The id is stable: it is used in intake JSON and FHIR URLs. */
export type InstrumentId =
  | 'pain-nrs'
  | 'peg-3'
  | 'phq-2'
  | 'phq-9'
  | 'gad-2'
  | 'gad-7'
  | 'startback'
  | 'odi'
  | 'rmdq';

/** A LOINC code and its display name. Only codes recorded in clinical.md §3.0 (or products.md [AH2]) appear. */
export interface LoincCode {
  readonly code: string;
  readonly display: string;
}

/** One allowed answer to an item. `value` is what is stored; `score` is what it adds to the total. */
export interface AnswerOption {
  readonly value: number;
  readonly score: number;
  /** Display text for the option. Absent when the owner's wording may not ship (ODI). */
  readonly label?: string;
  /** LOINC answer code (LA…), where one exists. */
  readonly loinc?: LoincCode;
}

export interface InstrumentItem {
  /** Stable id used as the answer key and as the FHIR linkId. */
  readonly id: string;
  /** 1-based position on the published form. */
  readonly position: number;
  /** Our own short name for what the item measures (a domain label, never the owner's wording). */
  readonly domain: string;
  /** The item's wording. Present only when `licence.itemTextMayShip` or a deployment loaded licensed text. */
  readonly text?: string;
  readonly loinc?: LoincCode;
  /** How the item is answered; decides the FHIR item type (choice, integer or boolean). */
  readonly answerFormat: AnswerFormat;
  readonly options: readonly AnswerOption[];
}

/** `choice`: pick one labelled option; `numeric-rating`: a 0–10 scale; `yes-no`: ticked (1) or not (0). */
export type AnswerFormat = 'choice' | 'numeric-rating' | 'yes-no';

/** Who owns the instrument and what the open-source project may ship (clinical.md §3.0). */
export interface InstrumentLicence {
  readonly owner: string;
  /** The notice to show wherever the instrument is displayed. */
  readonly notice: string;
  /** May the item wording ship in this repository under its own notice? */
  readonly itemTextMayShip: boolean;
  /** Where the shipped text comes from, if any. */
  readonly itemTextSource: 'none' | 'public' | 'third-party-notice' | 'deployment-licensed';
}

export interface InstrumentDefinition {
  readonly id: InstrumentId;
  readonly version: string;
  readonly title: string;
  /** The recall period the answers refer to, e.g. "past week". */
  readonly recallPeriod: string;
  /** Stem shown above the items, when it may ship. */
  readonly instructions?: string;
  readonly panelLoinc?: LoincCode;
  readonly items: readonly InstrumentItem[];
  /** The scores this instrument produces (the first is the primary score). */
  readonly scoreDefinitions: readonly ScoreDefinition[];
  /** ODI convention: a respondent may mark two statements in one section (clinical.md §3.5). */
  readonly allowsMultipleMarksPerItem: boolean;
  /** Fewest answered items that still give a valid score. */
  readonly minimumAnsweredItems: number;
  readonly licence: InstrumentLicence;
  readonly citations: readonly Citation[];
}

export interface ScoreDefinition {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly unit?: '%' | '{score}';
  readonly loinc?: LoincCode;
}

/** A single answer: one value, several values (ODI double marks) or explicitly unanswered. */
export type InstrumentAnswerValue = number | readonly number[] | null;

/** Answers to one instrument: item id → answer. A missing key means unanswered. */
export type InstrumentAnswers = Readonly<Record<string, InstrumentAnswerValue>>;

/** One computed score, ready for display or for a FHIR Observation. */
export interface ScoreValue {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly unit?: '%' | '{score}';
  readonly loinc?: LoincCode;
}

export interface ScoreInterpretation<Band extends string = string> {
  readonly band: Band;
  readonly text: string;
  readonly citations: readonly Citation[];
}

/** What every scoring function returns; instruments add typed fields (risk group, safety flag …). */
export interface InstrumentScoreResult<Band extends string = string> {
  readonly instrumentId: InstrumentId;
  readonly instrumentVersion: string;
  /** All scores, primary first. */
  readonly scores: readonly ScoreValue[];
  readonly interpretation: ScoreInterpretation<Band>;
  readonly answeredItemCount: number;
  /** Scoring decisions worth recording, e.g. which ODI section had two marks. */
  readonly notes: readonly string[];
}
