/** Value objects and helpers shared by every feature: regions, addresses, periods, languages. */
package bg.integra.common;
