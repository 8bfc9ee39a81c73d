export * from "./bin-check";
export * from "./build-offer";
export * from "./line-amounts";
export * from "./offer-number";
export * from "./offer-texts";
export * from "./price-list-facts";
