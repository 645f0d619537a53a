import { describe, expect, it } from 'vitest';
import { datedFacts, dayMonthYear, handoutFacts, sentences } from '../../../src/handout/dated-facts.ts';

const PERIOD_2020 = { from: '2020-09-27', to: '2020-11-10' };

describe('sentences', () => {
  it('splits prose into plain sentences, keeping link text and dropping emphasis', () => {
    expect(sentences('One *two* [three](https://x.org). Four 1,960 troops.\n\n"Five" six!')).toEqual(['One two three.', 'Four 1,960 troops.', '"Five" six!']);
  });
});

describe('datedFacts', () => {
  it('takes sentences that open with a date, without the leading "On <date>", in date order', () => {
    const facts = datedFacts('Aliyev announced it on 8 November. On 27 September 2020 Azerbaijan attacked. Nothing dated here.', PERIOD_2020);
    expect(facts).toEqual([
      { label: '27 September 2020', sortKey: '2020-09-27', text: 'Azerbaijan attacked.' },
      { label: '8 November 2020', sortKey: '2020-11-08', text: 'Aliyev announced it on 8 November.' },
    ]);
  });

  it('dates a bare day and month by the last year named inside the period, not by an older year in passing', () => {
    const facts = datedFacts('They cited the 1991 declaration. On 15 May the commissions signed a protocol. In March 2024 Baku asked.', {
      from: '2024-03-09',
      to: '2024-07-31',
    });
    expect(facts.map((f) => f.label)).toEqual(['March 2024', '15 May 2024']);
  });

  it('does not read numbers or decades as years', () => {
    const facts = datedFacts(
      'Russia sent 1,960 troops. People fled in the early 1990s. It holds 100,417 people. In 2016 a war broke out. In 2017 nothing.',
      PERIOD_2020,
    );
    expect(facts.map((f) => f.label)).toEqual(['2016', '2017']);
  });

  it('gives at most four facts, one per date, preferring precise and leading dates', () => {
    const text = [
      'On 1 May 2020 a.',
      'On 1 May 2020 b.',
      'On 2 May 2020 c.',
      'On 3 May 2020 d.',
      'On 4 May 2020 e.',
      'On 5 May 2020 f.',
      'Since the 2019 war g.',
    ].join(' ');
    const facts = datedFacts(text, PERIOD_2020);
    expect(facts.map((f) => f.text)).toEqual(['A.', 'C.', 'D.', 'E.']);
  });

  it('uses a year in passing only to reach two facts, and the map date when the prose names fewer', () => {
    expect(datedFacts('On 1 May 2020 a. On 2 May 2020 b. Since the 2019 war c.', PERIOD_2020).map((f) => f.label)).toEqual(['1 May 2020', '2 May 2020']);
    expect(datedFacts('By 1992 the war spread. Undated.', PERIOD_2020, { date: '1994-05-12', text: 'The map shows this day.' })).toEqual([
      { label: '1992', sortKey: '1992', text: 'By 1992 the war spread.' },
      { label: '12 May 1994', sortKey: '1994-05-12', text: 'The map shows this day.' },
    ]);
  });

  it('formats ISO dates as day, month and year', () => {
    expect(dayMonthYear('2023-09-19')).toBe('19 September 2023');
  });
});

describe('handoutFacts', () => {
  it('splits authored facts into their date and text, in authored order', () => {
    expect(handoutFacts(['12 Dec 2022: the road is blocked', '23 Apr 2023: a checkpoint is set up'])).toEqual([
      { label: '12 Dec 2022', sortKey: '00', text: 'The road is blocked' },
      { label: '23 Apr 2023', sortKey: '01', text: 'A checkpoint is set up' },
    ]);
  });
  it('keeps a fact without a leading date whole, with no label', () => {
    expect(handoutFacts(['No crossing between the two countries is open'])[0]).toEqual({
      label: '',
      sortKey: '00',
      text: 'No crossing between the two countries is open',
    });
  });
});
