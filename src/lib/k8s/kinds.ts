// The workload kinds that carry container images, and where their pod spec sits. Shared by the full
// YAML reader and the fast scanner so both walk exactly the same paths.

/** Where the pod spec sits in each workload kind (kinds without a pod template carry no images). */
const POD_SPEC: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

export const CONTAINER_LISTS = [
  ['initContainers', true],
  ['containers', false],
] as const;

/** The pod-spec path of a workload kind; own keys only, so `kind: toString` is not a workload. */
export function podSpecPath(kind: string): readonly string[] | undefined {
  return Object.hasOwn(POD_SPEC, kind) ? POD_SPEC[kind] : undefined;
}
