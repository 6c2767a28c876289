// Tokenizes a .jx file with the extension's TextMate grammar (vscode-textmate and Oniguruma, as
// VS Code does) and checks the scopes of the tokens listed in the expectations: each line of
// the expectations is "TEXT<TAB>SCOPE": the first token whose text is TEXT must carry SCOPE.
"use strict";
const fs = require("fs");
const path = require("path");
const vsctm = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

const [grammarPath, sourcePath, expectPath] = process.argv.slice(2);
const wasm = fs.readFileSync(path.join(path.dirname(require.resolve("vscode-oniguruma")), "onig.wasm")).buffer;

oniguruma.loadWASM(wasm).then(() => {
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p) => new oniguruma.OnigScanner(p),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => vsctm.parseRawGrammar(fs.readFileSync(grammarPath, "utf8"), grammarPath),
  });
  return registry.loadGrammar("source.jx");
}).then((grammar) => {
  const tokens = [];
  let state = vsctm.INITIAL;
  for (const line of fs.readFileSync(sourcePath, "utf8").split("\n")) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) tokens.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  }
  let failed = 0, checked = 0;
  for (const row of fs.readFileSync(expectPath, "utf8").split("\n")) {
    if (!row.trim() || row.startsWith("//")) continue;
    const [text, scope] = row.split("\t");
    const t = tokens.find((k) => k.text.trim() === text);
    checked++;
    if (!t || !t.scopes.includes(scope)) {
      failed++;
      console.log(`FAIL ${text}: expected ${scope}, got ${t ? t.scopes.join(" ") : "no such token"}`);
    }
  }
  console.log(`grammar: ${checked - failed}/${checked} tokens with the expected scope`);
  process.exit(failed ? 1 : 0);
}).catch((e) => { console.error(e); process.exit(2); });
