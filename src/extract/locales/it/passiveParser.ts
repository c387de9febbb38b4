// "Kunduz è stata conquistata dai talebani", "il valico è stato preso dai talebani".
import { localeParser, word } from '../common.js';
import { IT } from './lexicon.js';

export const itPassiveParser = localeParser({
  name: 'itPassiveParser',
  type: 'capture',
  lexicon: IT,
  triggers: ['conquistato', 'conquistata', 'conquistati', 'preso', 'presa', 'presi', 'espugnato', 'espugnata'],
  pattern: new RegExp(word('(?:è|sono) stat[oaie] (?:conquistat|pres|espugnat)[oaie] (?:da|dai|dagli|dal|dalle)'), 'giu'),
  place: 'before',
  actor: 'agent',
});
