/** Inventory: stock reservations of orders (no oversell), commit on payment, release on expiry or cancel. */
export { commitReservations, releaseStock, reserveOrderStock, reserveStock, type ReservePart } from "./service";
export { OutOfStockError, isOutOfStockError } from "./errors";
export { mergeItems, reservationItems, type ReservableLine, type StockItem } from "./rules";
