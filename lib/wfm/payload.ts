import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../schemas/wfm-bulk-assignment.schema.json';

/** Most agents one bulk WFM request may carry. */
export const MAX_AGENTS_PER_REQUEST = 50;

/** One skill of an agent's schedule assignment. */
export interface WfmSkillAssignment {
  readonly skill_id: string;
  readonly level: number;
  readonly trunk_association?: string;
}

/** One agent of a bulk request. */
export interface WfmAgentAssignment {
  readonly agent_id: string;
  readonly schedule_id: string;
  readonly assignments: readonly WfmSkillAssignment[];
}

/** One bulk request: agents of one schedule, at most 50. */
export interface WfmBulkRequest {
  readonly business_unit_id: string;
  readonly management_unit_id: string;
  readonly schedule_id: string;
  readonly week_id?: string;
  readonly agents: readonly WfmAgentAssignment[];
}

/** The payload file written beside a stack. */
export interface WfmPayloadDocument {
  readonly version: 1;
  readonly stack: string;
  readonly maxAgentsPerRequest: typeof MAX_AGENTS_PER_REQUEST;
  readonly requests: readonly WfmBulkRequest[];
}

/** An assignment ready for batching; `order` sorts agents stably. */
export interface PendingAssignment {
  readonly order: string;
  readonly businessUnitId: string;
  readonly managementUnitId: string;
  readonly scheduleId: string;
  readonly weekId?: string;
  readonly agent: WfmAgentAssignment;
}

/**
 * Groups assignments by business unit, management unit, schedule and
 * week, and splits each group into requests of at most 50 agents. The
 * result does not depend on the order assignments were declared in.
 */
export function batchAssignments(
  pending: readonly PendingAssignment[],
): WfmBulkRequest[] {
  const groups = new Map<string, PendingAssignment[]>();
  for (const item of pending) {
    const key = [
      item.businessUnitId,
      item.managementUnitId,
      item.scheduleId,
      item.weekId ?? '',
    ].join('\u0000');
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const requests: WfmBulkRequest[] = [];
  for (const key of [...groups.keys()].sort()) {
    const items = groups.get(key)!.sort((a, b) => compare(a.order, b.order));
    for (let i = 0; i < items.length; i += MAX_AGENTS_PER_REQUEST) {
      const chunk = items.slice(i, i + MAX_AGENTS_PER_REQUEST);
      const first = chunk[0];
      requests.push({
        business_unit_id: first.businessUnitId,
        management_unit_id: first.managementUnitId,
        schedule_id: first.scheduleId,
        ...(first.weekId !== undefined ? { week_id: first.weekId } : {}),
        agents: chunk.map((c) => c.agent),
      });
    }
  }
  return requests;
}

let validator: ValidateFunction | undefined;

/** Problems of a payload document against the shipped JSON Schema. */
export function payloadErrors(document: unknown): string[] {
  validator ??= new Ajv({ allErrors: true }).compile(schema);
  if (validator(document)) return [];
  return (validator.errors ?? []).map(describe);
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
