// "Les forces se sont retirées de Kunduz", "ont évacué".
import { localeParser, word } from '../common.js';
import { FR } from './lexicon.js';

export const frWithdrawalParser = localeParser({
  name: 'frWithdrawalParser',
  type: 'withdrawal',
  lexicon: FR,
  triggers: ['retirés', 'retirées', 'retiré', 'retirée', 'retirent', 'évacué'],
  pattern: new RegExp(word('(?:s[\'’]est|se sont) retirée?s? d(?:e|u|es|[\'’])|se retirent d(?:e|u|es|[\'’])|(?:ont|a) évacué'), 'giu'),
  place: 'after',
  actor: 'before',
});
