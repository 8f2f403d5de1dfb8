/** What every service shares: the data source and schema migrations, paging, and the business exceptions. */
package bg.integra.common;
