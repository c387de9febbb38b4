// One place's control history: every interval with its incidents, sentences and disputes.
import { InputError } from '../../core/index.js';
import type { RouteModule } from '../context.js';
import { ApiError } from '../errors.js';
import { errorResponse, jsonResponse, pathParam, ref } from '../oas.js';

export const placeRoutes: RouteModule = {
  mount(app, { frontline }) {
    app.get('/api/places/:id/history', async (c) => {
      const id = c.req.param('id');
      try {
        return c.json(await frontline.history(id));
      } catch (err) {
        // The service signals an unknown place with an InputError naming it.
        if (err instanceof InputError) throw new ApiError(404, 'unknown_place', err.message);
        throw err;
      }
    });
  },
  paths: {
    '/api/places/{id}/history': {
      get: {
        summary: "A place's control intervals, each with its incidents, evidence sentences and disputes",
        parameters: [pathParam('id', 'Place id (e.g. geonames:1138958) or a name the gazetteer resolves')],
        responses: {
          '200': jsonResponse('The history', ref('PlaceHistory')),
          '404': errorResponse('No such place; `detail` names it.'),
        },
      },
    },
  },
};
