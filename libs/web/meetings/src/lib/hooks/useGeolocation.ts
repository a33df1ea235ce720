import { useCallback, useState } from 'react';

export type GeolocationState =
  { status: 'idle' } | { status: 'locating' } | { status: 'denied' } | { status: 'unavailable' };

/**
 * Asks the browser for the device's position once, when the person taps "Near me". Nothing is stored:
 * the point goes into the search (rounded to about 100 m in the URL).
 */
export function useGeolocation(onPosition: (latitude: number, longitude: number) => void) {
  const [state, setState] = useState<GeolocationState>({ status: 'idle' });
  const locate = useCallback(() => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      setState({ status: 'unavailable' });
      return;
    }
    setState({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setState({ status: 'idle' });
        onPosition(position.coords.latitude, position.coords.longitude);
      },
      (error) => setState({ status: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }, [onPosition]);
  return { state, locate };
}
