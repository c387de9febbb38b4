// "Les talibans ont pris le contrôle de Kunduz", "se sont emparés de", "ont conquis", "ont pris".
import { localeParser, word } from '../common.js';
import { FR } from './lexicon.js';

// Case-sensitive: \p{Lu} must mean a capital (under the i flag it matches any letter).
export const frCaptureParser = localeParser({
  name: 'frCaptureParser',
  type: 'capture',
  lexicon: FR,
  triggers: ['pris', 'prennent', 'emparés', 'emparé', 'emparée', 'emparées', 'empare', 'emparent', 'conquis', 'conquièrent'],
  pattern: new RegExp(word('(?:ont|a) pris(?: le contrôle d(?:e|u|es|[\'’])|(?= (?:la ville d(?:e |[\'’])|le district d(?:e |[\'’])|d[\'’]assaut )?\\p{Lu}))|prennent le contrôle d(?:e|u|es|[\'’])|(?:s[\'’]est|se sont) emparée?s? d(?:e|u|es|[\'’])|s[\'’]emparent d(?:e|u|es|[\'’])|(?:ont|a) conquis|conquièrent'), 'gu'),
  place: 'after',
  actor: 'before',
});
