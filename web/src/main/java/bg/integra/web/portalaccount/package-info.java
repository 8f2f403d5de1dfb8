/**
 * The pages of the portal's public accounts (who is signed in is {@link bg.integra.web.portal.PortalSession}):
 * to sign up, confirm, sign in and out, reset a password, and keep one's account.
 */
package bg.integra.web.portalaccount;
