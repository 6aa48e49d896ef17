import type { Meta, StoryObj } from '@storybook/react-vite';
import { FormError } from './form-error';

const meta: Meta<typeof FormError> = { title: 'Forms/FormError', component: FormError };
export default meta;

export const Conflict: StoryObj<typeof FormError> = { args: { message: '申请号为 201710601862.3 的专利已登记' } };
