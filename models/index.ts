export * from "./identity";
export * from "./sellers";
export * from "./catalog";
export * from "./platform";
export * from "./search";
