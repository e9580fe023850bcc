CREATE TYPE "public"."search_interaction" AS ENUM('click', 'add_to_cart');--> statement-breakpoint
CREATE TABLE "outbox_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "product_image_features" (
	"image_id" uuid PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"hash" text NOT NULL,
	"vector" "bytea" NOT NULL,
	"version" smallint NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_documents" (
	"product_id" uuid PRIMARY KEY NOT NULL,
	"seller_id" uuid NOT NULL,
	"seller_slug" text NOT NULL,
	"seller_name" text NOT NULL,
	"category_id" uuid NOT NULL,
	"category_path" text NOT NULL,
	"brand_id" uuid,
	"brand_slug" text,
	"brand_name" text,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"search_text" text NOT NULL,
	"document" "tsvector" NOT NULL,
	"attrs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"min_price_paise" integer NOT NULL,
	"max_price_paise" integer NOT NULL,
	"mrp_paise" integer NOT NULL,
	"currency" text DEFAULT 'INR' NOT NULL,
	"discount_pct" smallint DEFAULT 0 NOT NULL,
	"rating_x_100" integer DEFAULT 0 NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"available" integer DEFAULT 0 NOT NULL,
	"in_stock" boolean DEFAULT false NOT NULL,
	"variant_count" integer DEFAULT 1 NOT NULL,
	"has_deal" boolean DEFAULT false NOT NULL,
	"popularity" real DEFAULT 0 NOT NULL,
	"image_key" text,
	"image_alt" text,
	"image_width" integer,
	"image_height" integer,
	"published_at" timestamp with time zone,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_interactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"query_id" uuid NOT NULL,
	"kind" "search_interaction" NOT NULL,
	"product_id" uuid NOT NULL,
	"position" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_popular_queries" (
	"normalized" text PRIMARY KEY NOT NULL,
	"searches" integer NOT NULL,
	"last_result_count" integer NOT NULL,
	"last_searched_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_queries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"query" text NOT NULL,
	"normalized" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sort" text NOT NULL,
	"result_count" integer NOT NULL,
	"took_ms" integer NOT NULL,
	"source" text DEFAULT 'page' NOT NULL,
	"user_id" uuid,
	"session_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_synonyms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"terms" text[] NOT NULL,
	"one_way" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"doc_count" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "product_image_features" ADD CONSTRAINT "product_image_features_image_id_product_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."product_images"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_image_features" ADD CONSTRAINT "product_image_features_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_interactions" ADD CONSTRAINT "search_interactions_query_id_search_queries_id_fk" FOREIGN KEY ("query_id") REFERENCES "public"."search_queries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_queries" ADD CONSTRAINT "search_queries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_synonyms" ADD CONSTRAINT "search_synonyms_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_events_pending_idx" ON "outbox_events" USING btree ("id") WHERE "outbox_events"."processed_at" is null;--> statement-breakpoint
CREATE INDEX "product_image_features_product_idx" ON "product_image_features" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "search_documents_document_idx" ON "search_documents" USING gin ("document");--> statement-breakpoint
CREATE INDEX "search_documents_text_trgm_idx" ON "search_documents" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_documents_category_path_idx" ON "search_documents" USING btree ("category_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "search_documents_brand_idx" ON "search_documents" USING btree ("brand_id");--> statement-breakpoint
CREATE INDEX "search_documents_seller_idx" ON "search_documents" USING btree ("seller_id");--> statement-breakpoint
CREATE INDEX "search_documents_popularity_idx" ON "search_documents" USING btree ("popularity" DESC NULLS LAST,"product_id");--> statement-breakpoint
CREATE INDEX "search_documents_price_idx" ON "search_documents" USING btree ("min_price_paise","product_id");--> statement-breakpoint
CREATE INDEX "search_documents_published_idx" ON "search_documents" USING btree ("published_at" DESC NULLS LAST,"product_id");--> statement-breakpoint
CREATE INDEX "search_interactions_query_idx" ON "search_interactions" USING btree ("query_id","kind");--> statement-breakpoint
CREATE INDEX "search_interactions_created_idx" ON "search_interactions" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "search_popular_queries_prefix_idx" ON "search_popular_queries" USING btree ("normalized" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "search_popular_queries_trgm_idx" ON "search_popular_queries" USING gin ("normalized" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_queries_created_idx" ON "search_queries" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "search_queries_normalized_idx" ON "search_queries" USING btree ("normalized","created_at");--> statement-breakpoint
CREATE INDEX "search_queries_user_idx" ON "search_queries" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);