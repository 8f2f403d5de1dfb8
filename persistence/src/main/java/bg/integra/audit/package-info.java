/**
 * The audit trail: who changed what and when, for projects, indicators, content (events above all) and
 * registrations. An {@link bg.integra.audit.AuditEntry} is written in the transaction of the change it records and
 * never changed afterwards; personal data is never copied into it, only the fact that it changed.
 */
package bg.integra.audit;
