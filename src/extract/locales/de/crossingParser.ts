// "Etwa 100 Soldaten flohen mit Kampfjets nach Tadschikistan", "überquerten die Grenze nach Usbekistan".
import { localeParser, word } from '../common.js';
import { DE } from './lexicon.js';

export const deCrossingParser = localeParser({
  name: 'deCrossingParser',
  type: 'border_crossing',
  lexicon: DE,
  triggers: ['flohen', 'flüchteten', 'überquerten', 'überschritten'],
  pattern: new RegExp(word('(?:flohen|flüchteten)(?= [^.,;]{0,40}(?<![\\p{L}])(?:nach|ins|in das) )|(?:überquerten|überschritten) die Grenze'), 'giu'),
  place: 'country',
  actor: 'before',
  counted: true,
});
