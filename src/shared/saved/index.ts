export { savedItemsState, useSavedItem, savedItemPath, SAVED_KIND_LABEL, type SavedItem, type SavedKind } from './saved';
