// "Die Soldaten ergaben sich den Taliban in Kundus", "kapitulierten".
import { localeParser, word } from '../common.js';
import { DE } from './lexicon.js';

export const deSurrenderParser = localeParser({
  name: 'deSurrenderParser',
  type: 'surrender',
  lexicon: DE,
  triggers: ['ergaben', 'ergab', 'kapitulierten', 'kapitulierte'],
  pattern: new RegExp(word('ergaben sich|ergab sich|kapitulierte[n]?'), 'giu'),
  place: 'after',
  actor: 'before',
  receiver: true,
  counted: true,
});
