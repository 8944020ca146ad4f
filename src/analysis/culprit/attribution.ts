// The attribution carried by a `hotspot.regression` finding: its types are declared with the
// report's schemas (model/attribution-evidence.ts) and re-exported here for the analysis.

export type { Attribution, CostClassEvidence, SourceSpan, ViaFrame } from '../../model/attribution-evidence.js';
