// A real store for the server and page tests: PGlite in a temp dir, the real gazetteer and
// extractor, filled with short reports written for these tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frontline } from '../../src/control/api.js';
import { openService } from '../../src/cli/commands/queries.js';
import type { DocumentMeta } from '../../src/ingest/index.js';
import { documentFromText } from '../../src/ingest/index.js';

export interface Report extends DocumentMeta {
  text: string;
}

export const REPORTS: Report[] = [
  {
    id: 'srv-claim-july',
    published: '2021-07-05',
    outlet: 'Test Wire',
    url: 'https://example.org/claim-july',
    text: 'The Taliban now control about a third of all 421 districts of Afghanistan, a spokesman for the group said on Monday.',
  },
  {
    id: 'srv-sheberghan',
    published: '2021-08-07',
    outlet: 'Northern Test Desk',
    url: 'https://example.org/sheberghan',
    text: 'The city of Sheberghan fell to the Taliban on Saturday, a provincial council member said.',
  },
  {
    id: 'srv-kunduz',
    published: '2021-08-09',
    outlet: 'Test Wire',
    url: 'https://example.org/kunduz',
    text: 'Taliban fighters captured the city of Kunduz on Sunday after a week of heavy fighting, local officials said.',
  },
  {
    id: 'srv-taloqan',
    published: '2021-08-09',
    outlet: 'Valley Test Radio',
    url: 'https://example.org/taloqan',
    synthetic: true,
    text: 'Taloqan, the capital of Takhar province, fell to the Taliban on Sunday evening, residents said.',
  },
  {
    id: 'srv-bazarak',
    published: '2021-09-06',
    outlet: 'Test Wire',
    url: 'https://example.org/bazarak',
    text: 'A Taliban spokesman said on Monday that the group had captured Bazarak.',
  },
  {
    id: 'srv-bazarak-denial',
    published: '2021-09-07',
    outlet: 'Valley Test Radio',
    url: 'https://example.org/bazarak-denial',
    text: 'The resistance front denied on Tuesday that Bazarak had fallen, saying its fighters still held the valley.',
  },
];

/** A report whose sentence carries markup: the page must show it as text and run none of it. */
export const HOSTILE: Report = {
  id: 'srv-hostile',
  published: '2021-08-12',
  outlet: 'Hostile <b>Outlet</b>',
  url: 'https://example.org/hostile',
  text: 'The Taliban captured the city of Ghazni <img src=x onerror="window.__pwned=1"> on Thursday <script>window.__pwned=2</script> officials said.',
};

export interface FilledStore {
  frontline: Frontline;
  dir: string;
  cleanup(): Promise<void>;
}

export async function filledStore(reports: Report[] = REPORTS): Promise<FilledStore> {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-server-'));
  const frontline = await openService({ data: join(dir, 'data') }, true);
  for (const { text, ...meta } of reports) await frontline.addDocument(documentFromText(text, meta));
  return {
    frontline,
    dir,
    async cleanup() {
      await frontline.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
