import './lib/chat.css';

export { ChatRoomsPage } from './lib/pages/ChatRoomsPage';
export { ChatRoomPage } from './lib/pages/ChatRoomPage';
export { ModerationPage as ChatModerationPage } from './lib/pages/ModerationPage';
export { CHAT_NS } from './lib/chat.resources';
export { ModerationNavLink, useModerationCount } from './lib/live/ModerationNavLink';
export { useCountInTitle } from './lib/live/useCountInTitle';
export { RequestCheckInButton, type RequestCheckInButtonProps } from './lib/live/RequestCheckInButton';
export { ModeratorCheckInPage, MyCheckInsPage } from './lib/live/CheckInPages';
