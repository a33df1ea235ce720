import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button } from '@kinship/web/ui';
import { EXPORT_MY_DATA } from '../graphql/profile.documents';
import { IDENTITY_NS } from '../identity.resources';
import { FormError } from '../shared/FormError';
import { useFormErrors } from '../shared/useFormErrors';
import { exportFileName, saveTextFile } from './download';

/** "Download my data": everything the API holds about the member, as a JSON file (GDPR art. 20). */
export function YourData() {
  const { t } = useTranslation(IDENTITY_NS);
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const { alertRef, message, setErrors, fail } = useFormErrors();

  const download = async () => {
    setBusy(true);
    setSavedAs(null);
    setErrors(null);
    try {
      const { data } = await client.query({ query: EXPORT_MY_DATA, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('The export was empty.');
      const fileName = exportFileName();
      saveTextFile(fileName, data.exportMyData);
      setSavedAs(fileName);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="your-data">
      <h2 id="your-data">{t('data.title')}</h2>
      <p>{t('data.intro')}</p>
      <FormError message={message} alertRef={alertRef} />
      <Button variant="secondary" busy={busy} onClick={() => void download()}>
        {busy ? t('data.downloading') : t('data.download')}
      </Button>
      {savedAs ? (
        <Alert tone="success">
          <p>{t('data.downloaded', { file: savedAs })}</p>
        </Alert>
      ) : null}
    </section>
  );
}
