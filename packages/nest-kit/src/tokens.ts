/** Injection tokens shared by the kit's providers. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const DATA_SOURCE = Symbol('DATA_SOURCE');
