/** Printed and publicity materials of a project: their records, evidence and distribution log. */
package bg.integra.publicity;
