import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@kinship/web/ui';
import { SPONSORSHIP_NS } from '../sponsorship.resources';

export interface AreaValue {
  latitude: number;
  longitude: number;
}

/**
 * The member's area from the device's location, on request only. The API keeps just the centre of its
 * ~5 km grid cell; the exact point is sent once and never stored.
 */
export function AreaField({
  value,
  onChange,
}: {
  value: AreaValue | null;
  onChange: (next: AreaValue | null) => void;
}) {
  const { t } = useTranslation(SPONSORSHIP_NS);
  const [locating, setLocating] = useState(false);
  const [denied, setDenied] = useState(false);
  const locate = () => {
    if (!('geolocation' in navigator)) return setDenied(true);
    setLocating(true);
    setDenied(false);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onChange({ latitude: position.coords.latitude, longitude: position.coords.longitude });
      },
      () => {
        setLocating(false);
        setDenied(true);
      },
      { enableHighAccuracy: false, maximumAge: 3_600_000, timeout: 15_000 },
    );
  };
  return (
    <fieldset className="field">
      <legend className="field__label">{t('area.label')}</legend>
      <p className="field__hint">{t('area.hint')}</p>
      <p role="status">{denied ? t('area.denied') : value ? t('area.set') : t('area.none')}</p>
      <div className="button-row">
        <Button variant="secondary" busy={locating} onClick={locate}>
          {locating ? t('area.locating') : t('area.use')}
        </Button>
        {value ? (
          <Button variant="secondary" onClick={() => onChange(null)}>
            {t('area.clear')}
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
