/** Value objects and helpers shared by every feature: regions, addresses, periods, languages, what is wrong with a field. */
package bg.integra.common;
