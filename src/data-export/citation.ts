/**
 * The suggested citation of a data set, in the common form of data citations (DataCite-style):
 * Creator (Year). "Title" [data set]. Version of <date>. <URL>. Licence: … .
 */
export interface CitationInput {
  /** Who made the data set ("Crossroads"). */
  creator: string;
  title: string;
  /** ISO date of the version cited (the layer's last update). */
  version: string;
  url: string;
  /** Licence identifiers (SPDX or "public-domain"). */
  licences: readonly string[];
}

const LICENCE_NAMES: Record<string, string> = {
  'ODbL-1.0': 'ODbL 1.0',
  'CC-BY-4.0': 'CC BY 4.0',
  'public-domain': 'public domain',
};

/** A readable name of a licence identifier. */
export function licenceName(id: string): string {
  return LICENCE_NAMES[id] ?? id;
}

/** A link to the licence's text, where there is one. */
export function licenceUrl(id: string): string | undefined {
  return {
    'ODbL-1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
    'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  }[id];
}

/** Returns the suggested citation as plain text. */
export function suggestedCitation(input: CitationInput): string {
  const year = input.version.slice(0, 4);
  const licences = input.licences.map(licenceName).join(' and ');
  return `${input.creator} (${year}). “${input.title}” [data set]. Version of ${input.version}. ${input.url}. Licence: ${licences}.`;
}
