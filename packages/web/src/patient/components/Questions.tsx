import { type ReactElement, type ReactNode, useId } from 'react';

interface ScaleQuestionProps {
  readonly legend: ReactNode;
  readonly value: number | null;
  readonly onChange: (value: number) => void;
  /** Words for the two ends, e.g. "0 = no pain", "10 = worst pain you can imagine". */
  readonly lowLabel: string;
  readonly highLabel: string;
  readonly min?: number;
  readonly max?: number;
  readonly hint?: string;
}

/**
 * A 0–10 rating as a radio group: one tap per answer, 48 px targets that wrap on a narrow
 * phone, arrow keys move between numbers, and the end labels are read with the question.
 */
export function ScaleQuestion({
  legend,
  value,
  onChange,
  lowLabel,
  highLabel,
  min = 0,
  max = 10,
  hint,
}: ScaleQuestionProps): ReactElement {
  const name = useId();
  const anchorsId = `${name}-anchors`;
  const numbers = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  return (
    <fieldset className="question" aria-describedby={anchorsId}>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <p className="scale-anchors" id={anchorsId}>
        <span>{lowLabel}</span>
        <span>{highLabel}</span>
      </p>
      <div className="scale">
        {numbers.map((number) => (
          <label key={number} className="choice-tile">
            <input
              type="radio"
              name={name}
              value={number}
              checked={value === number}
              onChange={() => onChange(number)}
            />
            <span>{number}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface ChoiceQuestionProps<T extends string | number> {
  readonly legend: ReactNode;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly value: T | null;
  readonly onChange: (value: T) => void;
  readonly hint?: string;
  /** Yes/no questions sit side by side; longer answers stack. */
  readonly inline?: boolean;
}

/** One answer from a short list, as large tappable rows (radio buttons underneath). */
export function ChoiceQuestion<T extends string | number>({
  legend,
  options,
  value,
  onChange,
  hint,
  inline = false,
}: ChoiceQuestionProps<T>): ReactElement {
  const name = useId();
  return (
    <fieldset className="question">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className={inline ? 'choices inline' : 'choices'}>
        {options.map((option) => (
          <label key={String(option.value)} className="choice-row">
            <input
              type="radio"
              name={name}
              value={String(option.value)}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface YesNoQuestionProps {
  readonly legend: ReactNode;
  readonly value: boolean | null;
  readonly onChange: (value: boolean) => void;
  readonly yes: string;
  readonly no: string;
  readonly hint?: string;
}

export function YesNoQuestion({ legend, value, onChange, yes, no, hint }: YesNoQuestionProps): ReactElement {
  return (
    <ChoiceQuestion
      legend={legend}
      hint={hint}
      inline
      options={[
        { value: 'yes', label: yes },
        { value: 'no', label: no },
      ]}
      value={value === null ? null : value ? 'yes' : 'no'}
      onChange={(answer) => onChange(answer === 'yes')}
    />
  );
}
