// Validates Kubernetes manifests offline against the schemas of the pinned kubernetes-models
// packages (Kubernetes' own OpenAPI schemas, and CloudNativePG's CRD for postgresql.cnpg.io).
//   node k8s/validate/validate.mjs k8s/base k8s/overlays/prod k8s/base/secret.example.yaml
// A directory is rendered with `kubectl kustomize`, a file is read as it is. Every document must
// have an apiVersion and kind that a package knows, and pass its schema; exits 1 otherwise.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
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

const sources = process.argv.slice(2);
if (sources.length === 0) {
  console.error("usage: node validate.mjs <kustomization directory or manifest file>...");
  process.exit(2);
}
let failed = false;
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
    console.log(`${source}: INVALID (cannot render or parse): ${error.stderr || error.message}`);
    failed = true;
    continue;
  }
  const errors = (await Promise.all(documents.map(validateDocument))).flat();
  if (documents.length === 0) {
    errors.push("no documents");
  }
  if (errors.length > 0) {
    failed = true;
    console.log(`${source}: INVALID`);
    errors.forEach((error) => console.log(`  ${error}`));
  } else {
    const kinds = documents.map((d) => d.kind).join(", ");
    console.log(`${source}: ${documents.length} documents valid (${kinds})`);
  }
}
process.exit(failed ? 1 : 0);
