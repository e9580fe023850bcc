CREATE TABLE "deals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"variant_id" uuid NOT NULL,
	"seller_id" uuid NOT NULL,
	"deal_price_paise" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"quantity_cap" integer,
	"sold_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "deals_price_nonneg" CHECK ("deals"."deal_price_paise" >= 0),
	CONSTRAINT "deals_ends_after_starts" CHECK ("deals"."ends_at" > "deals"."starts_at"),
	CONSTRAINT "deals_cap_positive" CHECK ("deals"."quantity_cap" is null or "deals"."quantity_cap" > 0),
	CONSTRAINT "deals_sold_within_cap" CHECK ("deals"."sold_count" >= 0 and ("deals"."quantity_cap" is null or "deals"."sold_count" <= "deals"."quantity_cap"))
);
--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deals_variant_idx" ON "deals" USING btree ("variant_id");--> statement-breakpoint
CREATE INDEX "deals_ends_at_idx" ON "deals" USING btree ("ends_at");