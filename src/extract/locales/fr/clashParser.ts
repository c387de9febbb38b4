// "Des combats à Kunduz", "affrontements autour de", "les talibans ont attaqué Kunduz".
import { localeParser, word } from '../common.js';
import { FR } from './lexicon.js';

export const frClashParser = localeParser({
  name: 'frClashParser',
  type: 'clash',
  lexicon: FR,
  triggers: ['combats', 'affrontements', 'attaqué', 'affrontés', 'affrontées'],
  pattern: new RegExp(word('(?:combats|affrontements) (?:à|dans|autour d(?:e|u|[\'’])|près d(?:e|u|[\'’])|pour)|(?:ont|a) attaqué|se sont affronté(?:e)?s'), 'giu'),
  place: 'after',
  actor: 'before',
  opponent: true,
});
