/**
 * Open data ({@code /open-data/}): the network's directory as HSDS 3.0 tables and JSON, and the published good
 * practices as CSV, generated from the database once per language and kept until a change touches what they hold.
 */
package bg.integra.web.opendata;
