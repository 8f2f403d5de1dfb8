/** What every API resource shares: problem responses, strict parameters and ETags. */
package bg.integra.rest.common;
