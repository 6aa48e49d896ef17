// The creation pillar's lifecycles use the shared mechanism.
export { allowedActions, applyTransition, ZVersion, type TTransitionTable } from '../common/lifecycle.js';
