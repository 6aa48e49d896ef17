import { useTranslation } from 'react-i18next';
import { Form, Modal } from 'antd';
import type { TCaseRight } from '@ipbureau/domain/protection';
import { useUpdateCase } from '../../api/cases.mutations';
import { FormAlert } from '../../forms/form-alert';
import { RightFields, toRightInputs, type RightRow } from '../../forms/right-fields';
import { useServerErrors } from '@ipbureau/ui';
import type { PartiesFormProps } from './parties-form';

const toRightRows = (rights: TCaseRight[]): RightRow[] => rights.map(({ kind, number, title }) => ({ kind, ...(number ? { number } : {}), ...(title ? { title } : {}) }));

/** Corrects the rights a case involves while it is open, at the version the page shows. */
export function RightsForm({ caseFile, onDone, onStale }: PartiesFormProps) {
  const { t } = useTranslation('protection');
  const [form] = Form.useForm<{ rights: RightRow[] }>();
  const errors = useServerErrors(form);
  const update = useUpdateCase(caseFile.id, onDone);
  const submit = ({ rights }: { rights?: RightRow[] }) => {
    errors.clear();
    update.mutate(
      { version: caseFile.version, rights: toRightInputs(rights) },
      {
        onError: (error) => {
          errors.show(error);
          if (error.code === 'CONFLICT') onStale();
        },
      },
    );
  };
  return (
    <Modal open width={860} title={t('detail.editRights')} okText={t('detail.submit')} cancelText={t('detail.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={update.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form form={form} name="case-rights" layout="vertical" initialValues={{ rights: toRightRows(caseFile.rights) }} onFinish={submit}>
        <RightFields />
      </Form>
    </Modal>
  );
}
