// File names of the flame graph outputs, shared by the engine that writes them and the
// markdown that points at them: `<kind>-<sample type>.{svg,html,base.folded,head.folded}` and
// `<kind>.diff.pb.gz`, reduced to characters safe in any file system and artifact name.

export function flameGraphStem(kind: string, sampleType: string): string {
  return `${safe(kind)}-${safe(sampleType)}`;
}

export function diffProfileName(kind: string): string {
  return `${safe(kind)}.diff.pb.gz`;
}

function safe(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9_.-]/g, '_')
      .replace(/^\.+/, '_')
      .slice(0, 80) || '_'
  );
}
