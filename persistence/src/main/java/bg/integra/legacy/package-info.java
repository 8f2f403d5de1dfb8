/** Addresses of the old platform, kept working by redirects that staff maintain as data. */
package bg.integra.legacy;
