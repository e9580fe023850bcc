export { DEFAULT_PINCODE, PINCODE_COOKIE, pincodeFormSchema, pincodeFromCookie, pincodeSchema } from "./pincode";
