/**
 * The portal's public accounts on the pages: who is signed in ({@link bg.integra.web.portalaccount.PortalSession}),
 * and the pages to sign up, confirm, sign in and out, reset a password, and keep one's account.
 */
package bg.integra.web.portalaccount;
