import './lib/sponsorship.css';

export { FindSponsorPage } from './lib/pages/FindSponsorPage';
export { OfferPage } from './lib/pages/OfferPage';
export { SponsorshipsPage } from './lib/pages/SponsorshipsPage';
export { ConversationPage } from './lib/pages/ConversationPage';
export { SPONSORSHIP_NS } from './lib/sponsorship.resources';
