/**
 * A small, strict well-formedness check for the SVG we generate: every tag closes in order,
 * attributes are double-quoted, text holds no stray `<` or `&`. It is not a general XML
 * parser; it only has to accept what render.ts writes and reject anything broken.
 */
export interface SvgCheckResult {
  readonly wellFormed: boolean;
  readonly problem: string | null;
  readonly elementNames: readonly string[];
}

const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
const TEXT = /[^<]*/y;
const ENTITY_OR_AMP = /&(?!(?:amp|lt|gt|quot|apos);)/;

export function checkSvgWellFormed(svg: string): SvgCheckResult {
  const stack: string[] = [];
  const names: string[] = [];
  let index = 0;
  const fail = (problem: string): SvgCheckResult => ({ wellFormed: false, problem, elementNames: names });
  while (index < svg.length) {
    if (svg[index] === '<') {
      TAG.lastIndex = index;
      const match = TAG.exec(svg);
      if (match === null) return fail(`Malformed tag at ${index}: ${svg.slice(index, index + 40)}`);
      const [whole, closing, name = '', attributes = '', selfClosing] = match;
      if (ENTITY_OR_AMP.test(attributes)) return fail(`Unescaped & in attributes of <${name}>`);
      if (closing === '/') {
        const open = stack.pop();
        if (open !== name) return fail(`</${name}> closes <${open ?? 'nothing'}>`);
      } else {
        names.push(name);
        if (selfClosing !== '/') stack.push(name);
      }
      index += whole.length;
    } else {
      TEXT.lastIndex = index;
      const text = TEXT.exec(svg)?.[0] ?? '';
      if (ENTITY_OR_AMP.test(text)) return fail('Unescaped & in text');
      if (stack.length === 0 && text.trim() !== '') return fail('Text outside the root element');
      index += Math.max(1, text.length);
    }
  }
  if (stack.length > 0) return fail(`Unclosed <${stack.join('>, <')}>`);
  if (names[0] !== 'svg') return fail('Root element is not <svg>');
  return { wellFormed: true, problem: null, elementNames: names };
}
