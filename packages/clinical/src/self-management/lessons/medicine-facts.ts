import { sourcedText as t } from '../claims';
import type { PainLesson } from './types';

/**
 * Lesson 7: facts about pain medicines. It states facts and never tells anyone to start,
 * stop or change a medicine: decisions belong to the patient and prescriber (ACP 2017 Rec 3;
 * CDC 2022 Rec 2). Every fact ends in "talk with your doctor or pharmacist".
 */
export const MEDICINE_FACTS_LESSON: PainLesson = {
  id: 'lesson-medicine-facts',
  topic: 'medicine-facts',
  title: 'Facts about pain medicines',
  estimatedMinutes: 5,
  summary: 'What studies show about common back pain medicines. Facts, not advice.',
  sections: [
    {
      heading: 'Before you read',
      paragraphs: [
        t(
          'This lesson gives facts, not advice. Talk with your doctor or pharmacist before any change to your medicines. Some medicines cause problems if they are stopped all at once.',
          'stopping-suddenly',
        ),
        t(
          'Guidelines put exercise and other care without medicines first for long-term back pain. Medicines come later, if that is not enough.',
          'non-drug-first',
        ),
      ],
    },
    {
      heading: 'Anti-inflammatory medicines (NSAIDs)',
      paragraphs: [
        t(
          'NSAIDs are the first medicine that one major guideline suggests for long-term back pain. In studies, they eased pain only a little.',
          'nsaid-place',
          'nsaid-effect',
        ),
        t(
          'NSAIDs can raise the risk of heart attack and stroke, even in the first weeks. They can also cause stomach bleeding and kidney problems.',
          'nsaid-harms',
        ),
      ],
    },
    {
      heading: 'Paracetamol',
      paragraphs: [
        t(
          'Good studies found that paracetamol, also called acetaminophen, does not ease low back pain. NICE does not suggest it on its own for back pain.',
          'paracetamol',
        ),
      ],
    },
    {
      heading: 'Duloxetine',
      paragraphs: [
        t(
          'Duloxetine is a kind of antidepressant. In studies of long-term back pain, about 60 in 100 people on it had their pain drop by a third or more. So did about 48 in 100 people on dummy pills.',
          'duloxetine-effect',
          'duloxetine-guidelines',
        ),
        t(
          'Feeling sick is its most common side effect. Guidelines disagree about it. ACP lists it as a second choice. NICE does not suggest it for back pain.',
          'duloxetine-harms',
          'duloxetine-guidelines',
        ),
      ],
    },
    {
      heading: 'Gabapentin and pregabalin',
      paragraphs: [
        t(
          'Trials found that gabapentin and pregabalin did not ease low back pain or sciatica. They did cause more side effects, like dizziness. NICE does not suggest them for either.',
          'gabapentinoids',
        ),
      ],
    },
    {
      heading: 'Opioids',
      paragraphs: [
        t(
          'Opioids are strong pain medicines, like tramadol, codeine and morphine. ACP sees them as a last choice, after other options have not worked. NICE does not suggest them for long-term back pain.',
          'opioids-place',
        ),
        t(
          'Risks include overdose and dependence. The risk of breathing problems is higher when opioids are mixed with sleeping pills, anxiety pills, gabapentin or pregabalin.',
          'opioid-harms',
        ),
        t(
          'If you take an opioid, ask your doctor about naloxone. It is a medicine for opioid overdose.',
          'naloxone',
        ),
      ],
    },
    {
      heading: 'Bring your questions',
      paragraphs: [
        t(
          'Bring a list of all your medicines to each visit, including ones you buy yourself. Ask your doctor or pharmacist what each one is for.',
        ),
      ],
    },
  ],
  keyTakeaways: [
    t('Exercise and other care without medicines come first for long-term back pain.', 'non-drug-first'),
    t(
      'In good studies, paracetamol, gabapentin and pregabalin did not ease back pain.',
      'paracetamol',
      'gabapentinoids',
    ),
    t(
      'Mixing opioids with sleeping pills, gabapentin or pregabalin raises the risk of breathing problems.',
      'opioid-harms',
    ),
    t('Talk with your doctor or pharmacist before any change to your medicines.'),
  ],
  check: [
    {
      id: 'paracetamol',
      question: 'What did good studies find about paracetamol for low back pain?',
      options: [
        { id: 'a', text: 'It did not ease the pain.', isCorrect: true },
        { id: 'b', text: 'It worked better than exercise.', isCorrect: false },
        { id: 'c', text: 'It made the pain go away in a week.', isCorrect: false },
      ],
      explanation: t('Good studies found that paracetamol did not ease low back pain.', 'paracetamol'),
    },
    {
      id: 'mixing',
      question: 'Which mix can raise the risk of breathing problems?',
      options: [
        { id: 'a', text: 'An opioid with gabapentin or sleeping pills.', isCorrect: true },
        { id: 'b', text: 'A walk and a warm pack.', isCorrect: false },
        { id: 'c', text: 'Stretching and slow breathing.', isCorrect: false },
      ],
      explanation: t(
        'Opioids mixed with gabapentin, pregabalin or sleeping pills raise the risk of breathing problems.',
        'opioid-harms',
      ),
    },
    {
      id: 'who',
      question: 'Who should you talk with before any change to your medicines?',
      options: [
        { id: 'a', text: 'My doctor or pharmacist.', isCorrect: true },
        { id: 'b', text: 'A friend who has back pain.', isCorrect: false },
        { id: 'c', text: 'No one.', isCorrect: false },
      ],
      explanation: t(
        'Your doctor or pharmacist knows your health as a whole. Some medicines cause problems if they are stopped all at once.',
        'stopping-suddenly',
      ),
    },
  ],
  claims: [
    {
      id: 'stopping-suddenly',
      text: 'Opioids should not be stopped abruptly (CDC 2022 Rec 5); gabapentinoids should be tapered before stopping (FDA 2019); NICE asks prescribers to discuss withdrawal before stopping.',
      citations: [
        { source: 'CDC_2022', section: 'Rec 5' },
        { source: 'FDA_2019_GABAPENTINOIDS', section: 'advice (clinical.md §7.3)' },
        { source: 'NICE_NG59', section: 'sciatica 2020 update (clinical.md §1.2)' },
      ],
      verification: 'verified',
    },
    {
      id: 'non-drug-first',
      text: 'ACP 2017 recommends starting chronic low back pain care with non-drug treatment and considering drugs after an inadequate response.',
      citations: [
        { source: 'ACP_2017', section: 'Rec 2' },
        { source: 'ACP_2017', section: 'Rec 3' },
      ],
      verification: 'verified',
    },
    {
      id: 'nsaid-place',
      text: 'ACP 2017 suggests considering an NSAID first when non-drug care is not enough for chronic low back pain.',
      citations: [{ source: 'ACP_2017', section: 'Rec 3' }],
      verification: 'verified',
    },
    {
      id: 'nsaid-effect',
      text: 'NSAIDs versus placebo in chronic low back pain: low-quality evidence of a small effect on pain, mean difference −3.30 on 0–100.',
      citations: [{ source: 'ENTHOVEN_2016', section: 'results vs placebo (clinical.md §7.1)' }],
      verification: 'verified',
    },
    {
      id: 'nsaid-harms',
      text: 'NSAIDs raise heart attack and stroke risk, which can start in the first weeks of use; labels carry boxed warnings for GI bleeding and warn of renal toxicity.',
      citations: [
        { source: 'FDA_2015_NSAIDS', section: 'strengthened warning (clinical.md §7.1)' },
        { source: 'NSAID_US_LABELS', section: 'boxed warnings (clinical.md §7.1)' },
      ],
      verification: 'verified',
    },
    {
      id: 'paracetamol',
      text: 'High-quality evidence shows paracetamol is ineffective for low back pain (pain WMD −0.5 on 0–100); NICE NG59: do not offer paracetamol alone for low back pain.',
      citations: [
        { source: 'MACHADO_2015', section: 'low back pain trials (clinical.md §7.5)' },
        { source: 'NICE_NG59', section: 'drugs: do not offer (clinical.md §1.2)' },
      ],
      verification: 'verified',
    },
    {
      id: 'duloxetine-effect',
      text: 'Pooled duloxetine 60 mg RCTs in chronic low back pain: ≥30% pain reduction in 59.7% versus 47.8% on placebo.',
      citations: [{ source: 'ALEV_2017', section: 'responder analysis (clinical.md §7.2)' }],
      verification: 'verified',
    },
    {
      id: 'duloxetine-harms',
      text: 'Nausea was the most frequent adverse event of duloxetine in chronic low back pain trials (12.6–18.3% vs 2.6–3.7% on placebo).',
      citations: [{ source: 'DULOXETINE_POOLED_AE_2012', section: 'table 3 (clinical.md §7.2)' }],
      verification: 'verified',
    },
    {
      id: 'duloxetine-guidelines',
      text: 'Duloxetine is an SNRI antidepressant. ACP 2017 lists duloxetine as second-line for chronic low back pain; NICE NG59 says do not offer SSRIs, SNRIs or TCAs for low back pain.',
      citations: [
        { source: 'ACP_2017', section: 'Rec 3' },
        { source: 'NICE_NG59', section: 'drugs: do not offer (clinical.md §1.3)' },
      ],
      verification: 'verified',
    },
    {
      id: 'gabapentinoids',
      text: 'Pregabalin did not improve sciatica (PRECISE) and gabapentinoids showed no effect in low back or radicular pain with more adverse events (dizziness 39.6% vs 12.9%); NICE 2020: do not offer for sciatica or low back pain.',
      citations: [
        { source: 'MATHIESON_2017', section: 'results (clinical.md §1.3)' },
        { source: 'ENKE_2018', section: 'meta-analysis (clinical.md §1.3)' },
        { source: 'NICE_NG59', section: 'sciatica 2020 update (clinical.md §1.2)' },
      ],
      verification: 'verified',
    },
    {
      id: 'opioids-place',
      text: 'ACP 2017: opioids only when other treatments have failed and after discussing risks; NICE NG59: do not offer opioids for chronic low back pain. Tramadol, codeine and morphine are opioids in the CDC MME table.',
      citations: [
        { source: 'ACP_2017', section: 'Rec 3' },
        { source: 'NICE_NG59', section: 'drugs: do not offer (clinical.md §1.2)' },
        { source: 'CDC_2022', section: 'MME conversion table (clinical.md §2.3)' },
      ],
      verification: 'verified',
    },
    {
      id: 'opioid-harms',
      text: 'Opioids carry overdose risk (CDC 2022 Rec 8); combining them with benzodiazepines or other CNS depressants needs particular caution (Rec 11); gabapentinoids with opioids can cause serious breathing problems (FDA 2019).',
      citations: [
        { source: 'CDC_2022', section: 'Rec 8 and Rec 11' },
        { source: 'FDA_2019_GABAPENTINOIDS', section: 'respiratory depression (clinical.md §7.3)' },
      ],
      verification: 'verified',
    },
    {
      id: 'naloxone',
      text: 'CDC 2022 Rec 8 advises offering naloxone to people on opioids who have a risk factor for overdose.',
      citations: [{ source: 'CDC_2022', section: 'Rec 8' }],
      verification: 'verified',
    },
  ],
};
