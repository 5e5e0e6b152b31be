CREATE TABLE "assessments" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"assessed_on" date NOT NULL,
	"intake" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"cleared_by" uuid,
	"cleared_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "care_decisions" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"rule_id" text NOT NULL,
	"card" jsonb NOT NULL,
	"decision" text NOT NULL,
	"reason" text NOT NULL,
	"resulting_care_plan_version" integer,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_decisions_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "care_plans" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"effective_from" date NOT NULL,
	"step" smallint NOT NULL,
	"step_started_on" date NOT NULL,
	"components" jsonb NOT NULL,
	"programme" jsonb NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_plans_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"day" date NOT NULL,
	"pain" smallint NOT NULL,
	"sleep_quality" smallint,
	"mood" smallint,
	"activity_minutes" integer,
	"side_effects" text[] DEFAULT '{}'::text[] NOT NULL,
	"flare" boolean DEFAULT false NOT NULL,
	"new_bladder_bowel_saddle_symptoms" boolean,
	"note" text,
	"idempotency_key" text NOT NULL,
	"client_recorded_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_ins_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "check_ins_pain_range" CHECK ("check_ins"."pain" BETWEEN 0 AND 10),
	CONSTRAINT "check_ins_sleep_range" CHECK ("check_ins"."sleep_quality" IS NULL OR "check_ins"."sleep_quality" BETWEEN 0 AND 10),
	CONSTRAINT "check_ins_mood_range" CHECK ("check_ins"."mood" IS NULL OR "check_ins"."mood" BETWEEN 0 AND 10)
);
--> statement-breakpoint
CREATE TABLE "flare_episodes" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"log" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flare_episodes_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"goal" jsonb NOT NULL,
	"reviews" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goals_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "instrument_responses" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version" text NOT NULL,
	"answered_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	"scores" jsonb NOT NULL,
	"primary_score" real,
	"source" text NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instrument_responses_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "medications" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"drug" text NOT NULL,
	"dose" real NOT NULL,
	"unit" text NOT NULL,
	"frequency" text NOT NULL,
	"route" text NOT NULL,
	"prn_max_doses_per_day" real,
	"started_on" date NOT NULL,
	"stopped_on" date,
	"recorded_by" text NOT NULL,
	"override_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "medications_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"sender_id" uuid,
	"from_patient" boolean NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "messages_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "patient_care_settings" (
	"org_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"pt_visits_authorised" integer,
	"pt_visits_used" integer DEFAULT 0 NOT NULL,
	"reminder_time" text,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"reminder_quiet_days" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"reminder_repeat_minutes" integer,
	"reminder_channels" text[] DEFAULT '{in_app}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_care_settings_org_id_patient_id_pk" PRIMARY KEY("org_id","patient_id")
);
--> statement-breakpoint
CREATE TABLE "patient_summaries" (
	"org_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"triage_priority" smallint DEFAULT 99 NOT NULL,
	"triage_reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"pain_baseline" real,
	"pain_7d_mean" real,
	"adherence_14d" real,
	"last_check_in_day" date,
	"flare_started_on" date,
	"red_flag_action" text,
	"self_harm_flag" boolean DEFAULT false NOT NULL,
	"step" smallint,
	"step_started_on" date,
	"next_reassessment_on" date,
	"unread_from_patient" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_summaries_org_id_patient_id_pk" PRIMARY KEY("org_id","patient_id")
);
--> statement-breakpoint
CREATE TABLE "reminder_deliveries" (
	"org_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"sent_at" timestamp with time zone,
	"sent_by" text,
	"last_error" text,
	CONSTRAINT "reminder_deliveries_org_id_patient_id_due_at_channel_pk" PRIMARY KEY("org_id","patient_id","due_at","channel")
);
--> statement-breakpoint
CREATE TABLE "session_logs" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"day" date NOT NULL,
	"care_plan_version" integer NOT NULL,
	"exercises" jsonb NOT NULL,
	"completed" boolean NOT NULL,
	"max_pain_during" smallint,
	"settled_next_morning" boolean,
	"stopped_for_symptoms" boolean DEFAULT false NOT NULL,
	"idempotency_key" text NOT NULL,
	"client_recorded_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_logs_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "visit_notes" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"author_id" uuid,
	"visited_on" date NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_notes_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_cleared_by_users_id_fk" FOREIGN KEY ("cleared_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_patient_fk" FOREIGN KEY ("org_id","patient_id") REFERENCES "public"."patients"("org_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "care_decisions" ADD CONSTRAINT "care_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_decisions" ADD CONSTRAINT "care_decisions_patient_fk" FOREIGN KEY ("org_id","patient_id") REFERENCES "public"."patients"("org_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_patient_fk" FOREIGN KEY ("org_id","patient_id") REFERENCES "public"."patients"("org_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_patient_fk" FOREIGN KEY ("org_id","patient_id") REFERENCES "public"."patients"("org_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "flare_episodes" ADD CONSTRAINT "flare_episodes_patient_fk" FOREIGN KEY ("org_id","patient_id") REFERENCES "public"."patients"("org_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_patient_fk" FOREIGN KEY ("org_id","patient_id") REFERENCES "public"."patients"("org_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "instrument_responses" ADD CONSTRAINT "instrument_responses_patient_fk" FOREIGN KEY ("org_id","patient_id") REFERENCES "public"."patients"("org_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "medications" ADD CONSTRAINT "medications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medications" ADD CONSTRAINT "medications_patient_fk" FOREIGN KEY ("org_id","patient_id") REFERENCES "public"."patients"("org_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_id_users_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_patient_fk" FOREIGN KEY ("org_id","patient_id") REFERENCES "public"."patients"("org_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "patient_care_settings" ADD CONSTRAINT "patient_care_settings_patient_fk" FOREIGN KEY ("org_id","patient_id") REFERENCES "public"."patients"("org_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "patient_summaries" ADD CONSTRAINT "patient_summaries_patient_fk" FOREIGN KEY ("org_id","patient_id") REFERENCES "public"."patients"("org_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_patient_fk" FOREIGN KEY ("org_id","patient_id") REFERENCES "public"."patients"("org_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_patient_fk" FOREIGN KEY ("org_id","patient_id") REFERENCES "public"."patients"("org_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "visit_notes" ADD CONSTRAINT "visit_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_notes" ADD CONSTRAINT "visit_notes_patient_fk" FOREIGN KEY ("org_id","patient_id") REFERENCES "public"."patients"("org_id","id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "assessments_patient_idx" ON "assessments" USING btree ("org_id","patient_id","assessed_on");--> statement-breakpoint
CREATE INDEX "care_decisions_patient_idx" ON "care_decisions" USING btree ("org_id","patient_id","decided_at");--> statement-breakpoint
CREATE UNIQUE INDEX "care_plans_patient_version" ON "care_plans" USING btree ("org_id","patient_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_patient_day" ON "check_ins" USING btree ("org_id","patient_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_idempotency" ON "check_ins" USING btree ("org_id","patient_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "flare_episodes_patient_idx" ON "flare_episodes" USING btree ("org_id","patient_id","started_on");--> statement-breakpoint
CREATE INDEX "instrument_responses_patient_idx" ON "instrument_responses" USING btree ("org_id","patient_id","instrument_id","answered_on");--> statement-breakpoint
CREATE UNIQUE INDEX "instrument_responses_idempotency" ON "instrument_responses" USING btree ("org_id","patient_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "medications_patient_idx" ON "medications" USING btree ("org_id","patient_id");--> statement-breakpoint
CREATE INDEX "messages_patient_idx" ON "messages" USING btree ("org_id","patient_id","created_at");--> statement-breakpoint
CREATE INDEX "patient_summaries_triage_idx" ON "patient_summaries" USING btree ("org_id","triage_priority","updated_at");--> statement-breakpoint
CREATE INDEX "reminder_deliveries_due_idx" ON "reminder_deliveries" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "session_logs_patient_day" ON "session_logs" USING btree ("org_id","patient_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "session_logs_idempotency" ON "session_logs" USING btree ("org_id","patient_id","idempotency_key");