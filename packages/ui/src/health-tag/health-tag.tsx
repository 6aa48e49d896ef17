import { StatusTag, type StatusTone } from '../status-tag';
import { useUiText } from '../locale';

export type HealthState = 'up' | 'down' | 'checking';

const TONES: Record<HealthState, StatusTone> = { up: 'success', down: 'error', checking: 'processing' };

/** Whether a service answers; the words follow the UI language. */
export function HealthTag({ state }: { state: HealthState }) {
  const text = useUiText();
  return <StatusTag status={state} tones={TONES} label={text.health[state]} />;
}
