import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useTranslation } from 'react-i18next';
import { MEETINGS_NS } from '../meetings.resources';

export interface MapMeeting {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  detail: string;
}

export interface MeetingMapProps {
  meetings: MapMeeting[];
  center: { latitude: number; longitude: number } | null;
  /** Called when map tiles cannot be loaded (offline, blocked): the finder falls back to the list. */
  onTilesFailed: () => void;
  /** Opens a meeting (a link click inside a popup). */
  onOpen: (id: string) => void;
}

/** Tiles that fail before any loads: after this many the map is given up for the list. */
const FAILED_TILES_BEFORE_FALLBACK = 3;

/**
 * Meetings on an OpenStreetMap map (Leaflet, tiles straight from tile.openstreetmap.org, which the content
 * security policy allows). Markers are vector circles, so no icon images are needed; each opens a popup
 * with a link to the meeting. When tiles cannot load, the parent is told and shows the list instead.
 */
export default function MeetingMap({ meetings, center, onTilesFailed, onOpen }: MeetingMapProps) {
  const { t } = useTranslation(MEETINGS_NS);
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const failed = useRef(onTilesFailed);
  const open = useRef(onOpen);
  useEffect(() => {
    failed.current = onTilesFailed;
    open.current = onOpen;
  });

  useEffect(() => {
    if (!element.current) return;
    const instance = L.map(element.current, { zoomControl: true, attributionControl: true });
    const tiles = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    });
    let loaded = 0;
    let errors = 0;
    tiles.on('tileload', () => {
      loaded++;
    });
    tiles.on('tileerror', () => {
      errors++;
      if (loaded === 0 && errors === FAILED_TILES_BEFORE_FALLBACK) failed.current();
    });
    tiles.addTo(instance);
    layer.current = L.layerGroup().addTo(instance);
    map.current = instance;
    const container = element.current;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-meeting]');
      if (link?.dataset['meeting']) {
        event.preventDefault();
        open.current(link.dataset['meeting']);
      }
    };
    container.addEventListener('click', onClick);
    return () => {
      container.removeEventListener('click', onClick);
      instance.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = map.current;
    const group = layer.current;
    if (!instance || !group) return;
    group.clearLayers();
    const points: L.LatLngExpression[] = [];
    for (const m of meetings) {
      const point: L.LatLngExpression = [m.latitude, m.longitude];
      points.push(point);
      const popup = document.createElement('div');
      const link = document.createElement('a');
      link.href = `/meetings/${m.id}`;
      link.dataset['meeting'] = m.id;
      link.textContent = m.name;
      const detail = document.createElement('p');
      detail.textContent = m.detail;
      popup.append(link, detail);
      L.circleMarker(point, {
        radius: 9,
        color: '#123d33',
        weight: 2,
        fillColor: '#1d5c4d',
        fillOpacity: 0.85,
      })
        .bindPopup(popup)
        .bindTooltip(m.name)
        .addTo(group);
    }
    if (center) points.push([center.latitude, center.longitude]);
    if (points.length > 1) instance.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 15 });
    else if (points.length === 1) instance.setView(points[0], 14);
    else instance.setView([20, 0], 2);
  }, [meetings, center]);

  return (
    <div className="meeting-map">
      <div ref={element} className="meeting-map__canvas" role="region" aria-label={t('map.label')} />
      <p className="muted meeting-map__note">{t('map.note')}</p>
    </div>
  );
}
