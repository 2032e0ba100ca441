import { exampleParts } from '../../lib/rule-pack/examples';

/** An example with its [[marked]] span shown as <mark>. */
export function Example({ text }: { text: string }) {
  return (
    <>
      {exampleParts(text).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
