// Validates Kubernetes manifests offline against the schemas of the pinned kubernetes-models
// packages (Kubernetes' own OpenAPI schemas, and CloudNativePG's CRD for postgresql.cnpg.io).
//   node k8s/validate/validate.mjs k8s/base k8s/overlays/prod k8s/base/secret.example.yaml
// A directory is rendered with `kubectl kustomize`, a file is read as it is. Every document must
// have an apiVersion and kind that a package knows and pass its schema; and since those schemas
// let unknown fields through (a misspelt field would be silently ignored by the cluster), every
// document is also type-checked against the packages' TypeScript types, which know every field.
// Exits 1 on any error.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { parseAllDocuments } from "yaml";

// Groups served by CRDs, and the package that carries their schemas.
const CRD_PACKAGES = {
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io",
};

function modelModule(apiVersion, kind) {
  const slash = apiVersion.lastIndexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash);
  const version = apiVersion.slice(slash + 1);
  if (group in CRD_PACKAGES) {
    return `${CRD_PACKAGES[group]}/${version}/${kind}`;
  }
  return group === "" ? `kubernetes-models/${version}/${kind}` : `kubernetes-models/${group}/${version}/${kind}`;
}

function render(source) {
  if (statSync(source).isDirectory()) {
    return execFileSync("kubectl", ["kustomize", source], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  }
  return readFileSync(source, "utf8");
}

async function validateDocument(document) {
  const { apiVersion, kind, metadata } = document ?? {};
  if (typeof apiVersion !== "string" || typeof kind !== "string" || typeof metadata?.name !== "string") {
    return ["a document without apiVersion, kind or metadata.name"];
  }
  let Model;
  try {
    Model = (await import(modelModule(apiVersion, kind)))[kind];
  } catch {
    Model = undefined;
  }
  if (typeof Model !== "function") {
    return [`${apiVersion} ${kind} ${metadata.name}: no schema for this apiVersion and kind`];
  }
  try {
    new Model(document).validate();
    return [];
  } catch (error) {
    return [`${apiVersion} ${kind} ${metadata.name}: ${error.message}`];
  }
}

/**
 * The documents as typed TypeScript constants, so that the compiler's excess-property check names
 * any field the type does not have. Returns { source, message } for each error the compiler
 * reports (for an unknown field: the first one of its document).
 */
function unknownFields(entries) {
  // In memory only; placed beside this script so that the packages resolve from its node_modules.
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "manifests.generated.ts");
  const lines = [];
  const owners = [];
  entries.forEach(({ source, label, document }, index) => {
    const { apiVersion, kind } = document;
    lines.push(`import type { I${kind} as T${index} } from "${modelModule(apiVersion, kind)}";`);
    owners.push({ source, label });
  });
  const firstLines = [];
  entries.forEach(({ document }, index) => {
    firstLines.push(lines.length);
    lines.push(...`export const d${index}: T${index} = ${JSON.stringify(document, null, 2)};`.split("\n"));
  });
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  };
  const host = ts.createCompilerHost(options);
  const source = ts.createSourceFile(file, lines.join("\n"), ts.ScriptTarget.ES2022);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (name, ...rest) => (name === file ? source : getSourceFile(name, ...rest));
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n").split("\n")[0];
    if (diagnostic.file?.fileName !== file) {
      return { source: entries[0].source, message };
    }
    const line = source.getLineAndCharacterOfPosition(diagnostic.start).line;
    const owner = owners[Math.max(firstLines.findLastIndex((first) => first <= line), 0)];
    return { source: owner.source, message: `${owner.label}: ${message}` };
  });
}

const sources = process.argv.slice(2);
if (sources.length === 0) {
  console.error("usage: node validate.mjs <kustomization directory or manifest file>...");
  process.exit(2);
}
const errorsBySource = new Map();
const typed = [];
for (const source of sources) {
  let documents;
  try {
    documents = parseAllDocuments(render(source)).map((parsed) => {
      if (parsed.errors.length > 0) {
        throw new Error(parsed.errors.map((e) => e.message).join("; "));
      }
      return parsed.toJS();
    });
  } catch (error) {
    errorsBySource.set(source, [`cannot render or parse: ${error.stderr || error.message}`]);
    continue;
  }
  const errors = (await Promise.all(documents.map(validateDocument))).flat();
  if (documents.length === 0) {
    errors.push("no documents");
  }
  errorsBySource.set(source, errors);
  if (errors.length === 0) {
    documents.forEach((document) =>
      typed.push({ source, document, label: `${document.apiVersion} ${document.kind} ${document.metadata.name}` }),
    );
    console.log(`${source}: ${documents.length} documents match their schemas (${documents.map((d) => d.kind).join(", ")})`);
  }
}
if (typed.length > 0) {
  for (const { source, message } of unknownFields(typed)) {
    errorsBySource.get(source).push(message);
  }
}
let failed = false;
for (const [source, errors] of errorsBySource) {
  if (errors.length > 0) {
    failed = true;
    console.log(`${source}: INVALID`);
    errors.forEach((error) => console.log(`  ${error}`));
  } else {
    console.log(`${source}: valid, no unknown fields`);
  }
}
process.exit(failed ? 1 : 0);
