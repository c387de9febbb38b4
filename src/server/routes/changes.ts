// What changed hands between two days.
import { z } from 'zod';
import type { RouteModule } from '../context.js';
import { ApiError } from '../errors.js';
import { badDate, dateSchema, jsonResponse, queryParam, ref } from '../oas.js';
import { isoDate, parseQuery } from '../params.js';

const query = z.object({ from: isoDate, to: isoDate });

export const changeRoutes: RouteModule = {
  mount(app, { frontline }) {
    app.get('/api/changes', async (c) => {
      const { from, to } = parseQuery(c, query);
      if (from > to) throw new ApiError(400, 'bad_range', `from ${from} is after to ${to}`);
      return c.json({ from, to, changes: await frontline.changes(from, to) });
    });
  },
  paths: {
    '/api/changes': {
      get: {
        summary: 'Places whose controller or status differs between two days, with the evidence for the new state',
        parameters: [
          queryParam('from', 'First day (YYYY-MM-DD)', dateSchema, true),
          queryParam('to', 'Last day (YYYY-MM-DD), not before `from`', dateSchema, true),
        ],
        responses: {
          '200': jsonResponse('The changes', {
            type: 'object',
            properties: { from: dateSchema, to: dateSchema, changes: { type: 'array', items: ref('ChangeView') } },
          }),
          ...badDate,
        },
      },
    },
  },
};
