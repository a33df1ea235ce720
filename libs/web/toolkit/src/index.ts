import './lib/toolkit.css';

export { TOOLKIT_NS } from './lib/toolkit.resources';
export { ToolkitPage } from './lib/home/ToolkitPage';
export { ResourcesPage } from './lib/library/ResourcesPage';
export { MyRecoveryPage } from './lib/recovery/MyRecoveryPage';
export { PlanPage } from './lib/plan/PlanPage';
export { PlanPrintPage } from './lib/plan/PlanPrintPage';
export { WorksheetsPage } from './lib/worksheets/WorksheetsPage';
export { WorksheetPage } from './lib/worksheets/WorksheetPage';
export { CheckInPage } from './lib/check-in/CheckInPage';
export { HelpNowPage } from './lib/help/HelpNowPage';
