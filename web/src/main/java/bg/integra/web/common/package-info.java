/** What every page shares: messages from the bundles, back-office language, converters, error handling. */
package bg.integra.web.common;
