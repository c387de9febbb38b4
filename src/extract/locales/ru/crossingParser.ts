// "134 военнослужащих перешли границу с Таджикистаном", "бежали в Узбекистан".
import { localeParser, word } from '../common.js';
import { RU } from './lexicon.js';

export const ruCrossingParser = localeParser({
  name: 'ruCrossingParser',
  type: 'border_crossing',
  lexicon: RU,
  triggers: ['перешли', 'перешёл', 'перешел', 'пересекли', 'бежали', 'бежал'],
  pattern: new RegExp(word('(?:перешли|переш(?:ёл|ел)|пересекли) (?:государственную |афганско-таджикскую )?границу|бежали (?:в|на территорию)'), 'giu'),
  place: 'country',
  actor: 'before',
  counted: true,
});
