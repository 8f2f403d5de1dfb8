/**
 * Attendance at events: who of the registered came, marked at the door by the organisation's staff or imported
 * from a paper list, and the signed attendance sheet that the grant's reporting asks for. Staff act only for the
 * events of their own organisation's projects.
 */
package bg.integra.attendance;
