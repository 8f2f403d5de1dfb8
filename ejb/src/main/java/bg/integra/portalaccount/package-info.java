/**
 * The portal's public accounts (forum, training, surveys): signing up with a confirmed address, signing in, a
 * forgotten password, the account's own settings, and the export and deletion of its data.
 */
package bg.integra.portalaccount;
