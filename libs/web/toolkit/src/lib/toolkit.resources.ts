import { registerNamespace, translations } from '@kinship/web/i18n';
import { checkIn } from './i18n/check-in.strings';
import { common } from './i18n/common.strings';
import { help } from './i18n/help.strings';
import { home } from './i18n/home.strings';
import { library } from './i18n/library.strings';
import { plan } from './i18n/plan.strings';
import { recovery } from './i18n/recovery.strings';
import { worksheets } from './i18n/worksheets.strings';

export const TOOLKIT_NS = 'toolkit';

registerNamespace(
  TOOLKIT_NS,
  translations(
    {
      common: common.en,
      home: home.en,
      library: library.en,
      recovery: recovery.en,
      plan: plan.en,
      worksheets: worksheets.en,
      checkIn: checkIn.en,
      help: help.en,
    },
    {
      common: common.es,
      home: home.es,
      library: library.es,
      recovery: recovery.es,
      plan: plan.es,
      worksheets: worksheets.es,
      checkIn: checkIn.es,
      help: help.es,
    },
  ),
);
