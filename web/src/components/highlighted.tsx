// A snippet with the query's words marked; text nodes only.
export function Highlighted({
  text,
  highlights,
}: {
  text: string;
  highlights: readonly { start: number; end: number }[];
}) {
  const pieces: (string | { mark: string })[] = [];
  let position = 0;
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    if (start < position || end <= start || end > text.length) continue;
    if (start > position) pieces.push(text.slice(position, start));
    pieces.push({ mark: text.slice(start, end) });
    position = end;
  }
  if (position < text.length) pieces.push(text.slice(position));
  return (
    <>
      {pieces.map((piece, index) =>
        typeof piece === 'string' ? piece : <mark key={index}>{piece.mark}</mark>,
      )}
    </>
  );
}
