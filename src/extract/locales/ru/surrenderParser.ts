// "Бойцы сдались талибам в Кундузе", "гарнизон сдался".
import { localeParser, word } from '../common.js';
import { RU } from './lexicon.js';

export const ruSurrenderParser = localeParser({
  name: 'ruSurrenderParser',
  type: 'surrender',
  lexicon: RU,
  triggers: ['сдались', 'сдался', 'сдалась', 'капитулировали'],
  pattern: new RegExp(word('сдал(?:ись|ся|ась)|капитулировали'), 'giu'),
  place: 'after',
  actor: 'before',
  receiver: true,
  counted: true,
});
