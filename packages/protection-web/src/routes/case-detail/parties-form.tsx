import { useTranslation } from 'react-i18next';
import { Form, Modal } from 'antd';
import type { TCaseDetail } from '@ipbureau/domain/protection';
import { useUpdateCase } from '../../api/cases.mutations';
import { FormAlert } from '../../forms/form-alert';
import { PartyFields, toPartyInputs, toPartyRows, type PartyRow } from '../../forms/party-fields';
import { useServerErrors } from '@ipbureau/ui';

export interface PartiesFormProps {
  caseFile: TCaseDetail;
  onDone: () => void;
  /** The case changed under the user (409 on a stale version): the page reloads it. */
  onStale: () => void;
}

/** Corrects the parties of a case, at the version the page shows. */
export function PartiesForm({ caseFile, onDone, onStale }: PartiesFormProps) {
  const { t } = useTranslation('protection');
  const [form] = Form.useForm<{ parties: PartyRow[] }>();
  const errors = useServerErrors(form);
  const update = useUpdateCase(caseFile.id, onDone);
  const submit = ({ parties }: { parties: PartyRow[] }) => {
    errors.clear();
    update.mutate(
      { version: caseFile.version, parties: toPartyInputs(parties) },
      {
        onError: (error) => {
          errors.show(error);
          if (error.code === 'CONFLICT') onStale();
        },
      },
    );
  };
  return (
    <Modal open width={860} title={t('detail.editParties')} okText={t('detail.submit')} cancelText={t('detail.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={update.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form form={form} name="case-parties" layout="vertical" initialValues={{ parties: toPartyRows(caseFile.parties) }} onFinish={submit}>
        <PartyFields />
      </Form>
    </Modal>
  );
}
