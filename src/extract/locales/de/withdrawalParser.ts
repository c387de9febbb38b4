// "Die Sicherheitskräfte zogen sich aus dem Bezirk ... zurück", "mussten sich aus ... zurückziehen".
import { localeParser, word } from '../common.js';
import { DE } from './lexicon.js';

export const deWithdrawalParser = localeParser({
  name: 'deWithdrawalParser',
  type: 'withdrawal',
  lexicon: DE,
  triggers: ['zurückziehen', 'zurückgezogen', 'zurückzogen', 'zogen', 'zog'],
  pattern: new RegExp(word('(?:zogen|zog) sich aus|aus(?= [^.,;]{0,60} zurück(?:ziehen|gezogen|zogen))'), 'giu'),
  place: 'after',
  actor: 'before',
});
