export async function scaleStep(
  _publish: (section: string, body: string) => void,
  say: (line: string) => void,
): Promise<void> {
  say('scale: not built yet');
}
