import type { TCurrentUser } from '@ipbureau/domain';
import { fakeBackend, renderModule, type FakeCall, type FakeReply, type ModuleRender } from '@ipbureau/web-testing';
import { protectionModule } from '../protection.module';

export type RecordedCall = FakeCall;

/** Answers a call: a status and a body, or undefined for 404. */
export type Responder = (call: RecordedCall) => FakeReply | undefined;

export const OFFICER: TCurrentUser = {
  id: '6f1c2a47-0c7e-4c59-9d5e-1f7a3f9b2a10',
  username: 'zheng',
  displayName: '郑执法',
  roles: ['protection:officer'],
  regionCode: '440500',
  departmentId: null,
  dataScope: { kind: 'region' },
  mustChangePassword: false,
};

/**
 * Renders the pillar's routes at `path` over a fake backend: `/api/platform/me` answers with the
 * officer, everything else with `respond`. Every call is recorded.
 */
export function renderScreen(path: string, respond: Responder, me: TCurrentUser = OFFICER): ModuleRender & { calls: RecordedCall[] } {
  const backend = fakeBackend({ me, service: 'protection' }, (call) => (call.path === '/api/platform/me' ? undefined : respond(call)));
  return { ...renderModule(protectionModule, path, backend.fetch), calls: backend.calls };
}

export const APPROVER: TCurrentUser = { ...OFFICER, id: '7a2d3b58-1d8f-4d6a-8e6f-2a8b4a0c3b21', username: 'lin', displayName: '林科长', roles: ['protection:approver'] };

export const VIEWER: TCurrentUser = { ...OFFICER, id: '8b3e4c69-2e9f-4e7b-9f70-3b9c5b1d4c32', username: 'wu', displayName: '吴查阅', roles: ['protection:viewer'] };
