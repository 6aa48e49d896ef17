import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZManagedRight, type TTrusteeshipContract } from '@ipbureau/domain/public-services';
import { useServerErrors } from '@ipbureau/ui';
import { useUpdateTrusteeship } from '../../api/public-services.api';
import { FormDrawer } from '../../shared/form-drawer';
import { rightOf } from './trusteeship-form-drawer';

type Values = { rights: string[]; fee?: string | null };
const MONEY = /^\d{1,16}(\.\d{1,2})?$/;

/**
 * 编辑托管权利: the rights under management (patent numbers ZL… or trademark numbers, each
 * checked before sending, in Chinese) and the fee, saved against the version read; a contract
 * changed meanwhile is refused (409) above the form and nothing is saved.
 */
export function TrusteeshipEditDrawer({ contract, onClose }: { contract: TTrusteeshipContract; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, ['rights', 'fee']);
  const update = useUpdateTrusteeship();

  const submit = (values: Values) => {
    errors.clear();
    update.mutate(
      { id: contract.id, body: { version: contract.version, rights: values.rights.map((n) => rightOf(n.trim())), fee: values.fee || null } },
      {
        onSuccess: () => {
          void message.success(t('trusteeship.saved'));
          onClose();
        },
        onError: errors.show,
      },
    );
  };

  return (
    <FormDrawer title={t('trusteeship.editTitle')} open onClose={onClose} form={form} saving={update.isPending} formError={errors.formError} width={520}>
      <Form<Values> form={form} name="trusteeship-edit" layout="vertical" onFinish={submit} initialValues={{ rights: contract.rights.map((r) => r.number), fee: contract.fee }}>
        <Form.Item
          name="rights"
          label={t('trusteeship.rights')}
          extra={t('trusteeship.rightsHint')}
          rules={[
            {
              validator: (_, numbers: string[] | undefined) => {
                const bad = (numbers ?? []).find((n) => !ZManagedRight.safeParse(rightOf(n.trim())).success);
                return bad === undefined ? Promise.resolve() : Promise.reject(new Error(t('trusteeship.invalidRight', { number: bad })));
              },
            },
          ]}
        >
          <Select mode="tags" open={false} aria-label={t('trusteeship.rights')} tokenSeparators={[',', '，', ' ']} />
        </Form.Item>
        <Form.Item name="fee" label={t('trusteeship.fee')} rules={[{ pattern: MONEY, message: t('trusteeship.feeFormat') }]}>
          <Input inputMode="decimal" placeholder="20000.00" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
