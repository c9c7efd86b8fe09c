export { EVENT_CLASSES, recogniseEvents, type EventClass, type EventMention } from './recognise.js';
export { findEvents } from './find-events.js';
