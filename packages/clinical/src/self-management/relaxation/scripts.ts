import type { SelfManagementClaim } from '../claims';
import { sourcedText as t } from '../claims';
import { defineRelaxationScript, type RelaxationScript, type RelaxationStep } from './types';

/**
 * Guided practices, all in our own words. They are offered because ACP 2017 Rec 2 lists
 * progressive relaxation, mindfulness-based stress reduction, yoga and tai chi among the
 * non-drug treatments for chronic low back pain; the timings are our settings.
 */

const RELAXATION_GUIDELINE: SelfManagementClaim = {
  id: 'guideline',
  text: 'ACP 2017 lists progressive relaxation and mindfulness-based stress reduction among the non-drug treatments to start with for chronic low back pain.',
  citations: [{ source: 'ACP_2017', section: 'Rec 2' }],
  verification: 'verified',
};

const MBSR_TRIAL: SelfManagementClaim = {
  id: 'mbsr-trial',
  text: 'In Cherkin 2016, more people given MBSR had at least 30% improvement in function and pain bothersomeness at 26 weeks than with usual care.',
  citations: [{ source: 'CHERKIN_2016', section: 'co-primary outcomes (clinical.md §5.7)' }],
  verification: 'verified',
};

export interface SlowBreathingOptions {
  readonly id: string;
  readonly title: string;
  readonly breaths: number;
  /** Seconds to breathe in; default 4 (our setting). */
  readonly inhaleSeconds?: number;
  /** Seconds to breathe out; default 6, a little longer than the in-breath (our setting). */
  readonly exhaleSeconds?: number;
}

const EXHALE_CUES = [
  'Breathe out slowly, a little longer than the in-breath.',
  'Breathe out slowly. Let your shoulders drop.',
  'Breathe out slowly. Let your jaw and hands go soft.',
  'Breathe out slowly. Let your body feel heavy.',
] as const;

/** Slow paced breathing with a given number of breaths. */
export function buildSlowBreathingScript(options: SlowBreathingOptions): RelaxationScript {
  const inhale = options.inhaleSeconds ?? 4;
  const exhale = options.exhaleSeconds ?? 6;
  const breaths: RelaxationStep[] = [];
  for (let breath = 1; breath <= options.breaths; breath += 1) {
    breaths.push({
      id: `breath-${breath}-in`,
      text: 'Breathe in slowly through your nose.',
      seconds: inhale,
    });
    breaths.push({
      id: `breath-${breath}-out`,
      text: EXHALE_CUES[(breath - 1) % EXHALE_CUES.length] ?? EXHALE_CUES[0],
      seconds: exhale,
    });
  }
  return defineRelaxationScript({
    id: options.id,
    kind: 'breathing',
    title: options.title,
    summary: 'Slow, steady breaths, with the out-breath a little longer than the in-breath.',
    why: t(
      'Relaxation is one of the non-drug options that guidelines list for long-term back pain. Slow breathing is a simple way to practise it.',
      'guideline',
    ),
    steps: [
      {
        id: 'settle',
        text: 'Sit or lie down in a way that feels comfortable. Rest your hands on your belly.',
        seconds: 15,
      },
      {
        id: 'notice',
        text: 'Notice your breath as it is now. You do not need to change it yet.',
        seconds: 15,
      },
      ...breaths,
      { id: 'return', text: 'Let your breath go back to its own pace. Notice how you feel.', seconds: 15 },
      { id: 'close', text: 'When you are ready, open your eyes and move gently.', seconds: 10 },
    ],
    claims: [RELAXATION_GUIDELINE],
  });
}

/** About 3 minutes: fits on any day, including long exercise days. */
export const SHORT_BREATHING_SCRIPT = buildSlowBreathingScript({
  id: 'relax-breathing-short',
  title: 'Slow breathing (short)',
  breaths: 12,
});

/** About 5 minutes. */
export const SLOW_BREATHING_SCRIPT = buildSlowBreathingScript({
  id: 'relax-breathing',
  title: 'Slow breathing',
  breaths: 24,
});

export const BODY_SCAN_SCRIPT = defineRelaxationScript({
  id: 'relax-body-scan',
  kind: 'body-scan',
  title: 'Body scan',
  summary: 'Move your attention slowly through your body, noticing without judging.',
  why: t(
    'Mindfulness is one of the non-drug options that guidelines list for long-term back pain. In a large trial, more people who learned it had less bother from pain than with usual care.',
    'guideline',
    'mbsr-trial',
  ),
  steps: [
    {
      id: 'settle',
      text: 'Find a comfortable position, sitting or lying down. Close your eyes if you like, or rest your gaze on one spot.',
      seconds: 30,
    },
    {
      id: 'breath',
      text: 'Take a few slow breaths. Let the chair, bed or floor hold your weight.',
      seconds: 30,
    },
    {
      id: 'feet',
      text: 'Bring your attention to your feet. Notice how they feel. Warm, cool, tingling, or nothing at all. All of it is fine.',
      seconds: 30,
    },
    {
      id: 'lower-legs',
      text: 'Move your attention up to your ankles and lower legs. Just notice what is there.',
      seconds: 25,
    },
    {
      id: 'upper-legs',
      text: 'Now notice your knees and thighs. If your mind wanders, gently bring it back.',
      seconds: 25,
    },
    { id: 'hips', text: 'Notice your hips and where your body touches the seat or bed.', seconds: 25 },
    {
      id: 'lower-back',
      text: 'Now notice your lower back. If there is pain, notice it with curiosity, like watching the weather. You do not need to change it.',
      seconds: 40,
    },
    {
      id: 'belly',
      text: 'Notice your belly rise as you breathe in, and fall as you breathe out.',
      seconds: 25,
    },
    { id: 'chest', text: 'Notice your chest and upper back. Let each breath come and go.', seconds: 25 },
    { id: 'arms', text: 'Notice your hands, then your arms. Let them rest and feel heavy.', seconds: 25 },
    {
      id: 'shoulders',
      text: 'Notice your shoulders. If they are lifted, let them drop a little.',
      seconds: 25,
    },
    {
      id: 'face',
      text: 'Notice your neck and face. Let your jaw loosen and your forehead soften.',
      seconds: 30,
    },
    { id: 'whole-body', text: 'Now notice your whole body at once, breathing in and out.', seconds: 40 },
    {
      id: 'close',
      text: 'When you are ready, wiggle your fingers and toes. Open your eyes, and move gently as you get up.',
      seconds: 30,
    },
  ],
  claims: [RELAXATION_GUIDELINE, MBSR_TRIAL],
});

export const PROGRESSIVE_RELAXATION_SCRIPT = defineRelaxationScript({
  id: 'relax-progressive',
  kind: 'progressive-relaxation',
  title: 'Tense and let go',
  summary: 'Gently tense one muscle group at a time, then let it go and notice the difference.',
  why: t(
    'Guidelines list progressive relaxation, which is tensing and letting go of muscles, among the non-drug options for long-term back pain.',
    'guideline',
  ),
  steps: [
    {
      id: 'settle',
      text: 'Sit or lie down comfortably. Tense each part only gently, about half as hard as you can. Skip any part that hurts.',
      seconds: 30,
    },
    { id: 'hands-tense', text: 'Make fists with both hands. Hold.', seconds: 5 },
    { id: 'hands-release', text: 'Let go. Notice your hands loosen and feel warm.', seconds: 20 },
    { id: 'arms-tense', text: 'Bend your elbows and tighten your upper arms. Hold.', seconds: 5 },
    { id: 'arms-release', text: 'Let go. Let your arms rest and feel heavy.', seconds: 20 },
    { id: 'shoulders-tense', text: 'Lift your shoulders up toward your ears. Hold.', seconds: 5 },
    { id: 'shoulders-release', text: 'Let them drop. Notice the space around your neck.', seconds: 20 },
    { id: 'face-tense', text: 'Scrunch up your face. Hold.', seconds: 5 },
    { id: 'face-release', text: 'Let go. Let your jaw hang loose and your forehead go smooth.', seconds: 20 },
    { id: 'feet-tense', text: 'Curl your toes down gently. Hold.', seconds: 5 },
    { id: 'feet-release', text: 'Let go. Notice your feet relax.', seconds: 20 },
    { id: 'legs-tense', text: 'Press your knees together gently and tighten your thighs. Hold.', seconds: 5 },
    { id: 'legs-release', text: 'Let go. Let your legs feel heavy and still.', seconds: 20 },
    {
      id: 'whole-body',
      text: 'Breathe slowly. With each out-breath, let your whole body relax a little more.',
      seconds: 40,
    },
    { id: 'close', text: 'When you are ready, open your eyes and move gently.', seconds: 20 },
  ],
  claims: [RELAXATION_GUIDELINE],
});

export const MINDFUL_MOVEMENT_SCRIPT = defineRelaxationScript({
  id: 'relax-mindful-movement',
  kind: 'mindful-movement',
  title: 'Mindful movement in a chair',
  summary: 'Slow, gentle moves in a chair, paying attention to your breath and body.',
  why: t(
    'Mindful exercise like tai chi, qigong and yoga reduced pain in studies of long-term back pain. Guidelines list yoga and tai chi as options.',
    'mindful-exercise',
    'yoga-tai-chi',
  ),
  steps: [
    {
      id: 'safety',
      text: 'Sit near the front of a steady chair with your feet flat. Move slowly, only as far as feels okay. Stop and rest if pain spreads down your leg.',
      seconds: 25,
      claimIds: ['safety'],
    },
    {
      id: 'breathe',
      text: 'Sit tall and rest your hands on your thighs. Take three slow breaths.',
      seconds: 30,
    },
    {
      id: 'shoulder-rolls',
      text: 'Slowly roll your shoulders up, back and down. Notice how the movement feels. Do this five times.',
      seconds: 30,
    },
    {
      id: 'arm-raise',
      text: 'Breathe in as you raise your arms in front of you, as high as is comfortable. Breathe out as you lower them. Repeat a few times.',
      seconds: 40,
    },
    {
      id: 'pelvic-rock',
      text: 'Gently rock your hips. Roll back so your lower back rounds a little, then forward so it arches a little. Keep it small and easy.',
      seconds: 40,
    },
    {
      id: 'side-reach',
      text: 'Reach one arm up and a little to the side. Feel the stretch along your side. Come back to the middle, then switch sides.',
      seconds: 40,
    },
    {
      id: 'turn',
      text: 'With your hands on your thighs, turn your upper body a little to one side. Come back slowly, then turn to the other side.',
      seconds: 40,
    },
    {
      id: 'sit-to-stand',
      text: 'If you feel ready, stand up slowly, then sit back down with control. Do this up to five times. Feel your feet press into the floor.',
      seconds: 45,
    },
    { id: 'stillness', text: 'Sit still. Notice your breath and how your body feels now.', seconds: 30 },
    {
      id: 'close',
      text: 'Well done. Take one more slow breath before you carry on with your day.',
      seconds: 20,
    },
  ],
  claims: [
    {
      id: 'mindful-exercise',
      text: 'Tai chi, qigong and yoga reduced pain (SMD −0.37) and disability (SMD −0.39) compared with controls in chronic low back pain.',
      citations: [{ source: 'ZOU_2019', section: 'meta-analysis (clinical.md §5.8)' }],
      verification: 'verified',
    },
    {
      id: 'yoga-tai-chi',
      text: 'ACP 2017 lists tai chi and yoga (low-quality evidence) among non-drug treatments for chronic low back pain.',
      citations: [{ source: 'ACP_2017', section: 'Rec 2' }],
      verification: 'verified',
    },
    {
      id: 'safety',
      text: 'Exercise safety copy: stop and get advice if pain spreads down the leg or a red-flag symptom appears.',
      citations: [{ source: 'LBP_EXERCISE_HANDOUTS', section: 'safety copy (clinical.md §5.9)' }],
      verification: 'verified',
    },
  ],
});

export const RELAXATION_SCRIPTS: readonly RelaxationScript[] = [
  SHORT_BREATHING_SCRIPT,
  SLOW_BREATHING_SCRIPT,
  BODY_SCAN_SCRIPT,
  PROGRESSIVE_RELAXATION_SCRIPT,
  MINDFUL_MOVEMENT_SCRIPT,
];
