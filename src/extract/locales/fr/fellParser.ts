// "Kunduz est tombée aux mains des talibans", "tombé entre les mains de", "sous le contrôle de".
import { localeParser, word } from '../common.js';
import { FR } from './lexicon.js';

export const frFellParser = localeParser({
  name: 'frFellParser',
  type: 'capture',
  lexicon: FR,
  triggers: ['tombé', 'tombée', 'tombés', 'tombées', 'tombe', 'tombent'],
  pattern: new RegExp(word('tomb(?:é|ée|és|ées|e|ent) (?:aux mains|entre les mains|sous le contrôle)'), 'giu'),
  place: 'before',
  actor: 'agent',
});
