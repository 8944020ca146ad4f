// GitHub Enterprise Server: @actions/artifact (upload-artifact v4+, download-artifact v4+) refuses
// to run there, so baselines cannot be recorded or found as artifacts. What the log and the job
// summary say, and the setups that work without artifacts (docs/action.md, "GitHub Enterprise Server").

import { markdownCode } from '../report/escape.js';

const why =
  'artifacts cannot be uploaded or downloaded there (@actions/artifact v2+ supports only github.com and GHE.com)';

export const ghesWarning =
  `perfgate: GitHub Enterprise Server: ${why}, so no baseline is recorded or found. ` +
  'Use mode: ab, or baseline-path with base runs made in the same job.';

export const ghesContext = [
  `**GitHub Enterprise Server**: artifacts cannot be uploaded or downloaded there`,
  `(${markdownCode('@actions/artifact')} v2+ supports only github.com and GHE.com),`,
  'so no baseline artifact is recorded or found and no report artifact is uploaded.',
  `Setups that work: ${markdownCode('mode: ab')} (base and head measured in the same job),`,
  `or ${markdownCode('baseline-path')} with base runs made in the same job.`,
].join(' ');
