// The constructions the extractor understands, in the order they run. Earlier parsers win when
// two read the same place in the same sentence (see the merge refiner).
import { borderCrossingParser } from './borderCrossingParser.js';
import { cameUnderControlParser } from './cameUnderControlParser.js';
import { captureActiveParser } from './captureActiveParser.js';
import { captureNounParser } from './captureNounParser.js';
import { capturePassiveParser } from './capturePassiveParser.js';
import { clashParser } from './clashParser.js';
import { controlClaimParser } from './controlClaimParser.js';
import { expulsionParser } from './expulsionParser.js';
import { fellToParser } from './fellToParser.js';
import { handedOverParser } from './handedOverParser.js';
import { recaptureParser } from './recaptureParser.js';
import { surrenderParser } from './surrenderParser.js';
import { underAttackParser } from './underAttackParser.js';
import { underControlParser } from './underControlParser.js';
import { withdrawalParser } from './withdrawalParser.js';
import { LOCALE_PARSERS } from '../locales/index.js';
import type { Parser } from '../types.js';

export const PARSERS: Parser[] = [
  recaptureParser,
  captureActiveParser,
  capturePassiveParser,
  fellToParser,
  cameUnderControlParser,
  handedOverParser,
  expulsionParser,
  captureNounParser,
  withdrawalParser,
  surrenderParser,
  borderCrossingParser,
  clashParser,
  underAttackParser,
  controlClaimParser,
  underControlParser,
  ...LOCALE_PARSERS,
];
