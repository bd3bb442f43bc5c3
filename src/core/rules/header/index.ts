import type { Rule } from '../../rule';
import { hd05ClosingMark } from './hd05ClosingMark';
import { hd05CongVanVv } from './hd05CongVanVv';
import { hd05KinhTrinh } from './hd05KinhTrinh';
import { hd05LastCanCu } from './hd05LastCanCu';
import { hd05QuyDinhSymbol } from './hd05QuyDinhSymbol';
import { hd05RecipientSeparator } from './hd05RecipientSeparator';
import { headerDateFuture } from './headerDateFuture';
import { headerDateLine } from './headerDateLine';
import { headerNumberFormat } from './headerNumberFormat';
import { headerNumberType } from './headerNumberType';
import { headerProfileMixed } from './headerProfileMixed';
import { headerRequiredParts } from './headerRequiredParts';
import { recipientsBlock } from './recipientsBlock';
import { signatureBlock } from './signatureBlock';

/** Header, signature and recipients rules; the HD 05 points apply to Party documents dated from 27/5/2026. */
export const headerRules: readonly Rule[] = [
  headerProfileMixed,
  headerRequiredParts,
  headerNumberFormat,
  headerNumberType,
  headerDateLine,
  headerDateFuture,
  signatureBlock,
  recipientsBlock,
  hd05QuyDinhSymbol,
  hd05CongVanVv,
  hd05ClosingMark,
  hd05RecipientSeparator,
  hd05LastCanCu,
  hd05KinhTrinh,
];
