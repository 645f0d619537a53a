import { describe, expect, it } from 'vitest';
import { featureDetails, indexFeatures, kindLabel, validityText } from '../../../src/layers/feature-details.ts';

const props = {
  id: 'margara-alican',
  kind: 'road-crossing',
  name_en: 'Margara – Alican',
  valid_from: null,
  valid_to: null,
  accuracy: '±1 km',
  note: 'Road bridge.',
  sources: [{ citation: 'RFE/RL', url: 'https://www.rferl.org/a/1052376.html' }, { citation: 'No link' }, { citation: 'Bad', url: 'javascript:alert(1)' }],
};

describe('featureDetails', () => {
  it('reads name, kind, dates, accuracy, note and sources', () =>
    expect(featureDetails(props, 'crossings')).toEqual({
      id: 'margara-alican',
      layer: 'crossings',
      name: 'Margara – Alican',
      kind: 'road-crossing',
      validFrom: null,
      validTo: null,
      accuracy: '±1 km',
      note: 'Road bridge.',
      sources: [{ citation: 'RFE/RL', url: 'https://www.rferl.org/a/1052376.html' }, { citation: 'No link' }, { citation: 'Bad' }],
    }));
  it('returns null without an id', () => expect(featureDetails({ name_en: 'x' }, 'places')).toBeNull());
});

describe('indexFeatures', () => {
  it('indexes features of several layers by id', () => {
    const index = indexFeatures([
      { layer: 'crossings', data: { features: [{ properties: props }] } },
      { layer: 'places', data: { features: [{ properties: { id: 'yerevan', name_en: 'Yerevan' } }, { properties: null }] } },
    ]);
    expect([...index.keys()]).toEqual(['margara-alican', 'yerevan']);
    expect(index.get('yerevan')?.layer).toBe('places');
  });
});

describe('text helpers', () => {
  it('words a kind', () => expect(kindLabel('road-crossing')).toBe('road crossing'));
  it('words open validity', () => expect(validityText(null, '1991-11-26', { openStart: 'before 1988', openEnd: 'today' })).toBe('before 1988 – 1991-11-26'));
});
