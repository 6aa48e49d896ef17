import { fakeBackend as fake, renderModule, type FakeCall, type FakeRoute } from '@ipbureau/web-testing';
import { creationModule } from '../creation.module';

export type Call = FakeCall;
export type Route = FakeRoute;

const ME = {
  id: '0b3f4b8e-7d1c-4d57-9a53-5f0c8c1d2e01',
  username: 'chen',
  displayName: '陈科员',
  roles: ['creation:officer'],
  regionCode: '440500',
  departmentId: null,
  dataScope: { kind: 'region' },
  mustChangePassword: false,
};

/** The services faked at the fetch boundary for this pillar's screens, signed in as an officer. */
export const fakeBackend = (...routes: Route[]) => fake({ me: ME, service: 'creation' }, ...routes);

/** One of the pillar's screens at `path`, signed in, in Chinese, against `backend`. */
export const renderScreen = (path: string, backend: ReturnType<typeof fakeBackend>) => renderModule(creationModule, path, backend.fetch);
