// Small builders for the hand-written OpenAPI 3.1 description, so each route file states only
// what is particular to it.
export const dateSchema = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

export function queryParam(name: string, description: string, schema: object = { type: 'string' }, required = false) {
  return { name, in: 'query', required, description, schema };
}

export function pathParam(name: string, description: string) {
  return { name, in: 'path', required: true, description, schema: { type: 'string' } };
}

export const asOfParam = queryParam('as_of', 'Day to show (YYYY-MM-DD); defaults to the last day with data.', dateSchema);

export function jsonResponse(description: string, schema: object) {
  return { description, content: { 'application/json': { schema } } };
}

export function ref(name: string) {
  return { $ref: `#/components/schemas/${name}` };
}

export function errorResponse(description: string) {
  return jsonResponse(description, ref('Error'));
}

export const badDate = { '400': errorResponse('A date parameter is not a YYYY-MM-DD calendar day; `detail` names it.') };
