import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, index, primaryKey, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp, updatedAt } from './columns';
import { units } from './units';
import { ROLES } from '../../lib/auth/roles';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from './enums';

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Created by the demo seed: exempt from forced change and expiry (demo mode only). */
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(true),
    passwordChangedAt: timestamp('password_changed_at'),
    lastSignInAt: timestamp('last_sign_in_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // `OFFICE` and `office` are one name: unique whatever the case (user names are ASCII, so lower() is enough).
  (t) => [index('users_unit_idx').on(t.unitId), uniqueIndex('users_username_nocase_idx').on(sql`lower(${t.username})`)],
);

/** Server-side record of each signed-in session, so sign-out and timeouts end it for good. */
export const userSessions = sqliteTable(
  'user_sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at').notNull(),
    endedAt: timestamp('ended_at'),
    endReason: text('end_reason'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type UserSession = typeof userSessions.$inferSelect;

/**
 * Fixed-window request counters for the rate limits (lib/security/rate-limit.ts). In the database so
 * that every server process counts against the same limit; expired windows are swept as it goes.
 */
export const rateLimits = sqliteTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    /** Epoch milliseconds at which the window ends. */
    resetAt: integer('reset_at').notNull(),
  },
  (t) => [index('rate_limits_reset_idx').on(t.resetAt)],
);

/**
 * Failed sign-ins and locks, per account name (lower case, known or not) and source address: a
 * stranger's failures lock the name only from the stranger's address. `inFlight` counts attempts
 * admitted but not yet decided, so that parallel attempts cannot check more passwords than the
 * threshold allows (lib/auth/sign-in.ts).
 */
export const signInLocks = sqliteTable(
  'sign_in_locks',
  {
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    failures: integer('failures').notNull().default(0),
    inFlight: integer('in_flight').notNull().default(0),
    /** Attempts still counted in flight after this moment were cut short (a process died): they are forgotten. */
    inFlightUntil: timestamp('in_flight_until'),
    lockedUntil: timestamp('locked_until'),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.username, t.ip] }), index('sign_in_locks_updated_idx').on(t.updatedAt)],
);

/** Hashes of the passwords a user chose, newest last: a new password may not be one of the last five. */
export const passwordHistory = sqliteTable(
  'password_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    passwordHash: text('password_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('password_history_user_idx').on(t.userId, t.id)],
);

/**
 * Changes to administrator accounts (三员分立): one administrator proposes, an administrator of
 * another kind confirms. Nothing changes until then (lib/users/proposals.ts).
 */
export const accountProposals = sqliteTable(
  'account_proposals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: PROPOSAL_KINDS }).notNull(),
    /** The account changed; null for a new account until it is confirmed (then the new account). */
    targetUserId: integer('target_user_id').references(() => users.id),
    /** For a new account: its user name, name and unit. */
    username: text('username'),
    displayName: text('display_name'),
    unitId: integer('unit_id').references(() => units.id),
    /** The role the account has (null for a new one) and the role it is to have. */
    fromRole: text('from_role', { enum: ROLES }),
    toRole: text('to_role', { enum: ROLES }).notNull(),
    /** A temporary password made at proposal time (when the proposer is of the account's kind), applied on confirmation. */
    passwordHash: text('password_hash'),
    status: text('status', { enum: PROPOSAL_STATUSES }).notNull().default('pending'),
    proposedBy: integer('proposed_by')
      .notNull()
      .references(() => users.id),
    proposedAt: timestamp('proposed_at').notNull(),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at'),
  },
  (t) => [index('account_proposals_status_idx').on(t.status, t.proposedAt)],
);

export type AccountProposal = typeof accountProposals.$inferSelect;
