// Adding a report over HTTP: text or HTML plus metadata, guarded by the API token and a body limit.
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { documentFromHtml, documentFromText } from '../../ingest/index.js';
import { requireToken } from '../auth.js';
import type { RouteModule } from '../context.js';
import { ApiError, errorResponse } from '../errors.js';
import { dateSchema, errorResponse as errorDoc, jsonResponse } from '../oas.js';
import { isoDate } from '../params.js';

const optionalText = (max: number) => z.string().max(max).nullish();

export const documentInput = z
  .object({
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    url: z.url({ protocol: /^https?$/ }).nullish(),
    published: isoDate.nullish(),
    outlet: optionalText(200),
    title: optionalText(1000),
    id: optionalText(200),
    lang: optionalText(10),
    synthetic: z.boolean().optional(),
  })
  .refine((body) => (body.text === undefined) !== (body.html === undefined), { message: 'give exactly one of "text" or "html"', path: ['text'] });

async function readJson(c: { req: { json(): Promise<unknown> } }): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ApiError(400, 'bad_json', 'the request body is not valid JSON');
  }
}

function parseInput(body: unknown) {
  const result = documentInput.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.length ? issue.path.join('.') : 'body';
  throw new ApiError(400, issue.path[0] === 'published' ? 'bad_date' : 'bad_document', `${field}: ${issue.message}`);
}

export const documentRoutes: RouteModule = {
  mount(app, { frontline, live, apiToken, maxBodyBytes }) {
    const limit = bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => errorResponse(c, 413, 'too_large', `the request body is larger than ${maxBodyBytes} bytes`),
    });
    app.post('/api/documents', requireToken(apiToken), limit, async (c) => {
      const input = parseInput(await readJson(c));
      const meta = { ...input, synthetic: input.synthetic ?? false };
      const doc = input.html !== undefined ? documentFromHtml(input.html, meta) : documentFromText(input.text ?? '', meta);
      if (!doc.text.trim()) throw new ApiError(400, 'empty_document', 'the document has no readable text');
      const result = await frontline.addDocument(doc);
      live.publish({ event: 'document', data: { ...result, published: doc.published, title: doc.title } });
      if (result.status === 'new' && result.events > 0) live.publish({ event: 'changes', data: { span: await frontline.span() } });
      return c.json(result, result.status === 'new' ? 201 : 200);
    });
  },
  paths: {
    '/api/documents': {
      post: {
        summary: 'Add a report (plain text or HTML with metadata); its events join the map at once',
        security: [{ apiToken: [] }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                description: 'Exactly one of text or html.',
                properties: {
                  text: { type: 'string' },
                  html: { type: 'string' },
                  url: { type: ['string', 'null'], format: 'uri' },
                  published: { anyOf: [dateSchema, { type: 'null' }] },
                  outlet: { type: ['string', 'null'] },
                  title: { type: ['string', 'null'] },
                  id: { type: ['string', 'null'] },
                  lang: { type: ['string', 'null'] },
                  synthetic: { type: 'boolean' },
                },
              },
            },
          },
        },
        responses: {
          '201': jsonResponse('Stored', { type: 'object', properties: { status: { const: 'new' }, events: { type: 'integer' }, id: { type: 'string' } } }),
          '200': jsonResponse('Already stored (same text)', { type: 'object', properties: { status: { const: 'duplicate' }, events: { type: 'integer' }, id: { type: 'string' } } }),
          '400': errorDoc('Bad JSON, a bad date, or neither/both of text and html'),
          '401': errorDoc('Missing or wrong bearer token'),
          '403': errorDoc('The server has no API token configured, so it accepts no writes'),
          '413': errorDoc('Body larger than the limit'),
        },
      },
    },
  },
};
