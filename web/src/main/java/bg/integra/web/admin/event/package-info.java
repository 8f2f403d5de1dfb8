/**
 * Back-office pages under admin/events: the events staff take attendance for, the attendance page used at the
 * door (on a phone), the import of a signed list and the attendance sheet as PDF.
 */
package bg.integra.web.admin.event;
