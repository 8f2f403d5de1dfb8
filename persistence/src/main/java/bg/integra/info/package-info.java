/** Information for immigrants, one article per topic, translated into the portal's languages. */
package bg.integra.info;
