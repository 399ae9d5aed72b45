// Validates every object of a rendered overlay (a JSON array written by the k8s module's tests) against the
// JSON schemas that kubernetes-models generates from the Kubernetes and Gateway API OpenAPI definitions:
// types, required fields, enums and formats. An object of a kind it has no model for is an error, not a skip.
// Prints one line per invalid object and a closing "validated N objects"; exits non-zero if any is invalid.
import { readFileSync } from "node:fs";

const GROUP_PACKAGES = { "gateway.networking.k8s.io": "@kubernetes-models/gateway-api" };

async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  const module = group === null
    ? `kubernetes-models/${version}/${kind}`
    : GROUP_PACKAGES[group]
      ? `${GROUP_PACKAGES[group]}/${group}/${version}/${kind}`
      : `kubernetes-models/${group}/${version}/${kind}`;
  return (await import(module))[kind];
}

let failures = 0;
const objects = JSON.parse(readFileSync(process.argv[2], "utf8"));
for (const object of objects) {
  const name = `${object.kind}/${object.metadata?.name}`;
  try {
    const Model = await modelFor(object.apiVersion, object.kind);
    new Model(object).validate();
  } catch (error) {
    failures++;
    console.log(`INVALID ${name}: ${error.message}`);
  }
}
console.log(`validated ${objects.length} objects, ${failures} invalid`);
process.exit(failures === 0 ? 0 : 1);
