import { config } from '@ipbureau/eslint-config';

export default config();
