/** Demo data from the source documents, loaded into an empty database. */
package bg.integra.demo;
