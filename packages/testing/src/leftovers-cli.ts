// Lists (and on request removes) what test runs left on the shared broker and registry: topics,
// consumer groups and schema subjects whose names carry a test namespace's random token
// (`uniqueNamespace`: `<prefix>-<10 hex>`). Names without one, like `playbook.*`, are never touched.
//
//   npm run leftovers --workspace @playbook/testing                  # list, by namespace token
//   npm run leftovers --workspace @playbook/testing -- --delete T…   # remove the named tokens' traces
import { parseArgs } from 'node:util';
import { liveGroups, removeTraces, tracesMatching, type NamespaceTraces } from './cleanup.ts';

const TOKEN = /-([0-9a-f]{10})(?=[.-]|$)/;
const tokenOf = (name: string) => TOKEN.exec(name)?.[1];

const { values, positionals } = parseArgs({
  options: { delete: { type: 'boolean', default: false } },
  allowPositionals: true,
});

const all = await tracesMatching((name) => tokenOf(name) !== undefined);
const byToken = new Map<string, NamespaceTraces>();
for (const kind of ['topics', 'groups', 'subjects'] as const) {
  for (const name of all[kind]) {
    const token = tokenOf(name)!;
    const traces = byToken.get(token) ?? { topics: [], groups: [], subjects: [] };
    traces[kind].push(name);
    byToken.set(token, traces);
  }
}

if (!values.delete) {
  for (const [token, { topics, groups, subjects }] of byToken) {
    const example = topics[0] ?? groups[0] ?? subjects[0];
    console.log(
      `${token}  ${topics.length} topics  ${groups.length} groups  ${subjects.length} subjects  (${example})`,
    );
  }
  console.log(
    `${byToken.size} test namespaces: ${all.topics.length} topics, ${all.groups.length} groups, ${all.subjects.length} subjects`,
  );
} else {
  // Only tokens named on the command line: a namespace of a run in progress elsewhere looks the same.
  for (const token of positionals) {
    const traces = byToken.get(token);
    if (!traces) {
      console.log(`${token}: nothing left`);
      continue;
    }
    const live = await liveGroups(traces.groups);
    if (live.length > 0) {
      console.log(`${token}: kept, in use (${live.join(', ')} has members)`);
      continue;
    }
    await removeTraces(traces);
    console.log(
      `${token}: removed ${traces.topics.length} topics, ${traces.groups.length} groups, ${traces.subjects.length} subjects`,
    );
  }
}
