// Validates every manifest in a folder against the Kubernetes API schemas that kubernetes-models
// ships (JSON Schema per apiVersion and kind), then checks the rules this project's deploy files
// promise (docs/replicas.md). Exit status 1 names each problem; nothing here talks to a cluster.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

// Custom resources kubernetes-models has no schema for; their operators validate them on apply.
const CUSTOM = new Set(["postgresql.cnpg.io/v1/Cluster", "kustomize.config.k8s.io/v1beta1/Kustomization"]);

const folder = process.argv[2] ?? "../kubernetes";
const problems = [];
const resources = [];

for (const file of readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort()) {
  for (const document of parseAllDocuments(readFileSync(join(folder, file), "utf8"))) {
    if (document.errors.length > 0) {
      problems.push(`${file}: ${document.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const resource = document.toJS();
    if (resource == null) continue;
    const type = `${resource.apiVersion}/${resource.kind}`;
    resources.push({ file, resource });
    if (CUSTOM.has(type)) continue;
    let Model;
    try {
      Model = (await import(`kubernetes-models/${resource.apiVersion}/${resource.kind}`))[resource.kind];
    } catch {
      problems.push(`${file}: no schema for ${type}`);
      continue;
    }
    try {
      new Model(resource).validate();
    } catch (error) {
      problems.push(`${file}: ${type} ${resource.metadata?.name}: ${error.message}`);
    }
  }
}

const of = (kind) => resources.filter(({ resource }) => resource.kind === kind);

// The HPA owns the replica count: a Deployment it scales must not state one.
for (const { file, resource: hpa } of of("HorizontalPodAutoscaler")) {
  for (const { resource: deployment } of of("Deployment")) {
    if (deployment.metadata.name === hpa.spec.scaleTargetRef.name && "replicas" in deployment.spec) {
      problems.push(`${file}: ${deployment.metadata.name} sets replicas beside its autoscaler`);
    }
  }
}

// Database URLs ask for TLS; the identity provider's settings are not placeholders.
for (const { file, resource } of of("ConfigMap")) {
  for (const [key, value] of Object.entries(resource.data ?? {})) {
    if (/^QUARKUS_DATASOURCE_(REACTIVE|JDBC)_URL$/.test(key) && !/[?&]sslmode=(verify-full|verify-ca|require)\b/.test(value)) {
      problems.push(`${file}: ${key} has no sslmode`);
    }
    if (/^MP_JWT_/.test(key) && /example\.(com|org)/.test(value)) {
      problems.push(`${file}: ${key} is a placeholder that would leave pods rejecting every token`);
    }
  }
}

// Every Secret and ConfigMap a pod reads must be named in docs/replicas.md's creation commands.
const docs = readFileSync(new URL("../../docs/replicas.md", import.meta.url), "utf8");
const created = new Set(of("ConfigMap").map(({ resource }) => resource.metadata.name));
for (const { file, resource } of of("Deployment")) {
  const containers = resource.spec.template.spec.containers ?? [];
  for (const container of containers) {
    for (const env of container.env ?? []) {
      const ref = env.valueFrom?.secretKeyRef ?? env.valueFrom?.configMapKeyRef;
      if (ref && !created.has(ref.name) && !ref.optional && !docs.includes(ref.name)) {
        problems.push(`${file}: ${env.name} reads ${ref.name}, which docs/replicas.md never creates`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(problems.map((p) => `FAIL ${p}`).join("\n"));
  console.error(`${resources.length} manifests, ${problems.length} problems`);
  process.exit(1);
}
console.log(`${resources.length} manifests valid`);
