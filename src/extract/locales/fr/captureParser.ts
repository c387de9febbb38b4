// "Les talibans ont pris le contrôle de Kunduz", "se sont emparés de", "ont conquis", "ont pris".
import { localeParser, word } from '../common.js';
import { FR } from './lexicon.js';

export const frCaptureParser = localeParser({
  name: 'frCaptureParser',
  type: 'capture',
  lexicon: FR,
  triggers: ['pris', 'prennent', 'emparés', 'emparé', 'emparée', 'emparées', 'empare', 'emparent', 'conquis', 'conquièrent'],
  pattern: new RegExp(word('(?:ont|a) pris(?: le contrôle d(?:e|u|es|[\'’]))?|prennent le contrôle d(?:e|u|es|[\'’])|(?:s[\'’]est|se sont) emparée?s? d(?:e|u|es|[\'’])|s[\'’]emparent d(?:e|u|es|[\'’])|(?:ont|a) conquis|conquièrent'), 'giu'),
  place: 'after',
  actor: 'before',
});
