/**
 * Printed and publicity materials of a project (handbooks, brochures, banners, information boards, newspaper
 * publications): how many were made, by whom, the evidence the audit asks for, and where the copies went.
 */
package bg.integra.publicity;
