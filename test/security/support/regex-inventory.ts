// Every regular expression Passerelle's source writes down, found by reading the source with
// the TypeScript parser: literals (/…/), `new RegExp('…')`, `pattern: '…'` in schemas and
// `const …PATTERN = '…'` constants. A test over this list covers the patterns added tomorrow.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  /** file:line, to say where a slow one is. */
  where: string;
  source: string;
  flags: string;
}

const ROOT = new URL('../../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function stringValue(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    ? node.text
    : undefined;
}

export function regexInventory(): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const add = (node: ts.Node, pattern: string, flags: string) => {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ where: `${relative(ROOT, file)}:${line}`, source: pattern, flags });
    };
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const end = node.text.lastIndexOf('/');
        add(node, node.text.slice(1, end), node.text.slice(end + 1));
      } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
        const pattern = stringValue(node.arguments?.[0]);
        if (pattern !== undefined) add(node, pattern, stringValue(node.arguments?.[1]) ?? '');
      } else if (ts.isPropertyAssignment(node) && node.name.getText() === 'pattern') {
        const pattern = stringValue(node.initializer);
        if (pattern !== undefined) add(node, pattern, '');
      } else if (ts.isVariableDeclaration(node) && /PATTERN$/.test(node.name.getText())) {
        const pattern = stringValue(node.initializer);
        if (pattern !== undefined) add(node, pattern, '');
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
