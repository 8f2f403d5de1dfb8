/**
 * The one public account of the portal, shared by the forum, training and surveys: a visitor signs up with an
 * e-mail address, confirms it, and signs in on the portal (never in the back-office). A staff member who posts
 * gets one linked to their back-office account.
 */
package bg.integra.portalaccount;
