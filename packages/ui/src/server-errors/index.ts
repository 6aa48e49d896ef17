export { useServerErrors, fieldOfIssue, type Refusal, type ServerErrorsOptions } from './server-errors';
export { FormError } from './form-error';
