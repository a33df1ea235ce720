import './lib/chat.css';

export { ChatRoomsPage } from './lib/pages/ChatRoomsPage';
export { ChatRoomPage } from './lib/pages/ChatRoomPage';
export { ModerationPage as ChatModerationPage } from './lib/pages/ModerationPage';
export { CHAT_NS } from './lib/chat.resources';
