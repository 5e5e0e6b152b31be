import type { ReactElement } from 'react';

const steps = [
  {
    title: 'Check what is going on',
    text: 'A short check-in about your pain, how it affects your day, your mood, and any warning signs that need a doctor today.',
  },
  {
    title: 'Move and manage, every day',
    text: 'A home exercise plan of 20 to 30 minutes a day that grows with you, plus skills for pacing, sleep, stress and flare-ups.',
  },
  {
    title: 'See your progress',
    text: 'A quick daily log of pain, sleep, mood and exercise. Missed days are fine. Your chart shows real change, not streaks.',
  },
  {
    title: 'Step up only when it makes sense',
    text: 'At 6 and 12 weeks your care team reviews what is working. Other treatments are added by clear, published rules.',
  },
];

export function Landing(): ReactElement {
  return (
    <>
      <header className="site-header">
        <a className="brand" href="/">
          BackPlan
        </a>
        <nav aria-label="Account">
          <a className="button secondary" href="/sign-in">
            Sign in
          </a>
        </nav>
      </header>
      <main id="main">
        <section className="hero" aria-labelledby="hero-title">
          <h1 id="hero-title">A plan for chronic low back pain</h1>
          <p className="lead">
            BackPlan helps people with back pain that has lasted more than 12 weeks follow a plan that works:
            daily exercise and self-care first, with your physiotherapist or doctor able to see how you are
            doing.
          </p>
          <p>
            <a className="button" href="/sign-in">
              Sign in
            </a>
          </p>
        </section>
        <section aria-labelledby="how-title">
          <h2 id="how-title">How it works</h2>
          <ol className="steps">
            {steps.map((step) => (
              <li key={step.title}>
                <h3>{step.title}</h3>
                <p>{step.text}</p>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="clinicians-title">
          <h2 id="clinicians-title">For clinicians</h2>
          <p>
            A one-minute picture of each patient, a panel ordered by who needs you, and decision support that
            cites its sources: ACP 2017, NICE NG59 and the CDC 2022 opioid guideline. The software suggests;
            you decide.
          </p>
        </section>
        <section aria-labelledby="safety-title" className="notice">
          <h2 id="safety-title">Important</h2>
          <p>
            BackPlan does not replace medical care. If you have new trouble passing urine, loss of bowel
            control, or numbness between your legs, go to an emergency department now.
          </p>
        </section>
      </main>
      <footer className="site-footer">
        <p>BackPlan is free, open-source software under the Apache-2.0 licence.</p>
      </footer>
    </>
  );
}
