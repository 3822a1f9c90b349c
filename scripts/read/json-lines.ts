/**
 * The line each value of a JSON text starts on, by its path (`["departments", "shang-wu-bu", 0, "text"]`),
 * so that a problem found after parsing can still be reported as `file:line`. Only for text that
 * JSON.parse accepted: it does not check syntax.
 */
export type JsonPath = readonly (string | number)[];

export function jsonLines(raw: string): (path: JsonPath) => number | undefined {
  const lines = new Map<string, number>();
  let index = 0;
  let line = 1;
  const skipSpace = () => {
    while (index < raw.length && /\s/u.test(raw[index]!)) {
      if (raw[index] === '\n') line++;
      index++;
    }
  };
  const string = (): string => {
    const start = index;
    index++;
    while (raw[index] !== '"') index += raw[index] === '\\' ? 2 : 1;
    index++;
    return JSON.parse(raw.slice(start, index)) as string;
  };
  const value = (path: JsonPath): void => {
    skipSpace();
    if (!lines.has(key(path))) lines.set(key(path), line);
    const char = raw[index];
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      index++;
      skipSpace();
      for (let position = 0; raw[index] !== close; position++) {
        if (char === '{') {
          const name = string();
          lines.set(key([...path, name]), line);
          skipSpace();
          index++; // the colon
          value([...path, name]);
        } else {
          value([...path, position]);
        }
        skipSpace();
        if (raw[index] === ',') index++;
        skipSpace();
      }
      index++;
    } else if (char === '"') {
      string();
    } else {
      while (index < raw.length && !/[\s,\]}]/u.test(raw[index]!)) index++;
    }
  };
  value([]);
  return (path) => {
    // A path into a value that has no line of its own (a zod issue about a missing key) falls back to its parent.
    for (let length = path.length; length >= 0; length--) {
      const found = lines.get(key(path.slice(0, length)));
      if (found !== undefined) return found;
    }
    return undefined;
  };
}

const key = (path: JsonPath) => JSON.stringify(path);
