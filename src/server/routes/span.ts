// First and last event days in the store: the range of the page's time slider.
import type { RouteModule } from '../context.js';
import { dateSchema, jsonResponse } from '../oas.js';

export const spanRoutes: RouteModule = {
  mount(app, { frontline }) {
    app.get('/api/span', async (c) => c.json(await frontline.span()));
  },
  paths: {
    '/api/span': {
      get: {
        summary: 'First and last event days in the store (null on an empty store)',
        responses: {
          '200': jsonResponse('The span', {
            type: 'object',
            properties: { from: { anyOf: [dateSchema, { type: 'null' }] }, to: { anyOf: [dateSchema, { type: 'null' }] } },
          }),
        },
      },
    },
  },
};
