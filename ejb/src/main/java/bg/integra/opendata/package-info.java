/**
 * Open data: {@link bg.integra.opendata.OpenDataReader} reads the whole directory of the network's members and the
 * published good practices in chunks, for the downloads at {@code /open-data/}.
 */
package bg.integra.opendata;
