// Aggregate figures as of a day, next to the aggregate claims reports made near that day.
import { z } from 'zod';
import type { RouteModule } from '../context.js';
import { asOfParam, badDate, jsonResponse, ref } from '../oas.js';
import { asOfOrLatest, isoDate, parseQuery } from '../params.js';

const query = z.object({ as_of: isoDate.optional() });

export const figureRoutes: RouteModule = {
  mount(app, { frontline }) {
    app.get('/api/figures', async (c) => {
      const { as_of } = parseQuery(c, query);
      return c.json(await frontline.figures(await asOfOrLatest(frontline, as_of)));
    });
  },
  paths: {
    '/api/figures': {
      get: {
        summary: 'Places per side and status out of the universe, and the claims reports made near that day with the computed number',
        parameters: [asOfParam],
        responses: { '200': jsonResponse('The figures', ref('FiguresView')), ...badDate },
      },
    },
  },
};
