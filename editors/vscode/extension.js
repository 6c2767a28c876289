// The jx extension: starts `jxc lsp` (the language server built into the compiler) for .jx files.
"use strict";
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration("jx");
  const command = config.get("server.path") || "jxc";
  const lang = config.get("lang") || "zh";
  const server = { command, args: ["lsp", "--lang=" + lang] };
  client = new LanguageClient(
    "jx",
    "jx (jxc lsp)",
    { run: server, debug: server },
    { documentSelector: [{ scheme: "file", language: "jx" }, { scheme: "untitled", language: "jx" }] }
  );
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("jx")) vscode.commands.executeCommand("workbench.action.restartExtensionHost");
    })
  );
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
