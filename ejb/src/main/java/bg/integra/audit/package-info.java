/**
 * Recording and reading the audit trail: {@link bg.integra.audit.AuditTrail} writes an entry in the caller's
 * transaction for every change the services make, and lists them for administrators.
 */
package bg.integra.audit;
