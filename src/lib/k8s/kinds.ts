// The workload kinds that carry container images, and where their pod spec sits. Shared by the full
// YAML reader and the fast scanner so both walk exactly the same paths.

/**
 * Where the pod spec sits in each workload kind (kinds without a pod template carry no images). A Map,
 * so only these kinds are found (`kind: toString` is no workload) with one lookup: measured cheaper
 * than an own-property test and a read on an object.
 */
const TEMPLATE = ['spec', 'template', 'spec'] as const;
const POD_SPEC: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['Pod', ['spec']],
  ['Deployment', TEMPLATE],
  ['StatefulSet', TEMPLATE],
  ['DaemonSet', TEMPLATE],
  ['ReplicaSet', TEMPLATE],
  ['ReplicationController', TEMPLATE],
  ['Job', TEMPLATE],
  ['CronJob', ['spec', 'jobTemplate', 'spec', 'template', 'spec']],
]);

export const CONTAINER_LISTS = [
  ['initContainers', true],
  ['containers', false],
] as const;

/** Every pod-spec path some kind uses, each once: where the fast scanner keeps what it reads. */
export const POD_SPEC_PATHS: readonly (readonly string[])[] = [...new Set(POD_SPEC.values())];

/** The pod-spec path of a workload kind. */
export function podSpecPath(kind: string): readonly string[] | undefined {
  return POD_SPEC.get(kind);
}
