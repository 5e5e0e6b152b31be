export async function lighthouseStep(
  _publish: (section: string, body: string) => void,
  say: (line: string) => void,
): Promise<void> {
  say('lighthouse: not built yet');
}
