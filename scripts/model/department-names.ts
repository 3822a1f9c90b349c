/**
 * Splits a list of departments as printed ("国家发展改革委、工业和信息化部、市场监管总局(国家标准委)等")
 * into names. Collective phrases (各有关部门, 等相关行业主管部门) are kept apart, verbatim.
 */
export function splitDepartments(text: string): { names: string[]; others: string[] } {
  const names: string[] = [];
  const others: string[] = [];
  const cleaned = text.replace(/\s+/gu, '').replace(/[。;；]+$/u, '');
  for (const piece of splitOutsideParentheses(cleaned)) {
    if (piece === '') continue;
    const etc = /^(.+?)(等.*)$/u.exec(piece);
    const name = etc ? etc[1]! : piece;
    if (etc && etc[2] !== '等') others.push(etc[2]!);
    if (/^(各|有关|相关)/u.test(name)) others.push(name);
    else names.push(name);
  }
  return { names, others };
}

function splitOutsideParentheses(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '（') depth++;
    if (char === ')' || char === '）') depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === '、' || char === '，' || char === ',')) {
      pieces.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  pieces.push(current);
  return pieces.map((piece) => piece.trim());
}
